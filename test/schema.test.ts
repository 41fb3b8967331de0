import * as fs from 'fs';
import { Chart, Cron, Duration, Size, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import * as schema from '../lib/engine/schema/schema';
import { schemaTypeForKind } from '../lib/engine/schema/schema';
import { suggest } from '../lib/values/suggest';

/** The findings without their path segments (asserted once, below), to compare them in full. */
const withoutSegments = (findings: schema.SchemaFinding[]) => findings.map(({ segments: _segments, ...rest }) => rest);
const checkAgainstSchema = (m: unknown) => withoutSegments(schema.checkAgainstSchema(m));
const checkType = (v: unknown, t: string, base: string) => withoutSegments(schema.checkType(v, t, base));
import { KINDS, TYPES } from '../lib/engine/schema/k8s-schema.generated';
import { NOT_REQUIRED_ON_CREATE } from '../lib/engine/schema/required-corrections';
import type * as GenSchema from '../scripts/gen-schema';
import { OUTPUT_FILE, readSources } from '../scripts/gen-schema-io';
import { cachedCompile } from './compile-cache';

/** A valid Pod; every test starts from a fresh copy and breaks one thing. */
function pod(): any {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: 'web',
      namespace: 'default',
      labels: { app: 'web', 'app.kubernetes.io/name': 'web' },
      annotations: { 'example.com/owner': 'team-a' },
    },
    spec: {
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
      securityContext: { runAsNonRoot: true, runAsUser: 1000, fsGroup: 2000, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [
        {
          name: 'web',
          image: 'nginx:1.25',
          args: ['--port', '8080'],
          env: [
            { name: 'MODE', value: 'prod' },
            { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
          ],
          ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
          resources: { requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: 1, memory: '128Mi' } },
          livenessProbe: { httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 10, failureThreshold: 3 },
          readinessProbe: { tcpSocket: { port: 8080 }, initialDelaySeconds: 5 },
          securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
          volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
        },
      ],
      volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '1Gi' } }],
    },
  };
}

describe('generated schema', () => {
  // one generation (it parses cdk8s-plus-27's 900 kB declarations with the compiler), compared
  // with the committed file; its result is kept while the generator and its inputs are unchanged
  let fresh: string;
  beforeAll(() => {
    const sources = readSources();
    const script = require.resolve('../scripts/gen-schema');
    fresh = cachedCompile({ name: 'k8s-schema', code: [script, require.resolve('../scripts/gen-schema-io')], inputs: sources }, () =>
      (require(script) as typeof GenSchema).generate(sources),
    );
  });

  test('lib/engine/schema/k8s-schema.generated.ts is up to date with scripts/gen-schema.ts, and generation is deterministic', () => {
    // GIVEN the committed file, written by an earlier run of the generator
    // WHEN the generator runs again (in-process)
    // THEN it writes exactly the same text
    expect(fresh).toEqual(fs.readFileSync(OUTPUT_FILE, 'utf8'));
  });

  test('covers every kind and only references known types', () => {
    // AND every kind maps to a props type, every referenced type exists
    expect(Object.keys(KINDS).length).toBeGreaterThanOrEqual(100);
    expect(KINDS['v1/Pod']).toBe('KubePodProps');
    expect(KINDS['apps/v1/Deployment']).toBe('KubeDeploymentProps');
    for (const props of Object.values(KINDS)) expect(TYPES[props]).toBeDefined();
    for (const fields of Object.values(TYPES)) {
      for (const desc of Object.values(fields)) {
        const base = desc.replace(/^!/, '').replace(/^(\[\]|\{\})+/, '');
        expect(['s', 'i', 'n', 'b', 'io', 'q', 'any'].includes(base) || TYPES[base] !== undefined).toBe(true);
      }
    }
    // AND JSON keys that differ from the TypeScript property names are the JSON ones
    expect(TYPES.JsonSchemaProps.$ref).toBe('s');
    expect(TYPES.JsonSchemaProps['x-kubernetes-list-type']).toBe('s');
    expect(TYPES.ListMeta.continue).toBe('s');
    expect(TYPES.ServiceSpec.clusterIP).toBe('s');
    expect(TYPES.Container.name).toBe('!s');
    expect(TYPES.ResourceRequirements.limits).toBe('{}q');
  });
});

describe('schemaTypeForKind', () => {
  test('maps built-in kinds to their props type and unknown kinds to undefined', () => {
    // GIVEN built-in and unknown kinds
    // WHEN they are looked up
    // THEN built-in kinds have a props type
    expect(schemaTypeForKind('v1', 'Pod')).toBe('KubePodProps');
    expect(schemaTypeForKind('batch/v1', 'CronJob')).toBe('KubeCronJobProps');
    expect(schemaTypeForKind('v1', 'PodList')).toBe('KubePodListProps');
    // AND unknown kinds, wrong versions and prototype names do not
    expect(schemaTypeForKind('example.com/v1', 'Widget')).toBeUndefined();
    expect(schemaTypeForKind('apps/v1', 'Deploymnet')).toBeUndefined();
    expect(schemaTypeForKind('v1', 'Deployment')).toBeUndefined();
    expect(schemaTypeForKind('v1', 'constructor')).toBeUndefined();
  });
});

describe('checkAgainstSchema: unknown fields', () => {
  test('reports a misspelt container field with a suggestion', () => {
    // GIVEN a Pod whose container has livenessProve instead of livenessProbe
    const m = pod();
    const probe = m.spec.containers[0].livenessProbe;
    delete m.spec.containers[0].livenessProbe;
    m.spec.containers[0].livenessProve = probe;
    // WHEN it is checked
    const findings = checkAgainstSchema(m);
    // THEN the unknown field is reported at its path with the closest known field
    expect(findings).toEqual([
      {
        path: 'spec.containers[0].livenessProve',
        message: 'unknown field "livenessProve"',
        value: probe,
        suggestion: 'livenessProbe',
        kind: 'unknown-field',
      },
    ]);
  });

  test('reports metadata.names (did you mean name) and readinessProve in the second container', () => {
    // GIVEN a Pod with metadata.names and a second container with readinessProve
    const m = pod();
    m.metadata.names = 'web';
    m.spec.containers.push({ name: 'sidecar', image: 'busybox', readinessProve: { exec: { command: ['true'] } } });
    // WHEN it is checked
    const findings = checkAgainstSchema(m);
    // THEN both are reported, in document order
    expect(findings).toEqual([
      { path: 'metadata.names', message: 'unknown field "names"', value: 'web', suggestion: 'name', kind: 'unknown-field' },
      {
        path: 'spec.containers[1].readinessProve',
        message: 'unknown field "readinessProve"',
        value: { exec: { command: ['true'] } },
        suggestion: 'readinessProbe',
        kind: 'unknown-field',
      },
    ]);
  });

  test('reports unknown fields deep inside a Deployment template without a suggestion when nothing is close', () => {
    // GIVEN a Deployment whose pod template's container probe has a field unlike any known one
    const m = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'web', image: 'nginx', livenessProbe: { httpGet: { port: 80, verbose: true } } }] },
        },
      },
    };
    // WHEN it is checked
    const findings = checkAgainstSchema(m);
    // THEN the path goes through the template, and no suggestion is made
    expect(findings).toEqual([
      {
        path: 'spec.template.spec.containers[0].livenessProbe.httpGet.verbose',
        message: 'unknown field "verbose"',
        value: true,
        kind: 'unknown-field',
      },
    ]);
  });
});

describe('checkAgainstSchema: types', () => {
  test('accepts "port:8080" as a tcpSocket port: int-or-string, a named-port question, not a schema one', () => {
    // GIVEN a liveness probe whose tcpSocket port is the string "port:8080"
    const m = pod();
    m.spec.containers[0].livenessProbe = { tcpSocket: { port: 'port:8080' } };
    // WHEN it is checked
    // THEN the schema has nothing to say
    expect(checkAgainstSchema(m)).toEqual([]);
  });

  test('reports containerPort "8080" as a type finding', () => {
    // GIVEN a container port given as a string
    const m = pod();
    m.spec.containers[0].ports[0].containerPort = '8080';
    // WHEN it is checked
    const findings = checkAgainstSchema(m);
    // THEN it must be an integer
    expect(findings).toEqual([
      {
        path: 'spec.containers[0].ports[0].containerPort',
        message: 'must be an integer, not the string "8080"',
        value: '8080',
        kind: 'type',
      },
    ]);
  });

  test('reports a "key:value" string where an object belongs (check explains the YAML cause)', () => {
    // GIVEN `tcpSocket:\n  port:8080` in YAML, i.e. tcpSocket is the string "port:8080"
    const m = pod();
    m.spec.containers[0].livenessProbe = { tcpSocket: 'port:8080' };
    // AND `ports:\n- containerPort:8080`
    m.spec.containers[0].ports = ['containerPort:8080'];
    // WHEN it is checked
    const findings = checkAgainstSchema(m);
    // THEN both are type findings
    expect(findings).toEqual([
      {
        path: 'spec.containers[0].ports[0]',
        message: 'must be an object, not the string "containerPort:8080"',
        value: 'containerPort:8080',
        kind: 'type',
      },
      {
        path: 'spec.containers[0].livenessProbe.tcpSocket',
        message: 'must be an object, not the string "port:8080"',
        value: 'port:8080',
        kind: 'type',
      },
    ]);
  });

  test('rejects non-integral numbers, wrong scalars, and wrong containers', () => {
    // GIVEN a Pod with several type errors
    const m = pod();
    m.spec.terminationGracePeriodSeconds = 1.5;
    m.spec.containers[0].tty = 'yes';
    m.spec.containers[0].args = '--port 8080';
    m.spec.containers[0].readinessProbe.tcpSocket.port = 80.5;
    m.spec.containers[0].resources.limits.cpu = true;
    m.spec.volumes[0].emptyDir = [];
    // WHEN it is checked
    const findings = checkAgainstSchema(m);
    // THEN each is reported in the apiserver's terms
    expect(findings.map(f => [f.path, f.message])).toEqual([
      ['spec.terminationGracePeriodSeconds', 'must be an integer, not the number 1.5'],
      ['spec.containers[0].args', 'must be an array, not the string "--port 8080"'],
      ['spec.containers[0].resources.limits[cpu]', 'must be a quantity (a string such as "250m", or a number), not the boolean true'],
      ['spec.containers[0].readinessProbe.tcpSocket.port', 'must be an integer or a string, not the number 80.5'],
      ['spec.containers[0].tty', 'must be a boolean, not the string "yes"'],
      ['spec.volumes[0].emptyDir', 'must be an object, not an array'],
    ]);
  });

  test('maps of strings accept any keys but reject non-string values', () => {
    // GIVEN labels with arbitrary keys, one of them with a number value, and an annotation with an object value
    const m = pod();
    m.metadata.labels = { app: 'web', 'example.com/tier': 'frontend', replicas: 3 };
    m.metadata.annotations = { 'example.com/config': { a: 1 } };
    // WHEN it is checked
    const findings = checkAgainstSchema(m);
    // THEN keys are never unknown fields, but values must be strings
    expect(findings).toEqual([
      { path: 'metadata.labels[replicas]', message: 'must be a string, not the number 3', value: 3, kind: 'type' },
      { path: 'metadata.annotations[example.com/config]', message: 'must be a string, not an object', value: { a: 1 }, kind: 'type' },
    ]);
  });

  test('quantities accept strings and numbers; free-form fields accept anything; status is not checked', () => {
    // GIVEN numeric and string quantities, a CRD with free-form defaults, and a Pod with a status
    const m = pod();
    m.spec.containers[0].resources = { requests: { cpu: 0.5, memory: '1Gi' } };
    m.status = { phase: 'Running', anything: [1, 2, 3] };
    const crd = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'widgets.example.com' },
      spec: {
        group: 'example.com',
        names: { kind: 'Widget', plural: 'widgets' },
        scope: 'Namespaced',
        versions: [
          {
            name: 'v1',
            served: true,
            storage: true,
            schema: {
              openAPIV3Schema: {
                type: 'object',
                'x-kubernetes-preserve-unknown-fields': true,
                properties: {
                  size: { type: 'integer', minimum: 0.5, default: 3 },
                  tags: { type: 'array', items: { type: 'string' } },
                },
              },
            },
          },
        ],
      },
    };
    // WHEN they are checked
    // THEN there are no findings
    expect(checkAgainstSchema(m)).toEqual([]);
    expect(checkAgainstSchema(crd)).toEqual([]);
  });
});

describe('checkAgainstSchema: required fields and TypeMeta', () => {
  test('reports a container without a name', () => {
    // GIVEN a container without name, and an env var whose name is null
    const m = pod();
    delete m.spec.containers[0].name;
    m.spec.containers[0].env[0].name = null;
    // WHEN it is checked
    const findings = checkAgainstSchema(m);
    // THEN both are Required value at the missing field's path
    expect(findings).toEqual([
      { path: 'spec.containers[0].env[0].name', message: 'Required value', kind: 'required' },
      { path: 'spec.containers[0].name', message: 'Required value', kind: 'required' },
    ]);
  });

  test('reports a missing kind and a non-string apiVersion, and does not check unknown kinds', () => {
    // GIVEN manifests with broken or unknown TypeMeta
    // WHEN they are checked
    // THEN broken TypeMeta is reported and unknown kinds are left alone
    expect(checkAgainstSchema({ apiVersion: 1, metadata: {} })).toEqual([
      { path: 'apiVersion', message: 'must be a string, not the number 1', value: 1, kind: 'type' },
      { path: 'kind', message: 'Required value', kind: 'required' },
    ]);
    expect(checkAgainstSchema({ apiVersion: 'example.com/v1', kind: 'Widget', spec: { anything: 1 } })).toEqual([]);
    expect(checkAgainstSchema('kind: Pod')).toEqual([{ path: '', message: 'must be an object, not the string "kind: Pod"', value: 'kind: Pod', kind: 'type' }]);
  });

  test('checks the items of a List kind, which carry their own apiVersion and kind', () => {
    // GIVEN a PodList with one valid and one misspelt item
    const bad = pod();
    bad.spec.containerz = bad.spec.containers;
    delete bad.spec.containers;
    const list = { apiVersion: 'v1', kind: 'PodList', metadata: {}, items: [pod(), bad] };
    // WHEN it is checked
    const findings = checkAgainstSchema(list);
    // THEN the bad item is reported, including its now missing containers
    expect(findings.map(f => [f.path, f.message, f.suggestion])).toEqual([
      ['items[1].spec.containerz', 'unknown field "containerz"', 'containers'],
      ['items[1].spec.containers', 'Required value', undefined],
    ]);
  });
});

describe('valid manifests', () => {
  test('hand-written Pod, Deployment, Service and CronJob have no findings', () => {
    // GIVEN typical manifests
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', labels: { app: 'web' } },
      spec: {
        replicas: 3,
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } },
        selector: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['web'] }] },
        template: { metadata: { labels: { app: 'web' } }, spec: pod().spec },
      },
    };
    const service = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web' },
      spec: {
        type: 'ClusterIP',
        clusterIP: 'None',
        selector: { app: 'web' },
        ports: [
          { name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' },
          { port: 8443, targetPort: 8443 },
        ],
      },
    };
    const cronJob = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'report' },
      spec: {
        schedule: '*/5 * * * *',
        concurrencyPolicy: 'Forbid',
        successfulJobsHistoryLimit: 1,
        jobTemplate: {
          spec: {
            backoffLimit: 2,
            template: {
              spec: {
                restartPolicy: 'OnFailure',
                containers: [{ name: 'report', image: 'busybox', command: ['sh', '-c', 'date'] }],
              },
            },
          },
        },
      },
    };
    // WHEN they are checked
    // THEN there are no findings
    for (const m of [pod(), deployment, service, cronJob]) {
      expect(checkAgainstSchema(m)).toEqual([]);
    }
  });

  test('manifests synthesized by cdk8s-plus-27 have no findings', () => {
    // GIVEN a chart with a Deployment exposed by a Service, a CronJob and a ConfigMap
    const chart = new Chart(Testing.app(), 'test');
    const deployment = new kplus.Deployment(chart, 'web', {
      containers: [
        {
          image: 'nginx',
          portNumber: 8080,
          liveness: kplus.Probe.fromHttpGet('/healthz', { periodSeconds: Duration.seconds(10) }),
          resources: { cpu: { request: kplus.Cpu.millis(250) }, memory: { limit: Size.mebibytes(128) } },
        },
      ],
    });
    deployment.exposeViaService({ ports: [{ port: 80, targetPort: 8080 }] });
    new kplus.CronJob(chart, 'report', {
      schedule: Cron.schedule({ minute: '*/5' }),
      containers: [{ image: 'busybox', command: ['date'] }],
    });
    new kplus.ConfigMap(chart, 'config', { data: { 'a.txt': 'hello' } });
    // WHEN all synthesized manifests are checked
    const manifests = Testing.synth(chart);
    // THEN every kind is built in and there are no findings
    expect(manifests.map(m => m.kind).sort()).toEqual(['ConfigMap', 'CronJob', 'Deployment', 'Service']);
    for (const m of manifests) {
      expect(schemaTypeForKind(m.apiVersion, m.kind)).toBeDefined();
      expect(checkAgainstSchema(m)).toEqual([]);
    }
  });
});

describe('checkType', () => {
  test('checks a fragment against a named type or descriptor, prefixing paths with basePath', () => {
    // GIVEN a container fragment and a list of ports
    // WHEN they are checked against Container and []ContainerPort
    // THEN paths start at basePath
    expect(
      checkType({ name: 'web', imagePullPolicy: 'Always', ports: [{ containerPort: 80 }, { containerPrt: 81 }] }, 'Container', 'spec.containers[2]'),
    ).toEqual([
      {
        path: 'spec.containers[2].ports[1].containerPrt',
        message: 'unknown field "containerPrt"',
        value: 81,
        suggestion: 'containerPort',
        kind: 'unknown-field',
      },
      { path: 'spec.containers[2].ports[1].containerPort', message: 'Required value', kind: 'required' },
    ]);
    expect(checkType([{ containerPort: 'http' }], '[]ContainerPort', 'ports')).toEqual([
      { path: 'ports[0].containerPort', message: 'must be an integer, not the string "http"', value: 'http', kind: 'type' },
    ]);
    expect(checkType(undefined, 'Container', 'x')).toEqual([]);
    expect(() => checkType({}, 'Contaner', '')).toThrow('unknown schema type "Contaner"');
  });
});

describe('suggest', () => {
  test('returns the closest candidate within max(1, floor(len/3)) edits, transpositions counting as one', () => {
    // GIVEN field names
    const fields = ['name', 'namespace', 'labels', 'annotations', 'livenessProbe', 'readinessProbe'];
    // WHEN misspellings are looked up
    // THEN the closest close-enough candidate is returned
    expect(suggest('names', fields)).toBe('name');
    expect(suggest('livenessProve', fields)).toBe('livenessProbe');
    expect(suggest('lables', fields)).toBe('labels'); // one transposition
    expect(suggest('annotaitons', fields)).toBe('annotations');
    expect(suggest('nmae', fields)).toBe('name'); // len 4: only 1 edit allowed, a transposition is 1
    expect(suggest('image', fields)).toBeUndefined();
    expect(suggest('x', [])).toBeUndefined();
    // AND ties go to the first candidate in sorted order
    expect(suggest('cat', ['hat', 'bat', 'rat'])).toBe('bat');
  });
});

test('findings carry their path as segments too, map keys marked as keys', () => {
  const findings = schema.checkAgainstSchema({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', labels: { enabled: true } },
    spec: { containers: [{ name: 'c', image: 'i', livenessProve: {} }] },
  });
  expect(findings.map(f => [f.path, f.segments])).toEqual([
    ['metadata.labels[enabled]', ['metadata', 'labels', { key: 'enabled' }]],
    ['spec.containers[0].livenessProve', ['spec', 'containers', 0, 'livenessProve']],
  ]);
});

describe('required fields that the apiserver does not require', () => {
  test.each(Object.keys(NOT_REQUIRED_ON_CREATE))('%s is a required field of the schema, with its upstream source', key => {
    const [type, field] = key.split('.');
    expect(TYPES[type]?.[field]).toMatch(/^!/);
    expect(NOT_REQUIRED_ON_CREATE[key].source).toMatch(/\(|\.go/);
  });

  const required = (m: unknown) => schema.checkAgainstSchema(m).filter(f => f.kind === 'required');

  test("the Kubernetes docs' podFailurePolicy shape (one rule on exit codes, one on pod conditions) passes", () => {
    // GIVEN a Job whose podFailurePolicy rules each set one of onExitCodes / onPodConditions, and a condition without status
    const job = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'pi' },
      spec: {
        backoffLimit: 6,
        podFailurePolicy: {
          rules: [
            { action: 'FailJob', onExitCodes: { containerName: 'main', operator: 'In', values: [42] } },
            { action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] },
          ],
        },
        template: { spec: { restartPolicy: 'Never', containers: [{ name: 'main', image: 'registry.k8s.io/pause:3.9' }] } },
      },
    };
    // WHEN it is checked against the schema
    // THEN nothing is missing
    expect(required(job)).toEqual([]);
  });

  test('a StatefulSet without serviceName, a NetworkPolicy without podSelector, a RoleBinding without apiGroup pass', () => {
    const sts = {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'db' },
      spec: {
        selector: { matchLabels: { app: 'db' } },
        template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'db', image: 'postgres:16' }] } },
      },
    };
    const policy = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny' }, spec: { policyTypes: ['Ingress'] } };
    const binding = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'read' },
      roleRef: { kind: 'Role', name: 'reader' },
      subjects: [{ kind: 'ServiceAccount', name: 'app' }],
    };
    expect([sts, policy, binding].flatMap(required)).toEqual([]);
  });

  test('the other required fields are still required', () => {
    const sts = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db' }, spec: { serviceName: 'db' } };
    expect(required(sts).map(f => f.path)).toEqual(['spec.selector', 'spec.template']);
  });
});
