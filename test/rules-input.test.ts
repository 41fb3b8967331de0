import { checkSources } from '../lib/check/sources';
import { validateManifests } from '../lib/check/validate';
import { Finding, formatFinding } from '../lib/engine/finding';

// The input as kubectl apply sees it: lists unpacked, each object once, kustomizations recognised;
// and the labels controllers add to pods, for the rules across objects.

type M = Record<string, any>;
const IMAGE = 'registry.k8s.io/pause:3.9';

function brief(f: Finding): string {
  return `${f.severity} ${f.rule} ${formatFinding(f)}`;
}

/** The errors and warnings (not the infos) of manifests. */
function problems(manifests: M[]): string[] {
  return validateManifests(manifests)
    .filter(f => f.severity !== 'info')
    .map(brief);
}

function configMap(name: string, data: M = { key: 'value' }): M {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data };
}

function workload(kind: string, name: string, labels: M, ports: M[] = [], spec: M = {}): M {
  const template = { metadata: { labels }, spec: { containers: [{ name: 'app', image: IMAGE, ports }] } };
  switch (kind) {
    case 'Job':
      return {
        apiVersion: 'batch/v1',
        kind,
        metadata: { name },
        spec: { template: { ...template, spec: { ...template.spec, restartPolicy: 'Never' } }, ...spec },
      };
    case 'StatefulSet':
      return { apiVersion: 'apps/v1', kind, metadata: { name }, spec: { serviceName: name, selector: { matchLabels: labels }, template, ...spec } };
    default:
      return { apiVersion: 'apps/v1', kind, metadata: { name }, spec: { selector: { matchLabels: labels }, template, ...spec } };
  }
}

function service(name: string, selector: M, ports: M[] = [{ port: 80 }]): M {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { selector, ports } };
}

describe('lists: any kind ending in List, with items, is unpacked as kubectl does', () => {
  test.each(['List', 'ConfigMapList', 'RoleBindingList'])('a %s is not an object missing its name: its items are checked', kind => {
    // GIVEN a list with two valid ConfigMaps
    const list = { apiVersion: 'v1', kind, items: [configMap('a'), configMap('b')] };
    // WHEN it is validated
    // THEN there is no problem (no "metadata.name: Required value" on the list itself)
    expect(problems([list])).toEqual([]);
  });

  test('each item is checked as a full object, with paths below items[i]', () => {
    // GIVEN a ConfigMapList whose second item has a bad name, and a PodList with a misspelt probe
    const configMaps = { apiVersion: 'v1', kind: 'ConfigMapList', items: [configMap('a'), configMap('B_2')] };
    const pods = {
      apiVersion: 'v1',
      kind: 'PodList',
      items: [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'app', image: IMAGE, livenessProve: {} }] } }],
    };
    // WHEN they are validated
    const findings = validateManifests([configMaps, pods]);
    // THEN the findings name the item's kind and name, their paths start at items[i], and object is the list's index
    expect(findings.filter(f => f.severity === 'error').map(f => [f.object, f.kind, f.name, f.path])).toEqual([
      [0, 'ConfigMap', 'B_2', 'items[1].metadata.name'],
      [1, 'Pod', 'web', 'items[0].spec.containers[0].livenessProve'],
    ]);
  });

  test('the pod rules across objects and the policy profiles run on items too', () => {
    // GIVEN a List holding a privileged Deployment and a Service with a misspelt selector
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [workload('Deployment', 'web', { app: 'web' }, [], {}), service('web', { app: 'wbe' })],
    };
    list.items[0].spec.template.spec.containers[0].securityContext = { privileged: true };
    // WHEN it is validated under the baseline profile
    const rules = validateManifests([list], { policy: 'baseline' }).map(f => `${f.rule} ${f.path}`);
    // THEN the policy finding and the cross-object warning are reported at their items
    expect(rules).toEqual(
      expect.arrayContaining([
        'privileged items[0].spec.template.spec.containers[0].securityContext.privileged',
        'service-selects-nothing items[1].spec.selector',
      ]),
    );
  });

  test("the items of a typed list that name no apiVersion and kind are of the list's kind", () => {
    // GIVEN a ConfigMapList whose items have no apiVersion and kind, as some tools write them
    const list = { apiVersion: 'v1', kind: 'ConfigMapList', items: [{ metadata: { name: 'a' }, data: { k: 'v' } }, { metadata: { name: 'B' } }] };
    // WHEN it is validated
    // THEN the items are ConfigMaps: the second one's name is reported, no type-meta error
    expect(problems([list])).toEqual([expect.stringMatching(/^error name-format items\[1\]\.metadata\.name: Invalid value: "B"/)]);
    // an item of a plain List has no kind to take
    expect(problems([{ apiVersion: 'v1', kind: 'List', items: [{ metadata: { name: 'a' } }] }])).toEqual([
      'error type-meta items[0].apiVersion: Required value',
      'error type-meta items[0].kind: Required value',
    ]);
  });

  test('a list inside a list is unpacked too', () => {
    const inner = { apiVersion: 'v1', kind: 'ConfigMapList', items: [configMap('Bad')] };
    const outer = { apiVersion: 'v1', kind: 'List', items: [inner] };
    expect(problems([outer])).toEqual([expect.stringMatching(/^error name-format items\[0\]\.items\[0\]\.metadata\.name: Invalid value: "Bad"/)]);
  });

  test('check locates an item finding at its line, and counts the items as objects', () => {
    // GIVEN a RoleBindingList in YAML whose second item names no role
    const text = [
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: RoleBindingList',
      'items:',
      '  - apiVersion: rbac.authorization.k8s.io/v1',
      '    kind: RoleBinding',
      '    metadata: {name: read}',
      '    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}',
      '  - apiVersion: rbac.authorization.k8s.io/v1',
      '    kind: RoleBinding',
      '    metadata: {name: write}',
      '',
    ].join('\n');
    // WHEN it is checked
    const result = checkSources([{ name: 'bindings.yaml', text }]);
    // THEN the missing roleRef is reported on the second item, and two objects were checked
    expect(result.manifests).toBe(2);
    expect(result.findings.filter(f => f.severity === 'error').map(f => `${f.line} ${f.object} ${f.message}`)).toEqual([
      '8 RoleBinding/write items[1].roleRef: Required value',
    ]);
  });

  test('an object with items whose kind does not end in List is an object, not a list', () => {
    const odd = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, items: [] };
    expect(problems([odd])).toEqual(['error unknown-field items: unknown field "items"']);
  });
});

describe('the same object twice', () => {
  test('warns on the second definition, naming the first place', () => {
    // GIVEN two files that both define Deployment web
    const text = (image: string) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: app, image: "${image}"}]\n`;
    // WHEN they are checked together
    const result = checkSources([
      { name: 'base/web.yaml', text: text(IMAGE) },
      { name: 'overlay/web.yaml', text: `---\n${text('registry.k8s.io/pause:3.10')}` },
    ]);
    // THEN one warning, on the second, names the first file and line
    expect(result.findings.map(f => `${f.file}:${f.line} ${f.severity} ${f.message}`)).toEqual([
      'overlay/web.yaml:5 warning metadata.name: Warning: "web": Deployment "web" is also defined at base/web.yaml:1: kubectl apply would apply both definitions in turn and keep the last one; nothing merges them',
    ]);
  });

  test('the version does not matter, the group, kind, namespace and name do', () => {
    const a = configMap('settings');
    const inOtherNamespace = { ...configMap('settings'), metadata: { name: 'settings', namespace: 'team-b' } };
    const otherKind = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'settings' } };
    expect(validateManifests([a, inOtherNamespace, otherKind]).filter(f => f.rule === 'duplicate-object')).toEqual([]);
    const twice = validateManifests([
      {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: { name: 'web' },
        spec: { scaleTargetRef: { kind: 'Deployment', name: 'web' }, maxReplicas: 3 },
      },
      {
        apiVersion: 'autoscaling/v1',
        kind: 'HorizontalPodAutoscaler',
        metadata: { name: 'web' },
        spec: { scaleTargetRef: { kind: 'Deployment', name: 'web' }, maxReplicas: 3 },
      },
    ]);
    expect(twice.filter(f => f.rule === 'duplicate-object').map(f => formatFinding(f))).toEqual([
      'metadata.name: Warning: "web": HorizontalPodAutoscaler "web" is also defined at manifests[0]: kubectl apply would apply both definitions in turn and keep the last one; nothing merges them',
    ]);
  });

  test('identities whose parts join into the same text are still two objects', () => {
    // GIVEN two malformed objects (a space in the group, a space in the kind): group "x a", kind
    // "B" against group "x", kind "a B" would be one identity if the parts were joined with a space
    const spaced = (apiVersion: string, kind: string): M => ({ apiVersion, kind, metadata: { name: 'n' } });
    // WHEN checked / THEN they are not reported as one object defined twice
    expect(validateManifests([spaced('x a/v1', 'B'), spaced('x/v1', 'a B')]).filter(f => f.rule === 'duplicate-object')).toEqual([]);
  });

  test('objects without a name (generateName) are never the same object', () => {
    const job = (n: number): M => ({ ...workload('Job', 'x', { app: 'x' }), metadata: { generateName: `run-${n}-` } });
    expect(validateManifests([job(1), job(1)]).filter(f => f.rule === 'duplicate-object')).toEqual([]);
  });
});

describe('kustomizations', () => {
  test('kustomization.yaml is one info line, even without apiVersion and kind', () => {
    // GIVEN a kustomization.yaml as kustomize accepts it (apiVersion and kind are optional)
    const result = checkSources([
      { name: 'deploy/kustomization.yaml', text: 'resources:\n  - web.yaml\nnamePrefix: prod-\n' },
      { name: 'deploy/web.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web}\ndata: {a: b}\n' },
    ]);
    // WHEN it is checked
    // THEN it is recognised, nothing else is said about it, and the other file is checked
    expect(result.findings.filter(f => f.rule !== 'kind-not-checked').map(f => `${f.file} ${f.severity} ${f.rule} ${f.message}`)).toEqual([
      'deploy/kustomization.yaml info kustomization is a kustomization: kubectl apply -k builds objects from it; it is not applied as an object, and is not checked as one',
    ]);
  });

  test('a Kustomization or Component by apiVersion, in any file, is one info line', () => {
    const found = validateManifests([
      { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: ['a.yaml'] },
      { apiVersion: 'kustomize.config.k8s.io/v1alpha1', kind: 'Component', patches: [] },
    ]);
    expect(found.map(brief)).toEqual([
      'info kustomization <root>: Info: Kustomization (kustomize.config.k8s.io/v1beta1) is a kustomization: kubectl apply -k builds objects from it; it is not applied as an object, and is not checked as one',
      'info kustomization <root>: Info: Component (kustomize.config.k8s.io/v1alpha1) is a kustomization: kubectl apply -k builds objects from it; it is not applied as an object, and is not checked as one',
    ]);
  });
});

describe('labels that controllers add to their pods', () => {
  const selectsNothing = (manifests: M[]) => validateManifests(manifests).filter(f => f.rule === 'service-selects-nothing');

  test('a Service per StatefulSet pod (statefulset.kubernetes.io/pod-name) selects that pod', () => {
    // GIVEN a StatefulSet "db" and a Service selecting its pod db-0
    const db = workload('StatefulSet', 'db', { app: 'db' }, [], { replicas: 3 });
    // WHEN they are validated
    // THEN there is no warning; a pod name of another StatefulSet still selects nothing
    expect(selectsNothing([db, service('db-0', { 'statefulset.kubernetes.io/pod-name': 'db-0' })])).toEqual([]);
    expect(selectsNothing([db, service('db-0', { app: 'db', 'statefulset.kubernetes.io/pod-name': 'db-7' })])).toEqual([]);
    expect(selectsNothing([db, service('web-0', { 'statefulset.kubernetes.io/pod-name': 'web-0' })])).toHaveLength(1);
    expect(selectsNothing([db, service('db-x', { 'statefulset.kubernetes.io/pod-name': 'db-x' })])).toHaveLength(1);
  });

  test('job-name and controller-uid select the pods of a Job (and the jobs of a CronJob)', () => {
    const job = workload('Job', 'migrate', { app: 'migrate' });
    expect(selectsNothing([job, service('m', { 'job-name': 'migrate' })])).toEqual([]);
    expect(selectsNothing([job, service('m', { 'batch.kubernetes.io/job-name': 'migrate', app: 'migrate' })])).toEqual([]);
    expect(selectsNothing([job, service('m', { 'job-name': 'other' })])).toHaveLength(1);
    const cron = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'report' },
      spec: { schedule: '0 * * * *', jobTemplate: { spec: job.spec } },
    };
    expect(selectsNothing([cron, service('r', { 'job-name': 'report-28930245' })])).toEqual([]);
    // a Job with its own selector gets no generated labels
    const manual = workload('Job', 'manual', { app: 'manual' }, [], { manualSelector: true, selector: { matchLabels: { app: 'manual' } } });
    expect(selectsNothing([manual, service('m', { 'job-name': 'manual' })])).toHaveLength(1);
  });

  test('pod-template-hash, controller-revision-hash and pod-template-generation select any value', () => {
    expect(selectsNothing([workload('Deployment', 'web', { app: 'web' }), service('w', { app: 'web', 'pod-template-hash': '5d8f7c9b6' })])).toEqual([]);
    expect(selectsNothing([workload('DaemonSet', 'agent', { app: 'agent' }), service('a', { app: 'agent', 'pod-template-generation': '2' })])).toEqual([]);
    // a bare Pod has no controller: nothing adds the hash
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', labels: { app: 'p' } }, spec: { containers: [{ name: 'a', image: IMAGE }] } };
    expect(selectsNothing([pod, service('p', { app: 'p', 'pod-template-hash': 'x' })])).toHaveLength(1);
  });
});

describe('named targetPorts across the workloads a Service selects', () => {
  const http = [{ name: 'http', containerPort: 8080 }];
  const web = [{ name: 'web', containerPort: 8080 }];

  test('an error only when none of the selected workloads declares the name', () => {
    const found = validateManifests([
      workload('Deployment', 'a', { tier: 'front' }, web),
      service('front', { tier: 'front' }, [{ port: 80, targetPort: 'http' }]),
    ]);
    expect(found.map(brief)).toEqual([
      'error service-target-port-declared spec.ports[0].targetPort: Invalid value: "http": no TCP port named "http" is declared by the containers of Deployment "a" (manifests[0]), so the Service would have no endpoints for this port (the apiserver does not check this); did you mean "web"?',
    ]);
  });

  test('a warning naming the workloads and their files when some declare it and some do not', () => {
    // GIVEN two apps in one folder whose labels overlap, and a Service selecting both
    const doc = (m: M) => JSON.stringify(m);
    const result = checkSources([
      { name: 'shop/web.yaml', text: doc(workload('Deployment', 'web', { tier: 'front', app: 'web' }, http)) },
      { name: 'shop/admin.yaml', text: doc(workload('Deployment', 'admin', { tier: 'front', app: 'admin' }, web)) },
      { name: 'shop/service.yaml', text: doc(service('front', { tier: 'front' }, [{ port: 80, targetPort: 'http' }])) },
    ]);
    // WHEN they are checked
    // THEN one warning names which workload declares the port and which does not, with their files
    expect(result.findings.map(f => `${f.file} ${f.severity} ${f.message}`)).toEqual([
      'shop/service.yaml warning spec.ports[0].targetPort: Warning: "http": Deployment "web" (shop/web.yaml:1) declares a TCP port named "http", but Deployment "admin" (shop/admin.yaml:1), which this Service also selects, does not: their pods get no endpoint for this port (does the selector reach pods it should not?)',
    ]);
  });
});
