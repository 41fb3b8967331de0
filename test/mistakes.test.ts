/**
 * The corpus of mistakes in test/mistakes/ (see test/mistakes/corpus.ts for its files): realistic
 * mistakes with this API, each with the outcome it must have and a correct twin.
 *
 * - Every compile-time mistake fails on its line with its fragment of the compiler's message, and
 *   nothing else in those files fails to compile.
 * - Every run-time mistake throws a ValidationError when built, or fails the synthesis of the app,
 *   before any YAML, with its fragment of the message.
 * - Every twin builds, synthesizes, and passes the `restricted` policy without an error or a warning.
 * - The ids are unique, every area has its share, and README.md says how many there are.
 *
 * KNOWN_GAPS are mistakes that do not have their outcome yet (they reach the YAML, or say something
 * misleading): their outcome tests are `test.failing` until the library gives it. When one starts
 * to pass, remove it from the list and its `// GAP:` marker from the corpus (in a compile file, its
 * `// expect-error:` becomes `// @ts-expect-error:`).
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Chart } from 'cdk8s';
import { formatFinding, validateManifests, ValidationError } from '../lib';
import { compileWithoutDirectives } from './compile-support';
import { Area, AREAS, RunTimeMistake } from './mistakes/corpus';
import { synth, testChart } from './support';

/** The mistakes that do not have their expected outcome yet. */
const KNOWN_GAPS: readonly string[] = [];

const DIR = path.join(__dirname, 'mistakes');
const PREFIXES: Readonly<Record<Area, string>> = {
  probes: 'PROBE',
  ports: 'PORT',
  containers: 'CTR',
  workloads: 'WKL',
  services: 'SVC',
  volumes: 'VOL',
  env: 'ENV',
  config: 'CFG',
  metadata: 'META',
};
/** Each area has at least this many mistakes, at compile and at run time together. */
const MIN_PER_AREA = 6;
const MIN_TOTAL = 110;

/** The directive of a compile-time mistake that compiles today (a `@ts-expect-error` would not compile). */
const GAP_DIRECTIVE = /^\s*\/\/ expect-error: (.*)$/;
const GAP_LINE = /^\s*\/\/ GAP: \S/;
const MISTAKE_LINE = /^\s*\/\/ ([A-Z]+-C\d{2}) ([a-z]+): (\S.*)$/;
const TWIN_LINE = /^\s*\/\/ ([A-Z]+-C\d{2})$/;

const files = (kind: 'compile' | 'run-time') =>
  fs
    .readdirSync(DIR)
    .filter(f => new RegExp(`^${kind}-[a-z]+\\.ts$`).test(f))
    .sort();
const areaOf = (file: string) => file.replace(/^(compile|run-time)-|\.ts$/g, '') as Area;

interface CompileMistake {
  readonly id: string;
  readonly area: Area;
  readonly what: string;
  readonly file: string;
  /** 1-based line of the mistake. */
  readonly line: number;
  readonly fragment: string;
  readonly gap: boolean;
}

// GIVEN the compile-time mistakes, with their directives removed, compiled
const COMPILE_FILES = files('compile');
const COMPILED = compileWithoutDirectives(
  COMPILE_FILES.map(f => path.join(DIR, f)),
  [GAP_DIRECTIVE],
);

/** The mistakes of a compile file, from its comments: `// <ID> <area>: <what>`, `// GAP: …` if it has no outcome yet, the directive, the line. */
function compileMistakes(file: string): CompileMistake[] {
  const { lines, expectations } = COMPILED.get(path.join(DIR, file))!;
  return expectations.map(e => {
    const directive = e.line - 1;
    const gap = GAP_LINE.test(lines[directive - 1]);
    const m = MISTAKE_LINE.exec(lines[directive - (gap ? 2 : 1)]);
    if (!m) throw new Error(`${file}:${e.line}: the directive is not preceded by "// <ID> <area>: <what the user meant>"`);
    // a GAP that compiles today has "// expect-error:"; one whose message misleads today keeps "// @ts-expect-error:"
    if (!gap && !e.tsDirective) throw new Error(`${file}:${e.line}: "// expect-error:" is for a GAP that compiles today`);
    return { id: m[1], area: m[2] as Area, what: m[3], file, line: e.line + 1, fragment: e.fragment, gap };
  });
}

const COMPILE_MISTAKES: readonly CompileMistake[] = COMPILE_FILES.flatMap(compileMistakes);

/** The run-time mistakes of each file, and the ids the file marks `// GAP:`. */
const RUN_TIME_FILES = files('run-time').map(file => {
  const { mistakes } = require(path.join(DIR, file)) as { mistakes: readonly RunTimeMistake[] };
  const text = fs.readFileSync(path.join(DIR, file), 'utf8');
  const gaps = [...text.matchAll(/^\s*\/\/ GAP: \S.*\n\s*\{\s*\n\s*id: '([A-Z]+-R\d{2})'/gm)].map(m => m[1]);
  return { file, mistakes, gaps };
});
const RUN_TIME_MISTAKES: readonly RunTimeMistake[] = RUN_TIME_FILES.flatMap(f => f.mistakes);

const ALL_IDS = [...COMPILE_MISTAKES.map(m => m.id), ...RUN_TIME_MISTAKES.map(m => m.id)];
const gapAware = (id: string) => (KNOWN_GAPS.includes(id) ? test.failing : test);

/** The manifests of every chart of the app of `chart` (a mistake may add a chart of its own). */
const synthApp = (chart: Chart) => App.of(chart).charts.flatMap(c => synth(c));

/** What happens when `build` runs in a chart of its own and the app is synthesized. */
function outcome(build: (chart: Chart) => void): { stage: 'built' | 'synthesized' | 'YAML'; error?: unknown } {
  const chart = testChart();
  try {
    build(chart);
  } catch (error) {
    return { stage: 'built', error };
  }
  try {
    synthApp(chart);
  } catch (error) {
    return { stage: 'synthesized', error };
  }
  return { stage: 'YAML' };
}

/** The errors and warnings of the `restricted` policy on what `build` synthesizes (which must be something). */
function problemsOfTwin(build: (chart: Chart) => void): string[] {
  const chart = testChart();
  build(chart);
  const manifests = synthApp(chart);
  if (manifests.length === 0) return ['the twin builds nothing'];
  return validateManifests(manifests, { policy: 'restricted' })
    .filter(f => f.severity !== 'info')
    .map(f => `${f.severity} ${formatFinding(f)} [${f.rule}]`);
}

describe('the corpus', () => {
  test('ids are unique and say their area and kind', () => {
    expect(ALL_IDS.filter((id, i) => ALL_IDS.indexOf(id) !== i)).toEqual([]);
    for (const m of COMPILE_MISTAKES) expect(`${m.id} ${m.area} ${m.file}`).toBe(`${PREFIXES[m.area]}-${m.id.split('-')[1]} ${areaOf(m.file)} ${m.file}`);
    for (const { file, mistakes } of RUN_TIME_FILES) {
      for (const m of mistakes) expect(`${m.id} ${m.area}`).toMatch(new RegExp(`^${PREFIXES[m.area]}-R\\d{2} ${areaOf(file)}$`));
    }
  });

  test(`it holds at least ${MIN_TOTAL} mistakes, and every area at least ${MIN_PER_AREA}`, () => {
    expect(ALL_IDS.length).toBeGreaterThanOrEqual(MIN_TOTAL);
    const perArea = AREAS.map(area => [area, [...COMPILE_MISTAKES, ...RUN_TIME_MISTAKES].filter(m => m.area === area).length] as const);
    expect(perArea.filter(([, n]) => n < MIN_PER_AREA)).toEqual([]);
  });

  test('every mistake of a compile file has a twin in its twins(), and every twin a mistake', () => {
    for (const file of COMPILE_FILES) {
      const { lines } = COMPILED.get(path.join(DIR, file))!;
      const start = lines.findIndex(l => l.startsWith('export function twins('));
      const twins = lines.slice(start).flatMap(l => TWIN_LINE.exec(l)?.[1] ?? []);
      const marked = lines.slice(0, start).flatMap(l => MISTAKE_LINE.exec(l)?.[1] ?? []);
      expect(`${file}: ${[...twins].sort().join(' ')}`).toBe(`${file}: ${[...marked].sort().join(' ')}`);
      expect(marked.sort()).toEqual(
        COMPILE_MISTAKES.filter(m => m.file === file)
          .map(m => m.id)
          .sort(),
      );
    }
  });

  test('KNOWN_GAPS lists exactly the mistakes marked GAP', () => {
    const marked = [...COMPILE_MISTAKES.filter(m => m.gap).map(m => m.id), ...RUN_TIME_FILES.flatMap(f => f.gaps)];
    expect([...KNOWN_GAPS].sort()).toEqual(marked.sort());
  });

  test('README.md says how many mistakes there are, and where they fail', () => {
    const sentence =
      `Of the ${ALL_IDS.length} mistakes in test/mistakes/, ${COMPILE_MISTAKES.length} fail at compile time and ` +
      `${RUN_TIME_MISTAKES.length} when the app is built or synthesized; none reaches YAML.`;
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8').replace(/\s+/g, ' ');
    if (!readme.includes(sentence)) throw new Error(`README.md should say, in one paragraph:\n${sentence}`);
  });
});

describe.each(COMPILE_FILES)('compile-time mistakes: %s', file => {
  const { diagnostics, expectations } = COMPILED.get(path.join(DIR, file))!;
  const mistakes = COMPILE_MISTAKES.filter(m => m.file === file);

  describe.each(mistakes.map(m => [`${m.id} (line ${m.line}): ${m.what}`, m] as const))('%s', (_, m) => {
    gapAware(m.id)(`fails to compile: ${m.fragment}`, () => {
      // THEN the line has an error whose message contains the fragment
      expect((diagnostics.get(m.line - 1) ?? []).join('\n')).toContain(m.fragment);
    });
  });

  test('nothing else fails to compile: the twins, and every line not marked', () => {
    const marked = new Set(expectations.map(e => e.line));
    expect([...diagnostics.entries()].filter(([line]) => !marked.has(line)).map(([line, messages]) => `line ${line + 1}: ${messages.join(' ')}`)).toEqual([]);
  });

  test('twins() builds every twin: it synthesizes, and passes the restricted policy without an error or a warning', () => {
    const { twins } = require(path.join(DIR, file)) as { twins: (chart: Chart) => void };
    expect(problemsOfTwin(twins)).toEqual([]);
  });
});

describe.each(RUN_TIME_FILES.map(f => [f.file, f.mistakes] as const))('run-time mistakes: %s', (_, mistakes) => {
  describe.each(mistakes.map(m => [`${m.id}: ${m.what}`, m] as const))('%s', (_, m) => {
    gapAware(m.id)(`throws before YAML: ${m.error}`, () => {
      // WHEN the mistake is built, and the app synthesized
      const { stage, error } = outcome(m.build);
      // THEN it throws a ValidationError when built, or the synthesis fails, saying the fragment
      const said = error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error);
      expect(`${stage}: ${said}`).toContain(m.error);
      if (stage === 'built') expect(error).toBeInstanceOf(ValidationError);
      expect(stage).not.toBe('YAML');
    });

    test('its twin synthesizes, and passes the restricted policy without an error or a warning', () => {
      expect(problemsOfTwin(m.twin)).toEqual([]);
    });
  });
});
