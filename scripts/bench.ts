/**
 * Benchmark: synthesis cost of this SDK against cdk8s-plus-27 and raw L1, `check` throughput, the
 * tutorial app's synth command and the test suite. One run: about 4½ minutes on a 2-core machine,
 * plus about two minutes for the test suite, run four times (`--skip-tests` to leave it out; `--reps 3,2`
 * for a quicker, noisier run).
 *
 *   node node_modules/ts-node/dist/bin.js --swc scripts/bench.ts [--skip-tests] [--sizes 100,1000,10000] [--reps 5,3]
 *   node node_modules/ts-node/dist/bin.js --swc scripts/bench.ts --profile [variant|check|corpus] [N]
 *
 * What is measured
 *   synthesis  N ∈ {100, 1000, 10000} copies of the tutorial's ProbedService (Deployment + Service
 *              `goproxy-<i>`, TCP readiness + liveness probes on 8080) in one chart of a fresh App,
 *              built four ways (scripts/bench/workloads.ts, which loads the SDK and the L1
 *              classes as published: the compiled build/, built first): sdk (validation on, the default),
 *              sdk-off (validation off), plus (cdk8s-plus-27 by hand), raw (L1 KubeDeployment +
 *              KubeService). Each approach is synthesized as its users run it: sdk and sdk-off by
 *              the SDK's synth command (`synthesize({ entry })`, fast YAML writer, atomic output),
 *              plus and raw by `app.synth()` (what `cdk8s synth` runs). Three more variants put
 *              every approach on each writer: sdk-cdk8s (sdk by `app.synth()`), plus-fast and
 *              raw-fast (plus and raw by the synth command). Timed: construct + synthesis into a
 *              temp output folder (which runs cdk8s' validations, the SDK's ManifestValidation
 *              included, and writes the YAML), with process.hrtime.bigint. Each measurement is its
 *              own child process (ts-node --swc), so peak RSS (`process.resourceUsage().maxRSS`)
 *              is per variant; each child first synthesizes a 20-pair warm-up app (untimed) so
 *              module loading and first-call JIT are not in the numbers, and for the synth-command
 *              variants checks that output byte for byte against `app.synth()`'s. Variants are
 *              interleaved in rotating order; 5 repetitions for N ≤ 1000, 3 for 10000; medians
 *              are reported. Each output is checked for 2N documents. Before the runs, N = 2 of
 *              every builder is diffed against the SDK's YAML ("fidelity"), so "same manifests"
 *              is verified, not assumed.
 *   check      checkSources() in-process (parse + validate + locate) on one 20,000-document YAML
 *              source: 10,000 pairs of the raw variant's YAML. Reading the file is not timed.
 *              3 repetitions in child processes, median; documents per second.
 *   synth_app  the synth command of package.json, cold (a new process each time), wall, into a
 *              temp output folder so dist/ is untouched: `npm run synth -- --output <tmp>` when the
 *              "synth" script ends with a `synth` subcommand that takes --output, else
 *              `node node_modules/ts-node/dist/bin.js --swc lib/cli.ts synth --output <tmp>`.
 *              3 repetitions, median. The direct command is timed as well (synth_app_direct_ms).
 *   corpus     `check` on the benchmark corpus of scripts/gen-bench-corpus.ts (about 1,400
 *              documents, 5.6 MB of CRDs, install bundles, workloads, ConfigMaps, Secrets, RBAC and
 *              lists), generated into a temp folder: the compiled CLI's time beyond its start-up,
 *              as MB/s and documents/s, next to js-yaml's and yaml's parse of the same text, cold,
 *              each in a fresh process (scripts/bench/corpus-check.ts); 5 interleaved repetitions.
 *   consumer   a new cdk8s TypeScript app of ten services, built from this package's tarball:
 *              its synth command, cold, against `ts-node main.ts` (scripts/bench/consumer.ts).
 *   memory     peak RSS of sdk against raw-fast at N = 10000: the same YAML writer, same run.
 *   convert    convertManifests() on 1,000 objects: copies of the corpus of test/fixtures/convert,
 *              in a child process after a warm-up, 5 runs, median (scripts/bench/convert.ts);
 *              `convert_1000_ms` in the JSON.
 *   test_suite `npm test`, warm: once untimed, then three times timed, median. `--skip-tests` skips it.
 *
 * Output: tables, then as the LAST line of stdout one JSON object. Progress goes to stderr.
 * Exit code 0 whether targets pass or not; 1 when a worker or a measured command fails to run.
 */
import { execFileSync, spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { corpusSize, CorpusCheckWorkerResult, ParseWorkerResult, wall, workerCorpusCheck, workerParse } from './bench/corpus-check';
import { measureConsumerSynth, prepareConsumerApp } from './bench/consumer';
import { CONVERT_OBJECTS, measureConvert } from './bench/convert';
import { formatProfileSummary, summarizeProfile, CpuProfile } from './bench/profile';
import { writeCorpus } from './gen-bench-corpus';
import type { BenchJob, Variant } from './bench/workloads';

const ROOT = path.resolve(__dirname, '..');
const TS_NODE = path.join(ROOT, 'node_modules', 'ts-node', 'dist', 'bin.js');
const RESULT_PREFIX = 'BENCH_RESULT ';
const VARIANT_ORDER: readonly Variant[] = ['sdk', 'plus', 'raw', 'sdk-off', 'sdk-cdk8s', 'plus-fast', 'raw-fast'];
/** The variants whose builders differ (the others synthesize one of these another way). */
const DISTINCT_BUILDERS: readonly Variant[] = ['sdk', 'plus', 'raw', 'sdk-off'];
const WARMUP_PAIRS = 20;
const CHECK_PAIRS = 10_000;

/** A worker or a measured command that did not run: exit code 1. */
class BenchError extends Error {}

// =============================================================================================
// Worker side: one measurement per process
// =============================================================================================

interface SynthResult {
  readonly kind: 'synth';
  readonly variant: Variant;
  readonly n: number;
  readonly ms: number;
  readonly construct_ms: number;
  readonly synth_ms: number;
  readonly peak_rss_mb: number;
  readonly base_rss_mb: number;
  readonly documents: number;
  readonly yaml_mb: number;
  readonly validation_off_via?: string;
  readonly window_us: [number, number];
}

interface CheckWorkerResult {
  readonly kind: 'check';
  readonly ms: number;
  readonly documents: number;
  readonly manifests: number;
  readonly findings: Record<string, number>;
  readonly peak_rss_mb: number;
  readonly base_rss_mb: number;
  readonly window_us: [number, number];
}

interface FidelityResult {
  readonly kind: 'fidelity';
  /** Per variant: the differences of its YAML (N = 2) from the SDK's. */
  readonly diffs: Record<string, string[]>;
}

type WorkerResult = SynthResult | CheckWorkerResult | FidelityResult | ParseWorkerResult | CorpusCheckWorkerResult;

const nowUs = () => Number(process.hrtime.bigint() / 1000n);
const msSince = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
const rssMb = () => process.memoryUsage().rss / 1024 / 1024;

function emit(result: WorkerResult): void {
  process.stdout.write(`\n${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `bench-${prefix}-`));
}

/** The YAML documents of every file of an outdir. */
function countDocuments(outdir: string): { documents: number; bytes: number } {
  let documents = 0;
  let bytes = 0;
  for (const f of fs.readdirSync(outdir)) {
    const text = fs.readFileSync(path.join(outdir, f), 'utf8');
    bytes += Buffer.byteLength(text);
    if (text.trim() === '') continue;
    documents += 1 + (text.match(/^---$/gm)?.length ?? 0);
  }
  return { documents, bytes };
}

async function workerSynth(variant: Variant, n: number): Promise<void> {
  const { App, Chart } = await import('cdk8s');
  const workloads = await import('./bench/workloads');
  const build = await workloads.loadBuilder(variant);
  const viaSdk = workloads.PIPELINES[variant] === 'sdk-synth';
  // the synth command as published (build/), as the SDK itself is loaded (see workloads.ts)
  const built = path.join(ROOT, 'build', 'lib', 'synth', 'synthesize');
  const { synthesize } = fs.existsSync(`${built}.js`) ? (require(built) as typeof import('../lib/synth/synthesize')) : await import('../lib/synth/synthesize');
  const entry = path.join(__dirname, 'bench', 'entry.ts');
  const synthOnce = async (pairs: number, timed: boolean) => {
    const parent = tempDir(`synth-${variant}`);
    const outdir = path.join(parent, 'dist');
    try {
      const base = rssMb();
      const fromUs = nowUs();
      const t0 = process.hrtime.bigint();
      let constructMs: number;
      if (viaSdk) {
        // the SDK's synth command: runs the entry module into a temp folder, swaps it in
        const job: BenchJob = { build, pairs };
        (globalThis as Record<symbol, BenchJob | undefined>)[workloads.BENCH_JOB] = job;
        await synthesize({ entry, output: outdir });
        if (job.constructMs === undefined) throw new Error(`${variant}: the bench entry module did not record its construction time`);
        constructMs = job.constructMs;
      } else {
        const app = new App({ outdir });
        build(new Chart(app, 'bench'), pairs);
        constructMs = msSince(t0);
        app.synth();
      }
      const ms = msSince(t0);
      const synthMs = ms - constructMs;
      const toUs = nowUs();
      const { documents, bytes } = countDocuments(outdir);
      if (documents !== 2 * pairs) throw new Error(`${variant} N=${pairs}: expected ${2 * pairs} YAML documents in ${outdir}, found ${documents}`);
      if (!timed && viaSdk) {
        // the synth command must write exactly what app.synth() writes for the same app
        const reference = path.join(parent, 'reference');
        const app = new App({ outdir: reference });
        build(new Chart(app, 'bench'), pairs);
        app.synth();
        const files = fs.readdirSync(reference).sort();
        if (fs.readdirSync(outdir).sort().join() !== files.join()) throw new Error(`${variant}: the synth command wrote other files than app.synth()`);
        for (const f of files) {
          if (!fs.readFileSync(path.join(outdir, f)).equals(fs.readFileSync(path.join(reference, f)))) {
            throw new Error(`${variant}: the synth command wrote other bytes than app.synth() in ${f}`);
          }
        }
      }
      if (timed) {
        emit({
          kind: 'synth',
          variant,
          n,
          ms,
          construct_ms: constructMs,
          synth_ms: synthMs,
          peak_rss_mb: peakRssMb(),
          base_rss_mb: base,
          documents,
          yaml_mb: bytes / 1024 / 1024,
          validation_off_via: variant === 'sdk-off' ? workloads.validationOffVia : undefined,
          window_us: [fromUs, toUs],
        });
      }
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  };
  await synthOnce(WARMUP_PAIRS, false);
  await synthOnce(n, true);
}

async function workerCheck(file: string): Promise<void> {
  const { checkSources } = await import('../lib');
  const text = fs.readFileSync(file, 'utf8');
  // warm-up on the first pairs (untimed)
  const firstDocs = text
    .split(/^---$/m)
    .slice(0, 2 * WARMUP_PAIRS)
    .join('---');
  checkSources([{ name: 'warmup.yaml', text: firstDocs }]);
  const base = rssMb();
  const fromUs = nowUs();
  const t0 = process.hrtime.bigint();
  const result = checkSources([{ name: path.basename(file), text }]);
  const ms = msSince(t0);
  const toUs = nowUs();
  const findings: Record<string, number> = {};
  for (const f of result.findings) findings[f.severity] = (findings[f.severity] ?? 0) + 1;
  emit({
    kind: 'check',
    ms,
    documents: result.documents,
    manifests: result.manifests,
    findings,
    peak_rss_mb: peakRssMb(),
    base_rss_mb: base,
    window_us: [fromUs, toUs],
  });
}

/** Leaf paths and values of a JSON value: `spec.ports[0].port` → `8080`. */
function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(prefix, '[]');
    value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) out.set(prefix, '{}');
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, JSON.stringify(value));
  }
}

async function workerFidelity(): Promise<void> {
  const { App, Chart } = await import('cdk8s');
  const { parseAllDocuments } = await import('yaml');
  const workloads = await import('./bench/workloads');
  const docsOf = async (variant: Variant) => {
    const build = await workloads.loadBuilder(variant);
    const app = new App({ outdir: os.tmpdir() });
    build(new Chart(app, 'fidelity'), 2);
    const docs = parseAllDocuments(app.synthYaml()).map(d => d.toJSON() as Record<string, unknown>);
    const byKey = new Map<string, Map<string, string>>();
    for (const d of docs) {
      const flat = new Map<string, string>();
      flatten(d, '', flat);
      byKey.set(`${String(d.kind)}/${String((d.metadata as Record<string, unknown> | undefined)?.name)}`, flat);
    }
    return byKey;
  };
  const reference = await docsOf('sdk');
  const diffs: Record<string, string[]> = {};
  for (const variant of DISTINCT_BUILDERS.filter(v => v !== 'sdk')) {
    const other = await docsOf(variant);
    const list: string[] = [];
    for (const key of new Set([...reference.keys(), ...other.keys()])) {
      if (!key.endsWith('/goproxy-0')) continue; // pair 1 differs the same way
      const a = reference.get(key);
      const b = other.get(key);
      if (!a || !b) {
        list.push(`${key}: ${a ? 'missing' : 'extra object'}`);
        continue;
      }
      for (const p of new Set([...a.keys(), ...b.keys()])) {
        if (a.get(p) === b.get(p)) continue;
        if (!b.has(p)) list.push(`${key} - ${p}: ${a.get(p)}`);
        else if (!a.has(p)) list.push(`${key} + ${p}: ${b.get(p)}`);
        else list.push(`${key} ~ ${p}: ${a.get(p)} -> ${b.get(p)}`);
      }
    }
    diffs[variant] = list;
  }
  emit({ kind: 'fidelity', diffs });
}

async function worker(args: readonly string[]): Promise<void> {
  const [mode, a, b] = args;
  if (mode === 'synth') {
    const variant = a as Variant;
    if (!VARIANT_ORDER.includes(variant)) throw new Error(`unknown variant "${a}"`);
    const n = Number(b);
    if (!Number.isInteger(n) || n < 1) throw new Error(`N must be a positive integer, not "${b}"`);
    return workerSynth(variant, n);
  }
  if (mode === 'check') return workerCheck(a);
  if (mode === 'fidelity') return workerFidelity();
  if (mode === 'parse') return emit(await workerParse(a, b));
  if (mode === 'corpus-check') return emit(await workerCorpusCheck(a));
  throw new Error(`unknown worker mode "${mode}"`);
}

// =============================================================================================
// Orchestrator side
// =============================================================================================

function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

function tail(text: string, lines = 30): string {
  return text.split('\n').slice(-lines).join('\n');
}

function runWorker<T extends WorkerResult>(args: readonly string[], nodeArgs: readonly string[] = []): T {
  const r = spawnSync(process.execPath, [...nodeArgs, TS_NODE, '--swc', __filename, '--worker', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const line = r.stdout
    ?.split('\n')
    .reverse()
    .find(l => l.startsWith(RESULT_PREFIX));
  if (r.error || r.status !== 0 || !line) {
    const why = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : r.status !== 0 ? `exit code ${r.status}` : 'no result line';
    throw new BenchError(
      `worker "${args.join(' ')}" failed (${why}).\n--- stderr (tail) ---\n${tail(r.stderr ?? '')}\n--- stdout (tail) ---\n${tail(r.stdout ?? '')}`,
    );
  }
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as T;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

function rotate<T>(list: readonly T[], by: number): T[] {
  const k = by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

/** A timed command: wall ms and its result. */
function timeCommand(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): { ms: number; r: SpawnSyncReturns<string> } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
  return { ms: msSince(t0), r };
}

/** Names, sizes and mtimes of dist/, to prove a synth into a temp folder left it alone. */
function distFingerprint(): string {
  const dist = path.join(ROOT, 'dist');
  if (!fs.existsSync(dist)) return '<none>';
  return fs
    .readdirSync(dist)
    .sort()
    .map(f => {
      const st = fs.statSync(path.join(dist, f));
      return `${f}:${st.size}:${st.mtimeMs}`;
    })
    .join('|');
}

interface SynthAppResult {
  readonly method: 'npm run synth -- --output <tmp>' | 'direct';
  readonly command: string;
  readonly ms: number;
  readonly direct_ms: number;
  readonly runs_ms: number[];
  readonly direct_runs_ms: number[];
  readonly note?: string;
}

function measureSynthApp(reps: number): SynthAppResult {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const script = pkg.scripts?.synth;
  // `npm run synth -- --output x` appends the option to the script: it must end with the subcommand
  // (options appended after `synth ...` reach the synth subcommand)
  let npmForm = typeof script === 'string' && /\bsynth\b/.test(script) && !/cdk8s synth/.test(script);
  let note: string | undefined = npmForm
    ? undefined
    : `package.json "synth" (${JSON.stringify(script)}) does not end with a "synth" subcommand that takes --output: timed the direct command`;
  const direct = ['scripts/cli.js', 'synth', '--entry', 'main.ts', '--output'];
  const before = distFingerprint();
  const once = (useNpm: boolean): number => {
    const parent = tempDir('synth-app');
    const out = path.join(parent, 'dist');
    try {
      const { ms, r } = useNpm ? timeCommand('npm', ['run', '--silent', 'synth', '--', '--output', out]) : timeCommand(process.execPath, [...direct, out]);
      const files = fs.existsSync(out) ? fs.readdirSync(out).filter(f => f.endsWith('.yaml')) : [];
      if (r.error || r.status !== 0 || files.length === 0) {
        const what = useNpm ? `npm run synth -- --output ${out}` : `node ${direct.join(' ')} ${out}`;
        throw new BenchError(
          `"${what}" ${r.error ? `did not run (${r.error.message})` : r.status !== 0 ? `failed (exit ${r.status})` : 'wrote no .yaml files into the temp output'}\n${tail(`${r.stdout ?? ''}\n${r.stderr ?? ''}`)}`,
        );
      }
      return ms;
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  };
  const runs: number[] = [];
  const directRuns: number[] = [];
  for (let i = 0; i < reps; i++) {
    if (npmForm) {
      try {
        runs.push(once(true));
      } catch (e) {
        if (i > 0 || !(e instanceof BenchError)) throw e;
        npmForm = false;
        note = `npm run synth -- --output <tmp> did not work, timed the direct command: ${e.message.split('\n')[0]}`;
      }
    }
    directRuns.push(once(false));
    progress(
      `  synth_app rep ${i + 1}/${reps}: ${npmForm ? `npm run synth ${round(runs[runs.length - 1], 0)} ms, ` : ''}direct ${round(directRuns[directRuns.length - 1], 0)} ms`,
    );
  }
  if (distFingerprint() !== before)
    note = `${note ? `${note}; ` : ''}WARNING: dist/ changed during the synth_app runs (someone else, or the synth command ignored --output)`;
  const main = npmForm ? runs : directRuns;
  return {
    method: npmForm ? 'npm run synth -- --output <tmp>' : 'direct',
    command: npmForm ? `npm run synth -- --output <tmp>   (script: ${script})` : `node ${path.relative(ROOT, TS_NODE)} --swc lib/cli.ts synth --output <tmp>`,
    ms: median(main),
    direct_ms: median(directRuns),
    runs_ms: main.map(x => round(x, 0)),
    direct_runs_ms: directRuns.map(x => round(x, 0)),
    note,
  };
}

/** Builds build/ with tsc (the consumer app packs it, the corpus check runs its CLI). */
function buildPackage(): void {
  progress('build: tsc -p . ...');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'prune-build.js')], { cwd: ROOT, stdio: 'pipe' });
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', ROOT], { cwd: ROOT, encoding: 'utf8' });
  // tsc writes build/ also when a file has a type error; the package's own files must be there
  if (!fs.existsSync(path.join(ROOT, 'build', 'lib', 'cli', 'main.js'))) throw new BenchError(`tsc did not build the package:\n${tail(r.stdout ?? '')}`);
  if (r.status !== 0) progress(`WARNING: tsc reported errors (build/ written anyway):\n${tail(r.stdout ?? '', 10)}`);
}

/** What {@link measureCorpus} found. */
interface CorpusResult {
  readonly files: number;
  readonly documents: number;
  readonly mb: number;
  readonly check_ms: number;
  readonly check_runs_ms: number[];
  readonly startup_ms: number;
  readonly mb_per_s: number;
  readonly docs_per_s: number;
  readonly js_yaml_ms: number;
  readonly js_yaml_warm_ms: number;
  readonly yaml_ms: number;
  readonly yaml_warm_ms: number;
  readonly in_process_cold_ms: number;
  readonly in_process_warm_ms: number;
  readonly peak_rss_mb: number;
  readonly findings: Record<string, number>;
}

/** `check` on the generated corpus, and js-yaml and yaml on the same text; `reps` interleaved rounds. */
function measureCorpus(reps: number): CorpusResult {
  const dir = tempDir('corpus');
  try {
    const generated = writeCorpus(dir);
    const { bytes, files } = corpusSize(dir);
    const tiny = path.join(dir, '..', `${path.basename(dir)}-tiny.yaml`);
    fs.writeFileSync(tiny, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: tiny\ndata:\n  a: b\n');
    progress(`corpus: ${files} files, ${generated.documents} documents, ${round(bytes / 1024 / 1024, 2)} MB; check, js-yaml and yaml, ${reps} rounds ...`);
    const cli = path.join(ROOT, 'build', 'lib', 'cli', 'main.js');
    const check: number[] = [];
    const startup: number[] = [];
    const jsYaml: ParseWorkerResult[] = [];
    const yamlPkg: ParseWorkerResult[] = [];
    const inProcess: CorpusCheckWorkerResult[] = [];
    for (let rep = 0; rep < reps; rep++) {
      const c = wall(process.execPath, [cli, 'check', '--format', 'json', dir], ROOT);
      // the corpus holds a few errors on purpose: exit code 1
      if (c.status !== 1) throw new BenchError(`check of the corpus exited ${c.status}, expected 1 (its planted errors):\n${tail(c.stderr)}`);
      check.push(c.ms);
      const s = wall(process.execPath, [cli, 'check', tiny], ROOT);
      if (s.status !== 0) throw new BenchError(`check of one ConfigMap exited ${s.status}:\n${tail(s.stderr)}`);
      startup.push(s.ms);
      jsYaml.push(runWorker<ParseWorkerResult>(['parse', dir, 'js-yaml']));
      yamlPkg.push(runWorker<ParseWorkerResult>(['parse', dir, 'yaml']));
      inProcess.push(runWorker<CorpusCheckWorkerResult>(['corpus-check', dir]));
      progress(
        `  corpus rep ${rep + 1}/${reps}: check ${round(c.ms, 0)} ms (start-up ${round(s.ms, 0)} ms), js-yaml ${round(jsYaml[rep].cold_ms, 0)} ms, yaml ${round(yamlPkg[rep].cold_ms, 0)} ms, in-process ${round(inProcess[rep].cold_ms, 0)} ms`,
      );
    }
    fs.rmSync(tiny, { force: true });
    const checkMs = median(check) - median(startup);
    const mb = bytes / 1024 / 1024;
    return {
      files,
      documents: inProcess[0].documents,
      mb: round(mb, 2),
      check_ms: round(checkMs),
      check_runs_ms: check.map(x => round(x, 0)),
      startup_ms: round(median(startup)),
      mb_per_s: round(mb / (checkMs / 1000), 2),
      docs_per_s: round(inProcess[0].documents / (checkMs / 1000), 0),
      js_yaml_ms: round(median(jsYaml.map(r => r.cold_ms))),
      js_yaml_warm_ms: round(median(jsYaml.map(r => r.warm_ms))),
      yaml_ms: round(median(yamlPkg.map(r => r.cold_ms))),
      yaml_warm_ms: round(median(yamlPkg.map(r => r.warm_ms))),
      in_process_cold_ms: round(median(inProcess.map(r => r.cold_ms))),
      in_process_warm_ms: round(median(inProcess.map(r => r.warm_ms))),
      peak_rss_mb: round(median(inProcess.map(r => r.peak_rss_mb))),
      findings: inProcess[0].findings,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface TestSuiteResult {
  readonly s: number | null;
  readonly runs_s?: readonly number[];
  readonly exit_code: number | null;
  readonly warm_exit_code: number | null;
}

/** Timed runs of `npm test` after the warm-up: the machine's speed varies from run to run, so the median is reported. */
const TEST_RUNS = 3;

function measureTests(): TestSuiteResult {
  progress('test suite: warm-up run of `npm test` (untimed) ...');
  const warm = timeCommand('npm', ['test']);
  progress(`  warm-up: ${round(warm.ms / 1000)} s, exit ${warm.r.status}`);
  const runs: { ms: number; status: number | null }[] = [];
  for (let i = 0; i < TEST_RUNS; i++) {
    progress(`test suite: timed run ${i + 1}/${TEST_RUNS} of \`npm test\` ...`);
    const { ms, r } = timeCommand('npm', ['test']);
    if (r.error) throw new BenchError(`npm test did not run: ${r.error.message}`);
    if (r.status !== 0) progress(`WARNING: npm test failed (exit ${r.status}); its time is reported anyway.\n${tail(`${r.stdout}\n${r.stderr}`, 40)}`);
    progress(`  ${round(ms / 1000)} s, exit ${r.status}`);
    runs.push({ ms, status: r.status });
  }
  const failed = runs.find(r => r.status !== 0);
  return {
    s: median(runs.map(r => r.ms)) / 1000,
    runs_s: runs.map(r => round(r.ms / 1000, 2)),
    exit_code: failed ? failed.status : 0,
    warm_exit_code: warm.r.status,
  };
}

/** Writes the 20,000-document check input: 10,000 pairs of the raw variant's YAML. */
async function writeCheckInput(file: string, pairs: number): Promise<void> {
  const { App, Chart } = await import('cdk8s');
  const { loadBuilder, pairName } = await import('./bench/workloads');
  const build = await loadBuilder('raw');
  const app = new App({ outdir: os.tmpdir() });
  build(new Chart(app, 'check'), 1);
  const template = app.synthYaml().replace(/\n*$/, '\n');
  const name = new RegExp(`\\b${pairName(0)}\\b`, 'g');
  if (!name.test(template)) throw new BenchError(`the check template has no ${pairName(0)} to replace`);
  const fd = fs.openSync(file, 'w');
  try {
    for (let i = 0; i < pairs; i++) fs.writeSync(fd, `${i > 0 ? '---\n' : ''}${template.replace(name, pairName(i))}`);
  } finally {
    fs.closeSync(fd);
  }
}

interface Options {
  readonly skipTests: boolean;
  readonly sizes: number[];
  readonly repsSmall: number;
  readonly repsLarge: number;
}

function parseArgs(argv: readonly string[]): Options {
  let skipTests = false;
  let sizes = [100, 1000, 10_000];
  let repsSmall = 5;
  let repsLarge = 3;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--skip-tests') skipTests = true;
    else if (a === '--sizes') sizes = (argv[++i] ?? '').split(',').map(Number);
    else if (a === '--reps') [repsSmall, repsLarge] = (argv[++i] ?? '').split(',').map(Number);
    else throw new BenchError(`unknown option "${a}" (known: --skip-tests, --sizes 100,1000,10000, --reps 5,3, --profile [variant] [N])`);
  }
  if (sizes.some(n => !Number.isInteger(n) || n < 1)) throw new BenchError('--sizes takes positive integers, e.g. --sizes 100,1000,10000');
  if (![repsSmall, repsLarge].every(n => Number.isInteger(n) && n >= 1)) throw new BenchError('--reps takes two positive integers, e.g. --reps 5,3');
  return { skipTests, sizes: [...new Set(sizes)].sort((x, y) => x - y), repsSmall, repsLarge };
}

const fmt = (x: number | null | undefined, digits = 2) => (x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits));

async function runBench(options: Options): Promise<void> {
  const started = process.hrtime.bigint();
  const out: string[] = [];
  const print = (line = '') => {
    out.push(line);
    process.stdout.write(`${line}\n`);
  };

  // the synthesis variants load the package as consumers do (build/), the corpus check runs its
  // CLI, the consumer app packs it
  buildPackage();

  // --- fidelity ---------------------------------------------------------------------------
  progress('fidelity: diffing N = 2 of every variant against the SDK ...');
  const fidelity = runWorker<FidelityResult>(['fidelity']);

  // --- synthesis --------------------------------------------------------------------------
  const results: SynthResult[] = [];
  const total = options.sizes.reduce((s, n) => s + (n >= 10_000 ? options.repsLarge : options.repsSmall) * VARIANT_ORDER.length, 0);
  let done = 0;
  for (const n of options.sizes) {
    const reps = n >= 10_000 ? options.repsLarge : options.repsSmall;
    for (let rep = 0; rep < reps; rep++) {
      for (const variant of rotate(VARIANT_ORDER, rep)) {
        const r = runWorker<SynthResult>(['synth', variant, String(n)]);
        results.push(r);
        progress(
          `[${++done}/${total}] ${variant.padEnd(7)} N=${String(n).padEnd(5)} rep ${rep + 1}/${reps}: ${round(r.ms, 0)} ms (construct ${round(r.construct_ms, 0)}, synth ${round(r.synth_ms, 0)}), peak RSS ${round(r.peak_rss_mb, 0)} MB`,
        );
      }
    }
  }

  // --- check ------------------------------------------------------------------------------
  const checkDir = tempDir('check');
  const checkFile = path.join(checkDir, 'bench-20000-docs.yaml');
  const checkRuns: CheckWorkerResult[] = [];
  try {
    await writeCheckInput(checkFile, CHECK_PAIRS);
    const reps = options.repsLarge;
    for (let rep = 0; rep < reps; rep++) {
      const r = runWorker<CheckWorkerResult>(['check', checkFile]);
      if (r.documents !== 2 * CHECK_PAIRS) throw new BenchError(`check read ${r.documents} documents, expected ${2 * CHECK_PAIRS}`);
      checkRuns.push(r);
      progress(
        `check rep ${rep + 1}/${reps}: ${r.documents} documents in ${round(r.ms, 0)} ms, peak RSS ${round(r.peak_rss_mb, 0)} MB, findings ${JSON.stringify(r.findings)}`,
      );
    }
  } finally {
    fs.rmSync(checkDir, { recursive: true, force: true });
  }

  // --- check on the corpus, the consumer app (both run the compiled package) ---------------
  const corpus = measureCorpus(5);
  const consumerApp = prepareConsumerApp(progress);
  const consumer = measureConsumerSynth(consumerApp, 5, progress);

  // --- synth_app, test suite ---------------------------------------------------------------
  progress('synth_app: the synth command into a temp output folder, 3 runs ...');
  const synthApp = measureSynthApp(3);
  const converted = measureConvert(5, progress);
  const tests: TestSuiteResult = options.skipTests ? { s: null, exit_code: null, warm_exit_code: null } : measureTests();

  // --- medians ----------------------------------------------------------------------------
  type Med = {
    reps: number;
    ms: number;
    min_ms: number;
    max_ms: number;
    construct_ms: number;
    synth_ms: number;
    ms_per_pair: number;
    peak_rss_mb: number;
    base_rss_mb: number;
    yaml_mb: number;
  };
  const medians: Record<string, Record<string, Med>> = {};
  for (const variant of VARIANT_ORDER) {
    medians[variant] = {};
    for (const n of options.sizes) {
      const rs = results.filter(r => r.variant === variant && r.n === n);
      const ms = median(rs.map(r => r.ms));
      medians[variant][n] = {
        reps: rs.length,
        ms: round(ms),
        min_ms: round(Math.min(...rs.map(r => r.ms))),
        max_ms: round(Math.max(...rs.map(r => r.ms))),
        construct_ms: round(median(rs.map(r => r.construct_ms))),
        synth_ms: round(median(rs.map(r => r.synth_ms))),
        ms_per_pair: round(ms / n, 4),
        peak_rss_mb: round(median(rs.map(r => r.peak_rss_mb))),
        base_rss_mb: round(median(rs.map(r => r.base_rss_mb))),
        yaml_mb: round(median(rs.map(r => r.yaml_mb)), 2),
      };
    }
  }
  // ratios and verdicts from the unrounded medians (a ratio printed as 1.300 may be 1.30004: FAIL)
  const exact = (variant: Variant, n: number): number | null => {
    const rs = results.filter(r => r.variant === variant && r.n === n);
    return rs.length > 0 ? median(rs.map(r => r.ms)) : null;
  };
  const ratio = (x: number | null, y: number | null) => (x === null || y === null || y === 0 ? null : x / y);
  const peakRss = (variant: Variant, n: number): number | null => {
    const rs = results.filter(r => r.variant === variant && r.n === n);
    return rs.length > 0 ? round(median(rs.map(r => r.peak_rss_mb))) : null;
  };
  const checkMs = median(checkRuns.map(r => r.ms));
  const checkDocsPerS = round((2 * CHECK_PAIRS) / (checkMs / 1000), 0);

  // --- report -----------------------------------------------------------------------------
  print('');
  print(`cdk8s-pod-patterns benchmark — node ${process.version}, ${os.cpus().length} CPUs, ${os.platform()} ${os.arch()}`);
  print('');
  print("Fidelity (N = 2, pair goproxy-0 of each variant vs the SDK's YAML; - only in SDK, + only in variant, ~ different):");
  for (const [variant, list] of Object.entries(fidelity.diffs)) {
    print(`  ${variant}: ${list.length === 0 ? 'identical YAML' : `${list.length} difference${list.length === 1 ? '' : 's'}`}`);
    for (const d of list) print(`    ${d}`);
    if (list.length > 0 && variant !== 'plus') print(`    WARNING: ${variant} is meant to produce exactly the SDK's YAML; update scripts/bench/workloads.ts`);
  }
  print('');
  print('Synthesis: construct + synthesis into a temp folder (validations run, YAML written), one chart; medians');
  print("  sdk, sdk-off, plus-fast, raw-fast: the SDK's synth command (synthesize({ entry }), as `npm run synth`, fast YAML writer)");
  print("  sdk-cdk8s, plus, raw: app.synth(), as `cdk8s synth` runs (cdk8s' own YAML writer)");
  const header = ['variant', 'N', 'reps', 'ms (median)', 'min–max ms', 'construct ms', 'synth ms', 'ms/pair', 'peak RSS MB', 'RSS before MB'];
  const rows: string[][] = [];
  for (const n of options.sizes) {
    for (const variant of VARIANT_ORDER) {
      const m = medians[variant][n];
      rows.push([
        variant,
        String(n),
        String(m.reps),
        m.ms.toFixed(1),
        `${m.min_ms.toFixed(0)}–${m.max_ms.toFixed(0)}`,
        m.construct_ms.toFixed(1),
        m.synth_ms.toFixed(1),
        m.ms_per_pair.toFixed(4),
        m.peak_rss_mb.toFixed(0),
        m.base_rss_mb.toFixed(0),
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i < 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`;
  print(line(header));
  print(`  ${widths.map(w => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) print(line(r));
  print('');
  print(
    `check: checkSources() on ${2 * CHECK_PAIRS} documents (${CHECK_PAIRS} raw Deployment+Service pairs), median of ${checkRuns.length}: ${round(checkMs, 0)} ms = ${checkDocsPerS} docs/s, peak RSS ${round(median(checkRuns.map(r => r.peak_rss_mb)), 0)} MB, findings ${JSON.stringify(checkRuns[0]?.findings ?? {})}`,
  );
  print(
    `synth_app: ${synthApp.command}: median ${round(synthApp.ms, 0)} ms ${JSON.stringify(synthApp.runs_ms)}; direct command median ${round(synthApp.direct_ms, 0)} ms ${JSON.stringify(synthApp.direct_runs_ms)}`,
  );
  if (synthApp.note) print(`  note: ${synthApp.note}`);
  print(
    `corpus: ${corpus.files} files, ${corpus.documents} documents, ${corpus.mb} MB; check (CLI, beyond start-up) ${corpus.check_ms} ms = ${corpus.mb_per_s} MB/s, ${corpus.docs_per_s} docs/s; ` +
      `parse alone: js-yaml ${corpus.js_yaml_ms} ms, yaml ${corpus.yaml_ms} ms (cold, fresh process); check / js-yaml ${fmt(corpus.check_ms / corpus.js_yaml_ms)}`,
  );
  print(
    `  in-process checkSources: cold ${corpus.in_process_cold_ms} ms, warm ${corpus.in_process_warm_ms} ms (js-yaml warm ${corpus.js_yaml_warm_ms} ms, yaml warm ${corpus.yaml_warm_ms} ms), peak RSS ${corpus.peak_rss_mb} MB; findings ${JSON.stringify(corpus.findings)}`,
  );
  print(
    `consumer app (10 services, ${consumer.documents} documents): ${consumer.command}: median ${round(consumer.ms, 0)} ms ${JSON.stringify(consumer.runs_ms)}, first run (empty transpile cache) ${round(consumer.first_run_ms, 0)} ms; npx ${round(consumer.npx_ms, 0)} ms; ts-node main.ts ${round(consumer.ts_node_ms, 0)} ms`,
  );
  print(`memory at N = 10000: sdk ${peakRss('sdk', 10_000)} MB, raw-fast ${peakRss('raw-fast', 10_000)} MB, raw ${peakRss('raw', 10_000)} MB (peak RSS)`);
  print(
    `convert: convertManifests() on ${converted.objects} objects (${converted.files} files of the convert corpus, copied), ${converted.lines} lines of TypeScript: median ${converted.ms} ms ${JSON.stringify(converted.runs_ms)}`,
  );
  print(
    `test_suite: ${tests.s === null ? 'skipped (--skip-tests)' : `npm test (warm) median ${round(tests.s)} s of ${JSON.stringify(tests.runs_s ?? [])}, exit code ${tests.exit_code}${tests.exit_code !== 0 ? ' — TESTS FAILED' : ''}`}`,
  );
  print('');

  const metrics = {
    sdk_vs_plus: ratio(exact('sdk', 10_000), exact('plus', 10_000)),
    sdk_vs_raw: ratio(exact('sdk', 10_000), exact('raw', 10_000)),
    growth_10k_over_1k: ratio(exact('sdk', 10_000), exact('sdk', 1000)),
    validation_overhead: ratio(exact('sdk', 10_000), exact('sdk-off', 10_000)),
    check_docs_per_s: (2 * CHECK_PAIRS) / (checkMs / 1000),
    synth_app_ms: synthApp.ms,
    test_suite_s: tests.s,
    check_vs_js_yaml_parse: corpus.check_ms / corpus.js_yaml_ms,
    consumer_synth_ms: consumer.ms,
    sdk_vs_raw_peak_rss: ratio(peakRss('sdk', 10_000), peakRss('raw-fast', 10_000)),
  };
  // the targets compare each approach as its users synthesize it (the SDK with its synth command,
  // plus and raw with app.synth()); these compare all three with one writer, either one
  const sameWriter = {
    fast_writer_sdk_vs_plus: ratio(exact('sdk', 10_000), exact('plus-fast', 10_000)),
    fast_writer_sdk_vs_raw: ratio(exact('sdk', 10_000), exact('raw-fast', 10_000)),
    fast_writer_raw_vs_plus: ratio(exact('raw-fast', 10_000), exact('plus-fast', 10_000)),
    cdk8s_writer_sdk_vs_plus: ratio(exact('sdk-cdk8s', 10_000), exact('plus', 10_000)),
    cdk8s_writer_sdk_vs_raw: ratio(exact('sdk-cdk8s', 10_000), exact('raw', 10_000)),
    cdk8s_writer_raw_vs_plus: ratio(exact('raw', 10_000), exact('plus', 10_000)),
  };
  const targets: Record<keyof typeof metrics, { op: '<=' | '>='; target: number }> = {
    sdk_vs_plus: { op: '<=', target: 0.7 },
    sdk_vs_raw: { op: '<=', target: 1.3 },
    growth_10k_over_1k: { op: '<=', target: 10.5 },
    validation_overhead: { op: '<=', target: 1.2 },
    check_docs_per_s: { op: '>=', target: 10_000 },
    synth_app_ms: { op: '<=', target: 800 },
    test_suite_s: { op: '<=', target: 30 },
    check_vs_js_yaml_parse: { op: '<=', target: 4 },
    consumer_synth_ms: { op: '<=', target: 1000 },
    sdk_vs_raw_peak_rss: { op: '<=', target: 1.1 },
  };
  const verdicts: Record<string, { value: number | null; target: string; status: 'PASS' | 'FAIL' | 'SKIP' | 'INVALID' }> = {};
  print('Targets:');
  for (const [key, t] of Object.entries(targets) as [keyof typeof metrics, { op: '<=' | '>='; target: number }][]) {
    const value = metrics[key];
    // a failing `npm test` (e.g. tsc errors, so jest never ran) has no meaningful time
    const invalid = key === 'test_suite_s' && tests.exit_code !== null && tests.exit_code !== 0;
    const status = value === null ? 'SKIP' : invalid ? 'INVALID' : (t.op === '<=' ? value <= t.target : value >= t.target) ? 'PASS' : 'FAIL';
    const digits = ['check_docs_per_s', 'synth_app_ms', 'consumer_synth_ms'].includes(key) ? 0 : key === 'test_suite_s' ? 2 : 4;
    const shown = value === null ? null : round(value, digits);
    verdicts[key] = { value: shown, target: `${t.op} ${t.target}`, status };
    print(
      `  ${key.padEnd(22)} ${fmt(value, digits).padStart(10)}   target ${t.op} ${String(t.target).padEnd(6)} ${status}${invalid ? ` (npm test exit code ${tests.exit_code})` : ''}`,
    );
  }
  print('Same writer (informational; fast_writer_*: sdk, plus-fast, raw-fast; cdk8s_writer_*: sdk-cdk8s, plus, raw):');
  for (const [key, value] of Object.entries(sameWriter)) print(`  ${key.padEnd(24)} ${fmt(value, 4).padStart(6)}`);
  const offVia = results.find(r => r.variant === 'sdk-off')?.validation_off_via;
  const totalS = msSince(started) / 1000;
  print(`(benchmark wall time ${round(totalS, 0)} s)`);

  const json = {
    ...Object.fromEntries(Object.entries(verdicts).map(([k, v]) => [k, v.value])),
    check_mb_per_s: round(corpus.mb_per_s, 2),
    convert_1000_ms: converted.ms,
    targets: verdicts,
    same_writer: Object.fromEntries(Object.entries(sameWriter).map(([k, v]) => [k, v === null ? null : round(v, 4)])),
    medians,
    check: {
      documents: 2 * CHECK_PAIRS,
      ms: round(checkMs),
      docs_per_s: checkDocsPerS,
      runs_ms: checkRuns.map(r => round(r.ms, 0)),
      peak_rss_mb: round(median(checkRuns.map(r => r.peak_rss_mb))),
      findings: checkRuns[0]?.findings ?? {},
    },
    synth_app: { ...synthApp, ms: round(synthApp.ms), direct_ms: round(synthApp.direct_ms) },
    corpus_check: corpus,
    convert: { ...converted, objects_target: CONVERT_OBJECTS },
    consumer_synth: {
      ...consumer,
      ms: round(consumer.ms),
      first_run_ms: round(consumer.first_run_ms),
      npx_ms: round(consumer.npx_ms),
      ts_node_ms: round(consumer.ts_node_ms),
    },
    memory: { sdk_peak_rss_mb: peakRss('sdk', 10_000), raw_fast_peak_rss_mb: peakRss('raw-fast', 10_000), raw_peak_rss_mb: peakRss('raw', 10_000) },
    test_suite: { ...tests, s: tests.s === null ? null : round(tests.s, 2), passed: tests.exit_code === null ? null : tests.exit_code === 0 },
    validation_off_via: offVia ?? null,
    fidelity_differences: Object.fromEntries(Object.entries(fidelity.diffs).map(([k, v]) => [k, v.length])),
    method: {
      synth:
        "the SDK and the L1 classes loaded as published (build/, compiled by tsc); construct + synthesis into a temp output folder, one chart; sdk, sdk-off, plus-fast and raw-fast through the SDK's synth command (synthesize({ entry })), its warm-up output checked byte for byte against App.synth(); sdk-cdk8s, plus and raw through App.synth(); child process per measurement (ts-node --swc), 20-pair untimed warm-up, rotating interleave, medians",
      reps: { small: options.repsSmall, large: options.repsLarge },
      ratios_at: 10_000,
    },
    env: { node: process.version, cpus: os.cpus().length, platform: `${os.platform()} ${os.arch()}` },
    bench_wall_s: round(totalS, 1),
  };
  process.stdout.write(`${JSON.stringify(json)}\n`);
}

/** `--profile [variant|check] [N]`: one worker under `node --cpu-prof`, summarized. */
async function runProfile(args: readonly string[]): Promise<void> {
  const target = args[0] ?? 'sdk';
  const n = Number(args[1] ?? 10_000);
  const dir = tempDir('cpuprof');
  let checkDir: string | undefined;
  // the workers load the package as published (build/): profile what the sources are now
  buildPackage();
  try {
    let workerArgs: string[];
    if (target === 'check') {
      checkDir = tempDir('check');
      const file = path.join(checkDir, 'bench.yaml');
      await writeCheckInput(file, n / 2);
      workerArgs = ['check', file];
    } else if (target === 'corpus') {
      // the cold first run of checkSources() on the benchmark corpus (N is ignored)
      checkDir = tempDir('corpus');
      writeCorpus(checkDir);
      workerArgs = ['corpus-check', checkDir];
    } else {
      workerArgs = ['synth', target, String(n)];
    }
    progress(`profiling worker "${workerArgs.join(' ')}" with node --cpu-prof ...`);
    const r = runWorker<SynthResult | CheckWorkerResult | CorpusCheckWorkerResult>(workerArgs, ['--cpu-prof', '--cpu-prof-dir', dir]);
    const files = fs.readdirSync(dir).filter(f => f.endsWith('.cpuprofile'));
    if (files.length !== 1) throw new BenchError(`expected one .cpuprofile in ${dir}, found ${files.length}`);
    const profile = JSON.parse(fs.readFileSync(path.join(dir, files[0]), 'utf8')) as CpuProfile;
    const [fromUs, toUs] = r.window_us;
    process.stdout.write(
      `${target} N=${n}: ${round(r.kind === 'corpus-check' ? r.cold_ms : r.ms, 0)} ms timed, peak RSS ${round(r.peak_rss_mb, 0)} MB${r.kind === 'synth' ? ` (construct ${round(r.construct_ms, 0)} ms, synth ${round(r.synth_ms, 0)} ms)` : ''}\n`,
    );
    process.stdout.write(formatProfileSummary(summarizeProfile(profile, ROOT, { fromUs, toUs }, 30)));
    const keep = path.join(os.tmpdir(), `bench-${target}-${n}.cpuprofile`);
    fs.copyFileSync(path.join(dir, files[0]), keep);
    process.stdout.write(`\nraw profile kept at ${keep} (open in Chrome DevTools > Performance, or speedscope)\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    if (checkDir) fs.rmSync(checkDir, { recursive: true, force: true });
  }
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv[0] === '--worker') return worker(argv.slice(1));
  if (argv[0] === '--profile') return runProfile(argv.slice(1));
  return runBench(parseArgs(argv));
}

main(process.argv.slice(2)).then(
  () => undefined,
  (e: unknown) => {
    const worker = process.argv[2] === '--worker';
    process.stderr.write(
      `${worker ? 'bench worker' : 'bench'}: ${e instanceof BenchError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exit(1);
  },
);
