/**
 * The manifest files committed at a git ref, read with `git ls-tree` and `git cat-file` (nothing
 * is synthesized or checked out), and the same paths in the working tree: the two sides of
 * `diff --git <ref>`.
 *
 * @packageDocumentation
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { DiffSource } from '../review/diff-model';
import { decode, MAX_INPUT_BYTES, readSources, YAML_FILE } from './inputs';
import { CliIo, InputError, UsageError } from './io';

interface GitResult {
  readonly status: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Runs git in `cwd`; a git that cannot run is an input problem. */
function git(args: readonly string[], cwd: string): GitResult {
  const r = spawnSync('git', args, { cwd, maxBuffer: MAX_INPUT_BYTES, windowsHide: true });
  const code = (r.error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') throw new InputError('git is not installed (or not on the PATH): diff --git runs it');
  if (code === 'ENOBUFS') throw new InputError(`git ${args[0]} wrote 50 MB or more; inputs that large are refused`);
  if (r.error) throw new InputError(`git cannot run (${code ?? r.error.message})`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8').trim().split('\n')[0] ?? '' };
}

/** Whether a path inside the repository is a file a folder search would read (not hidden, not in node_modules). */
function isManifestFile(full: string): boolean {
  const parts = full.split('/');
  return YAML_FILE.test(full) && !parts.some(p => p.startsWith('.') || p === 'node_modules');
}

/** The manifest files below `paths` (relative to `cwd`) committed at `ref`, named as from `cwd`. */
function committed(ref: string, paths: readonly string[], cwd: string, top: string): DiffSource[] {
  const list = git(['ls-tree', '-r', '-z', '--full-name', '--name-only', ref, '--', ...paths], cwd);
  if (list.status !== 0) throw new InputError(`git ls-tree ${ref} failed: ${list.stderr}`);
  const out: DiffSource[] = [];
  for (const full of list.stdout
    .toString('utf8')
    .split('\0')
    .filter(f => f !== '' && isManifestFile(f))) {
    const name = path.relative(cwd, path.join(top, full)).split(path.sep).join('/');
    const blob = git(['cat-file', 'blob', `${ref}:${full}`], top);
    if (blob.status !== 0) throw new InputError(`${name} at ${ref} cannot be read: ${blob.stderr}`);
    if (blob.stdout.length >= MAX_INPUT_BYTES) throw new InputError(`${name} at ${ref} is 50 MB or more; inputs that large are refused`);
    const text = decode(blob.stdout, `${name} at ${ref}`);
    if (text.trim() === '') throw new InputError(`${name} at ${ref} is empty: there is no manifest to diff`);
    out.push({ name, text });
  }
  return out;
}

/**
 * The two sides of `diff --git <ref> [<path>...]`: the manifest files below the paths as committed
 * at `ref`, and as they are in the working tree (a path missing on one side gives it no files).
 */
export async function readGitSides(ref: string, paths: readonly string[], io: CliIo): Promise<{ before: DiffSource[]; after: DiffSource[] }> {
  if (ref === '' || ref.startsWith('-')) throw new UsageError(`--git needs a ref (a branch, tag or commit), not "${ref}"`);
  const cwd = fs.realpathSync(io.cwd);
  const root = git(['rev-parse', '--show-toplevel'], cwd);
  if (root.status !== 0) throw new InputError(`${io.cwd} is not in a git repository: diff --git <ref> reads the manifests committed at <ref>`);
  const top = fs.realpathSync(root.stdout.toString('utf8').trim());
  const known = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  if (known.status !== 0) throw new InputError(`unknown git ref "${ref}" (in CI, fetch it first: actions/checkout with fetch-depth: 0)`);
  const before = committed(ref, paths, cwd, top);
  const present = paths.filter(p => fs.existsSync(path.resolve(cwd, p)));
  const after = present.length > 0 ? await readSources(present, { ...io, cwd }, 'no manifest to diff') : [];
  if (before.length === 0 && after.length === 0) {
    throw new InputError(`no .yaml, .yml or .json files in ${paths.join(', ')}, neither at ${ref} nor in the working tree`);
  }
  return { before, after: after.map(s => ({ name: s.name.split(path.sep).join('/'), text: s.text })) };
}
