/**
 * The best practices platform teams lint for (kube-linter, Polaris): probes, image tags, resources,
 * naked Pods, and a liveness probe that can kill an application before its declared start time.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../values/json';
import { isPortNumber } from '../values/numbers';
import { PolicyContainer, PolicyScope } from './scope';

const JOB_KINDS: ReadonlySet<string> = new Set(['Job', 'CronJob']);
const PROBES: readonly ('livenessProbe' | 'readinessProbe' | 'startupProbe')[] = ['livenessProbe', 'readinessProbe', 'startupProbe'];
const PORT_HANDLERS: readonly string[] = ['httpGet', 'tcpSocket', 'grpc'];
const WHOLE_SECONDS = /^[0-9]{1,9}$/;
const RESOURCES: readonly string[] = ['cpu', 'memory'];

/** The annotation prefix under which a pod records how long a container takes to start: `start-time.cdk8s-pod-patterns/<container>`. */
export const START_TIME_PREFIX = 'start-time.cdk8s-pod-patterns/';

function hasValue(o: JsonObject | undefined, key: string): boolean {
  return o !== undefined && o[key] !== undefined && o[key] !== null;
}

/**
 * Where the tag of an image reference without digest starts (after its `:`), or -1 when it has none.
 * The tag follows the last `:` after the last `/`: `localhost:5000/app` has none, `localhost:5000/app:1.0` has `1.0`.
 */
function tagStart(image: string): number {
  const colon = image.indexOf(':', image.lastIndexOf('/') + 1);
  return colon < 0 ? -1 : colon + 1;
}

/** The pod-level best practices: no token unless asked for; a bare Pod is not recreated. */
export function checkPodBestPractices(pod: PolicyScope): void {
  if (pod.spec.automountServiceAccountToken !== false) {
    pod.report(
      'service-account-token',
      pod.at('automountServiceAccountToken'),
      pod.spec.automountServiceAccountToken,
      'the pod gets a service-account token mounted, so anything running in it can call the Kubernetes API; set automountServiceAccountToken: false unless it needs to (or its ServiceAccount sets it)',
    );
  }
  if (pod.kind !== 'Pod') return;
  pod.report(
    'naked-pod',
    [],
    undefined,
    'a bare Pod is not recreated when it fails, is evicted or its node goes away; create it through a Deployment, StatefulSet or Job',
  );
}

/** The best-practice checks of one container. */
export function checkContainerBestPractices(c: PolicyContainer): void {
  image(c);
  resources(c);
  if (c.sc?.readOnlyRootFilesystem !== true) {
    c.pod.report(
      'read-only-root-filesystem',
      c.sc === undefined ? c.at() : c.at('securityContext', 'readOnlyRootFilesystem'),
      c.sc?.readOnlyRootFilesystem,
      `${c.who} can write to its root filesystem: set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where it writes`,
    );
  }
  if (c.list !== 'containers') return; // init containers have no probes in 1.27
  for (const field of PROBES) {
    const probe = c.container[field];
    if (isObject(probe)) probePorts(c, field, probe);
  }
  const serving = !JOB_KINDS.has(c.pod.kind);
  const liveness = c.container.livenessProbe;
  if (serving && !isObject(liveness)) {
    c.pod.report(
      'liveness-probe-missing',
      c.at(),
      undefined,
      `${c.who} has no livenessProbe: the kubelet cannot restart it when it hangs; add a livenessProbe that fails only when the process is stuck`,
    );
  }
  const ports = c.container.ports;
  if (serving && Array.isArray(ports) && ports.length > 0 && !isObject(c.container.readinessProbe)) {
    c.pod.report(
      'readiness-probe-missing',
      c.at(),
      undefined,
      `${c.who} has no readinessProbe: Services send it traffic as soon as it starts; add a readinessProbe that passes when it can serve`,
    );
  }
  if (isObject(liveness) && !isObject(c.container.startupProbe)) livenessBeforeStart(c, liveness);
}

/** kube-linter liveness-port / readiness-port / startup-port, for numeric ports (names are checked by probe-port-declared). */
function probePorts(c: PolicyContainer, field: string, probe: JsonObject): void {
  for (const handler of PORT_HANDLERS) {
    const h = probe[handler];
    if (!isObject(h)) continue;
    const port = h.port;
    if (!isPortNumber(port) || declaresPort(c, port)) continue;
    const declared = declaredPorts(c);
    const detail =
      declared === ''
        ? `${field} probes port ${port}, but ${c.who} declares no ports; declare containerPort ${port} or probe a declared port`
        : `${field} probes port ${port}, which is not one of the ports of ${c.who} (${declared}); declare containerPort ${port} or probe a declared port`;
    c.pod.report('probe-port-exposed', c.at(field, handler, 'port'), port, detail);
  }
}

function declaresPort(c: PolicyContainer, port: number): boolean {
  const ports = c.container.ports;
  if (!Array.isArray(ports)) return false;
  for (const p of ports) if (isObject(p) && p.containerPort === port) return true;
  return false;
}

function declaredPorts(c: PolicyContainer): string {
  const ports = c.container.ports;
  const out: number[] = [];
  if (Array.isArray(ports)) for (const p of ports) if (isObject(p) && isPortNumber(p.containerPort)) out.push(p.containerPort);
  return out.join(', ');
}

function livenessBeforeStart(c: PolicyContainer, liveness: JsonObject): void {
  if (c.pod.annotations === undefined || typeof c.container.name !== 'string') return;
  const key = START_TIME_PREFIX + c.container.name;
  const declared = c.pod.annotations[key];
  if (typeof declared !== 'string' || !WHOLE_SECONDS.test(declared)) return;
  const startTime = Number(declared);
  const delay = liveness.initialDelaySeconds;
  const initialDelay = typeof delay === 'number' && Number.isInteger(delay) && delay > 0 ? delay : 0;
  if (initialDelay >= startTime) return;
  const set = typeof delay === 'number';
  c.pod.report(
    'liveness-before-start',
    set ? c.at('livenessProbe', 'initialDelaySeconds') : c.at('livenessProbe'),
    set ? delay : undefined,
    `the livenessProbe of ${c.who} starts after ${initialDelay}s, before the declared start time of ${startTime}s (annotation ${key}), ` +
      `and there is no startupProbe: the kubelet can kill the container before it has started; add a startupProbe that allows ${startTime}s ` +
      `(failureThreshold × periodSeconds) or set initialDelaySeconds to at least ${startTime}`,
  );
}

function image(c: PolicyContainer): void {
  const image = c.container.image;
  if (typeof image !== 'string' || image === '') return;
  if (image.includes('@')) return; // pinned by digest
  const tag = tagStart(image);
  const path = c.at('image');
  if (tag < 0 || tag === image.length) {
    c.pod.report(
      'image-tag-latest',
      path,
      image,
      `image ${JSON.stringify(image)} has no tag, so it pulls ":latest", which changes under the workload and makes rollouts and rollbacks unpredictable; pin a version tag or a digest`,
    );
  } else if (image.length - tag === 6 && image.startsWith('latest', tag)) {
    c.pod.report(
      'image-tag-latest',
      path,
      image,
      `image ${JSON.stringify(image)} uses the ":latest" tag, which changes under the workload and makes rollouts and rollbacks unpredictable; pin a version tag or a digest`,
    );
  } else {
    c.pod.report(
      'image-tag-mutable',
      path,
      image,
      `image ${JSON.stringify(image)} is pinned by tag only, and a tag can be moved to another image; add its digest (${image}@sha256:...) for reproducible deployments`,
    );
  }
}

function resources(c: PolicyContainer): void {
  const res = isObject(c.container.resources) ? c.container.resources : undefined;
  const requests = res !== undefined && isObject(res.requests) ? res.requests : undefined;
  const limits = res !== undefined && isObject(res.limits) ? res.limits : undefined;
  let missing: string[] | undefined;
  for (const name of RESOURCES) {
    // a missing request defaults to the limit
    if (!hasValue(requests, name) && !hasValue(limits, name)) (missing ??= []).push(`requests.${name}`);
  }
  for (const name of RESOURCES) {
    if (!hasValue(limits, name)) (missing ??= []).push(`limits.${name}`);
  }
  if (missing === undefined) return;
  c.pod.report(
    'resources-missing',
    res === undefined ? c.at() : c.at('resources'),
    undefined,
    `${c.who} does not set ${missing.join(', ')}: without requests the scheduler cannot place it reliably, without limits it can starve its neighbours; set cpu and memory requests and limits`,
  );
}
