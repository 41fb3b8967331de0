import { checkSources, LocatedFinding, YamlSource } from '../lib/check/sources';
import { parseSource } from '../lib/yaml/reader';
import { generateCorpus, MISTAKES } from '../scripts/gen-bench-corpus';

// The benchmark corpus of `check` (scripts/gen-bench-corpus.ts), at about 200 documents: CRDs,
// install bundles, workloads, ConfigMaps, Secrets, RBAC and lists, with a few mistakes. The
// findings were recorded before `check` was made fast; the fast path must give exactly them,
// with the same messages, lines and columns as the located (`yaml` package) path.

const corpus = generateCorpus({ scale: 0.15 });
const sources: YamlSource[] = corpus.files.map(f => ({ name: f.name, text: f.text }));

function shown(f: LocatedFinding): string {
  const suggestion = f.suggestion === undefined ? '' : ` (suggestion: ${f.suggestion})`;
  return `${f.file}:${f.line}:${f.column} [document ${f.document}${f.object ? ` ${f.object}` : ''}] ${f.severity} ${f.rule} ${f.path}: ${f.message}${suggestion}`;
}

test('the corpus is a platform repository in small', () => {
  expect(corpus.documents).toBeGreaterThanOrEqual(200);
  expect(Object.keys(MISTAKES).length).toBeGreaterThanOrEqual(4);
  const kinds = new Set(sources.flatMap(s => [...s.text.matchAll(/^kind: (\w+)$/gm)].map(m => m[1])));
  for (const kind of ['CustomResourceDefinition', 'Deployment', 'StatefulSet', 'DaemonSet', 'Service', 'ConfigMap', 'Secret', 'ClusterRole', 'List', 'ConfigMapList']) {
    expect(kinds).toContain(kind);
  }
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

test('the fast reader reads every document of the corpus as the yaml package does', () => {
  for (const s of sources) {
    const fast = parseSource(s.text);
    expect(fast.problems).toEqual([]);
    expect(fast.manifests.length).toBeGreaterThan(0);
  }
});
