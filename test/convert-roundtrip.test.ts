/**
 * convert → synth gives back the input: the tutorial's YAML (with its typos fixed) and a corpus
 * of realistic manifests (multi-document files, Lists, `kubectl get -o yaml` output, every
 * workload kind with probes, volumes and env from Secrets, Services, Ingress, RBAC, a CRD and a
 * custom resource), each generated app run in this process (test/convert-compile.test.ts
 * compiles them). Compared as JSON, ignoring key order, empty values and this library's own
 * annotations.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadAll } from 'js-yaml';
import { ConvertResult } from '../lib/convert/convert';
import { validateManifests } from '../lib';
import { byId, comparable, convertFiles, idOf, synthApp } from './convert-support';

const TUTORIAL = path.join(__dirname, 'fixtures', 'tutorial');
const CORPUS = path.join(__dirname, 'fixtures', 'convert');
const TUTORIAL_FILES = ['go-test.yaml', 'goproxy.yaml', 'liveness-exec.yaml', 'liveness-http.yaml', 'kubectl-get-pod-list.yaml'].map(f =>
  path.join(TUTORIAL, f),
);
const CORPUS_FILES = fs
  .readdirSync(CORPUS)
  .filter(f => f.endsWith('.yaml'))
  .sort()
  .map(f => path.join(CORPUS, f));

const corpus = convertFiles(CORPUS_FILES);
const cases: [string, ConvertResult][] = [
  ['the tutorial', convertFiles(TUTORIAL_FILES)],
  ['the corpus', corpus],
  // each file on its own, too: its objects without the others' to refer to
  ...CORPUS_FILES.map(f => [path.basename(f), convertFiles([f])] as [string, ConvertResult]),
];

test.each(cases)('%s: the app synthesizes the objects of the input', (_name, result) => {
  expect(result.complete).toBe(true);
  expect(byId(synthApp(result.files))).toEqual(byId(result.objects));
});

/** The objects of a YAML file, lists unpacked. */
function objectsOf(file: string): any[] {
  return (loadAll(fs.readFileSync(file, 'utf8')) as any[]).flatMap(m => (m.kind === 'List' ? m.items : [m]));
}

test('the objects are the input: only what was cleaned and the defaults written out differ, each reported', () => {
  const normalized = corpus.report.normalized;
  for (const file of CORPUS_FILES) {
    for (const m of objectsOf(file)) {
      const out = corpus.objects.find(o => idOf(o) === idOf(m));
      const label = `${m.kind}/${m.metadata.name}`;
      if (corpus.report.cleaned.some(n => n.object === label)) continue;
      // each default written out is the one difference at its field
      const expected = JSON.parse(JSON.stringify(m));
      for (const n of normalized.filter(x => x.object === label)) {
        const value = valueAt(out, n.path!);
        setPath(expected, n.path!, value);
      }
      expect(comparable(out)).toEqual(comparable(expected));
    }
  }
  expect(normalized.map(n => `${n.object} ${n.path}`)).toContain('Service/storefront spec.type');
});

/** `spec.ports[0].protocol` as segments. */
function segments(p: string): (string | number)[] {
  return p
    .split(/\.|\[(\d+)\]/)
    .filter(s => s !== undefined && s !== '')
    .map(s => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(o: any, p: string): unknown {
  return segments(p).reduce((v, s) => (v === undefined ? undefined : v[s]), o);
}

function setPath(o: any, p: string, value: unknown): void {
  const s = segments(p);
  const parent = s.slice(0, -1).reduce((v, k) => v[k], o);
  if (value === undefined) delete parent[s[s.length - 1]];
  else parent[s[s.length - 1]] = value;
}

test('the kubectl get output loses what the cluster added', () => {
  const search = corpus.objects.find(o => idOf(o) === 'apps/v1/Deployment/shop/search') as any;
  const input = objectsOf(path.join(CORPUS, 'kubectl-get-search.yaml'))[0];
  expect(search.status).toBeUndefined();
  expect(Object.keys(search.metadata).sort()).toEqual(['labels', 'name', 'namespace']);
  expect(search.spec.template.spec.containers[0]).toEqual({
    name: 'search',
    image: input.spec.template.spec.containers[0].image,
    ports: [{ containerPort: 8080, name: 'http' }],
    readinessProbe: { httpGet: { path: '/ready', port: 'http' } },
    resources: input.spec.template.spec.containers[0].resources,
  });
  // the default rolling update, printed by kubectl with its keys sorted (rollingUpdate before
  // type), is a default all the same: not written into the code
  expect(input.spec.strategy).toEqual({ rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, type: 'RollingUpdate' });
  expect(corpus.files.find(f => f.path === 'kubectl-get-search.ts')!.text).not.toContain('strategy');
  const cleaned = corpus.report.cleaned.find(n => n.object === 'Deployment/search')!.text;
  for (const field of ['status', 'metadata.uid', 'metadata.resourceVersion', 'metadata.managedFields', 'metadata.generation', 'last-applied-configuration']) {
    expect(cleaned).toContain(field);
  }
});

test('--harden: the tutorial passes Pod Security restricted, and the report lists each change', () => {
  const hardened = convertFiles(TUTORIAL_FILES, { harden: true });
  expect(hardened.report.optOuts).toEqual([]);
  const changes = hardened.report.hardened.filter(n => n.file === 'goproxy.yaml').map(n => n.text);
  expect(changes).toEqual([
    'container goproxy: runs as uid/gid 65534 with runAsNonRoot',
    'container goproxy: allowPrivilegeEscalation: false',
    'container goproxy: every capability dropped',
    'container goproxy: a read-only root filesystem (give writablePaths where it writes)',
    'container goproxy: resources: cpu 100m/500m, memory 64Mi/128Mi (request/limit)',
    'pod: runAsNonRoot: true on the pod',
    'pod: the RuntimeDefault seccomp profile',
    'pod: no service-account token',
  ]);
  const errors = validateManifests(synthApp(hardened.files), { policy: 'restricted' }).filter(f => f.severity === 'error');
  expect(errors).toEqual([]);
});
