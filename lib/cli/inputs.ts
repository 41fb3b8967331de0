/**
 * The inputs of `check`: files, the YAML and JSON files of folders, and standard input, read as
 * UTF-8 text; binary, non-UTF-8 and too large inputs are refused.
 *
 * @packageDocumentation
 */
import * as fs from 'fs';
import * as path from 'path';
import { YamlSource } from '../check/sources';
import { CliIo, InputError } from './io';

/** Inputs this large are refused rather than parsed. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** The files a folder is searched for. */
export const YAML_FILE = /\.(ya?ml|json)$/i;

/** A file, or the YAML and JSON files below a folder, in a stable order. */
export function expand(input: string, cwd: string): string[] {
  const full = path.resolve(cwd, input);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch {
    throw new InputError(`${input}: no such file or folder`);
  }
  if (!stat.isDirectory()) return [input];
  const found: string[] = [];
  const walk = (dir: string, shown: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const rel = path.join(shown, entry.name);
      if (entry.isDirectory()) walk(path.join(dir, entry.name), rel);
      else if (YAML_FILE.test(entry.name)) found.push(rel);
    }
  };
  walk(full, input);
  if (found.length === 0) throw new InputError(`${input}: no .yaml, .yml or .json files in this folder`);
  return found;
}

export function readFile(file: string, cwd: string): string {
  const full = path.resolve(cwd, file);
  let size: number;
  try {
    size = fs.statSync(full).size;
  } catch {
    throw new InputError(`${file}: no such file`);
  }
  if (size >= MAX_INPUT_BYTES) throw new InputError(`${file} is ${(size / 1024 / 1024).toFixed(0)} MB; inputs of 50 MB or more are refused`);
  let buf: Buffer;
  try {
    buf = fs.readFileSync(full);
  } catch (e) {
    throw new InputError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return decode(buf, file);
}

export function readStdin(io: CliIo): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    io.stdin.on('data', (chunk: Buffer | string) => {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += b.length;
      if (size >= MAX_INPUT_BYTES) {
        reject(new InputError('standard input is 50 MB or more; inputs that large are refused'));
        io.stdin.removeAllListeners('data');
        // stop reading: the process must end even while the producer keeps writing
        (io.stdin as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
        return;
      }
      chunks.push(b);
    });
    io.stdin.on('error', e => reject(new InputError(`standard input cannot be read (${e.message})`)));
    io.stdin.on('end', () => {
      try {
        resolve(decode(Buffer.concat(chunks), '<stdin>'));
      } catch (e) {
        reject(e);
      }
    });
  });
}

/** UTF-8 text, or an input problem: binary files are refused, not parsed. */
export function decode(buf: Buffer, name: string): string {
  if (buf.includes(0)) throw new InputError(`${name} is a binary file, not YAML`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  if (text.includes('\uFFFD')) throw new InputError(`${name} is not UTF-8 text, so not YAML`);
  return text.replace(/^\uFEFF/, '');
}

/**
 * The sources of `inputs` (files, folders, `-` for standard input), read as `check` reads them;
 * an empty source is an input problem. `what` says what an empty one lacks (`no manifest to check`).
 */
export async function readSources(inputs: readonly string[], io: CliIo, what: string): Promise<YamlSource[]> {
  const sources: YamlSource[] = [];
  for (const input of inputs) {
    if (input === '-') sources.push({ name: '<stdin>', text: await readStdin(io) });
    else for (const file of expand(input, io.cwd)) sources.push({ name: file, text: readFile(file, io.cwd) });
  }
  for (const s of sources) {
    if (s.text.trim() === '') throw new InputError(`${s.name} is empty: there is ${what}`);
  }
  return sources;
}
