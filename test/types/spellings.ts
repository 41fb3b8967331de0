/**
 * Compile-time tests of the manifest's spellings that users copy from YAML: each key is declared
 * by the options only to reject it, typed as the message that says what to write instead, so the
 * compiler's error reads as advice, also for options held in a variable. Beside them: a typo still
 * gets TypeScript's "Did you mean", the port-number advice is the only error of a probe on a port
 * written as a string, exec commands are not empty, and a container's name is a DNS label. Every
 * line marked `// @ts-expect-error: <fragment>` must fail to compile with a message containing
 * <fragment>; the correct form stands beside it. Type-checked, never run.
 */
import { Chart, Cron, Duration, Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-27';
import {
  ConfigMap,
  Container,
  CronJob,
  DaemonSet,
  Deployment,
  Job,
  LifecycleHandler,
  LivenessProbe,
  Pod,
  ReadinessProbe,
  Service,
  StartupProbe,
  StatefulSet,
  Volume,
} from '../../lib';

declare const chart: Chart;
const image = 'registry.k8s.io/e2e-test-images/agnhost:2.40';
const web = Container.of({ name: 'web', image, ports: [{ name: 'http', number: 8080 }] });

// --- Probes: the timing fields of a manifest ---

LivenessProbe.httpGet({ path: '/healthz', port: 8080, initialDelay: Duration.seconds(3), period: Duration.seconds(3), timeout: Duration.seconds(1) });
// @ts-expect-error: Type 'number' is not assignable to type '"error: write initialDelay: Duration.seconds(n)"'
LivenessProbe.httpGet({ path: '/healthz', port: 8080, initialDelaySeconds: 3 });
// @ts-expect-error: Type 'number' is not assignable to type '"error: write period: Duration.seconds(n)"'
ReadinessProbe.tcpSocket({ port: 8080, periodSeconds: 10 });
// @ts-expect-error: Type 'number' is not assignable to type '"error: write timeout: Duration.seconds(n)"'
StartupProbe.exec({ command: ['cat', '/tmp/started'], timeoutSeconds: 1 });
LivenessProbe.tcpSocket({ port: 8080, terminationGracePeriod: Duration.seconds(10) });
// @ts-expect-error: Type 'number' is not assignable to type '"error: write terminationGracePeriod: Duration.seconds(n) (liveness and startup probes only)"'
LivenessProbe.tcpSocket({ port: 8080, terminationGracePeriodSeconds: 10 });

// the same in a variable: the key is declared, so its type is checked even where excess keys are not
const timing = { initialDelay: Duration.seconds(3), period: Duration.seconds(3) };
LivenessProbe.httpGet({ path: '/healthz', port: 8080, ...timing });
const yamlTiming = { path: '/healthz', port: 8080, initialDelaySeconds: 3 };
// @ts-expect-error: Type 'number' is not assignable to type '"error: write initialDelay: Duration.seconds(n)"'
LivenessProbe.httpGet(yamlTiming);

// a plain typo still gets TypeScript's suggestion
// @ts-expect-error: Did you mean to write 'period'?
LivenessProbe.httpGet({ path: '/healthz', port: 8080, periods: Duration.seconds(3) });

// the headers of an HTTP probe
LivenessProbe.httpGet({ path: '/healthz', port: 8080, headers: { 'Custom-Header': 'Awesome' } });
// @ts-expect-error: is not assignable to type '"error: write headers: { 'Header-Name': 'value' }"'
LivenessProbe.httpGet({ path: '/healthz', port: 8080, httpHeaders: [{ name: 'Custom-Header', value: 'Awesome' }] });

// --- A probe or hook written as a manifest writes it ---

Container.of({ name: 'web', image, livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 8080 }) });
// @ts-expect-error: is not assignable to type '"error: build it with LivenessProbe.httpGet({ path, port })"'
Container.of({ name: 'web', image, livenessProbe: { httpGet: { path: '/healthz', port: 8080 } } });
// @ts-expect-error: is not assignable to type '"error: build it with ReadinessProbe.tcpSocket({ port })"'
Container.of({ name: 'web', image, readinessProbe: { tcpSocket: { port: 8080 } } });
// @ts-expect-error: is not assignable to type '"error: build it with StartupProbe.exec({ command })"'
Container.of({ name: 'web', image, startupProbe: { exec: { command: ['cat', '/tmp/started'] } } });
Container.of({ name: 'web', image, lifecycle: { preStop: LifecycleHandler.exec({ command: ['sleep', '5'] }) } });
// @ts-expect-error: is not assignable to type '"error: build it with LifecycleHandler.exec({ command })"'
Container.of({ name: 'web', image, lifecycle: { preStop: { exec: { command: ['sleep', '5'] } } } });

// --- The port-number advice is the only error, whatever ports the container declares ---

Container.of({
  name: 'web',
  image,
  ports: [{ name: 'http', number: 8080 }],
  readinessProbe: ReadinessProbe.httpGet({
    path: '/ready',
    port: 'http',
  }),
});
Container.of({
  name: 'web',
  image,
  ports: [{ name: 'http', number: 8080 }],
  readinessProbe: ReadinessProbe.httpGet({
    path: '/ready',
    // @ts-expect-error: Type '"8080"' is not assignable to type 'number | "error: write a port number as a number (8080), not as a string"'
    port: '8080',
  }),
});

// --- Containers ---

Container.of({ name: 'web', image, ports: [{ number: 8080 }] });
// @ts-expect-error: Type 'number' is not assignable to type '"error: write the port as number: 8080"'
Container.of({ name: 'web', image, ports: [{ containerPort: 8080 }] });
Container.of({ name: 'web', image, mounts: [{ volume: Volume.emptyDir('data'), path: '/data' }] });
// @ts-expect-error: is not assignable to type '"error: write mounts: [{ volume, path }] with the Volume object; the pod gets the volumes its containers mount"'
Container.of({ name: 'web', image, volumeMounts: [{ name: 'data', mountPath: '/data' }] });
Container.of({ name: 'web', image, user: { uid: 10001 }, exemptions: { writableRootFilesystem: { reason: 'writes its cache everywhere' } } });
// @ts-expect-error: is not assignable to type '"error: containers are secure by default; set user: { uid } or give exemptions: { runAsRoot: { reason }, ... }"'
Container.of({ name: 'web', image, securityContext: { runAsUser: 10001 } });
Container.of({
  name: 'web',
  image,
  resources: { cpu: { request: Cpu.millis(100), limit: Cpu.millis(500) }, memory: { request: Size.mebibytes(64), limit: Size.mebibytes(128) } },
});
// @ts-expect-error: is not assignable to type '"error: write cpu: { request: Cpu.millis(100), limit: Cpu.millis(500) } and memory: { request, limit } (Size.mebibytes(n))"'
Container.of({ name: 'web', image, resources: { limits: { cpu: '500m', memory: '128Mi' } } });

// --- Exec commands are not empty ---

LivenessProbe.exec({ command: ['cat', '/tmp/healthy'] });
// @ts-expect-error: Source has 0 element(s) but target requires 1
LivenessProbe.exec({ command: [] });
// @ts-expect-error: Source has 0 element(s) but target requires 1
LifecycleHandler.exec({ command: [] });
Container.of({ name: 'web', image, command: ['/agnhost', 'netexec'] });
// @ts-expect-error: Source has 0 element(s) but target requires 1
Container.of({ name: 'web', image, command: [] });
// a command built elsewhere: a tuple (`as const`) compiles, a `string[]` (possibly empty) does not
const healthy = ['cat', '/tmp/healthy'] as const;
LivenessProbe.exec({ command: healthy });
const list: string[] = ['cat', '/tmp/healthy'];
// @ts-expect-error: Source provides no match for required element at position 0 in target
LivenessProbe.exec({ command: list });

// --- A container's name is a DNS label ---

declare const name: string;
Container.of({ name, image });
Container.of({ name: 'web-2', image });
// @ts-expect-error: Type '"Web"' is not assignable to type '"error: a container name must be lowercase"'
Container.of({ name: 'Web', image });
// @ts-expect-error: Type '"web app"' is not assignable to type '"error: a container name may only contain a-z, 0-9 and '-'"'
Container.of({ name: 'web app', image });
// @ts-expect-error: Type '"web_app"' is not assignable to type '"error: a container name may only contain a-z, 0-9 and '-'"'
Container.of({ name: 'web_app', image });
// @ts-expect-error: Type '"web-"' is not assignable to type '"error: a container name starts and ends with a letter or digit"'
Container.of({ name: 'web-', image });

// --- Pods and workloads: the manifest's structure ---

new Deployment(chart, 'A', { name: 'a', containers: [web], replicas: 3, selectorLabels: { app: 'a' } });
// @ts-expect-error: "error: give the spec's fields as props (containers: [Container.of({ ... })], replicas, ...): the SDK writes the spec"
new Deployment(chart, 'B', { name: 'b', containers: [web], spec: { replicas: 3 } });
// @ts-expect-error: "error: give the pod's containers and options as props (containers: [Container.of({ ... })]): the SDK writes the template"
new Deployment(chart, 'C', { name: 'c', containers: [web], template: { spec: {} } });
// @ts-expect-error: "error: write selectorLabels: { app: 'web' }; the SDK writes the selector and the pod labels from them"
new StatefulSet(chart, 'D', { name: 'd', containers: [web], selector: { matchLabels: { app: 'd' } } });
// @ts-expect-error: "error: write selectorLabels: { app: 'web' }; the SDK writes the selector and the pod labels from them"
new DaemonSet(chart, 'E', { name: 'e', containers: [web], matchLabels: { app: 'e' } });
new Deployment(chart, 'F', { name: 'f', containers: [web], labels: { team: 'shop' } });
// @ts-expect-error: Type '{ name: string; labels: { team: string; }; }' is not assignable to type '"error: give name, namespace, labels and annotations as props"'
new Deployment(chart, 'G', { name: 'g', containers: [web], metadata: { name: 'g', labels: { team: 'shop' } } });
// @ts-expect-error: Type '{ name: string; }' is not assignable to type '"error: give name, namespace, labels and annotations as props"'
new ConfigMap(chart, 'H', { data: { LOG_LEVEL: 'info' }, metadata: { name: 'app' } });

// the `...Seconds` fields of a manifest
new Deployment(chart, 'I', { name: 'i', containers: [web], minReady: Duration.seconds(10), progressDeadline: Duration.minutes(10) });
// @ts-expect-error: Type 'number' is not assignable to type '"error: write minReady: Duration.seconds(n)"'
new Deployment(chart, 'J', { name: 'j', containers: [web], minReadySeconds: 10 });
// @ts-expect-error: Type 'number' is not assignable to type '"error: write progressDeadline: Duration.seconds(n)"'
new Deployment(chart, 'K', { name: 'k', containers: [web], progressDeadlineSeconds: 600 });
// @ts-expect-error: Type 'number' is not assignable to type '"error: write minReady: Duration.seconds(n)"'
new StatefulSet(chart, 'L', { name: 'l', containers: [web], minReadySeconds: 10 });
new Job(chart, 'M', { name: 'm', containers: [web], activeDeadline: Duration.hours(1), ttlAfterFinished: Duration.hours(1) });
// @ts-expect-error: Type 'number' is not assignable to type '"error: write activeDeadline: Duration.seconds(n)"'
new Job(chart, 'N', { name: 'n', containers: [web], activeDeadlineSeconds: 3600 });
// @ts-expect-error: Type 'number' is not assignable to type '"error: write ttlAfterFinished: Duration.seconds(n)"'
new Job(chart, 'O', { name: 'o', containers: [web], ttlSecondsAfterFinished: 3600 });
new CronJob(chart, 'P', { name: 'p', containers: [web], schedule: Cron.daily(), startingDeadline: Duration.minutes(5) });
// @ts-expect-error: Type 'number' is not assignable to type '"error: write startingDeadline: Duration.seconds(n)"'
new CronJob(chart, 'Q', { name: 'q', containers: [web], schedule: Cron.daily(), startingDeadlineSeconds: 300 });
// @ts-expect-error: "error: give the Jobs' containers and options as props (containers, backoffLimit, ...): the SDK writes the jobTemplate"
new CronJob(chart, 'R', { name: 'r', containers: [web], schedule: Cron.daily(), jobTemplate: { spec: {} } });
new Pod(chart, 'S', { name: 's', containers: [web], terminationGracePeriod: Duration.minutes(1) });
// @ts-expect-error: Type 'number' is not assignable to type '"error: write terminationGracePeriod: Duration.seconds(n)"'
new Pod(chart, 'T', { name: 't', containers: [web], terminationGracePeriodSeconds: 60 });
// @ts-expect-error: "error: containers mount volumes (mounts: [{ volume, path }]); the pod gets every volume its containers mount"
new Pod(chart, 'U', { name: 'u', containers: [web], volumes: [{ name: 'data', emptyDir: {} }] });
// @ts-expect-error: Type '"api"' is not assignable to type '"error: write serviceAccount: ServiceAccount.external(name), or give the ServiceAccount"'
new Pod(chart, 'V', { name: 'v', containers: [web], serviceAccountName: 'api' });
// @ts-expect-error: "error: pods are secure by default; set fsGroup, or give exemptions: { hostNetwork: { reason }, ... }"
new Pod(chart, 'W', { name: 'w', containers: [web], securityContext: { runAsUser: 0 } });

// a headless Service
const api = new Deployment(chart, 'Api', { name: 'api', containers: [web] });
new Service(chart, 'X', { selector: api, ports: [{ port: 80, targetPort: 'http' }], headless: true });
// @ts-expect-error: Type '"None"' is not assignable to type '"error: write headless: true for clusterIP: None; the cluster allocates the IP otherwise"'
new Service(chart, 'Y', { selector: api, ports: [{ port: 80, targetPort: 'http' }], clusterIP: 'None' });
