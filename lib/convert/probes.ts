/**
 * Probes and lifecycle hooks as the typed builders write them: `LivenessProbe.httpGet({ path,
 * port, period: Duration.seconds(5) })`, `LifecycleHandler.exec({ command })`.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../values/json';
import { Path } from '../values/path';
import { arr, call, Entry, Expr, literal, num, obj, str } from './code';
import { ObjectEmit } from './emit';
import { duration, isSeconds } from './quantities';

/** The probe fields of a container, and their classes. */
export const PROBES: Readonly<Record<string, string>> = { livenessProbe: 'LivenessProbe', readinessProbe: 'ReadinessProbe', startupProbe: 'StartupProbe' };

const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];

function isCommand(v: unknown): v is string[] {
  return Array.isArray(v) && v.length > 0 && v.every(x => typeof x === 'string');
}

function isPort(v: unknown): v is number | string {
  return (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && v !== '');
}

/** The options of a handler (`{ path, port, headers }`), checked field by field. */
function handlerOptions(e: ObjectEmit, handler: string, h: unknown, path: Path): Entry[] {
  if (!isObject(h)) return e.fail(path, 'not an object');
  const allowed: Readonly<Record<string, string[]>> = {
    exec: ['command'],
    httpGet: ['path', 'port', 'host', 'scheme', 'httpHeaders'],
    tcpSocket: ['port', 'host'],
    grpc: ['port', 'service'],
  };
  for (const k of Object.keys(h)) if (!allowed[handler].includes(k)) e.fail([...path, k], 'the typed builders do not write it');
  if (handler === 'exec') {
    if (!isCommand(h.command)) return e.fail([...path, 'command'], 'a command of one word or more');
    return [['command', arr(h.command.map(str))]];
  }
  if (!isPort(h.port) || (handler === 'grpc' && typeof h.port !== 'number')) return e.fail([...path, 'port'], 'a port number or name');
  const port = literal(h.port);
  if (handler === 'grpc')
    return [
      ['port', port],
      ['service', typeof h.service === 'string' ? str(h.service) : undefined],
    ];
  if (h.host !== undefined && typeof h.host !== 'string') e.fail([...path, 'host'], 'not a string');
  const host = typeof h.host === 'string' ? str(h.host) : undefined;
  if (handler === 'tcpSocket')
    return [
      ['port', port],
      ['host', host],
    ];
  if (typeof h.path !== 'string' || !h.path.startsWith('/')) return e.fail([...path, 'path'], 'the typed builders take a path that starts with /');
  if (h.scheme !== undefined && h.scheme !== 'HTTP' && h.scheme !== 'HTTPS') e.fail([...path, 'scheme'], 'HTTP or HTTPS');
  return [
    ['path', str(h.path)],
    ['port', port],
    ['host', host],
    ['scheme', typeof h.scheme === 'string' ? str(h.scheme) : undefined],
    ['headers', headers(e, h.httpHeaders, [...path, 'httpHeaders'])],
  ];
}

/** HTTP headers as a map; two of one name cannot be said so. */
function headers(e: ObjectEmit, list: unknown, path: Path): Expr | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) return e.fail(path, 'not a list');
  const entries: Entry[] = [];
  const seen = new Set<string>();
  list.forEach((x, i) => {
    if (!isObject(x) || typeof x.name !== 'string' || typeof x.value !== 'string' || Object.keys(x).length !== 2 || seen.has(x.name) || /^\d+$/.test(x.name)) {
      e.fail([...path, i], 'a header the typed builders cannot write (a repeated or numeric name)');
    }
    seen.add(x.name);
    entries.push([x.name, str(x.value)]);
  });
  return entries.length > 0 ? obj(entries) : undefined;
}

/** The one handler of a probe or hook: its name and options. */
function handlerOf(e: ObjectEmit, p: JsonObject, path: Path, handlers: readonly string[]): [string, Entry[]] {
  const found = handlers.filter(h => p[h] !== undefined);
  if (found.length !== 1) return e.fail(path, `one handler of ${handlers.join(', ')}`);
  return [found[0], handlerOptions(e, found[0], p[found[0]], [...path, found[0]])];
}

/** `LivenessProbe.exec({ command, initialDelay, period })` of a container's probe field. */
export function probeExpr(e: ObjectEmit, field: string, p: unknown, path: Path): Expr {
  if (!isObject(p)) return e.fail(path, 'not an object');
  const timing = ['initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'failureThreshold', 'successThreshold', 'terminationGracePeriodSeconds'];
  for (const k of Object.keys(p)) if (!HANDLERS.includes(k) && !timing.includes(k)) e.fail([...path, k], 'the typed builders do not write it');
  const [handler, options] = handlerOf(e, p, path, HANDLERS);
  const seconds = (field: string, min: number): Expr | undefined => {
    const v = p[field];
    if (v === undefined) return undefined;
    if (!isSeconds(v) || v < min) return e.fail([...path, field], `whole seconds, ${min} or more`);
    return duration(v);
  };
  const count = (f: string): Expr | undefined => {
    const v = p[f];
    if (v === undefined) return undefined;
    if (!(typeof v === 'number' && Number.isInteger(v) && v >= 1)) return e.fail([...path, f], 'a whole number, 1 or more');
    return num(v);
  };
  if (field !== 'readinessProbe' && p.successThreshold !== undefined)
    e.fail([...path, 'successThreshold'], 'only readiness probes take it in the typed builders');
  if (field === 'readinessProbe' && p.terminationGracePeriodSeconds !== undefined)
    e.fail([...path, 'terminationGracePeriodSeconds'], 'readiness probes do not take it');
  return call(
    `${PROBES[field]}.${handler}`,
    obj([
      ...options,
      ['initialDelay', seconds('initialDelaySeconds', 0)],
      ['period', seconds('periodSeconds', 1)],
      ['timeout', seconds('timeoutSeconds', 1)],
      ['failureThreshold', count('failureThreshold')],
      ['successThreshold', count('successThreshold')],
      ['terminationGracePeriod', seconds('terminationGracePeriodSeconds', 1)],
    ]),
  );
}

/** `{ preStop: LifecycleHandler.exec({ command }) }` of a container's `lifecycle`. */
export function lifecycleExpr(e: ObjectEmit, l: unknown, path: Path): Expr {
  if (!isObject(l)) return e.fail(path, 'not an object');
  const entries: Entry[] = [];
  for (const [hook, h] of Object.entries(l)) {
    if (hook !== 'postStart' && hook !== 'preStop') e.fail([...path, hook], 'the typed layer writes postStart and preStop');
    if (!isObject(h)) return e.fail([...path, hook], 'not an object');
    for (const k of Object.keys(h)) if (k !== 'exec' && k !== 'httpGet') e.fail([...path, hook, k], 'the typed hooks are exec and httpGet');
    const [handler, options] = handlerOf(e, h, [...path, hook], ['exec', 'httpGet']);
    entries.push([hook, call(`LifecycleHandler.${handler}`, obj(options))]);
  }
  return obj(entries);
}
