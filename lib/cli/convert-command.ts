/**
 * `convert`: YAML manifests into a cdk8s app written with the typed API, in a folder written
 * atomically (a new folder replaces the old one whole, or nothing changes), and the report of
 * what was cleaned, repaired, opted out of and left to do.
 *
 * @packageDocumentation
 */
import * as fs from 'fs';
import * as path from 'path';
import { ConvertInputError, convertManifests } from '../convert/convert';
import { formatReport } from '../convert/report';
import { readSources } from './inputs';
import { CliIo, InputError, parseFlags, TOOL, UsageError } from './io';

/** The flags of `convert` that take no value. */
const SWITCHES = ['--harden', '--force'];

/** Whether `dir` exists and holds anything. */
function nonEmpty(dir: string): boolean {
  try {
    return fs.readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}

/**
 * Writes `files` into `out` as one step: a sibling folder is filled (with the folder's other
 * files when it is replaced) and renamed into place, so that a failure leaves `out` as it was.
 */
function writeFolder(out: string, files: readonly { path: string; text: string }[]): void {
  const parent = path.dirname(out);
  const base = path.basename(out);
  const next = path.join(parent, `.${base}.convert-${process.pid}`);
  const previous = path.join(parent, `.${base}.previous-${process.pid}`);
  fs.rmSync(next, { recursive: true, force: true });
  try {
    fs.mkdirSync(parent, { recursive: true });
    if (fs.existsSync(out)) fs.cpSync(out, next, { recursive: true });
    else fs.mkdirSync(next);
    for (const f of files) fs.writeFileSync(path.join(next, f.path), f.text);
    if (fs.existsSync(out)) fs.renameSync(out, previous);
    fs.renameSync(next, out);
  } catch (e) {
    fs.rmSync(next, { recursive: true, force: true });
    if (!fs.existsSync(out) && fs.existsSync(previous)) fs.renameSync(previous, out);
    throw new InputError(`${out}: cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); nothing was changed`);
  }
  fs.rmSync(previous, { recursive: true, force: true });
}

/** Runs `convert` with its arguments; resolves with the exit code (0, or 1 when TODOs are left). */
export async function convert(args: readonly string[], io: CliIo): Promise<number> {
  const switches = args.filter(a => SWITCHES.includes(a));
  const { values, positional } = parseFlags(
    args.filter(a => !SWITCHES.includes(a)),
    ['out'],
  );
  if (values.out === undefined || values.out === '') throw new UsageError('convert needs --out <folder>, the folder to write the app into');
  const inputs = positional.length > 0 ? positional : io.stdin.isTTY ? [] : ['-'];
  if (inputs.length === 0) throw new UsageError('give files or folders to convert, or pipe manifests to standard input');
  const out = path.resolve(io.cwd, values.out);
  if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) throw new InputError(`${values.out} is a file, not a folder`);
  if (nonEmpty(out) && !switches.includes('--force')) {
    throw new InputError(`${values.out} is not empty: give --force to write the app into it (its files of the same names are replaced)`);
  }
  // each file named as the code's opt-out reasons name it: relative to the folder run in, or by its own name
  const sources = (await readSources(inputs, io, 'no manifest to convert')).map(s => {
    if (s.name === '<stdin>') return s;
    const relative = path.relative(io.cwd, path.resolve(io.cwd, s.name));
    return { ...s, name: relative.startsWith('..') || path.isAbsolute(relative) ? path.basename(s.name) : relative.split(path.sep).join('/') };
  });
  let result;
  try {
    result = convertManifests(sources, { harden: switches.includes('--harden') });
  } catch (e) {
    if (e instanceof ConvertInputError) throw new InputError(e.message);
    throw e;
  }
  writeFolder(out, result.files);
  const objects = result.objects.length;
  io.stdout.write(
    `converted ${objects} object${objects === 1 ? '' : 's'} of ${sources.length} file${sources.length === 1 ? '' : 's'} into ${values.out}: ${result.files.map(f => f.path).join(', ')}\n`,
  );
  const report = formatReport(result.report);
  if (report !== '') io.stdout.write(`\n${report}`);
  if (!result.complete) {
    const n = result.report.todos.length;
    io.stderr.write(`${TOOL} convert: ${n} TODO${n === 1 ? '' : 's'} left in the code (TODO_UNRESOLVED_…): it does not compile until they are resolved\n`);
    return 1;
  }
  return 0;
}
