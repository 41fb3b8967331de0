/**
 * The `convert` measurement of `scripts/bench.ts`: `convertManifests` on 1,000 objects, copies of
 * the realistic corpus of test/fixtures/convert (each copy in a namespace of its own, so that its
 * objects refer to each other as the original's do), one YAML file per corpus file and copy.
 * Timed in a child process (the SDK's loader, `scripts/register.js`), after an untimed warm-up
 * on one copy; `reps` runs, median.
 *
 *   node -r ./scripts/register.js scripts/bench/convert.ts [reps]   # prints the result as JSON
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { dump, loadAll } from 'js-yaml';

const ROOT = path.resolve(__dirname, '..', '..');
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'convert');
/** How many objects are converted. */
export const CONVERT_OBJECTS = 1000;

/** What {@link measureConvert} measured. */
export interface ConvertBenchResult {
  /** Median time of one conversion of the objects, in ms. */
  readonly ms: number;
  readonly runs_ms: number[];
  readonly objects: number;
  readonly files: number;
  /** Lines of TypeScript written. */
  readonly lines: number;
}

/** The corpus's objects, lists unpacked, by file. */
function corpus(): { file: string; objects: Record<string, any>[] }[] {
  return fs
    .readdirSync(CORPUS)
    .filter(f => f.endsWith('.yaml'))
    .sort()
    .map(file => ({
      file,
      objects: (loadAll(fs.readFileSync(path.join(CORPUS, file), 'utf8')) as any[]).flatMap(m => (m.kind === 'List' ? m.items : [m])),
    }));
}

/** Copies of the corpus until `count` objects: copy `i` in namespace `<namespace>-<i>`, cluster-wide objects renamed. */
export function convertInput(count: number): { name: string; text: string }[] {
  const files = corpus();
  const out: { name: string; text: string }[] = [];
  let n = 0;
  for (let i = 0; n < count; i++) {
    for (const { file, objects } of files) {
      const copies = objects.slice(0, count - n).map(o => {
        const m = JSON.parse(JSON.stringify(o));
        if (m.metadata.namespace !== undefined || !['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition'].includes(m.kind)) {
          m.metadata.namespace = `${m.metadata.namespace ?? 'default'}-${i}`;
        } else if (m.kind !== 'CustomResourceDefinition') m.metadata.name = `${m.metadata.name}-${i}`;
        return m;
      });
      n += copies.length;
      if (copies.length > 0) out.push({ name: `copy-${i}/${file}`, text: copies.map(c => dump(c)).join('---\n') });
      if (n >= count) break;
    }
  }
  return out;
}

/** Runs the measurement in a child process. */
export function measureConvert(reps: number, progress: (line: string) => void): ConvertBenchResult {
  progress(`convert: ${CONVERT_OBJECTS} objects, ${reps} runs ...`);
  const r = spawnSync(process.execPath, ['-r', path.join(ROOT, 'scripts', 'register.js'), __filename, String(reps)], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the convert measurement failed:\n${r.stderr}`);
  const result = JSON.parse(r.stdout.trim().split('\n').pop()!) as ConvertBenchResult;
  progress(`  convert: median ${result.ms} ms ${JSON.stringify(result.runs_ms)}`);
  return result;
}

function run(reps: number): void {
  // loaded here, not at the top: the parent only spawns this file
  const { convertManifests } = require('../../lib/convert/convert') as typeof import('../../lib/convert/convert');
  const input = convertInput(CONVERT_OBJECTS);
  convertManifests(convertInput(40));
  const runs: number[] = [];
  let lines = 0;
  let objects = 0;
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    const result = convertManifests(input);
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    lines = result.files.reduce((s, f) => s + f.text.split('\n').length, 0);
    objects = result.objects.length;
  }
  const sorted = [...runs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const round = (x: number) => Math.round(x * 10) / 10;
  process.stdout.write(`${JSON.stringify({ ms: round(median), runs_ms: runs.map(round), objects, files: input.length, lines })}\n`);
}

if (require.main === module) run(Number(process.argv[2] ?? 5));
