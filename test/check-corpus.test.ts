import { checkSources, LocatedFinding, YamlSource } from '../lib/check/sources';
import { splitDocuments } from '../lib/yaml/fast-reader';
import { locateInOutline, outline } from '../lib/yaml/line-locator';
import { locate, parseSource } from '../lib/yaml/reader';
import { Path } from '../lib/values/path';
import { generateCorpus, MISTAKES } from '../scripts/gen-bench-corpus';

// The benchmark corpus of `check` (scripts/gen-bench-corpus.ts), at about 200 documents: CRDs,
// install bundles, workloads, ConfigMaps, Secrets, RBAC and lists, with a few mistakes. The
// findings were recorded before `check` was made fast (the snapshot); the fast path must give
// exactly them, with the messages, lines and columns of the located (`yaml` package) path.

const corpus = generateCorpus({ scale: 0.15 });
const sources: YamlSource[] = corpus.files.map(f => ({ name: f.name, text: f.text }));

function shown(f: LocatedFinding): string {
  const suggestion = f.suggestion === undefined ? '' : ` (suggestion: ${f.suggestion})`;
  return `${f.file}:${f.line}:${f.column} [document ${f.document}${f.object ? ` ${f.object}` : ''}] ${f.severity} ${f.rule} ${f.path}: ${f.message}${suggestion}`;
}

/** Every path of a value, and a missing one below each mapping and past each list. */
function pathsOf(v: unknown, p: Path, out: Path[]): Path[] {
  out.push(p);
  if (Array.isArray(v)) {
    v.forEach((x, i) => pathsOf(x, [...p, i], out));
    out.push([...p, v.length]);
  } else if (typeof v === 'object' && v !== null) {
    for (const [k, x] of Object.entries(v)) pathsOf(x, [...p, k], out);
    out.push([...p, 'missing', 'deeper']);
  }
  return out;
}

test('the corpus is a platform repository in small', () => {
  expect(corpus.documents).toBeGreaterThanOrEqual(200);
  expect(Object.keys(MISTAKES).length).toBeGreaterThanOrEqual(4);
  const kinds = new Set(sources.flatMap(s => [...s.text.matchAll(/^kind: (\w+)$/gm)].map(m => m[1])));
  for (const kind of [
    'CustomResourceDefinition',
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'Service',
    'ConfigMap',
    'Secret',
    'ClusterRole',
    'List',
    'ConfigMapList',
  ]) {
    expect(kinds).toContain(kind);
  }
});

test('the corpus is the same for the same seed, and another for another seed', () => {
  const again = generateCorpus({ scale: 0.01 }).files;
  expect(again).toEqual(generateCorpus({ scale: 0.01 }).files);
  expect(generateCorpus({ scale: 0.01, seed: 1 }).files).not.toEqual(again);
});

test('check finds what it found before it was made fast, line and column included', () => {
  // WHEN the corpus is checked
  const result = checkSources(sources);
  // THEN the findings are those recorded, and the planted mistakes are among them
  expect({ documents: result.documents, manifests: result.manifests, findings: result.findings.map(shown) }).toMatchSnapshot();
  expect(result.findings.filter(f => f.severity !== 'info').map(f => f.rule)).toEqual(
    expect.arrayContaining(['service-target-port-declared', 'service-selects-nothing', 'field-type', 'unknown-field', 'api-deprecated', 'duplicate-object']),
  );
});

test('the fast path locates every finding where the yaml package does, with a policy too', () => {
  for (const policy of [undefined, 'restricted'] as const) {
    const fast = checkSources(sources, { policy });
    const parsed = checkSources(sources, { policy, parsedLocations: true });
    expect(fast.findings.map(shown)).toEqual(parsed.findings.map(shown));
    if (policy) expect(fast.findings.length).toBeGreaterThan(25);
  }
});

test('sources can be read one at a time, as an iterable', () => {
  const read: string[] = [];
  function* lazily() {
    for (const s of sources) {
      read.push(s.name);
      yield s;
    }
  }
  expect(checkSources(lazily()).findings.map(shown)).toEqual(checkSources(sources).findings.map(shown));
  expect(read).toEqual(sources.map(s => s.name));
});

test("the lines of the corpus' documents place every field where the yaml package does", () => {
  let compared = 0;
  const differing: string[] = [];
  for (const s of sources) {
    const parsed = parseSource(s.text);
    expect(parsed.problems).toEqual([]);
    const chunks = splitDocuments(s.text);
    for (const m of parsed.manifests) {
      const chunk = chunks[m.document - 1];
      const o = outline(chunk.text);
      if (!o) continue;
      for (const path of pathsOf(m.value, [], [])) {
        for (const atKey of [false, true]) {
          const byLines = locateInOutline(o, chunk.line, path, atKey);
          if (!byLines) continue;
          compared++;
          const parsed = locate({ value: m.value, document: m.document, positioned: m.positioned }, path, atKey);
          if (JSON.stringify(byLines) !== JSON.stringify(parsed))
            differing.push(`${s.name} ${JSON.stringify(path)} ${atKey}: ${JSON.stringify(byLines)} != ${JSON.stringify(parsed)}`);
        }
      }
    }
  }
  expect(differing).toEqual([]);
  expect(compared).toBeGreaterThan(20_000);
});
