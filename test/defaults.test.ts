/**
 * Every `@default` of the public API says what the code does.
 *
 * `PINS` holds one entry per `@default` tag of an interface exported by lib/index.ts: the tag's
 * text, as written, and a check that builds the construct, container or probe WITHOUT the prop
 * and asserts the synthesized output shows exactly that default (a `- not emitted` default: the
 * field is absent). The meta-tests scan lib/*.ts with the TypeScript compiler API and fail when
 * a `@default` is added, removed or reworded without its pin, or when an optional prop of an
 * input interface has no `@default` at all.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Duration, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { k8s } from '../imports/k8s';
import {
  applyTypedProbes,
  checkSources,
  Container,
  diffManifests,
  GoTestPod,
  LivenessExecPod,
  LivenessHttpPod,
  LivenessProbe,
  ManifestValidation,
  MultiContainerPod,
  PluginContext,
  Pod,
  POLICY_CHECKS,
  PolicyValidation,
  ProbedService,
  ReadinessProbe,
  StartupProbe,
  StartupProbePod,
  synthesize,
  validateManifests,
} from '../lib';
import { filesOf } from '../scripts/files';
import { Pin } from './defaults/pin';
import { TYPED_LAYER_PINS } from './defaults/typed-layer';
import { WORKLOAD_PINS } from './defaults/workloads';
import { synth, testChart } from './support';
import { fromPublicApi } from './compile-support';

const ROOT = path.join(__dirname, '..');
const IMAGE = 'registry.k8s.io/pause:3.9';
const AGNHOST = 'registry.k8s.io/e2e-test-images/agnhost:2.40';

// ---------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------

/** The synthesized manifests of one construct in a chart of its own. */
function manifestsOf(build: (chart: ReturnType<typeof testChart>) => void): any[] {
  const chart = testChart();
  build(chart);
  return synth(chart);
}

/** The synthesized pod of a `Pod` with these containers. */
function podOf(...containers: Container[]): any {
  const [pod] = manifestsOf(chart => new Pod(chart, 'Pod', { name: 'pod', containers }));
  return pod;
}

/** The synthesized container of `Container.of(props)`, in a pod of its own. */
function containerOf(props: Parameters<typeof Container.of>[0] = { name: 'app', image: IMAGE }): any {
  return podOf(Container.of(props)).spec.containers[0];
}

/** The first (only) container of a synthesized pod. */
function container0(pod: any): any {
  return pod.spec.containers[0];
}

type ProbeKindName = 'liveness' | 'readiness' | 'startup';

/**
 * Every probe kind with every handler, built with the handler's required options only, as
 * synthesized: 12 probes. Ports and commands differ, so that no probe duplicates another.
 */
function everyProbe(): { kind: ProbeKindName; handler: string; probe: any }[] {
  const pod = podOf(
    Container.of({
      name: 'exec',
      image: IMAGE,
      livenessProbe: LivenessProbe.exec({ command: ['test', '-f', '/tmp/live'] }),
      readinessProbe: ReadinessProbe.exec({ command: ['test', '-f', '/tmp/ready'] }),
      startupProbe: StartupProbe.exec({ command: ['test', '-f', '/tmp/started'] }),
    }),
    Container.of({
      name: 'http',
      image: IMAGE,
      ports: [{ number: 8080 }],
      livenessProbe: LivenessProbe.httpGet({ path: '/live', port: 8080 }),
      readinessProbe: ReadinessProbe.httpGet({ path: '/ready', port: 8080 }),
      startupProbe: StartupProbe.httpGet({ path: '/started', port: 8080 }),
    }),
    Container.of({
      name: 'tcp',
      image: IMAGE,
      ports: [{ number: 8081 }, { number: 8082 }, { number: 8083 }],
      livenessProbe: LivenessProbe.tcpSocket({ port: 8081 }),
      readinessProbe: ReadinessProbe.tcpSocket({ port: 8082 }),
      startupProbe: StartupProbe.tcpSocket({ port: 8083 }),
    }),
    Container.of({
      name: 'grpc',
      image: IMAGE,
      ports: [{ number: 9091 }, { number: 9092 }, { number: 9093 }],
      livenessProbe: LivenessProbe.grpc({ port: 9091 }),
      readinessProbe: ReadinessProbe.grpc({ port: 9092 }),
      startupProbe: StartupProbe.grpc({ port: 9093 }),
    }),
  );
  return pod.spec.containers.flatMap((c: any) =>
    (['liveness', 'readiness', 'startup'] as const).map(kind => ({ kind, handler: c.name as string, probe: c[`${kind}Probe`] })),
  );
}

/** Asserts that no probe of the given kinds has `field`, and that there were probes to look at. */
function expectNoProbeField(field: string, kinds: readonly ProbeKindName[] = ['liveness', 'readiness', 'startup']): void {
  const probes = everyProbe().filter(p => kinds.includes(p.kind));
  expect(probes).toHaveLength(4 * kinds.length);
  for (const { kind, handler, probe } of probes) {
    expect({ kind, handler, probe }).toEqual({ kind, handler, probe: expect.not.objectContaining({ [field]: expect.anything() }) });
    expect(probe).not.toHaveProperty(field);
  }
}

/** The handler of the synthesized probe of a container with a named port `http` (8080). */
function httpProbe(build: () => LivenessProbe<'http'>): any {
  return containerOf({ name: 'app', image: IMAGE, ports: [{ name: 'http', number: 8080 }], livenessProbe: build() }).livenessProbe;
}

/** One pod of every construct of the library that builds pods, built without any prop that can be left out. */
function everyConstruct(): Record<string, any[]> {
  const main = () => Container.of({ name: 'main', image: IMAGE });
  return {
    Pod: manifestsOf(chart => new Pod(chart, 'Pod', { name: 'pod', containers: [main()] })),
    GoTestPod: manifestsOf(chart => new GoTestPod(chart, 'GoTest')),
    LivenessExecPod: manifestsOf(chart => new LivenessExecPod(chart, 'LivenessExec')),
    LivenessHttpPod: manifestsOf(chart => new LivenessHttpPod(chart, 'LivenessHttp')),
    StartupProbePod: manifestsOf(chart => new StartupProbePod(chart, 'StartupProbe')),
    MultiContainerPod: manifestsOf(chart => new MultiContainerPod(chart, 'Multi', { name: 'multi', main: main() })),
    ProbedService: manifestsOf(chart => new ProbedService(chart, 'GoProxy')),
  };
}

/** `metadata` of every object a construct emits, and of the pod templates in them. */
function allMetadata(manifests: readonly any[]): any[] {
  return manifests.flatMap(m => (m.spec?.template ? [m.metadata, m.spec.template.metadata] : [m.metadata]));
}

/** What a cdk8s-plus-27 Deployment emits for its container, with and without `applyTypedProbes`. */
function kplusContainer(probes?: Parameters<typeof applyTypedProbes>[2]): any {
  const [deployment] = manifestsOf(chart => {
    const d = new kplus.Deployment(chart, 'Web', { metadata: { name: 'web' } });
    const web = d.addContainer({
      name: 'web',
      image: AGNHOST,
      portNumber: 8080,
      ports: [{ number: 8081, name: 'http' }],
      liveness: kplus.Probe.fromCommand(['test', '-f', '/tmp/live']),
      readiness: kplus.Probe.fromHttpGet('/ready', { port: 8080 }),
    });
    if (probes) applyTypedProbes(d, web, probes);
  });
  return deployment.spec.template.spec.containers[0];
}

/** A pod that Pod Security baseline rejects (host network), for the policy defaults. */
const HOST_NETWORK_POD = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'host' },
  spec: { hostNetwork: true, containers: [{ name: 'app', image: IMAGE }] },
};

/** A Service that selects no pod of the input: a warning, not an error. */
const LONELY_SERVICE = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'lonely' },
  spec: { selector: { app: 'nobody' }, ports: [{ port: 80 }] },
};

const POLICY_RULES = new Set(POLICY_CHECKS.map(c => c.id));

/** Captures what `fn` writes on stderr and stdout. */
function captureOutput(fn: () => void): { stderr: string; stdout: string } {
  let stderr = '';
  let stdout = '';
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(chunk => ((stderr += String(chunk)), true));
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => ((stdout += String(chunk)), true));
  try {
    fn();
  } finally {
    err.mockRestore();
    out.mockRestore();
  }
  return { stderr, stdout };
}

/** A temporary folder for `fn`, removed afterwards. */
async function inTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'defaults-test-'));
  try {
    return await fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A fake cdk8s app for `synthesize`: a node script that writes `files(...)` into CDK8S_OUTDIR. */
function fakeApp(dir: string, body: string): string {
  const script = path.join(dir, 'app.js');
  fs.writeFileSync(script, `const fs = require('fs'), path = require('path');\nconst out = process.env.CDK8S_OUTDIR;\n${body}\n`);
  return `"${process.execPath}" "${script}"`;
}

/** Runs the validation plugin on manifest files; returns the violations and the submitted status. */
async function runPlugin(
  plugin: PolicyValidation,
  manifests: readonly object[],
): Promise<{ rules: string[]; status: string; metadata?: Record<string, string> }> {
  return inTempDir(async dir => {
    const file = path.join(dir, 'app.k8s.yaml');
    fs.writeFileSync(file, manifests.map(m => JSON.stringify(m)).join('\n---\n'));
    const rules: string[] = [];
    let status = '';
    let metadata: Record<string, string> | undefined;
    const context: PluginContext = {
      manifests: [file],
      report: {
        addViolation: v => rules.push(v.ruleName),
        submit: (s, m) => {
          status = s;
          metadata = m;
        },
      },
    };
    await plugin.validate(context);
    return { rules, status, metadata };
  });
}

// ---------------------------------------------------------------------------------------------
// the pins: `Interface.prop` -> the @default text as written, and the check of it
// ---------------------------------------------------------------------------------------------

const NOT_EMITTED_TCP = "- not emitted; Kubernetes uses 'TCP'";

const PINS: Record<string, Pin> = {
  // ---- port.ts ------------------------------------------------------------------------------
  'ContainerPortSpec.name': {
    doc: '- the port has no name',
    check: () => {
      const c = Container.of({ name: 'app', image: IMAGE, ports: [{ number: 8080 }] });
      expect(c.ports[0].name).toBeUndefined();
      expect(containerOf({ name: 'app', image: IMAGE, ports: [{ number: 8080 }] }).ports).toEqual([{ containerPort: 8080 }]);
    },
  },
  'ContainerPortSpec.protocol': {
    doc: NOT_EMITTED_TCP,
    check: () => {
      expect(containerOf({ name: 'app', image: IMAGE, ports: [{ number: 8080 }] }).ports[0]).not.toHaveProperty('protocol');
      // the library itself reads an omitted protocol as TCP, as Kubernetes does
      expect(Container.of({ name: 'app', image: IMAGE, ports: [{ number: 8080 }] }).ports[0].protocol).toBe('TCP');
    },
  },
  'ContainerPortSpec.hostPort': {
    doc: '- not bound on the node',
    check: () => {
      const pod = podOf(Container.of({ name: 'app', image: IMAGE, ports: [{ number: 8080 }] }));
      expect(container0(pod).ports[0]).not.toHaveProperty('hostPort');
      expect(pod.metadata).not.toHaveProperty('annotations');
    },
  },

  // ---- probe.ts ------------------------------------------------------------------------------
  'ProbeTimingOptions.initialDelay': {
    doc: '- not emitted; Kubernetes starts probing at once (0 seconds)',
    check: () => expectNoProbeField('initialDelaySeconds'),
  },
  'ProbeTimingOptions.period': {
    doc: '- not emitted; Kubernetes probes every 10 seconds',
    check: () => expectNoProbeField('periodSeconds'),
  },
  'ProbeTimingOptions.timeout': {
    doc: '- not emitted; Kubernetes waits 1 second',
    check: () => expectNoProbeField('timeoutSeconds'),
  },
  'LivenessProbeOptions.failureThreshold': {
    doc: '- not emitted; Kubernetes uses 3',
    check: () => expectNoProbeField('failureThreshold', ['liveness']),
  },
  'LivenessProbeOptions.terminationGracePeriod': {
    doc: "- not emitted; the pod's `terminationGracePeriodSeconds` applies",
    check: () => {
      expectNoProbeField('terminationGracePeriodSeconds', ['liveness']);
      expect(podOf(Container.of({ name: 'app', image: IMAGE })).spec).not.toHaveProperty('terminationGracePeriodSeconds');
    },
  },
  'ReadinessProbeOptions.failureThreshold': {
    doc: '- not emitted; Kubernetes uses 3',
    check: () => expectNoProbeField('failureThreshold', ['readiness']),
  },
  'ReadinessProbeOptions.successThreshold': {
    doc: '- not emitted; Kubernetes uses 1',
    check: () => expectNoProbeField('successThreshold', ['readiness']),
  },
  'StartupProbeThresholdOptions.failureThreshold': {
    doc: '- not emitted; Kubernetes uses 3',
    check: () => expectNoProbeField('failureThreshold', ['startup']),
  },
  'StartupProbeThresholdOptions.terminationGracePeriod': {
    doc: "- not emitted; the pod's `terminationGracePeriodSeconds` applies",
    check: () => expectNoProbeField('terminationGracePeriodSeconds', ['startup']),
  },
  'StartupProbeBudgetOptions.terminationGracePeriod': {
    doc: "- not emitted; the pod's `terminationGracePeriodSeconds` applies",
    check: () => {
      const probe = containerOf({
        name: 'app',
        image: IMAGE,
        ports: [{ number: 8080 }],
        startupProbe: StartupProbe.httpGet({ path: '/healthz', port: 8080, budget: Duration.minutes(1), period: Duration.seconds(10) }),
      }).startupProbe;
      expect(probe).toEqual({ httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 10, failureThreshold: 6 });
    },
  },
  'HttpGetHandlerOptions.host': {
    doc: '- not emitted; the pod IP',
    check: () => {
      expect(httpProbe(() => LivenessProbe.httpGet({ path: '/healthz', port: 'http' })).httpGet).not.toHaveProperty('host');
      expectNoHandlerField('httpGet', 'host');
    },
  },
  'HttpGetHandlerOptions.scheme': {
    doc: "- not emitted; Kubernetes uses 'HTTP'",
    check: () => {
      expect(httpProbe(() => LivenessProbe.httpGet({ path: '/healthz', port: 'http' })).httpGet).not.toHaveProperty('scheme');
      expectNoHandlerField('httpGet', 'scheme');
    },
  },
  'HttpGetHandlerOptions.headers': {
    doc: '- no headers',
    check: () => {
      expect(httpProbe(() => LivenessProbe.httpGet({ path: '/healthz', port: 'http' }))).toEqual({ httpGet: { path: '/healthz', port: 'http' } });
      expectNoHandlerField('httpGet', 'httpHeaders');
    },
  },
  'TcpSocketHandlerOptions.host': {
    doc: '- not emitted; the pod IP',
    check: () => {
      for (const { probe } of everyProbe().filter(p => p.handler === 'tcp')) expect(Object.keys(probe.tcpSocket)).toEqual(['port']);
    },
  },
  'GrpcHandlerOptions.service': {
    doc: "- not emitted; the server's overall health",
    check: () => {
      for (const { probe } of everyProbe().filter(p => p.handler === 'grpc')) expect(Object.keys(probe.grpc)).toEqual(['port']);
    },
  },

  // ---- container.ts --------------------------------------------------------------------------
  'ContainerResources.cpu': {
    doc: '- request 100m, limit 500m',
    check: () => {
      const c = containerOf({ name: 'app', image: IMAGE, resources: { memory: { request: Size.mebibytes(32), limit: Size.mebibytes(64) } } });
      expect(c.resources).toEqual({ requests: { cpu: '100m', memory: '32Mi' }, limits: { cpu: '500m', memory: '64Mi' } });
    },
  },
  'ContainerResources.memory': {
    doc: '- request 64Mi, limit 128Mi',
    check: () => {
      const c = containerOf({ name: 'app', image: IMAGE, resources: { cpu: { request: kplus.Cpu.millis(250), limit: kplus.Cpu.units(1) } } });
      expect(c.resources).toEqual({ requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: '1', memory: '128Mi' } });
    },
  },
  'ContainerUser.gid': {
    doc: '- the same as `uid`',
    check: () => {
      expect(containerOf({ name: 'app', image: IMAGE, user: { uid: 10001 } }).securityContext).toMatchObject({ runAsUser: 10001, runAsGroup: 10001 });
    },
  },
  'ContainerProps.command': {
    doc: "- the image's ENTRYPOINT",
    check: () => expect(containerOf()).not.toHaveProperty('command'),
  },
  'ContainerProps.args': {
    doc: "- the image's CMD",
    check: () => expect(containerOf()).not.toHaveProperty('args'),
  },
  'ContainerProps.env': {
    doc: '- none',
    check: () => expect(containerOf()).not.toHaveProperty('env'),
  },
  'ContainerProps.ports': {
    doc: '- none',
    check: () => {
      expect(containerOf()).not.toHaveProperty('ports');
      expect(Container.of({ name: 'app', image: IMAGE }).ports).toEqual([]);
    },
  },
  'ContainerProps.livenessProbe': {
    doc: '- no liveness probe',
    check: () => expect(containerOf()).not.toHaveProperty('livenessProbe'),
  },
  'ContainerProps.readinessProbe': {
    doc: '- no readiness probe',
    check: () => expect(containerOf()).not.toHaveProperty('readinessProbe'),
  },
  'ContainerProps.startupProbe': {
    doc: '- no startup probe',
    check: () => expect(containerOf()).not.toHaveProperty('startupProbe'),
  },
  'ContainerProps.writablePaths': {
    doc: '- none',
    check: () => {
      const pod = podOf(Container.of({ name: 'app', image: IMAGE }));
      expect(container0(pod)).not.toHaveProperty('volumeMounts');
      expect(pod.spec).not.toHaveProperty('volumes');
    },
  },
  'ContainerProps.user': {
    doc: '{ uid: 65534, gid: 65534 } (`nobody`, present in busybox and most base images)',
    check: () => expect(containerOf().securityContext).toMatchObject({ runAsUser: 65534, runAsGroup: 65534 }),
  },
  'ContainerProps.resources': {
    doc: '- cpu 100m/500m, memory 64Mi/128Mi (request/limit)',
    check: () => expect(containerOf().resources).toEqual({ requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '500m', memory: '128Mi' } }),
  },
  'ContainerProps.startTime': {
    doc: '- not declared',
    check: () => expect(podOf(Container.of({ name: 'app', image: IMAGE })).metadata).not.toHaveProperty('annotations'),
  },
  'ContainerProps.imagePullPolicy': {
    doc: '- not emitted; Kubernetes pulls `:latest` and untagged images always, others if not present',
    check: () => expect(containerOf()).not.toHaveProperty('imagePullPolicy'),
  },

  // ---- metadata.ts ---------------------------------------------------------------------------
  'MetadataOptions.labels': {
    doc: "- only the construct's own labels",
    check: () => {
      const labels = Object.fromEntries(Object.entries(everyConstruct()).map(([name, manifests]) => [name, allMetadata(manifests).map(m => m.labels)]));
      expect(labels).toEqual({
        Pod: [undefined],
        GoTestPod: [undefined],
        LivenessExecPod: [{ test: 'liveness' }],
        LivenessHttpPod: [{ test: 'liveness' }],
        StartupProbePod: [undefined],
        MultiContainerPod: [undefined],
        // the Deployment, its pod template and the Service: the selector label
        ProbedService: [{ app: 'goproxy' }, { app: 'goproxy' }, { app: 'goproxy' }],
      });
    },
  },
  'MetadataOptions.annotations': {
    doc:
      "- only the construct's own annotations: none, except `kubectl.kubernetes.io/default-container` " +
      'on a {@link MultiContainerPod} and those its containers record (`start-time.cdk8s-pod-patterns/<container>`, ' +
      '`exempt.cdk8s-pod-patterns/host-ports`)',
    check: () => {
      const annotations = Object.fromEntries(
        Object.entries(everyConstruct()).map(([name, manifests]) => [name, allMetadata(manifests).map(m => m.annotations)]),
      );
      expect(annotations).toEqual({
        Pod: [undefined],
        GoTestPod: [undefined],
        LivenessExecPod: [undefined],
        LivenessHttpPod: [undefined],
        StartupProbePod: [undefined],
        MultiContainerPod: [{ 'kubectl.kubernetes.io/default-container': 'main' }],
        ProbedService: [undefined, undefined, undefined],
      });
      // what containers record: a start time and a host-port exemption
      const pod = podOf(Container.of({ name: 'app', image: IMAGE, startTime: Duration.seconds(40) }));
      expect(pod.metadata.annotations).toEqual({ 'start-time.cdk8s-pod-patterns/app': '40' });
    },
  },
  'MetadataOptions.namespace': {
    doc: '- not emitted; the namespace `kubectl` is pointed at',
    check: () => {
      for (const [name, manifests] of Object.entries(everyConstruct())) {
        for (const m of allMetadata(manifests)) expect({ name, m }).toEqual({ name, m: expect.not.objectContaining({ namespace: expect.anything() }) });
      }
    },
  },

  // the typed layer's containers, config objects, pod options, workloads and Services
  ...TYPED_LAYER_PINS,
  ...WORKLOAD_PINS,

  // ---- go-test-pod.ts ------------------------------------------------------------------------
  'GoTestPodProps.name': {
    doc: "'go-test'",
    check: () => expect(goTestPod().metadata.name).toBe('go-test'),
  },
  'GoTestPodProps.containerName': {
    doc: "'go-test'",
    check: () => expect(container0(goTestPod()).name).toBe('go-test'),
  },
  'GoTestPodProps.image': {
    doc: "'devtak/test:v1.0'",
    check: () => expect(container0(goTestPod()).image).toBe('devtak/test:v1.0'),
  },
  'GoTestPodProps.port': {
    doc: '8080',
    check: () => expect(container0(goTestPod()).ports).toEqual([{ containerPort: 8080 }]),
  },
  'GoTestPodProps.user': {
    doc: '{ uid: 65534, gid: 65534 }',
    check: () => expect(container0(goTestPod()).securityContext).toMatchObject({ runAsUser: 65534, runAsGroup: 65534 }),
  },

  // ---- liveness-exec-pod.ts ------------------------------------------------------------------
  'LivenessExecPodProps.name': {
    doc: "'liveness-exec'",
    check: () => expect(livenessExecPod().metadata.name).toBe('liveness-exec'),
  },
  'LivenessExecPodProps.containerName': {
    doc: "'liveness'",
    check: () => {
      const pod = livenessExecPod();
      expect(container0(pod).name).toBe('liveness');
      expect(pod.spec.volumes).toEqual([{ name: 'liveness-tmp', emptyDir: {} }]);
    },
  },
  'LivenessExecPodProps.image': {
    doc: "'registry.k8s.io/busybox:1.27.2'",
    check: () => expect(container0(livenessExecPod()).image).toBe('registry.k8s.io/busybox:1.27.2'),
  },
  'LivenessExecPodProps.healthyFor': {
    doc: 'Duration.seconds(30)',
    check: () => expect(container0(livenessExecPod()).args).toEqual(['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600']),
  },
  'LivenessExecPodProps.livenessProbe': {
    doc: '{ initialDelay: Duration.seconds(5), period: Duration.seconds(5) }',
    check: () => {
      expect(container0(livenessExecPod()).livenessProbe).toEqual({ exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 5 });
      // options given override the defaults one by one
      const [pod] = manifestsOf(chart => new LivenessExecPod(chart, 'LivenessExec', { livenessProbe: { failureThreshold: 1 } }));
      expect(container0(pod).livenessProbe).toEqual({
        exec: { command: ['cat', '/tmp/healthy'] },
        initialDelaySeconds: 5,
        periodSeconds: 5,
        failureThreshold: 1,
      });
    },
  },

  // ---- liveness-http-pod.ts ------------------------------------------------------------------
  'LivenessHttpPodProps.name': {
    doc: "'liveness-http'",
    check: () => expect(livenessHttpPod().metadata.name).toBe('liveness-http'),
  },
  'LivenessHttpPodProps.containerName': {
    doc: "'liveness'",
    check: () => expect(container0(livenessHttpPod()).name).toBe('liveness'),
  },
  'LivenessHttpPodProps.args': {
    doc: "['liveness']",
    check: () => expect(container0(livenessHttpPod()).args).toEqual(['liveness']),
  },
  'LivenessHttpPodProps.headers': {
    doc: "{ 'Custom-Header': 'Awesome' }",
    check: () => expect(container0(livenessHttpPod()).livenessProbe.httpGet.httpHeaders).toEqual([{ name: 'Custom-Header', value: 'Awesome' }]),
  },
  'LivenessHttpPodProps.livenessProbe': {
    doc: '{ initialDelay: Duration.seconds(3), period: Duration.seconds(3) }',
    check: () => {
      expect(container0(livenessHttpPod()).livenessProbe).toEqual({
        httpGet: { path: '/healthz', port: 8080, httpHeaders: [{ name: 'Custom-Header', value: 'Awesome' }] },
        initialDelaySeconds: 3,
        periodSeconds: 3,
      });
      const [pod] = manifestsOf(chart => new LivenessHttpPod(chart, 'LivenessHttp', { livenessProbe: { timeout: Duration.seconds(2) } }));
      expect(container0(pod).livenessProbe).toMatchObject({ initialDelaySeconds: 3, periodSeconds: 3, timeoutSeconds: 2 });
    },
  },

  // ---- startup-probe-pod.ts ------------------------------------------------------------------
  'StartupProbePodProps.name': {
    doc: "'startup-probe'",
    check: () => expect(startupProbePod().metadata.name).toBe('startup-probe'),
  },
  'StartupProbePodProps.containerName': {
    doc: "'app'",
    check: () => expect(container0(startupProbePod()).name).toBe('app'),
  },
  'StartupProbePodProps.args': {
    doc: "['netexec', '--http-port=8080'], with the `port` given instead of 8080",
    check: () => {
      expect(container0(startupProbePod()).args).toEqual(['netexec', '--http-port=8080']);
      expect(container0(startupProbePod({ port: 9090 })).args).toEqual(['netexec', '--http-port=9090']);
    },
  },
  'StartupProbePodProps.startupBudget': {
    doc: 'Duration.minutes(5)',
    check: () => {
      // 5 minutes: 30 periods of the default 10 s, 60 periods of 5 s
      expect(container0(startupProbePod()).startupProbe).toMatchObject({ failureThreshold: 30, periodSeconds: 10 });
      expect(container0(startupProbePod({ startupPeriod: Duration.seconds(5) })).startupProbe).toMatchObject({ failureThreshold: 60, periodSeconds: 5 });
    },
  },
  'StartupProbePodProps.startupPeriod': {
    doc: 'Duration.seconds(10)',
    check: () => {
      expect(container0(startupProbePod()).startupProbe).toEqual({
        httpGet: { path: '/healthz', port: 'liveness-port' },
        failureThreshold: 30,
        periodSeconds: 10,
      });
    },
  },
  'StartupProbePodProps.hostPort': {
    doc: '- not bound on the node; use `kubectl port-forward`',
    check: () => {
      const pod = startupProbePod();
      expect(container0(pod).ports[0]).not.toHaveProperty('hostPort');
      expect(pod.metadata).not.toHaveProperty('annotations');
    },
  },
  'StartupProbePodProps.livenessProbe': {
    doc: '{ failureThreshold: 1, period: Duration.seconds(10) }',
    check: () => {
      expect(container0(startupProbePod()).livenessProbe).toEqual({
        httpGet: { path: '/healthz', port: 'liveness-port' },
        failureThreshold: 1,
        periodSeconds: 10,
      });
      expect(container0(startupProbePod({ livenessProbe: { failureThreshold: 2 } })).livenessProbe).toMatchObject({ failureThreshold: 2, periodSeconds: 10 });
    },
  },

  // ---- multi-container-pod.ts ----------------------------------------------------------------
  'MultiContainerPodProps.sidecars': {
    doc: '- none; add them later with {@link Pod.addContainer}',
    check: () => {
      const [pod] = manifestsOf(chart => new MultiContainerPod(chart, 'Multi', { name: 'multi', main: Container.of({ name: 'main', image: IMAGE }) }));
      expect(pod.spec.containers.map((c: any) => c.name)).toEqual(['main']);
    },
  },
  'MultiContainerPodProps.shareProcessNamespace': {
    doc: '- not emitted; not shared',
    check: () => {
      const [pod] = manifestsOf(chart => new MultiContainerPod(chart, 'Multi', { name: 'multi', main: Container.of({ name: 'main', image: IMAGE }) }));
      expect(pod.spec).not.toHaveProperty('shareProcessNamespace');
    },
  },

  // ---- probed-service.ts ---------------------------------------------------------------------
  'ProbedServiceProps.name': {
    doc: "'goproxy'",
    check: () => {
      const [deployment, service] = probedService();
      expect([deployment.metadata.name, service.metadata.name, deployment.spec.template.spec.containers[0].name]).toEqual(['goproxy', 'goproxy', 'goproxy']);
      expect([deployment.spec.selector.matchLabels, service.spec.selector]).toEqual([{ app: 'goproxy' }, { app: 'goproxy' }]);
    },
  },
  'ProbedServiceProps.image': {
    doc: "'registry.k8s.io/goproxy:0.1'",
    check: () => expect(probedService()[0].spec.template.spec.containers[0].image).toBe('registry.k8s.io/goproxy:0.1'),
  },
  'ProbedServiceProps.port': {
    doc: '8080',
    check: () => {
      const [deployment, service] = probedService();
      const c = deployment.spec.template.spec.containers[0];
      expect([c.ports, c.readinessProbe.tcpSocket.port, c.livenessProbe.tcpSocket.port]).toEqual([[{ containerPort: 8080 }], 8080, 8080]);
      expect(service.spec.ports[0].targetPort).toBe(8080);
    },
  },
  'ProbedServiceProps.servicePort': {
    doc: '- the container port',
    check: () => {
      expect(probedService()[1].spec.ports).toEqual([{ port: 8080, targetPort: 8080, protocol: 'TCP' }]);
      expect(probedService({ port: 9090 })[1].spec.ports).toEqual([{ port: 9090, targetPort: 9090, protocol: 'TCP' }]);
    },
  },
  'ProbedServiceProps.replicas': {
    doc: '1',
    check: () => expect(probedService()[0].spec.replicas).toBe(1),
  },
  'ProbedServiceProps.readinessProbe': {
    doc: '{ initialDelay: Duration.seconds(5), period: Duration.seconds(10) }',
    check: () => {
      expect(probedService()[0].spec.template.spec.containers[0].readinessProbe).toEqual({
        tcpSocket: { port: 8080 },
        initialDelaySeconds: 5,
        periodSeconds: 10,
      });
      const [deployment] = probedService({ readinessProbe: { failureThreshold: 2 } });
      expect(deployment.spec.template.spec.containers[0].readinessProbe).toEqual({
        tcpSocket: { port: 8080 },
        initialDelaySeconds: 5,
        periodSeconds: 10,
        failureThreshold: 2,
      });
    },
  },
  'ProbedServiceProps.livenessProbe': {
    doc: '{ initialDelay: Duration.seconds(15), period: Duration.seconds(20) }',
    check: () => {
      expect(probedService()[0].spec.template.spec.containers[0].livenessProbe).toEqual({
        tcpSocket: { port: 8080 },
        initialDelaySeconds: 15,
        periodSeconds: 20,
      });
    },
  },

  // ---- kplus-probes.ts -----------------------------------------------------------------------
  'TypedProbes.liveness': {
    doc: "- the container's own liveness probe, if any, is kept",
    check: () => {
      const own = kplusContainer();
      expect(own.livenessProbe).toMatchObject({ exec: { command: ['test', '-f', '/tmp/live'] } });
      const patched = kplusContainer({ readiness: ReadinessProbe.tcpSocket({ port: 'http' }) });
      expect(patched.livenessProbe).toEqual(own.livenessProbe);
      expect(patched.readinessProbe).toEqual({ tcpSocket: { port: 'http' } });
    },
  },
  'TypedProbes.readiness': {
    doc: "- the container's own readiness probe, if any, is kept",
    check: () => {
      const own = kplusContainer();
      expect(own.readinessProbe).toMatchObject({ httpGet: { path: '/ready', port: 8080 } });
      expect(kplusContainer({ liveness: LivenessProbe.tcpSocket({ port: 'http' }) }).readinessProbe).toEqual(own.readinessProbe);
    },
  },
  'TypedProbes.startup': {
    doc: "- the container's own startup probe, if any, is kept",
    check: () => {
      // cdk8s-plus-27 adds a TCP startup probe on its own for a container with a portNumber
      const own = kplusContainer();
      expect(own.startupProbe).toMatchObject({ tcpSocket: { port: 8080 } });
      expect(kplusContainer({ liveness: LivenessProbe.tcpSocket({ port: 'http' }) }).startupProbe).toEqual(own.startupProbe);
    },
  },

  // ---- engine.ts -----------------------------------------------------------------------------
  'ValidateOptions.crossObject': {
    doc: 'true',
    check: () => {
      expect(validateManifests([LONELY_SERVICE]).map(f => f.rule)).toContain('service-selects-nothing');
      expect(validateManifests([LONELY_SERVICE], { crossObject: false }).map(f => f.rule)).not.toContain('service-selects-nothing');
    },
  },
  'ValidateOptions.placeOf': {
    doc: '- `manifests[2]`, `manifests[2].items[3]`',
    check: () => {
      const twice = [LONELY_SERVICE, { apiVersion: 'v1', kind: 'List', items: [LONELY_SERVICE] }];
      const detail = (options?: Parameters<typeof validateManifests>[1]) => validateManifests(twice, options).find(f => f.rule === 'duplicate-object')?.detail;
      expect(detail()).toContain('is also defined at manifests[0]:');
      expect(detail({ placeOf: (object, prefix) => `source ${object} ${prefix.join('/')}` })).toContain('is also defined at source 0 :');
    },
  },
  'ValidateOptions.policy': {
    doc: '- no policy checks, only the Kubernetes 1.27 API rules',
    check: () => {
      expect(validateManifests([HOST_NETWORK_POD]).filter(f => POLICY_RULES.has(f.rule))).toEqual([]);
      expect(validateManifests([HOST_NETWORK_POD], { policy: 'baseline' }).map(f => f.rule)).toContain('host-namespaces');
    },
  },

  // ---- manifest-validation.ts ----------------------------------------------------------------
  'ManifestValidationOptions.warnings': {
    doc: "'print'",
    check: () => {
      const chart = testChart();
      new k8s.KubeService(chart, 'Lonely', { metadata: { name: 'lonely' }, spec: { selector: { app: 'nobody' }, ports: [{ port: 80 }] } });
      ManifestValidation.enable(chart);
      const { stderr } = captureOutput(() => expect(() => synth(chart)).not.toThrow());
      expect(stderr).toContain('warning: [test/Lonely] spec.selector: Warning: ');
    },
  },
  'ManifestValidationOptions.policy': {
    doc: '- none',
    check: () => {
      const build = (options?: Parameters<typeof ManifestValidation.enable>[1]) => {
        const chart = testChart();
        new k8s.KubePod(chart, 'Host', { metadata: { name: 'host' }, spec: { hostNetwork: true, containers: [{ name: 'app', image: IMAGE }] } });
        ManifestValidation.enable(chart, options);
        return chart;
      };
      expect(() => synth(build())).not.toThrow();
      expect(() => synth(build({ policy: 'baseline' }))).toThrow('spec.hostNetwork');
    },
  },

  // ---- check.ts ------------------------------------------------------------------------------
  'CheckOptions.policy': {
    doc: '- none',
    check: () => {
      const source = { name: 'host.yaml', text: JSON.stringify(HOST_NETWORK_POD) };
      expect(checkSources([source]).findings.filter(f => POLICY_RULES.has(f.rule))).toEqual([]);
      expect(checkSources([source], { policy: 'baseline' }).findings.map(f => f.rule)).toContain('host-namespaces');
    },
  },
  // ---- review/diff.ts ------------------------------------------------------------------------
  'ManifestDiffOptions.context': {
    doc: '3',
    check: () => {
      const lines = (n: string) => Array.from({ length: 9 }, (_, i) => (i === 4 ? n : `k${i}: v`)).join('\n') + '\n';
      const [file] = diffManifests([{ name: 'a.yaml', text: lines('x: 1') }], [{ name: 'a.yaml', text: lines('x: 2') }]).files;
      expect(file.hunks.map(h => h.lines.map(l => l.op).join(''))).toEqual(['   -+   ']);
    },
  },
  'CheckOptions.onProgress': {
    doc: '- no progress reports',
    check: () => {
      let result: ReturnType<typeof checkSources> | undefined;
      const output = captureOutput(() => (result = checkSources([{ name: 'a.yaml', text: JSON.stringify(LONELY_SERVICE) }])));
      expect(output).toEqual({ stderr: '', stdout: '' });
      expect(result).toMatchObject({ manifests: 1, documents: 1 });
    },
  },

  // ---- synth.ts ------------------------------------------------------------------------------
  'SynthesizeOptions.app': {
    doc: '- none; `entry` must be given',
    check: () =>
      inTempDir(async dir => {
        const output = path.join(dir, 'dist');
        await expect(synthesize({ output })).rejects.toThrow(`give the app command or an entry module; ${output} is unchanged`);
      }),
  },
  'SynthesizeOptions.entry': {
    doc: '- the `app` command runs in a process of its own',
    check: () =>
      inTempDir(async dir => {
        const output = path.join(dir, 'dist');
        await synthesize({ app: fakeApp(dir, "fs.writeFileSync(path.join(out, 'pid.txt'), String(process.pid));"), output });
        const pid = Number(fs.readFileSync(path.join(output, 'pid.txt'), 'utf8'));
        expect(pid).toBeGreaterThan(0);
        expect(pid).not.toBe(process.pid);
      }),
  },
  'SynthesizeOptions.cwd': {
    doc: 'process.cwd()',
    check: () =>
      inTempDir(async dir => {
        const output = path.join(dir, 'dist');
        await synthesize({ app: fakeApp(dir, "fs.writeFileSync(path.join(out, 'cwd.txt'), process.cwd());"), output });
        expect(fs.realpathSync(fs.readFileSync(path.join(output, 'cwd.txt'), 'utf8'))).toBe(fs.realpathSync(process.cwd()));
      }),
  },
  'SynthesizeOptions.kustomization': {
    doc: 'false',
    check: () =>
      inTempDir(async dir => {
        const output = path.join(dir, 'dist');
        const result = await synthesize({ app: fakeApp(dir, "fs.writeFileSync(path.join(out, 'a.k8s.yaml'), 'kind: Pod\\n');"), output });
        expect(result.files).toEqual(['a.k8s.yaml']);
        expect(fs.readdirSync(output)).toEqual(['a.k8s.yaml']);
      }),
  },

  // ---- validation-plugin.ts ------------------------------------------------------------------
  'PolicyValidationProps.policy': {
    doc: "'restricted'",
    check: async () => {
      // passes baseline, fails restricted: no runAsNonRoot, privilege escalation allowed, ...
      const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'plain' }, spec: { containers: [{ name: 'app', image: IMAGE }] } };
      const result = await runPlugin(new PolicyValidation(), [pod]);
      expect(result.metadata?.policy).toBe('restricted');
      expect(result.status).toBe('failure');
      expect(result.rules).toContain('run-as-non-root (error)');
      expect((await runPlugin(new PolicyValidation({ policy: 'baseline' }), [pod])).status).toBe('success');
    },
  },
  'PolicyValidationProps.failOn': {
    doc: "'error'",
    check: async () => {
      const result = await runPlugin(new PolicyValidation(), [LONELY_SERVICE]);
      expect(result.rules).toEqual(['service-selects-nothing (warning)']);
      expect(result.status).toBe('success');
      expect((await runPlugin(new PolicyValidation({ failOn: 'warning' }), [LONELY_SERVICE])).status).toBe('failure');
    },
  },
};

/** Asserts that no probe with this handler has `field` in its handler object. */
function expectNoHandlerField(handler: 'httpGet' | 'tcpSocket' | 'grpc', field: string): void {
  const probes = everyProbe().filter(p => p.probe[handler] !== undefined);
  expect(probes).toHaveLength(3);
  for (const { probe } of probes) expect(probe[handler]).not.toHaveProperty(field);
}

function goTestPod(): any {
  return manifestsOf(chart => new GoTestPod(chart, 'GoTest'))[0];
}

function livenessExecPod(): any {
  return manifestsOf(chart => new LivenessExecPod(chart, 'LivenessExec'))[0];
}

function livenessHttpPod(): any {
  return manifestsOf(chart => new LivenessHttpPod(chart, 'LivenessHttp'))[0];
}

function startupProbePod(props: ConstructorParameters<typeof StartupProbePod>[2] = {}): any {
  return manifestsOf(chart => new StartupProbePod(chart, 'StartupProbe', props))[0];
}

/** The Deployment and the Service. */
function probedService(props: ConstructorParameters<typeof ProbedService>[2] = {}): any[] {
  return manifestsOf(chart => new ProbedService(chart, 'GoProxy', props));
}

describe('each @default is what the code does', () => {
  test.each(Object.keys(PINS).sort())('%s', async key => {
    await PINS[key].check();
  });
});

// ---------------------------------------------------------------------------------------------
// the meta-tests: every @default of the public API is pinned above
// ---------------------------------------------------------------------------------------------

/**
 * Interfaces of values that the library returns or hands to callbacks, not options that a caller
 * leaves out: an absent optional field means "not known" (`Finding.suggestion`), not a default.
 */
const RESULT_INTERFACES = [
  'CheckResult',
  'ContainerParts',
  'DeclaredPort',
  'Finding',
  'LocatedFinding',
  'PluginContext',
  'PolicyCheck',
  'RuleMeta',
  'SynthesizeResult',
  // what a conversion returns
  'ConvertNote',
  'ConvertResult',
  // references and what a Service selects: descriptions of objects, not options
  'ConfigMapRef',
  'SecretRef',
  'Selectable',
  // what the manifest diff returns
  'DiffChange',
  'FailCondition',
  'FileDiff',
  'ObjectDiff',
  'ObjectRef',
];

/** Whether an interface is a result (what the library returns: no @default), by its name or as one of the JSON shapes (`...Json`, `...JsonParts`). */
function isResult(name: string): boolean {
  return RESULT_INTERFACES.includes(name) || /Json(Parts)?$/.test(name);
}

interface ScannedProp {
  /** `Interface.prop`, named after the interface that declares the prop. */
  readonly key: string;
  readonly interfaceName: string;
  readonly optional: boolean;
  /** The prop's type is `never`: "not with X", which has no default. */
  readonly never: boolean;
  /** The prop is a manifest's spelling, typed as the error that says what to write instead (`'error: write period: ...'`): no default. */
  readonly spelling: boolean;
  /** The texts of its `@default` tags. */
  readonly defaults: string[];
  readonly documented: boolean;
}

/** Every property of every interface exported by lib/index.ts, with its `@default` tags. */
function scanPublicInterfaces(): { props: ScannedProp[]; exportedInterfaces: string[] } {
  return fromPublicApi('defaults', [__filename], ({ ts, checker, index }) => {
    const props = new Map<string, ScannedProp>();
    const exportedInterfaces: string[] = [];
    for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(index)!)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (!(symbol.flags & ts.SymbolFlags.Interface)) continue;
      exportedInterfaces.push(symbol.name);
      for (const prop of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol))) {
        for (const decl of prop.declarations ?? []) {
          if (!ts.isPropertySignature(decl) && !ts.isMethodSignature(decl)) continue;
          if (!ts.isInterfaceDeclaration(decl.parent)) continue;
          const interfaceName = decl.parent.name.text;
          const key = `${interfaceName}.${prop.name}`;
          if (props.has(key)) continue;
          const tags = ts.getJSDocTags(decl);
          // an @internal prop is stripped from the published declarations: not public API
          if (tags.some(t => t.tagName.text === 'internal')) continue;
          props.set(key, {
            key,
            interfaceName,
            optional: decl.questionToken !== undefined,
            never: decl.type?.kind === ts.SyntaxKind.NeverKeyword,
            spelling: decl.type !== undefined && /^['"`]error: /.test(decl.type.getText()),
            defaults: tags.filter(t => t.tagName.text === 'default').map(t => normalize(ts.getTextOfJSDocComment(t.comment) ?? '')),
            documented: ts.getJSDocCommentsAndTags(decl).length > 0,
          });
        }
      }
    }
    return { props: [...props.values()].sort((a, b) => (a.key < b.key ? -1 : 1)), exportedInterfaces };
  });
}

/** A tag's text on one line, as the pins write it. */
function normalize(text: string): string {
  return text.replace(/\s*\n\s*\*?\s*/g, ' ').trim();
}

describe('the @default tags of the public API', () => {
  let scanned: ReturnType<typeof scanPublicInterfaces>;
  beforeAll(() => {
    scanned = scanPublicInterfaces();
  });

  test('every @default found is pinned above, with the same text, and every pin has its @default', () => {
    const found = Object.fromEntries(scanned.props.filter(p => p.defaults.length > 0).map(p => [p.key, p.defaults.join(' | ')]));
    const pinned = Object.fromEntries(Object.entries(PINS).map(([key, pin]) => [key, pin.doc]));
    // on failure, the diff lists each @default that has no pin (or a pin with other text), and each stale pin
    expect(found).toEqual(pinned);
  });

  test('a prop has at most one @default, and none is empty', () => {
    const bad = scanned.props.filter(p => p.defaults.length > 1 || p.defaults.some(d => d === '')).map(p => p.key);
    expect(bad).toEqual([]);
  });

  test('every documented optional prop of an options interface has a @default', () => {
    const missing = scanned.props
      .filter(p => p.optional && !p.never && !p.spelling && p.documented && !isResult(p.interfaceName) && p.defaults.length === 0)
      .map(p => p.key);
    expect(missing).toEqual([]);
  });

  test('every optional prop of an options interface is documented', () => {
    const undocumented = scanned.props.filter(p => p.optional && !isResult(p.interfaceName) && !p.documented).map(p => p.key);
    expect(undocumented).toEqual([]);
  });

  test('the result interfaces exist, are exported and have no @default', () => {
    for (const name of RESULT_INTERFACES) expect(scanned.exportedInterfaces).toContain(name);
    expect(scanned.props.filter(p => isResult(p.interfaceName) && p.defaults.length > 0).map(p => p.key)).toEqual([]);
  });

  test('no @default in lib/ escapes the scan (e.g. one on an interface that lib/index.ts does not export)', () => {
    const libDir = path.join(ROOT, 'lib');
    const inFiles = filesOf(libDir)
      .filter(f => f.endsWith('.ts'))
      .reduce((n, f) => n + (fs.readFileSync(path.join(libDir, f), 'utf8').match(/@default\b/g) ?? []).length, 0);
    const inScan = scanned.props.reduce((n, p) => n + p.defaults.length, 0);
    expect(inFiles).toBe(inScan);
  });
});
