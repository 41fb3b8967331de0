/**
 * `check` on the benchmark corpus (`scripts/gen-bench-corpus.ts`, written into a temporary
 * folder), next to the time that `js-yaml` and `yaml` alone need to parse the same text, in the
 * same run. Every measurement is a new process, interleaved, medians reported:
 *
 *   check      the command line as a consumer runs it (build/lib/cli/main.js check <folder>), wall
 *              time, minus the same command's start-up (check of a one-document file): the time
 *              beyond process start-up
 *   in-process checkSources() over the corpus, files read one at a time as the CLI does: the first
 *              run (cold: the JIT has seen none of it) and the third (warm), and peak RSS
 *   parse      js-yaml's loadAll, and the yaml package's parseAllDocuments + toJS, over every file:
 *              the first run in a fresh process (cold, as check runs), and the third (warm)
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** One source file of the corpus, in the order `check` reads a folder. */
function filesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(dir);
  return out;
}

/** What a parse worker measured. */
export interface ParseWorkerResult {
  readonly kind: 'parse';
  readonly parser: 'js-yaml' | 'yaml';
  readonly cold_ms: number;
  readonly warm_ms: number;
  readonly documents: number;
}

/** What the in-process check worker measured. */
export interface CorpusCheckWorkerResult {
  readonly kind: 'corpus-check';
  readonly cold_ms: number;
  readonly warm_ms: number;
  readonly peak_rss_mb: number;
  readonly documents: number;
  readonly manifests: number;
  readonly findings: Record<string, number>;
  /** The cold run, in process.hrtime microseconds (for --profile). */
  readonly window_us: [number, number];
}

const msSince = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;

/** Worker: parses every file of `dir` three times with one parser; the first and the third time. */
export async function workerParse(dir: string, parser: string): Promise<ParseWorkerResult> {
  const texts = filesOf(dir).map(f => fs.readFileSync(f, 'utf8'));
  let parse: (text: string) => number;
  if (parser === 'js-yaml') {
    const jsyaml = await import('js-yaml');
    parse = text => jsyaml.loadAll(text).length;
  } else if (parser === 'yaml') {
    const { parseAllDocuments } = await import('yaml');
    parse = text => {
      const docs = parseAllDocuments(text);
      const list = Array.isArray(docs) ? docs : [];
      for (const d of list) d.toJS();
      return list.length;
    };
  } else {
    throw new Error(`unknown parser "${parser}"`);
  }
  const times: number[] = [];
  let documents = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    documents = 0;
    for (const t of texts) documents += parse(t);
    times.push(msSince(t0));
  }
  return { kind: 'parse', parser, cold_ms: times[0], warm_ms: times[2], documents };
}

/** Worker: checkSources() over the corpus three times, files read one at a time. */
export async function workerCorpusCheck(dir: string): Promise<CorpusCheckWorkerResult> {
  const { checkSources } = await import('../../lib/check/sources');
  const files = filesOf(dir);
  const once = () => {
    function* sources() {
      for (const f of files) yield { name: path.relative(dir, f), text: fs.readFileSync(f, 'utf8') };
    }
    const t0 = process.hrtime.bigint();
    const result = checkSources(sources());
    return { ms: msSince(t0), result };
  };
  const from = Number(process.hrtime.bigint() / 1000n);
  const first = once();
  const to = Number(process.hrtime.bigint() / 1000n);
  once();
  const third = once();
  const findings: Record<string, number> = {};
  for (const f of first.result.findings) findings[f.severity] = (findings[f.severity] ?? 0) + 1;
  return {
    kind: 'corpus-check',
    cold_ms: first.ms,
    warm_ms: third.ms,
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
    documents: first.result.documents,
    manifests: first.result.manifests,
    findings,
    window_us: [from, to],
  };
}

/** The wall time of a command, in ms, and its exit code. */
export function wall(command: string, args: readonly string[], cwd: string): { ms: number; status: number | null; stderr: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { ms: msSince(t0), status: r.status, stderr: r.stderr ?? '' };
}

/** Bytes and files of the corpus folder. */
export function corpusSize(dir: string): { bytes: number; files: number } {
  const files = filesOf(dir);
  return { bytes: files.reduce((n, f) => n + fs.statSync(f).size, 0), files: files.length };
}
