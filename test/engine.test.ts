import { validateManifests } from '../lib/check/validate';
import { Finding, formatFinding } from '../lib/engine/finding';

// The dispatcher: type meta, kinds, schema findings, and which rules run for which kind.

function brief(f: Finding): string {
  return `${f.severity} ${f.rule} ${formatFinding(f)}`;
}

function pod(): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', labels: { app: 'web' } },
    spec: { containers: [{ name: 'web', image: 'registry.k8s.io/pause:3.9', ports: [{ name: 'http', containerPort: 8080 }] }] },
  };
}

describe('apiVersion and kind', () => {
  test('rejects a kind in the wrong case, suggesting the registered one', () => {
    // GIVEN kind "pod"
    // WHEN it is validated
    // THEN the apiserver's message is reported, with "Pod" as suggestion
    const fs = validateManifests([{ apiVersion: 'v1', kind: 'pod', metadata: { name: 'web' } }]);
    expect(fs).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: 'kind',
        type: 'Invalid value',
        value: 'pod',
        detail: 'no kind "pod" is registered for version "v1"',
        suggestion: 'Pod',
        object: 0,
        kind: 'pod',
        name: 'web',
      }),
    ]);
  });

  test('rejects Deployments of removed versions, saying when and what replaces them', () => {
    // GIVEN Deployments in apps/v1beta1 and extensions/v1beta1
    const input = ['apps/v1beta1', 'extensions/v1beta1'].map(apiVersion => ({ apiVersion, kind: 'Deployment', metadata: { name: 'web' } }));
    // WHEN they are validated
    // THEN each version is reported, with the current one as suggestion
    expect(validateManifests(input).map(brief)).toEqual([
      'error api-removed apiVersion: Invalid value: "apps/v1beta1": apps/v1beta1 Deployment was removed in Kubernetes 1.16: use apps/v1',
      'error api-removed apiVersion: Invalid value: "extensions/v1beta1": extensions/v1beta1 Deployment was removed in Kubernetes 1.16: use apps/v1',
    ]);
  });

  test('rejects a missing apiVersion and kind', () => {
    // GIVEN a manifest with metadata only, and one with an empty kind
    // WHEN they are validated
    // THEN both fields are required
    expect(validateManifests([{ metadata: { name: 'x' } }, { apiVersion: 'v1', kind: '' }]).map(brief)).toEqual([
      'error type-meta apiVersion: Required value',
      'error type-meta kind: Required value',
      'error type-meta kind: Required value',
    ]);
  });

  test('rejects a manifest that is not an object', () => {
    // GIVEN a string, null and an array among the manifests
    // WHEN they are validated
    // THEN each is reported, with its index
    expect(validateManifests(['kind: Pod', null, [1]]).map(f => `${f.object} ${brief(f)}`)).toEqual([
      '0 error manifest-object <root>: Wrong type: "kind: Pod": a manifest must be an object with apiVersion, kind and metadata',
      '1 error manifest-object <root>: Wrong type: null: a manifest must be an object with apiVersion, kind and metadata',
      '2 error manifest-object <root>: Wrong type: [1]: a manifest must be an object with apiVersion, kind and metadata',
    ]);
  });

  test('a custom resource gets one info finding and no check, once per kind', () => {
    // GIVEN two Widgets of example.com/v1 with any content
    const widget = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'Not_A_Name' }, spec: { anything: [1, 'two'] } };
    // WHEN they are validated
    // THEN there is exactly one info finding, on the first
    const fs = validateManifests([widget, { ...widget, metadata: { name: 'other' } }]);
    expect(fs.map(f => `${f.object} ${brief(f)}`)).toEqual([
      '0 info custom-resource <root>: Info: Widget (example.com/v1) is not a built-in Kubernetes 1.27 kind; its content is not checked (said once per kind)',
    ]);
  });

  test('a built-in kind without rules of its own gets an info, and its metadata checked', () => {
    // GIVEN a valid ServiceAccount, and one with an invalid name
    const input = [
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'builder' }, automountServiceAccountToken: false },
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'Builder' }, automountServiceAccountToken: false },
    ];
    // WHEN they are validated
    // THEN the first gets the info (once per kind), the second the name error
    expect(validateManifests(input).map(f => `${f.object} ${f.severity} ${f.rule}`)).toEqual(['0 info kind-not-checked', '1 error name-format']);
    expect(formatFinding(validateManifests(input).find(f => f.rule === 'kind-not-checked')!)).toBe(
      '<root>: Info: ServiceAccount is checked against the Kubernetes 1.27 schema and its metadata only (said once per kind)',
    );
  });
});

describe('schema findings', () => {
  test('unknown fields get the closest known field as suggestion', () => {
    // GIVEN a Pod with metadata.names and a container's livenessProve
    const p = pod();
    (p.metadata as Record<string, unknown>).names = 'web';
    (p.spec as { containers: Record<string, unknown>[] }).containers[0].livenessProve = { tcpSocket: { port: 8080 } };
    // WHEN it is validated
    // THEN both are unknown fields, with suggestions
    const fs = validateManifests([p]).filter(f => f.rule === 'unknown-field');
    expect(fs.map(f => [f.path, f.suggestion, f.detail])).toEqual([
      ['metadata.names', 'name', 'unknown field "names"'],
      ['spec.containers[0].livenessProve', 'livenessProbe', 'unknown field "livenessProve"'],
    ]);
  });

  test('a wrong JSON type is reported once and does not crash the rules', () => {
    // GIVEN a Service whose port is a string and whose selector is a list
    const s = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: ['app'], ports: [{ port: '80' }] } };
    // WHEN it is validated
    // THEN only the schema check reports them
    expect(validateManifests([s]).map(f => `${f.rule} ${f.path}`)).toEqual(['field-type spec.selector', 'field-type spec.ports[0].port']);
  });
});

describe('dispatch', () => {
  test('a valid Pod and the Service that selects it have no finding', () => {
    // GIVEN a valid Pod and a Service targeting its named port
    const s = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 'http' }] } };
    // WHEN they are validated
    // THEN there is no error
    expect(validateManifests([pod(), s]).filter(f => f.severity === 'error')).toEqual([]);
  });

  test('Services get the DNS-1035 name rule and the Service rules; findings carry kind, name and index', () => {
    // GIVEN a Pod named "1web" (valid) and a Service named "1web" (invalid) with a bad type
    const p = { ...pod(), metadata: { name: '1web' } };
    const s = { apiVersion: 'v1', kind: 'Service', metadata: { name: '1web' }, spec: { type: 'Nodeport', ports: [{ port: 80 }] } };
    // WHEN they are validated
    // THEN only the Service is reported, for both
    expect(
      validateManifests([p, s])
        .filter(f => f.severity === 'error')
        .map(f => `${f.object} ${f.kind} ${f.name} ${f.rule} ${f.path}`),
    ).toEqual(['1 Service 1web name-format metadata.name', '1 Service 1web service-type spec.type']);
  });

  test('a field that the schema and a rule of the kind both require is reported once, by the rule', () => {
    // GIVEN a Deployment without selector (required by the schema and by ValidateDeploymentSpec)
    const d = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image: 'registry.k8s.io/pause:3.9' }] } } },
    };
    // WHEN it is validated
    // THEN spec.selector is required once, by the workload rule
    expect(validateManifests([d]).map(f => `${f.rule} ${formatFinding(f)}`)).toEqual([
      'workload-selector-required spec.selector: Required value',
      'workload-selector-match spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`',
    ]);
  });

  test('a workload without pod template is reported', () => {
    // GIVEN a Deployment whose spec has no template
    const d = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { selector: { matchLabels: { app: 'web' } } } };
    // WHEN it is validated
    // THEN the template is required, and its (missing) labels do not match the selector, as the apiserver says
    const fs = validateManifests([d])
      .filter(f => f.severity === 'error')
      .map(formatFinding);
    expect(fs).toEqual(['spec.template: Required value', 'spec.template.metadata.labels: Invalid value: {}: `selector` does not match template `labels`']);
  });
});
