/**
 * Probes and lifecycle hooks (Kubernetes 1.27 rules 47–59), the named ports the kubelet must be
 * able to resolve, and a liveness probe that repeats the readiness probe.
 *
 * @packageDocumentation
 */
import { isObject, jsonEqual, JsonObject } from '../../../values/json';
import { httpHeaderNameErrors, portNameErrors } from '../../../values/names';
import { isInt, isPortNumber, portNumberErrors } from '../../../values/numbers';
import { Path, Segment } from '../../../values/path';
import { suggest } from '../../../values/suggest';
import { Reporter } from '../../reporter';
import { checkCommandWords } from './commands';
import { ContainerScope, PodContext, PodScope, quoted } from './scope';

/** The probe fields of a container. */
export type ProbeField = 'livenessProbe' | 'readinessProbe' | 'startupProbe';

const NONNEGATIVE = 'must be greater than or equal to 0';
const HTTP_SCHEMES: readonly string[] = ['HTTP', 'HTTPS'];
/** Handlers in the order `validateHandler` counts them: the first present one is validated, the others are extra. */
const PROBE_HANDLERS: readonly string[] = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const LIFECYCLE_HANDLERS: readonly string[] = ['exec', 'httpGet', 'tcpSocket'];

/**
 * Checks a probe on its own, as the probe builders do with what they build, with paths from the
 * probe (`httpGet.port`). Whether a named port is declared is checked once the probe is in a container.
 */
export function checkProbeAlone(r: Reporter, probe: unknown, field: ProbeField): void {
  if (!isObject(probe)) return;
  const pod = new PodScope(r, {}, [], { isPod: false, kind: 'Pod' } satisfies PodContext, false);
  checkProbe(new ContainerScope(pod, 'containers', 0, { [field]: probe }, [], false), probe, field, []);
}

/** Whether a handler earlier than `key` in `order` is present: then `key` is an extra handler. */
function earlierHandler(h: JsonObject, key: string, order: readonly string[]): boolean {
  for (const k of order) {
    if (k === key) return false;
    if (isObject(h[k])) return true;
  }
  return false;
}

/** A probe's value after `SetDefaults_Probe` (zero or absent → default). */
function probeValue(p: JsonObject, key: string, dflt: number): number {
  const v = p[key];
  return isInt(v) && v !== 0 ? v : dflt;
}

/** `[...base, ...tail]`. */
function at(base: Path, ...tail: Segment[]): Path {
  return [...base, ...tail];
}

/** Liveness and readiness probes that check the same thing at the same pace (after defaulting). */
function sameProbe(a: JsonObject, b: JsonObject): boolean {
  if (
    probeValue(a, 'periodSeconds', 10) !== probeValue(b, 'periodSeconds', 10) ||
    probeValue(a, 'failureThreshold', 3) !== probeValue(b, 'failureThreshold', 3) ||
    probeValue(a, 'timeoutSeconds', 1) !== probeValue(b, 'timeoutSeconds', 1) ||
    probeValue(a, 'initialDelaySeconds', 0) !== probeValue(b, 'initialDelaySeconds', 0)
  ) {
    return false;
  }
  for (const h of PROBE_HANDLERS) if (!jsonEqual(a[h] ?? undefined, b[h] ?? undefined)) return false;
  return true;
}

/** Checks the probe `p` of the field `field` of a container, reporting below `base` (the probe's own path). */
export function checkProbe(c: ContainerScope, p: unknown, field: ProbeField, base: Path = c.at(field)): void {
  if (!isObject(p)) return;
  const mustBeOne = field !== 'readinessProbe';
  let handlers = 0;
  for (const key in p) {
    const v = p[key];
    switch (key) {
      case 'exec':
      case 'httpGet':
      case 'tcpSocket':
      case 'grpc':
        if (!isObject(v)) break;
        handlers++;
        if (earlierHandler(p, key, PROBE_HANDLERS)) c.r.forbidden('probe-handler', [...base, key], 'may not specify more than 1 handler type');
        else handler(c, key, v, base, false);
        break;
      case 'initialDelaySeconds':
      case 'timeoutSeconds':
      case 'periodSeconds':
      case 'failureThreshold':
        if (isInt(v) && v < 0) c.r.invalid('probe-field', [...base, key], v, NONNEGATIVE);
        break;
      case 'successThreshold':
        if (!isInt(v)) break;
        if (v < 0) c.r.invalid('probe-field', [...base, key], v, NONNEGATIVE);
        // 0 is defaulted to 1
        if (mustBeOne && v !== 0 && v !== 1) c.r.invalid('probe-success-threshold', [...base, key], v, 'must be 1');
        break;
      case 'terminationGracePeriodSeconds':
        if (!isInt(v)) break;
        if (v <= 0) c.r.invalid('probe-field', [...base, key], v, 'must be greater than 0');
        if (field === 'readinessProbe') c.r.invalid('probe-readiness-grace-period', [...base, key], v, 'must not be set for readinessProbes');
        break;
      default:
        break;
    }
  }
  if (handlers === 0) c.r.required('probe-handler', base, 'must specify a handler type');
  if (field === 'livenessProbe' && handlers > 0) {
    const readiness = c.container.readinessProbe;
    if (isObject(readiness) && sameProbe(p, readiness)) {
      c.r.advise(
        'liveness-equals-readiness',
        base,
        undefined,
        'is identical to the readinessProbe: a container that is only temporarily unready (e.g. overloaded) is also restarted; ' +
          'give the livenessProbe a check that fails only when the process is stuck, or a higher failureThreshold',
      );
    }
  }
}

export function checkLifecycle(c: ContainerScope, l: unknown): void {
  if (!isObject(l)) return;
  for (const hook in l) {
    const h = l[hook];
    if ((hook !== 'postStart' && hook !== 'preStop') || !isObject(h)) continue;
    let handlers = 0;
    for (const key in h) {
      const v = h[key];
      if (!LIFECYCLE_HANDLERS.includes(key) || !isObject(v)) continue;
      handlers++;
      if (earlierHandler(h, key, LIFECYCLE_HANDLERS)) c.r.forbidden('probe-handler', c.at('lifecycle', hook, key), 'may not specify more than 1 handler type');
      else handler(c, key, v, c.at('lifecycle', hook), true);
    }
    if (handlers === 0) c.r.required('probe-handler', c.at('lifecycle', hook), 'must specify a handler type');
  }
}

/** One handler of a probe or of a lifecycle hook (`hook`), whose path is `base`. */
function handler(c: ContainerScope, kind: string, h: JsonObject, base: Path, hook: boolean): void {
  switch (kind) {
    case 'exec': {
      const command = h.command;
      if (command === undefined || command === null || (Array.isArray(command) && command.length === 0)) {
        c.r.required('probe-exec-command', at(base, 'exec', 'command'));
      } else {
        checkCommandWords(c.r, command, at(base, 'exec', 'command'));
      }
      break;
    }
    case 'httpGet':
      for (const key in h) {
        const v = h[key];
        if (key === 'port') {
          portRef(c, v, base, hook, 'httpGet');
        } else if (key === 'scheme') {
          if (typeof v === 'string' && v !== '' && !HTTP_SCHEMES.includes(v)) c.r.unsupported('probe-http-scheme', at(base, 'httpGet', key), v, HTTP_SCHEMES);
        } else if (key === 'httpHeaders' && Array.isArray(v)) {
          for (let i = 0; i < v.length; i++) {
            const header = v[i];
            if (!isObject(header) || typeof header.name !== 'string') continue;
            const errs = httpHeaderNameErrors(header.name);
            if (errs.length > 0) c.r.invalidEach('probe-http-header', at(base, 'httpGet', key, i, 'name'), header.name, errs);
          }
        }
      }
      break;
    case 'tcpSocket':
      portRef(c, h.port, base, hook, 'tcpSocket');
      break;
    case 'grpc': {
      const port = h.port;
      if (isInt(port) && !isPortNumber(port)) c.r.invalidEach('probe-port', at(base, 'grpc', 'port'), port, portNumberErrors(port));
      break;
    }
    default:
      break;
  }
}

/** An int-or-string port of `httpGet` / `tcpSocket`; a name must be declared by this container (rule 57). */
function portRef(c: ContainerScope, v: unknown, base: Path, hook: boolean, kind: string): void {
  if (isInt(v)) {
    if (!isPortNumber(v)) c.r.invalidEach('probe-port', at(base, kind, 'port'), v, portNumberErrors(v));
    return;
  }
  if (typeof v !== 'string') return;
  const errs = portNameErrors(v);
  if (errs.length > 0) {
    c.r.invalidEach('probe-port', at(base, kind, 'port'), v, errs);
    return;
  }
  if (!c.portsKnown) return;
  const ports = c.container.ports;
  if (Array.isArray(ports)) {
    for (const p of ports) if (isObject(p) && p.name === v) return;
  }
  const names: string[] = [];
  if (Array.isArray(ports)) for (const p of ports) if (isObject(p) && typeof p.name === 'string' && p.name !== '') names.push(p.name);
  reportUndeclaredPort(c.r, at(base, kind, 'port'), v, names, hook);
}

/** Reports a named probe (or hook) port that the container, which declares `names`, does not declare. */
export function reportUndeclaredPort(r: Reporter, path: Path, name: string, names: readonly string[], hook = false): void {
  const what = hook ? 'the hook fails' : 'the probe fails';
  const detail =
    names.length > 0
      ? `must name a port declared in this container's ports (${quoted(names)}); the kubelet cannot resolve it and ${what}`
      : `must name a port declared in this container's ports, and it declares no named port; the kubelet cannot resolve it and ${what}`;
  r.invalid('probe-port-declared', path, name, detail, names.length > 0 ? suggest(name, names) : undefined);
}
