/**
 * The results of compiler runs, kept between test runs and reused while nothing the compiler saw
 * has changed: what a program says depends only on the files it read and the paths it probed
 * (through its CompilerHost), the compiler's version and the code that ran it. A run is recorded
 * with every read (path → hash of the bytes, or missing), every file and folder probed (exists or
 * not), every realpath and every folder listing; a later run replays them with the file system,
 * and only if every answer is the same is the kept result returned. A file changed, added where
 * the compiler once looked, or removed runs the compiler again. Nothing of `typescript` is loaded
 * when the result is reused.
 *
 * The cache lives in node_modules/.cache/cdk8s-pod-patterns-tests/compile, one file per name;
 * `COMPILE_CACHE=off` runs the compiler every time (a clean checkout, as CI has, starts empty).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type * as TS from 'typescript';

const ROOT = path.join(__dirname, '..');
const DEFAULT_DIR = path.join(ROOT, 'node_modules', '.cache', 'cdk8s-pod-patterns-tests', 'compile');

/** The `typescript` package, loaded when a compiler has to run. */
export function typescript(): typeof TS {
  return require('typescript') as typeof TS;
}

/** What a host answered: `[kind, path, answer]`. */
type Read = readonly ['read' | 'file' | 'dir' | 'realpath' | 'list', string, string | boolean | null];

interface Entry<T> {
  readonly key: string;
  readonly reads: readonly Read[];
  readonly result: T;
}

const sha1 = (data: string | Buffer) => crypto.createHash('sha1').update(data).digest('hex');

function stat(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

/**
 * The file system's answer, now, to a question a host was asked. A recorded answer is what the
 * host itself returned (the hash of the text it read), so an answer these functions give
 * differently from TypeScript's own can only make the cache miss, never hit wrongly.
 */
const ANSWER: Record<Read[0], (p: string) => string | boolean | null> = {
  read: p => {
    try {
      return sha1(fs.readFileSync(p, 'utf8'));
    } catch {
      return null;
    }
  },
  file: p => stat(p)?.isFile() ?? false,
  dir: p => stat(p)?.isDirectory() ?? false,
  realpath: p => {
    try {
      return fs.realpathSync.native(p);
    } catch {
      return p;
    }
  },
  list: p => {
    try {
      return listing(fs.readdirSync(p).filter(f => stat(path.join(p, f))?.isDirectory()));
    } catch {
      return '';
    }
  },
};

const listing = (names: readonly string[]) =>
  [...names]
    .map(n => path.basename(n))
    .sort()
    .join('\n');

/** Records, into `reads`, what `host` returns when it reads and probes; returns the same host with its methods wrapped. */
function recording<H extends TS.CompilerHost>(host: H, reads: Read[]): H {
  const seen = new Set<string>();
  function note<A extends string | boolean | string[] | undefined>(kind: Read[0], p: string, answer: A): A {
    const id = `${kind}\0${path.resolve(p)}`;
    if (!seen.has(id)) {
      seen.add(id);
      const recorded: string | boolean | null =
        answer === undefined ? null : Array.isArray(answer) ? listing(answer) : typeof answer === 'string' && kind === 'read' ? sha1(answer) : answer;
      reads.push([kind, path.resolve(p), recorded]);
    }
    return answer;
  }
  const { readFile, fileExists, directoryExists, realpath, getDirectories } = host;
  host.readFile = f => note('read', f, readFile.call(host, f));
  host.fileExists = f => note('file', f, fileExists.call(host, f));
  if (directoryExists) host.directoryExists = d => note('dir', d, directoryExists.call(host, d));
  if (realpath) host.realpath = p => note('realpath', p, realpath.call(host, p));
  if (getDirectories) host.getDirectories = d => note('list', d, getDirectories.call(host, d));
  return host;
}

/** What a compiler run is keyed by, besides what it reads through its host. */
export interface CompileKey {
  /** The name of the cache entry: one per kind of run (a test file's program, say). */
  readonly name: string;
  /** The files whose code runs the compiler and turns its answers into the result (their text is part of the key). */
  readonly code: readonly string[];
  /** Anything else the result depends on: the texts of files that exist only in memory, options. */
  readonly inputs: unknown;
}

/**
 * Runs `compute` (which builds its programs with hosts passed through `record`) or returns its
 * result of an earlier run in which every input and every read was the same. `compute`'s result
 * must survive JSON.
 */
export function cachedCompile<T>(key: CompileKey, compute: (record: <H extends TS.CompilerHost>(host: H) => H) => T, dir = DEFAULT_DIR): T {
  const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'typescript', 'package.json'), 'utf8')) as { version: string }).version;
  const hash = sha1(
    JSON.stringify({
      typescript: version,
      // the reads are recorded by absolute path: a copy of the repo (with its cache) starts afresh
      root: ROOT,
      tsconfig: fs.readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8'),
      code: [__filename, ...key.code].map(f => [path.relative(ROOT, f), fs.readFileSync(f, 'utf8')]),
      inputs: key.inputs,
    }),
  );
  const file = path.join(dir, `${key.name.replace(/[^\w.-]+/g, '_')}.json`);
  const enabled = process.env.COMPILE_CACHE !== 'off';
  if (enabled) {
    let entry: Entry<T> | undefined;
    try {
      entry = JSON.parse(fs.readFileSync(file, 'utf8')) as Entry<T>;
    } catch {
      entry = undefined; // none yet, or unreadable: compile
    }
    if (entry?.key === hash && entry.reads.every(([kind, p, answer]) => ANSWER[kind](p) === answer)) return entry.result;
  }
  const reads: Read[] = [];
  // through JSON, as a kept result comes back: a run that compiles and one that does not give the same
  const result = JSON.parse(JSON.stringify(compute(host => recording(host, reads)))) as T;
  if (enabled) {
    try {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(`${file}.${process.pid}`, JSON.stringify({ key: hash, reads, result } satisfies Entry<T>));
      fs.renameSync(`${file}.${process.pid}`, file);
    } catch {
      // a read-only tree: no cache, still correct
    }
  }
  return result;
}
