/**
 * The fast YAML writer writes exactly the bytes of cdk8s' `Yaml.stringify`: on every manifest of
 * the repository, on generated documents full of edge cases, and through a real `app.synth()`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, App, Chart, Yaml } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import { ProbedService, StartupProbePod } from '../lib';
import { synthesize } from '../lib/synth/synthesize';
import { SELF_CHECKED_DOCUMENTS, VERIFIED_CDK8S_VERSIONS, withFastYaml, YamlWriter } from '../lib/yaml/writer';

const ROOT = path.join(__dirname, '..');

/** A writer that falls back on cdk8s' writer. */
function newWriter(): YamlWriter {
  return new YamlWriter((...docs) => Yaml.stringify(...docs));
}

function yamlFilesOf(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter(f => /\.ya?ml$/.test(f))
    .map(f => path.join(dir, f));
}

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRINGS = [
  'goproxy',
  'registry.k8s.io/goproxy:0.1',
  '/healthz',
  'app.kubernetes.io/name',
  'a:b',
  'a:',
  'a: b',
  'a:-',
  '',
  ' ',
  'a ',
  ' a',
  'a b',
  'a #b',
  'a#b',
  '#a',
  '-',
  '-a',
  '- a',
  '---',
  '--- a',
  '...',
  '.env',
  '.inf',
  '.NaN',
  '.5',
  '%x',
  '?',
  '? a',
  'a?',
  '<<',
  '*a',
  '&a',
  '!a',
  '|',
  '>',
  '@a',
  '`a',
  '"a"',
  "'a'",
  `'a"`,
  '[a]',
  '{a}',
  'a,b',
  '8080',
  '0644',
  '0x1F',
  '0b101',
  '1e3',
  'e5',
  'E-1',
  'e0',
  'e+3',
  'E10',
  'e5x',
  'ex',
  '1_000',
  '+1',
  '-1.5',
  '1:30',
  '190:20:30',
  '2001-12-14',
  '2001-12-14t21:59:43.10-05:00',
  'y',
  'Y',
  'n',
  'N',
  'yes',
  'No',
  'ON',
  'off',
  'Off',
  'true',
  'False',
  'null',
  'NULL',
  '~',
  'Yess',
  'nil',
  'a\nb',
  'a\n',
  '\n',
  'a\tb',
  '\ta',
  'a\u0001b',
  'é',
  '日本語',
  'emoji 🙂',
  '\ud800',
  'x'.repeat(2000),
  'word '.repeat(300),
  'k'.repeat(1023),
  'k'.repeat(1024),
  'k'.repeat(1100),
  'a\\b',
  'C:\\path',
  'a\u2028---',
  'a\u2029...',
  'a\u2028b',
  'a\u0085b',
  '\ufeffa',
  'a\u00a0b',
];

const NUMBERS = [0, -0, 1, -1, 8080, 65534, 1.5, -0.25, 0.1, 1e21, 1e-7, 2 ** 53, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity];

class Instance {
  public readonly a = 1;
}

function scalar(rand: () => number): unknown {
  const r = rand();
  if (r < 0.6) return STRINGS[Math.floor(rand() * STRINGS.length)];
  if (r < 0.8) return NUMBERS[Math.floor(rand() * NUMBERS.length)];
  if (r < 0.88) return rand() < 0.5;
  if (r < 0.94) return null;
  return undefined;
}

function value(rand: () => number, depth: number, shared: object[]): unknown {
  const r = rand();
  if (depth >= 4 || r < 0.45) return scalar(rand);
  if (r < 0.47 && shared.length > 0) return shared[0];
  if (r < 0.48) return new Date(0);
  if (r < 0.49) return new Instance();
  if (r < 0.5) return { toJSON: () => 'json' };
  if (r < 0.75) {
    const n = Math.floor(rand() * 4);
    const arr = Array.from({ length: n }, () => value(rand, depth + 1, shared));
    if (rand() < 0.1) shared.push(arr);
    return arr;
  }
  const n = Math.floor(rand() * 5);
  const obj: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) obj[String(scalar(rand))] = value(rand, depth + 1, shared);
  if (rand() < 0.1) shared.push(obj);
  return obj;
}

describe('YamlWriter', () => {
  test('writes every manifest of dist/ and of the test fixtures as cdk8s does, without handing any to cdk8s', () => {
    // GIVEN every document of the repository's YAML files
    const files = [...yamlFilesOf(path.join(ROOT, 'dist')), ...yamlFilesOf(path.join(ROOT, 'test/fixtures/tutorial'))];
    const docs = files.flatMap(f => parseAllDocuments(fs.readFileSync(f, 'utf8'), { version: '1.1' }).map(d => d.toJS()));
    expect(docs.length).toBeGreaterThan(10);
    const writer = newWriter();
    // WHEN / THEN
    for (const doc of docs) expect(writer.stringify([doc])).toEqual(Yaml.stringify(doc));
    expect(writer.stringify(docs)).toEqual(Yaml.stringify(...docs));
    // odd scalars ("8080", quoted words) are asked of cdk8s one by one, whole documents never
    expect(writer.handedOver).toBe(0);
  });

  test('writes 2,000 generated documents full of edge cases as cdk8s does', () => {
    const rand = random(20261128);
    const writer = newWriter();
    const mismatches: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const shared: object[] = [];
      const doc: Record<string, unknown> = {};
      const n = 1 + Math.floor(rand() * 6);
      for (let k = 0; k < n; k++) doc[String(scalar(rand))] = value(rand, 0, shared);
      const expected = Yaml.stringify(doc);
      const actual = writer.stringify([doc]);
      if (actual !== expected && mismatches.length < 3) mismatches.push(`document ${i}:\n--- cdk8s\n${expected}--- fast\n${actual}`);
    }
    expect(mismatches).toEqual([]);
    // the comparison means something only if this writer wrote a good share of them itself
    expect(writer.handedOver).toBeLessThan(1300);
  });

  test('every edge-case string as a key, a value and a sequence item at three depths', () => {
    const writer = newWriter();
    for (const s of STRINGS) {
      for (const doc of [{ [s]: s }, { a: { [s]: [s, { [s]: s }] } }, { a: [[s], { b: { [s]: [s] } }] }]) {
        expect(writer.stringify([doc])).toEqual(Yaml.stringify(doc));
      }
    }
  });

  test('separates documents and writes undefined and empty documents as cdk8s does', () => {
    const writer = newWriter();
    const docs = [{ a: 1 }, undefined, {}, { b: [] }, [], 'text', 5, null];
    expect(writer.stringify(docs)).toEqual(Yaml.stringify(...docs));
    expect(writer.stringify([])).toEqual(Yaml.stringify());
  });

  test('a document holding one object twice goes to cdk8s, which writes an alias', () => {
    const writer = newWriter();
    const labels = { app: 'web' };
    const doc = { metadata: { labels }, spec: { selector: { matchLabels: labels } } };
    expect(writer.stringify([doc])).toEqual(Yaml.stringify(doc));
    expect(Yaml.stringify(doc)).toContain('*a1');
    expect(writer.handedOver).toBe(1);
  });
});

/** Random strings of one to six characters over the characters that decide how YAML writes a scalar. */
function shortStrings(rand: () => number, count: number): string[] {
  const chars = [
    'a',
    'z',
    'e',
    'E',
    'n',
    'y',
    'O',
    '0',
    '1',
    '9',
    '.',
    '-',
    '_',
    ':',
    '/',
    ' ',
    '#',
    '%',
    '?',
    "'",
    '"',
    '\t',
    '\n',
    '\u2028',
    '\u2029',
    '\u0085',
    '\ufeff',
    '\u00a0',
  ];
  return Array.from({ length: count }, () => {
    const n = 1 + Math.floor(rand() * 6);
    let s = '';
    for (let i = 0; i < n; i++) s += chars[Math.floor(rand() * chars.length)];
    return s;
  });
}

/** Every string of one to `max` characters over `chars`. */
function allStrings(chars: string, max: number): string[] {
  let level = [''];
  const all: string[] = [];
  for (let n = 1; n <= max; n++) {
    level = level.flatMap(prefix => [...chars].map(c => prefix + c));
    all.push(...level);
  }
  return all;
}

/** The first line where two texts differ, for a readable failure. */
function firstDifference(expected: string, actual: string): string | undefined {
  if (expected === actual) return undefined;
  const e = expected.split('\n');
  const a = actual.split('\n');
  let i = 0;
  while (i < Math.max(e.length, a.length) && e[i] === a[i]) i++;
  return `line ${i + 1}: cdk8s ${JSON.stringify(e[i])}, fast ${JSON.stringify(a[i])}`;
}

describe('YamlWriter on short strings', () => {
  test('2,500 random short strings as a key, a value and a sequence item at three depths', () => {
    const writer = newWriter();
    const mismatches: string[] = [];
    for (const s of shortStrings(random(7), 2500)) {
      for (const doc of [{ [s]: s }, { a: { [s]: [s, { [s]: s }] } }, { a: [[s], { b: { [s]: [s] } }] }]) {
        const diff = firstDifference(Yaml.stringify(doc), writer.stringify([doc]));
        if (diff && mismatches.length < 5) mismatches.push(`${JSON.stringify(s)}: ${diff}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  test('every string of up to three characters over the letters, digits and punctuation of plain scalars', () => {
    // GIVEN all 27,000+ strings over letters that start YAML 1.1 words and numbers, digits and the plain punctuation
    // (but `---` and `...`, which as keys send a whole document to cdk8s, tested on their own above)
    const strings = allStrings('aeEnNyYoOtfx019._/:-', 3).filter(s => s !== '---' && s !== '...');
    const doc = Object.fromEntries(strings.map(s => [s, s]));
    const items = { a: strings };
    const writer = newWriter();
    // WHEN / THEN written as keys and values of one map, and as items of one sequence
    expect(firstDifference(Yaml.stringify(doc), writer.stringify([doc]))).toBeUndefined();
    expect(firstDifference(Yaml.stringify(items), writer.stringify([items]))).toBeUndefined();
    expect(writer.handedOver).toBe(0);
  });

  test('arrays and objects the yaml package treats specially go to cdk8s whole', () => {
    class List extends Array<number> {}
    const withToJSON = Object.assign([1, 2], { toJSON: () => 'json' });
    const iterable = {
      a: 1,
      *[Symbol.iterator]() {
        yield 'x';
      },
    };
    const writer = newWriter();
    const docs = [{ a: List.from([1, 2]) }, { a: withToJSON }, { a: [withToJSON] }, { a: iterable }, { a: [iterable] }];
    for (const doc of docs) expect(writer.stringify([doc])).toEqual(Yaml.stringify(doc));
    expect(writer.handedOver).toBe(docs.length);
  });
});

describe('withFastYaml', () => {
  function app(outdir: string): App {
    const a = new App({ outdir });
    const chart = new Chart(a, 'web');
    new ProbedService(chart, 'goproxy', { name: 'goproxy' });
    new StartupProbePod(chart, 'slow');
    new ApiObject(chart, 'config', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'config' },
      data: { 'a.yaml': 'x: 1\ny: 2\n', port: '8080', on: 'yes' },
    });
    return a;
  }

  test('app.synth() writes the same files, byte for byte', () => {
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'yaml-plain-'));
    const fast = fs.mkdtempSync(path.join(os.tmpdir(), 'yaml-fast-'));
    try {
      app(plain).synth();
      withFastYaml(Yaml, () => app(fast).synth());
      const files = fs.readdirSync(plain).sort();
      expect(fs.readdirSync(fast).sort()).toEqual(files);
      for (const f of files) expect(fs.readFileSync(path.join(fast, f), 'utf8')).toEqual(fs.readFileSync(path.join(plain, f), 'utf8'));
    } finally {
      fs.rmSync(plain, { recursive: true, force: true });
      fs.rmSync(fast, { recursive: true, force: true });
    }
  });

  test('with a cdk8s it was not verified against, it compares its first documents with cdk8s and falls back on a difference', () => {
    // GIVEN a "cdk8s writer" that differs from the fast one from its third document on (a newer yaml package, say)
    let calls = 0;
    const drifting = (...docs: unknown[]) => {
      calls++;
      const text = Yaml.stringify(...docs);
      return calls >= 3 ? text.replace(/: /g, ':  ') : text;
    };
    const doc = { kind: 'ConfigMap', metadata: { name: 'x' }, data: { a: 'b' } };
    const writer = new YamlWriter(drifting, SELF_CHECKED_DOCUMENTS);
    // WHEN documents are written
    const first = writer.stringify([doc, doc]);
    expect(writer.divergent).toBe(false);
    const third = writer.stringify([doc]);
    const later = writer.stringify([doc]);
    // THEN the fast writer's first documents were checked, the third differed, and cdk8s' writer wrote from then on
    expect(first).toBe(Yaml.stringify(doc, doc));
    expect(writer.divergent).toBe(true);
    expect(third).toContain('kind:  ConfigMap');
    expect(later).toContain('kind:  ConfigMap');
  });

  test('with a verified cdk8s (the installed one) it trusts itself; with another it checks its first documents', () => {
    const { version } = JSON.parse(fs.readFileSync(require.resolve('cdk8s/package.json'), 'utf8')) as { version: string };
    expect(VERIFIED_CDK8S_VERSIONS).toContain(version);
    /** How many times cdk8s' own writer is asked while 60 plain documents are written fast. */
    const asked = (cdk8sVersion: string | undefined): number => {
      const original = Yaml.stringify;
      let calls = 0;
      Yaml.stringify = (...docs: unknown[]) => {
        calls++;
        return original.apply(Yaml, docs);
      };
      try {
        withFastYaml(
          Yaml,
          () => {
            for (let i = 0; i < 60; i++) Yaml.stringify({ kind: 'ConfigMap', metadata: { name: `c${i}` } });
          },
          cdk8sVersion,
        );
      } finally {
        Yaml.stringify = original;
      }
      return calls;
    };
    expect(asked(version)).toBe(0);
    expect(asked('2.99.0')).toBe(SELF_CHECKED_DOCUMENTS);
    expect(asked(undefined)).toBe(SELF_CHECKED_DOCUMENTS);
  });

  test('puts cdk8s writer back afterwards, also when the app throws', () => {
    const original = Yaml.stringify;
    let inside: unknown;
    expect(() =>
      withFastYaml(Yaml, () => {
        inside = Yaml.stringify;
        throw new Error('app failed');
      }),
    ).toThrow('app failed');
    expect(inside).not.toBe(original);
    expect(Yaml.stringify).toBe(original);
  });
});

describe('the synth command', () => {
  test('writes with the fast writer while the entry app runs, the same bytes, and puts cdk8s writer back', async () => {
    // GIVEN an entry app (inside the repository, so that it resolves cdk8s) that notes the writer it synthesizes with
    fs.mkdirSync(path.join(ROOT, 'build'), { recursive: true });
    const work = fs.mkdtempSync(path.join(ROOT, 'build', 'yaml-entry-'));
    const entry = path.join(work, 'main.js');
    fs.writeFileSync(
      entry,
      [
        "const { ApiObject, App, Chart, Yaml } = require('cdk8s');",
        'globalThis.writerSeen = Yaml.stringify;',
        'const app = new App();',
        "new ApiObject(new Chart(app, 'c'), 'cm', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' }, data: { port: '8080', on: 'yes', text: 'a\\nb' } });",
        'app.synth();',
      ].join('\n'),
    );
    const original = Yaml.stringify;
    try {
      // WHEN the synth command runs it
      const { files } = await synthesize({ entry, output: path.join(work, 'dist') });
      // THEN it ran with another writer, which is gone afterwards, and wrote what cdk8s writes
      expect((globalThis as { writerSeen?: unknown }).writerSeen).not.toBe(original);
      expect(Yaml.stringify).toBe(original);
      expect(files).toEqual(['c.k8s.yaml']);
      const written = fs.readFileSync(path.join(work, 'dist', 'c.k8s.yaml'), 'utf8');
      // (cdk8s sorts the keys of data)
      expect(written).toEqual(
        Yaml.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' }, data: { on: 'yes', port: '8080', text: 'a\nb' } }),
      );
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
      delete (globalThis as { writerSeen?: unknown }).writerSeen;
    }
  });
});
