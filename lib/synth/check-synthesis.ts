/**
 * `synth --check`: whether the committed output folder holds exactly what the app synthesizes,
 * with a unified diff when it does not. What a GitOps repository runs in CI to catch a stale `dist/`.
 *
 * @packageDocumentation
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { diffLines, formatHunks } from '../text/diff';
import { synthesize, SynthesizeOptions, SynthError } from './synthesize';

/** What {@link checkSynthesis} found. */
export interface CheckSynthesisResult {
  /** Whether the output folder holds exactly what the app synthesizes. */
  readonly upToDate: boolean;
  /** A unified diff from the folder to what the app synthesizes; empty when up to date. */
  readonly diff: string;
}

/**
 * Synthesizes into a temporary folder and compares it with the output folder, which is left
 * untouched: what a GitOps repository runs in CI to catch a stale `dist/`.
 */
export async function checkSynthesis(options: SynthesizeOptions): Promise<CheckSynthesisResult> {
  const cwd = options.cwd ?? process.cwd();
  const output = path.resolve(cwd, options.output);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-check-'));
  try {
    const fresh = path.join(tmp, 'out');
    try {
      await synthesize({ ...options, cwd, output: fresh });
    } catch (e) {
      // a check writes nothing: name the folder the user knows, not the temporary one
      if (e instanceof SynthError) throw new SynthError(e.message.replace(`${fresh} is unchanged`, `${options.output} was not checked`));
      throw e;
    }
    const diff = diffFolders(output, fresh, options.output);
    return { upToDate: diff === '', diff };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function readFolder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!fs.existsSync(dir)) return out;
  for (const f of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, f);
    if (fs.statSync(full).isFile()) out.set(f, fs.readFileSync(full, 'utf8'));
  }
  return out;
}

/** A unified diff of two folders of text files; `label` names the committed folder. */
export function diffFolders(committed: string, fresh: string, label: string): string {
  const a = readFolder(committed);
  const b = readFolder(fresh);
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  let out = '';
  for (const name of names) {
    const before = a.get(name);
    const after = b.get(name);
    if (before === after) continue;
    out += `--- ${before === undefined ? '/dev/null' : `${label}/${name}`}\n+++ ${after === undefined ? '/dev/null' : `${label}/${name} (synthesized)`}\n`;
    const hunks = diffLines(before ?? '', after ?? '');
    out += hunks.length > 0 ? formatHunks(hunks) : '\\ the files differ only in their final newline\n';
  }
  return out;
}
