/**
 * The fingerprint of the API reference: the sha256 of every input TypeDoc reads to make docs/api
 * (the sources, its configuration, the locked dependency versions and the script that runs it),
 * and of every file it wrote. `npm run docs` (scripts/docs.ts) writes it to
 * docs/api/.fingerprint.json after TypeDoc; test/docs.test.ts recomputes it, so that it can tell
 * whether docs/api is up to date without generating it again.
 */
import * as fs from 'fs';
import * as path from 'path';
import { filesOf, sha256 } from './files';

/** Where TypeDoc writes the site, relative to the repo root (typedoc.json's `out`). */
export const DOCS_DIR = 'docs/api';
/** The fingerprint's file, in DOCS_DIR. */
export const FINGERPRINT_FILE = '.fingerprint.json';
/** The folders whose every file is an input. */
const INPUT_DIRS = ['lib', 'imports'];
/** The single files that are inputs. */
const INPUT_FILES = ['typedoc.json', 'tsdoc.json', 'tsconfig.json', 'package-lock.json', 'scripts/docs.ts', 'scripts/docs-fingerprint.ts', 'scripts/files.ts'];
/** The fields of package.json that TypeDoc reads (the rest, scripts above all, change often and do not matter). */
const PACKAGE_FIELDS = ['name', 'version', 'typedocOptions'] as const;
/** The input name of those fields. */
export const PACKAGE_INPUT = 'package.json#name,version,typedocOptions';

/** A file's path, relative to the folder it was found in, with `/`, → its sha256. Sorted by path. */
export type FileHashes = Record<string, string>;

export interface Fingerprint {
  readonly inputs: FileHashes;
  readonly outputs: FileHashes;
}

/** What differs between two fingerprints: the paths added, removed or changed. */
export interface FingerprintDiff {
  readonly inputs: string[];
  readonly outputs: string[];
}

function hashes(dir: string, files: readonly string[]): FileHashes {
  return Object.fromEntries([...files].sort().map(f => [f, sha256(fs.readFileSync(path.join(dir, ...f.split('/'))))]));
}

/** The inputs of docs/api in the repo at `root`, relative to it; a single file that does not exist is left out. */
export function docsInputs(root: string): string[] {
  return [
    ...INPUT_DIRS.flatMap(d => filesOf(path.join(root, d)).map(f => `${d}/${f}`)),
    ...INPUT_FILES.filter(f => fs.existsSync(path.join(root, ...f.split('/')))),
  ].sort();
}

/** The hash of the package.json fields TypeDoc reads, if there is a package.json. */
function packageHash(root: string): FileHashes {
  const file = path.join(root, 'package.json');
  if (!fs.existsSync(file)) return {};
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  return { [PACKAGE_INPUT]: sha256(JSON.stringify(PACKAGE_FIELDS.map(f => pkg[f] ?? null))) };
}

/** The fingerprint of docs/api as the repo at `root` has it now. */
export function computeFingerprint(root: string): Fingerprint {
  const out = path.join(root, ...DOCS_DIR.split('/'));
  return {
    inputs: { ...hashes(root, docsInputs(root)), ...packageHash(root) },
    outputs: hashes(
      out,
      filesOf(out).filter(f => f !== FINGERPRINT_FILE),
    ),
  };
}

/** Writes a fingerprint into docs/api: after TypeDoc, which empties the folder first. */
export function writeFingerprint(root: string, fingerprint: Fingerprint): void {
  fs.writeFileSync(path.join(root, ...DOCS_DIR.split('/'), FINGERPRINT_FILE), JSON.stringify(fingerprint, null, 2) + '\n');
}

/** The fingerprint written by the last `npm run docs`, or undefined if there is none. */
export function readFingerprint(root: string): Fingerprint | undefined {
  const file = path.join(root, ...DOCS_DIR.split('/'), FINGERPRINT_FILE);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Fingerprint) : undefined;
}

/** The paths whose hash differs between `a` and `b`, or that only one of them has. */
function changed(a: FileHashes, b: FileHashes): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(f => a[f] !== b[f]).sort();
}

/** What changed since `recorded`: inputs (docs/api is stale) and outputs (docs/api was edited by hand). */
export function diffFingerprint(recorded: Partial<Fingerprint>, now: Fingerprint): FingerprintDiff {
  return { inputs: changed(recorded.inputs ?? {}, now.inputs), outputs: changed(recorded.outputs ?? {}, now.outputs) };
}
