/**
 * `convert` on the tutorial's YAML: its typos fixed in the code with a comment each and listed
 * in the report, what `kubectl get -o yaml` added removed, the fragment without `kind` refused,
 * and what cannot be repaired with certainty left as a TODO that does not compile.
 * (convert-compile and convert-roundtrip compile the app and compare what it synthesizes.)
 */
import * as fs from 'fs';
import * as path from 'path';
import { ConvertInputError, convertManifests } from '../lib/convert/convert';
import { comparable, convertFiles, idOf } from './convert-support';

const TUTORIAL = path.join(__dirname, 'fixtures', 'tutorial');
const FILES = ['go-test.yaml', 'goproxy.yaml', 'liveness-exec.yaml', 'liveness-http.yaml', 'kubectl-get-pod-list.yaml'].map(f => path.join(TUTORIAL, f));
const result = convertFiles(FILES);
const fileText = (name: string) => result.files.find(f => f.path === name)!.text;

describe('convert: the tutorial', () => {
  test('each typo is fixed and reported', () => {
    expect(result.report.repaired.map(n => `${n.file} ${n.object}: ${n.text} [${n.rule}]`)).toEqual([
      'goproxy.yaml Pod/goproxy: metadata.names → name [unknown-field]',
      'goproxy.yaml Pod/goproxy: spec.containers[0].readinessProve → readinessProbe [unknown-field]',
      'goproxy.yaml Pod/goproxy: spec.containers[0].livenessProbe.tcpSocket: "port:8080" → port: 8080, the space after the colon that YAML needs to read a mapping [field-type]',
      'goproxy.yaml Pod/goproxy: image k8c.gcr.io/goproxy:0.1 → registry.k8s.io/goproxy:0.1 [image-registry-typo]',
      'liveness-exec.yaml Pod/liveness-exec: metadata.names → name [unknown-field]',
      'liveness-exec.yaml Pod/liveness-exec: spec.containers[0].livenessProve → livenessProbe [unknown-field]',
      'liveness-exec.yaml Pod/liveness-exec: image k8c.gcr.io/busybox → registry.k8s.io/busybox [image-registry-typo]',
      'liveness-http.yaml Pod/liveness-http: metadata.names → name [unknown-field]',
      'liveness-http.yaml Pod/liveness-http: spec.containers[0].livenessProve → livenessProbe [unknown-field]',
      'liveness-http.yaml Pod/liveness-http: image k8c.gcr.io/busybox → registry.k8s.io/busybox [image-registry-typo]',
    ]);
    expect(result.complete).toBe(true);
    expect(result.report.todos).toEqual([]);
  });

  test('each fix is a comment above the field in the code', () => {
    const comments = fileText('goproxy.ts')
      .split('\n')
      .filter(l => l.includes('// fixed:'))
      .map(l => l.trim());
    expect(comments).toEqual([
      '// fixed: registry k8c.gcr.io → registry.k8s.io (image-registry-typo)',
      '// fixed: tcpSocket "port:8080" → port: 8080, the space after the colon that YAML needs to read a mapping (field-type)',
      '// fixed: readinessProve → readinessProbe (unknown-field)',
      '// fixed: names → name (unknown-field)',
    ]);
    expect(fileText('goproxy.ts')).toContain(
      'readinessProbe: ReadinessProbe.tcpSocket({ port: 8080, initialDelay: Duration.seconds(5), period: Duration.seconds(10) }),',
    );
  });

  test('the objects are the tutorial pods with the typos fixed', () => {
    const goproxy = result.objects.find(o => idOf(o) === 'v1/Pod//goproxy');
    expect(comparable(goproxy)).toEqual(
      comparable({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'goproxy', labels: { app: 'goproxy' } },
        spec: {
          containers: [
            {
              name: 'goproxy',
              image: 'registry.k8s.io/goproxy:0.1',
              ports: [{ containerPort: 8080 }],
              readinessProbe: { tcpSocket: { port: 8080 }, initialDelaySeconds: 5, periodSeconds: 10 },
              livenessProbe: { tcpSocket: { port: 8080 }, initialDelaySeconds: 3, periodSeconds: 3 },
            },
          ],
        },
      }),
    );
  });

  test('each setting the secure defaults would change is a typed opt-out with the file as its reason', () => {
    const code = fileText('liveness-exec.ts');
    expect(code).toContain("const converted = { reason: 'converted from liveness-exec.yaml' };");
    for (const exemption of ['imageUser', 'defaultPrivilegeEscalation', 'defaultCapabilities', 'defaultRootFilesystem', 'noResources']) {
      expect(code).toContain(`${exemption}: converted,`);
    }
    expect(code).toContain('exemptions: { imageUser: converted, noSeccompProfile: converted, defaultServiceAccountToken: converted },');
    expect(result.report.optOuts.filter(n => n.file === 'liveness-exec.yaml').map(n => n.text)).toEqual([
      'container liveness: imageUser [run-as-non-root]',
      'container liveness: defaultPrivilegeEscalation [allow-privilege-escalation]',
      'container liveness: defaultCapabilities [capabilities-restricted]',
      'container liveness: defaultRootFilesystem [read-only-root-filesystem]',
      'container liveness: noResources [resources-missing] (no requests, no limits)',
      'pod: imageUser [run-as-non-root]',
      'pod: noSeccompProfile [seccomp-restricted]',
      'pod: defaultServiceAccountToken [service-account-token]',
    ]);
  });

  test('the kubectl get list loses what the cluster added, listed', () => {
    expect(comparable(result.objects.find(o => idOf(o) === 'v1/Pod/default/go-test'))).toEqual(
      comparable({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'go-test', namespace: 'default' },
        spec: { containers: [{ name: 'go-test', image: 'devtak/test:v1.0', ports: [{ containerPort: 8080 }] }] },
      }),
    );
    const [cleaned] = result.report.cleaned;
    expect(cleaned.object).toBe('Pod/go-test');
    for (const field of [
      'status',
      'metadata.uid',
      'metadata.resourceVersion',
      'metadata.creationTimestamp',
      'spec.nodeName',
      'service-account token',
      'tolerations',
    ]) {
      expect(cleaned.text).toContain(field);
    }
  });

  test('the fragment without kind is refused, naming it', () => {
    const text = fs.readFileSync(path.join(TUTORIAL, 'startup-probe-fragment.yaml'), 'utf8');
    expect(() => convertManifests([{ name: 'startup-probe-fragment.yaml', text }])).toThrow(ConvertInputError);
    expect(() => convertManifests([{ name: 'startup-probe-fragment.yaml', text }])).toThrow(
      'startup-probe-fragment.yaml (document 1) has no kind: it is a fragment (ports, livenessProbe, startupProbe), not a Kubernetes object; convert takes whole manifests with apiVersion, kind and metadata',
    );
  });
});

describe('convert: what is not certain is a TODO', () => {
  const text = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: ambiguous',
    'spec:',
    '  hostPIC: true',
    '  containers:',
    '    - name: app',
    '      image: nginx:1.25',
    '      ports:',
    '        - containerPort: 70000',
    '',
  ].join('\n');
  const todo = convertManifests([{ name: 'ambiguous.yaml', text }]);

  test('not repaired, reported, marked in the code', () => {
    expect(todo.complete).toBe(false);
    expect(todo.report.todos.map(n => `${n.path}: ${n.text}`)).toEqual([
      'spec.hostPIC: unknown field "hostPIC" (was true): one edit from hostIPC and hostPID, so not repaired',
      'spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
    ]);
    const code = todo.files[0].text;
    expect(code).toContain('// TODO: unknown field "hostPIC" (was true): one edit from hostIPC and hostPID, so not repaired [unknown-field]');
    expect(code).toContain('hostPIC: TODO_UNRESOLVED_unknown_field,');
    expect(code).toContain('containerPort: TODO_UNRESOLVED_container_port,');
    expect(todo.report.repaired).toEqual([]);
  });
});
