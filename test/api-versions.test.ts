import { compare } from '../scripts/gen-later-fields';
import { validateManifests } from '../lib/check/validate';
import { Finding, formatFinding } from '../lib/engine/finding';
import { REMOVED_APIS } from '../lib/engine/schema/api-history';
import { KINDS, TYPES } from '../lib/engine/schema/k8s-schema.generated';
import { FIELDS_ADDED_LATER, KINDS_ADDED_LATER } from '../lib/engine/schema/later-fields.generated';

// Advice for the Kubernetes a user runs: fields and kinds of later releases, removed and deprecated
// API versions.

type M = Record<string, any>;
const IMAGE = 'registry.k8s.io/pause:3.9';

function brief(f: Finding): string {
  return `${f.severity} ${f.rule} ${formatFinding(f)}`;
}

function pod(spec: M): M {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'app', image: IMAGE }], ...spec } };
}

describe('fields that a later Kubernetes added', () => {
  test('an init container restartPolicy (a 1.28 sidecar) says so instead of suggesting resizePolicy', () => {
    // GIVEN a pod with a native sidecar, as written for 1.29+
    const m = pod({ initContainers: [{ name: 'proxy', image: IMAGE, restartPolicy: 'Always' }] });
    // WHEN it is validated for 1.27
    // THEN it is still an error, but the message says which release added the field, with no look-alike
    const found = validateManifests([m]).filter(f => f.rule === 'unknown-field');
    expect(found.map(brief)).toEqual([
      'error unknown-field spec.initContainers[0].restartPolicy: unknown field "restartPolicy": added in Kubernetes 1.28; this check targets 1.27',
    ]);
    expect(found[0].suggestion).toBeUndefined();
  });

  test.each([
    [
      'pod-level resources (1.32)',
      pod({ resources: { limits: { cpu: '1' } } }),
      'spec.resources: unknown field "resources": added in Kubernetes 1.32; this check targets 1.27',
    ],
    [
      'CRD selectableFields (1.30)',
      {
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        metadata: { name: 'widgets.example.com' },
        spec: {
          group: 'example.com',
          names: { kind: 'Widget', plural: 'widgets' },
          scope: 'Namespaced',
          versions: [
            { name: 'v1', served: true, storage: true, selectableFields: [{ jsonPath: '.spec.color' }], schema: { openAPIV3Schema: { type: 'object' } } },
          ],
        },
      },
      'spec.versions[0].selectableFields: unknown field "selectableFields": added in Kubernetes 1.30; this check targets 1.27',
    ],
    [
      'a sleep action (1.29)',
      pod({ containers: [{ name: 'app', image: IMAGE, lifecycle: { preStop: { sleep: { seconds: 5 } } } }] }),
      'spec.containers[0].lifecycle.preStop.sleep: unknown field "sleep": added in Kubernetes 1.29; this check targets 1.27',
    ],
  ])('%s', (_name, manifest, message) => {
    expect(
      validateManifests([manifest])
        .filter(f => f.rule === 'unknown-field')
        .map(formatFinding),
    ).toEqual([message]);
  });

  test('a typo still gets its suggestion, and a prototype name is just unknown', () => {
    const m = pod({ containers: [{ name: 'app', image: IMAGE, livenessProve: {}, constructor: 1 }] });
    expect(
      validateManifests([m])
        .filter(f => f.rule === 'unknown-field')
        .map(f => [f.path, f.detail, f.suggestion]),
    ).toEqual([
      ['spec.containers[0].livenessProve', 'unknown field "livenessProve"', 'livenessProbe'],
      ['spec.containers[0].constructor', 'unknown field "constructor"', undefined],
    ]);
  });

  test('the generated data names fields that the 1.27 schema types lack, and kinds that 1.27 lacks', () => {
    for (const [type, fields] of Object.entries(FIELDS_ADDED_LATER)) {
      expect(TYPES[type]).toBeDefined();
      for (const [field, minor] of Object.entries(fields)) {
        expect(TYPES[type][field]).toBeUndefined();
        expect(minor).toBeGreaterThan(27);
      }
    }
    for (const [gvk, minor] of Object.entries(KINDS_ADDED_LATER)) {
      expect(KINDS[gvk]).toBeUndefined();
      expect(minor).toBeGreaterThan(27);
    }
    expect(FIELDS_ADDED_LATER.Container.restartPolicy).toBe(28);
    expect(FIELDS_ADDED_LATER.PodSpec.resources).toBe(32);
    expect(FIELDS_ADDED_LATER.CustomResourceDefinitionVersion.selectableFields).toBe(30);
  });
});

describe('the generator compares schemas by walking from the kinds', () => {
  const version = (types: Record<string, Record<string, string[]>>, kinds: Record<string, string>) => ({
    types: new Map(Object.entries(types).map(([t, f]) => [t, new Map(Object.entries(f))])),
    kinds: new Map(Object.entries(kinds)),
  });

  test('keeps the first release of each field, follows renamed types, and lists new kinds', () => {
    // GIVEN a 1.27 Pod whose spec type is renamed in 1.29, and fields added in 1.28 and 1.29
    const base = version({ KubePodProps: { spec: ['PodSpec'] }, PodSpec: { containers: [] } }, { 'v1/Pod': 'KubePodProps' });
    const v28 = version({ KubePodProps: { spec: ['PodSpec'] }, PodSpec: { containers: [], hostUsers: [] } }, { 'v1/Pod': 'KubePodProps' });
    const v29 = version(
      { KubePodProps: { spec: ['PodSpecV2'] }, PodSpecV2: { containers: [], hostUsers: [], resources: [] }, KubeWidgetProps: {} },
      { 'v1/Pod': 'KubePodProps', 'example.io/v1/Widget': 'KubeWidgetProps', 'example.io/v1/WidgetList': 'KubeWidgetProps' },
    );
    // WHEN they are compared
    const out = compare(base, [
      { minor: 28, version: v28 },
      { minor: 29, version: v29 },
    ]);
    // THEN each addition has its first release, keyed by the 1.27 type; lists are not kinds
    expect(Object.fromEntries([...out.fields].map(([t, f]) => [t, Object.fromEntries(f)]))).toEqual({ PodSpec: { hostUsers: 28, resources: 29 } });
    expect(Object.fromEntries(out.kinds)).toEqual({ 'example.io/v1/Widget': 29 });
  });
});

describe('API versions: removed, added later, deprecated', () => {
  test.each([
    [
      'policy/v1beta1',
      'PodDisruptionBudget',
      'apiVersion: Invalid value: "policy/v1beta1": policy/v1beta1 PodDisruptionBudget was removed in Kubernetes 1.25: use policy/v1 (an empty selector ({}) selects every pod of the namespace in policy/v1)',
    ],
    ['batch/v1beta1', 'CronJob', 'apiVersion: Invalid value: "batch/v1beta1": batch/v1beta1 CronJob was removed in Kubernetes 1.25: use batch/v1'],
    [
      'networking.k8s.io/v1beta1',
      'Ingress',
      'apiVersion: Invalid value: "networking.k8s.io/v1beta1": networking.k8s.io/v1beta1 Ingress was removed in Kubernetes 1.22: use networking.k8s.io/v1 (backend is defaultBackend, serviceName/servicePort are service.name and service.port.number (or .name), and pathType is required)',
    ],
    [
      'policy/v1beta1',
      'PodSecurityPolicy',
      'apiVersion: Invalid value: "policy/v1beta1": policy/v1beta1 PodSecurityPolicy was removed in Kubernetes 1.25 (nothing replaces it: use Pod Security Admission (namespace labels pod-security.kubernetes.io/enforce) or a policy admission webhook)',
    ],
  ])('%s %s says when it was removed and what replaces it', (apiVersion, kind, message) => {
    const found = validateManifests([{ apiVersion, kind, metadata: { name: 'x' } }]);
    expect(found.map(f => `${f.severity} ${f.rule} ${formatFinding(f)}`)).toEqual([`error api-removed ${message}`]);
  });

  test('every removed version is one that 1.27 does not serve, with a replacement that it does', () => {
    const served = new Set(Object.keys(KINDS).map(k => k.slice(0, k.lastIndexOf('/'))));
    for (const [key, api] of Object.entries(REMOVED_APIS)) {
      expect(KINDS[key]).toBeUndefined();
      expect(api.removedIn).toBeLessThanOrEqual(27);
      if (api.replacement !== undefined) expect(served).toContain(api.replacement);
      else expect(api.note).toBeDefined();
    }
  });

  test('a kind that a later Kubernetes added says so', () => {
    const vap = { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingAdmissionPolicy', metadata: { name: 'p' } };
    expect(validateManifests([vap]).map(brief)).toEqual([
      'error kind-registered apiVersion: Invalid value: "admissionregistration.k8s.io/v1": admissionregistration.k8s.io/v1 ValidatingAdmissionPolicy was added in Kubernetes 1.30; this check targets 1.27',
    ]);
  });

  test('a version that 1.27 deprecates gets the warning the apiserver gives, and is still checked', () => {
    const flow = {
      apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2',
      kind: 'FlowSchema',
      metadata: { name: 'Batch' },
      spec: { priorityLevelConfiguration: { name: 'workload-low' } },
    };
    expect(
      validateManifests([flow])
        .filter(f => f.severity !== 'info')
        .map(brief),
    ).toEqual([
      'warning api-deprecated apiVersion: Warning: "flowcontrol.apiserver.k8s.io/v1beta2": flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema is deprecated in Kubernetes 1.27 and removed in 1.29: use flowcontrol.apiserver.k8s.io/v1beta3',
      expect.stringMatching(/^error name-format metadata\.name: Invalid value: "Batch"/),
    ]);
  });
});
