/**
 * The parts of `convert`: the code comes out as Prettier formats it (checked by Prettier itself,
 * on every generated file, long values included), the same input gives the same code, names are
 * readable and unique, and the typed opt-outs the conversion uses do what they say.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Container, Deployment, validateManifests } from '../lib';
import { convertManifests } from '../lib/convert/convert';
import { camelCase, pascalCase, Scope } from '../lib/convert/names';
import { convertFiles } from './convert-support';
import { synth, testChart } from './support';

const ROOT = path.join(__dirname, '..');
const TUTORIAL = path.join(__dirname, 'fixtures', 'tutorial');
const CORPUS = path.join(__dirname, 'fixtures', 'convert');
const TUTORIAL_FILES = ['go-test.yaml', 'goproxy.yaml', 'liveness-exec.yaml', 'liveness-http.yaml', 'kubectl-get-pod-list.yaml'].map(f =>
  path.join(TUTORIAL, f),
);
const CORPUS_FILES = fs
  .readdirSync(CORPUS)
  .filter(f => f.endsWith('.yaml'))
  .map(f => path.join(CORPUS, f));

/** A Deployment whose values are long: the layout of lines that do not fit. */
const LONG = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: a-deployment-with-a-rather-long-name-for-layout
  labels:
    app.kubernetes.io/name: a-deployment-with-a-rather-long-name-for-layout
    app.kubernetes.io/component: an-exceptionally-long-component-name-that-pushes-the-line
    app.kubernetes.io/part-of: a-system-with-a-long-name
  annotations:
    description: "It's a long description with 'quotes' and \\"double quotes\\" that goes on and on and on, well beyond one hundred and sixty columns of text"
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: a-deployment-with-a-rather-long-name-for-layout
  template:
    metadata:
      labels:
        app.kubernetes.io/name: a-deployment-with-a-rather-long-name-for-layout
        app.kubernetes.io/component: an-exceptionally-long-component-name-that-pushes-the-line
        app.kubernetes.io/part-of: a-system-with-a-long-name
    spec:
      containers:
        - name: app
          image: registry.example.com/a/very/deeply/nested/repository/path/for/the/image/of/this/application:1.2.3-with-a-long-tag
          command: ["/bin/sh", "-c", "exec /usr/local/bin/application --config /etc/application/config.yaml --log-level debug --listen 0.0.0.0:8080 --metrics 0.0.0.0:9090"]
          env:
            - name: A_VARIABLE_WITH_A_LONG_NAME_FOR_THE_DATABASE_CONNECTION_STRING_OF_THE_APPLICATION
              value: "postgres://user@a-database-host-with-a-long-name.a-namespace.svc.cluster.local:5432/a-database?sslmode=require"
            - name: SHORT
              value: "tab\\there, newline\\nthere"
          ports:
            - { name: http, containerPort: 8080 }
            - { name: metrics, containerPort: 9090 }
          readinessProbe:
            httpGet: { path: /a/rather/long/path/to/the/readiness/endpoint/of/the/application, port: http, httpHeaders: [{ name: X-A-Long-Header-Name, value: a-long-header-value }] }
            initialDelaySeconds: 120
            periodSeconds: 3600
          resources:
            requests: { cpu: 250m, memory: 256Mi }
            limits: { cpu: "1", memory: 1Gi }
`;

describe('the generated code is formatted as Prettier formats it', () => {
  test('every file of the tutorial, the corpus (also hardened), a TODO and long values', () => {
    // a folder of the same paths every run, so that Prettier's cache (by content) spares it
    // formatting the files that did not change since the last run
    const dir = path.join(ROOT, 'node_modules', '.cache', 'cdk8s-pod-patterns-tests', 'convert-format');
    const prettierCache = path.join(dir, '..', 'convert-format.prettiercache');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const results = {
      tutorial: convertFiles(TUTORIAL_FILES),
      corpus: convertFiles(CORPUS_FILES),
      hardened: convertFiles(CORPUS_FILES, { harden: true }),
      long: convertManifests([{ name: 'long.yaml', text: LONG }]),
      todo: convertManifests([
        { name: 'todo.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPIC: true\n  containers: [{name: a, image: b}]\n' },
      ]),
    };
    const files: string[] = [];
    for (const [name, result] of Object.entries(results)) {
      fs.mkdirSync(path.join(dir, name));
      for (const f of result.files) {
        files.push(path.join(dir, name, f.path));
        fs.writeFileSync(files[files.length - 1], f.text);
      }
    }
    const prettier = path.join(ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
    const r = spawnSync(
      process.execPath,
      [
        prettier,
        '--list-different',
        '--config',
        path.join(ROOT, '.prettierrc.json'),
        '--ignore-path',
        '',
        '--cache',
        '--with-node-modules',
        '--cache-strategy',
        'content',
        '--cache-location',
        prettierCache,
        ...files,
      ],
      { encoding: 'utf8' },
    );
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
    expect(results.long.files[0].text).toContain(
      "        A_VARIABLE_WITH_A_LONG_NAME_FOR_THE_DATABASE_CONNECTION_STRING_OF_THE_APPLICATION:\n          'postgres://user@a-database-host-with-a-long-name.a-namespace.svc.cluster.local:5432/a-database?sslmode=require',\n",
    );
  });
});

test('the same input gives the same code', () => {
  const a = convertFiles(CORPUS_FILES);
  const b = convertFiles([...CORPUS_FILES]);
  expect(b.files).toEqual(a.files);
});

describe('names', () => {
  test('variables and classes from object names', () => {
    expect(camelCase('shop-api')).toBe('shopApi');
    expect(camelCase('orders-db.v2')).toBe('ordersDbV2');
    expect(camelCase('2fa-service')).toBe('_2faService');
    expect(pascalCase('liveness-exec')).toBe('LivenessExec');
    expect(pascalCase('readinessProbe')).toBe('ReadinessProbe');
  });

  test('unique in a scope, never a reserved word', () => {
    const scope = new Scope();
    expect(scope.take('api')).toBe('api');
    expect(scope.take('api', 'Container')).toBe('apiContainer');
    expect(scope.take('api', 'Container')).toBe('api2');
    expect(scope.take('default', 'Volume')).toBe('defaultVolume');
  });

  test('a chart is never named after a class it uses', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {a: b}\n';
    const result = convertManifests([{ name: 'deployment.yaml', text }]);
    expect(result.files.map(f => f.path)).toEqual(['deployment.ts', 'main.ts']);
    expect(result.files[0].text).toContain('export class DeploymentChart extends Chart {');
  });
});

describe('the opt-outs a conversion writes', () => {
  const IMAGE = 'registry.k8s.io/pause:3.9';
  const reason = { reason: 'converted from pod.yaml' };

  test('each leaves its field unwritten and is recorded on the pod, naming the check it exempts', () => {
    const chart = testChart();
    const c = Container.of({
      name: 'app',
      image: IMAGE,
      exemptions: { imageUser: reason, defaultCapabilities: reason, defaultPrivilegeEscalation: reason, defaultRootFilesystem: reason, noResources: reason },
    });
    new Deployment(chart, 'App', {
      name: 'app',
      containers: [c],
      exemptions: { imageUser: reason, noSeccompProfile: reason, defaultServiceAccountToken: reason },
    });
    const [d] = synth(chart);
    const pod = d.spec.template;
    expect(pod.spec.containers[0]).toEqual({ name: 'app', image: IMAGE });
    expect(pod.spec).not.toHaveProperty('securityContext');
    expect(pod.spec).not.toHaveProperty('automountServiceAccountToken');
    expect(pod.metadata.annotations).toEqual({
      'exempt.cdk8s-pod-patterns/run-as-non-root': "app:the image's user (converted from pod.yaml); pod:imageUser (converted from pod.yaml)",
      'exempt.cdk8s-pod-patterns/capabilities-restricted': "app:the runtime's default capabilities (converted from pod.yaml)",
      'exempt.cdk8s-pod-patterns/allow-privilege-escalation': 'app:privilege escalation not set (converted from pod.yaml)',
      'exempt.cdk8s-pod-patterns/read-only-root-filesystem': 'app:root filesystem not set read-only (converted from pod.yaml)',
      'exempt.cdk8s-pod-patterns/resources-missing': 'app:no resources (converted from pod.yaml)',
      'exempt.cdk8s-pod-patterns/seccomp-restricted': 'pod:noSeccompProfile (converted from pod.yaml)',
      'exempt.cdk8s-pod-patterns/service-account-token': 'pod:defaultServiceAccountToken (converted from pod.yaml)',
    });
    // the policy checks report each as an info with its reason
    const findings = validateManifests([d], { policy: 'recommended' });
    expect(findings.filter(f => f.severity === 'error')).toEqual([]);
    expect(findings.filter(f => f.rule === 'run-as-non-root').every(f => f.severity === 'info' && f.detail.includes('converted from pod.yaml'))).toBe(true);
  });

  test('an opt-out that leaves a field unwritten, with one that writes it, is an error', () => {
    expect(() => Container.of({ name: 'app', image: IMAGE, user: { uid: 1000 }, exemptions: { imageUser: reason } })).toThrow(
      'exemptions.imageUser: Invalid value: "converted from pod.yaml": must not be set together with user: the image\'s user is neither [sdk-non-root-user]',
    );
    expect(() =>
      Container.of({ name: 'app', image: IMAGE, exemptions: { defaultCapabilities: reason, addCapabilities: { capabilities: ['NET_RAW'], ...reason } } }),
    ).toThrow('must not be set together with exemptions.addCapabilities, which writes the field [sdk-workload-option]');
    expect(() => Container.of({ name: 'app', image: IMAGE, exemptions: { noResources: reason }, resources: {} })).toThrow(
      'must not be set together with resources',
    );
    expect(() => Container.of({ name: 'app', image: IMAGE, exemptions: { imageUser: { reason: ' ' } } })).toThrow('[sdk-exemption-reason]');
    expect(
      () =>
        new Deployment(testChart(), 'App', {
          name: 'app',
          containers: [Container.of({ name: 'app', image: IMAGE })],
          exemptions: { serviceAccountToken: reason, defaultServiceAccountToken: reason },
        }),
    ).toThrow('must not be set together with exemptions.serviceAccountToken');
  });
});
