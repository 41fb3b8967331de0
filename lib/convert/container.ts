/**
 * A container as `Container.of({...})`: image, command, ports, env from ConfigMaps and Secrets,
 * mounts of the pod's volumes, probes, hooks, resources as `Cpu` and `Size`, and the security
 * context as a user and typed opt-outs.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../values/json';
import { formatPath, Path } from '../values/path';
import { arr, call, Entry, Expr, literal, num, obj, Prop, str } from './code';
import { ObjectEmit } from './emit';
import { camelCase } from './names';
import { lifecycleExpr, PROBES, probeExpr } from './probes';
import { cpu, size, Typed } from './quantities';
import { containerSecurity } from './security';
import { PodVolumes } from './volumes';

const FIELDS = [
  'name',
  'image',
  'imagePullPolicy',
  'command',
  'args',
  'workingDir',
  'ports',
  'env',
  'envFrom',
  'volumeMounts',
  'livenessProbe',
  'readinessProbe',
  'startupProbe',
  'lifecycle',
  'resources',
  'securityContext',
];
const POD_FIELD = /^(metadata\.(name|namespace|uid)|metadata\.(labels|annotations)\['[^']*'\]|spec\.(nodeName|serviceAccountName)|status\.(hostIPs?|podIPs?))$/;
const CONTAINER_RESOURCE = /^(limits|requests)\.(cpu|memory|ephemeral-storage)$/;
const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

function strings(e: ObjectEmit, v: unknown, path: Path, nonEmpty: boolean): Expr {
  if (!Array.isArray(v) || !v.every(x => typeof x === 'string') || (nonEmpty && v.length === 0)) return e.fail(path, 'a list of strings');
  return arr(v.map(x => str(x as string)));
}

function ports(e: ObjectEmit, v: unknown, path: Path): Expr {
  if (!Array.isArray(v)) return e.fail(path, 'not a list');
  return arr(
    v.map((p, i) => {
      const at = [...path, i];
      if (!isObject(p) || typeof p.containerPort !== 'number') return e.fail(at, 'a port with a containerPort');
      for (const k of Object.keys(p)) if (!['containerPort', 'name', 'protocol', 'hostPort'].includes(k)) e.fail([...at, k], 'the typed ports do not write it');
      if (p.protocol !== undefined && !PROTOCOLS.includes(String(p.protocol))) e.fail([...at, 'protocol'], 'TCP, UDP or SCTP');
      let hostPort: Expr | undefined;
      if (typeof p.hostPort === 'number') {
        e.optOut([...at, 'hostPort'], `HostPort.bindOnNode [host-ports] (node port ${p.hostPort})`);
        hostPort = call('HostPort.bindOnNode', num(p.hostPort), e.reason());
      } else if (p.hostPort !== undefined) e.fail([...at, 'hostPort'], 'not a number');
      return obj([
        ['name', typeof p.name === 'string' ? str(p.name) : undefined],
        ['number', num(p.containerPort)],
        ['protocol', typeof p.protocol === 'string' ? str(p.protocol) : undefined],
        ['hostPort', hostPort],
      ]);
    }),
  );
}

/** `EnvValue.fromSecret(credentials, 'password')` of an env var's `valueFrom`. */
function envSource(e: ObjectEmit, from: unknown, path: Path, namespace: string | undefined): Expr {
  if (!isObject(from) || Object.keys(from).length !== 1) return e.fail(path, 'one source');
  const [kind, s] = Object.entries(from)[0];
  const at = [...path, kind];
  if (!isObject(s)) return e.fail(at, 'not an object');
  if (kind === 'configMapKeyRef' || kind === 'secretKeyRef') {
    const refKind = kind === 'configMapKeyRef' ? 'ConfigMap' : 'Secret';
    for (const k of Object.keys(s)) if (!['name', 'key', 'optional'].includes(k)) e.fail([...at, k], 'the typed env does not write it');
    if (typeof s.name !== 'string' || typeof s.key !== 'string') return e.fail(at, 'a name and a key');
    const ref = e.ref(refKind, namespace, s.name, s.key, [...at, 'key']);
    const args: Expr[] = [ref, str(s.key)];
    if (typeof s.optional === 'boolean') args.push(obj([['optional', literal(s.optional)]]));
    return call(`EnvValue.from${refKind}`, ...args);
  }
  if (kind === 'fieldRef') {
    if (Object.keys(s).length !== 1 || typeof s.fieldPath !== 'string' || !POD_FIELD.test(s.fieldPath)) return e.fail(at, 'a pod field the typed env takes');
    return call('EnvValue.fromField', str(s.fieldPath));
  }
  if (kind === 'resourceFieldRef') {
    for (const k of Object.keys(s)) if (!['resource', 'containerName', 'divisor'].includes(k)) e.fail([...at, k], 'the typed env does not write it');
    if (typeof s.resource !== 'string' || !CONTAINER_RESOURCE.test(s.resource)) return e.fail(at, 'a resource the typed env takes');
    if (s.divisor !== undefined && typeof s.divisor !== 'string') return e.fail([...at, 'divisor'], 'the typed env writes a divisor as a string');
    const options = obj([
      ['container', typeof s.containerName === 'string' ? str(s.containerName) : undefined],
      ['divisor', typeof s.divisor === 'string' ? str(s.divisor) : undefined],
    ]);
    return options.props.length > 0 ? call('EnvValue.fromResource', str(s.resource), options) : call('EnvValue.fromResource', str(s.resource));
  }
  return e.fail(at, 'a source the typed env does not write');
}

function env(e: ObjectEmit, v: unknown, path: Path, namespace: string | undefined): Expr {
  if (!Array.isArray(v)) return e.fail(path, 'not a list');
  const seen = new Set<string>();
  const props: Prop[] = v.map((x, i) => {
    const at = [...path, i];
    if (!isObject(x) || typeof x.name !== 'string' || seen.has(x.name) || /^\d+$/.test(x.name))
      return e.fail(at, 'a variable the typed env cannot write (a repeated or numeric name)');
    seen.add(x.name);
    const keys = Object.keys(x).sort().join(',');
    if (keys === 'name,value' && typeof x.value === 'string') return { key: x.name, value: str(x.value) };
    if (keys === 'name,valueFrom') return { key: x.name, value: envSource(e, x.valueFrom, [...at, 'valueFrom'], namespace) };
    return e.fail(at, 'a variable with a value or a valueFrom');
  });
  return obj(props);
}

function envFrom(e: ObjectEmit, v: unknown, path: Path, namespace: string | undefined): Expr {
  if (!Array.isArray(v)) return e.fail(path, 'not a list');
  return arr(
    v.map((x, i) => {
      const at = [...path, i];
      const source = isObject(x) ? (['configMapRef', 'secretRef'] as const).find(k => x[k] !== undefined) : undefined;
      if (!isObject(x) || source === undefined) return e.fail(at, 'a configMapRef or a secretRef');
      for (const k of Object.keys(x)) if (k !== source && k !== 'prefix') e.fail([...at, k], 'the typed env does not write it');
      const s = x[source];
      if (!isObject(s) || typeof s.name !== 'string' || Object.keys(s).some(k => k !== 'name' && k !== 'optional')) return e.fail([...at, source], 'a name');
      const kind = source === 'configMapRef' ? 'ConfigMap' : 'Secret';
      const options = obj([
        ['prefix', typeof x.prefix === 'string' ? str(x.prefix) : undefined],
        ['optional', typeof s.optional === 'boolean' ? literal(s.optional) : undefined],
      ]);
      const ref = e.ref(kind, namespace, s.name, undefined, at);
      const method = source === 'configMapRef' ? 'EnvFrom.configMap' : 'EnvFrom.secret';
      return options.props.length > 0 ? call(method, ref, options) : call(method, ref);
    }),
  );
}

function mounts(e: ObjectEmit, v: unknown, path: Path, volumes: PodVolumes): Expr {
  if (!Array.isArray(v)) return e.fail(path, 'not a list');
  return arr(
    v.map((m, i) => {
      const at = [...path, i];
      if (!isObject(m) || typeof m.name !== 'string' || typeof m.mountPath !== 'string') return e.fail(at, 'a mount with a name and a path');
      for (const k of Object.keys(m)) if (!['name', 'mountPath', 'readOnly', 'subPath'].includes(k)) e.fail([...at, k], 'the typed mounts do not write it');
      return obj([
        ['volume', volumes.mount(m.name, [...at, 'name'])],
        ['path', str(m.mountPath)],
        ['readOnly', typeof m.readOnly === 'boolean' ? literal(m.readOnly) : undefined],
        ['subPath', typeof m.subPath === 'string' ? str(m.subPath) : undefined],
      ]);
    }),
  );
}

/** `{ cpu: { request, limit }, memory: { request, limit } }`, or an opt-out of resources (with `harden`, the defaults, listed). */
function resources(e: ObjectEmit, v: unknown, path: Path, exemptions: Entry[]): Expr | undefined {
  const r: JsonObject = isObject(v) ? v : {};
  const requests: JsonObject = isObject(r.requests) ? r.requests : {};
  const limits: JsonObject = isObject(r.limits) ? r.limits : {};
  if (Object.keys(requests).length === 0 && Object.keys(limits).length === 0) {
    if (e.harden) {
      e.hardened(path, 'resources: cpu 100m/500m, memory 64Mi/128Mi (request/limit)');
      return undefined;
    }
    exemptions.push(['noResources', e.reason()]);
    e.optOut(path, 'noResources [resources-missing] (no requests, no limits)');
    return undefined;
  }
  for (const k of Object.keys(r)) if (k !== 'requests' && k !== 'limits') e.fail([...path, k], 'the typed resources write requests and limits');
  const range = (name: 'cpu' | 'memory', parse: (q: unknown) => Typed | undefined): Expr | undefined => {
    let request = requests[name];
    let limit = limits[name];
    if (request === undefined && limit === undefined && e.harden) return undefined;
    if (request === undefined || limit === undefined) {
      if (!e.harden)
        return e.fail([...path, request === undefined ? 'requests' : 'limits', { key: name }], 'the typed resources write both a request and a limit');
      e.hardened(
        [...path, request === undefined ? 'requests' : 'limits', { key: name }],
        `${name} ${request === undefined ? 'request' : 'limit'} as its ${request === undefined ? 'limit' : 'request'}`,
      );
      request ??= limit;
      limit ??= request;
    }
    const typed = [
      [request, 'requests'],
      [limit, 'limits'],
    ].map(([q, side]) => {
      const at: Path = [...path, side as string, { key: name }];
      const t = parse(q) ?? e.fail(at, name === 'cpu' ? 'a CPU quantity such as 250m or 1' : 'a size in Ki, Mi, Gi, Ti or Pi');
      if (t.written !== q) e.normalize(at, t.written, `${JSON.stringify(q)} written as the quantity "${t.written}"`);
      return t.expr;
    });
    return obj([
      ['request', typed[0]],
      ['limit', typed[1]],
    ]);
  };
  for (const side of [requests, limits])
    for (const k of Object.keys(side))
      if (k !== 'cpu' && k !== 'memory') e.fail([...path, side === requests ? 'requests' : 'limits', { key: k }], 'the typed resources write cpu and memory');
  const out = obj([
    ['cpu', range('cpu', cpu)],
    ['memory', range('memory', size)],
  ]);
  return out.props.length > 0 ? out : undefined;
}

/** The strict findings of the container at `path` that an exemption answers. */
function strictExemptions(e: ObjectEmit, path: Path, out: Entry[]): void {
  const prefix = formatPath(path);
  for (const [at, rule] of [...e.strict]) {
    if (!(at === prefix || at.startsWith(`${prefix}.`))) continue;
    const exemption =
      rule === 'image-registry-frozen' || rule === 'image-registry-typo' ? 'imageRegistry' : rule === 'exec-command-words' ? 'commandWithSpaces' : undefined;
    if (exemption === undefined) continue;
    e.strict.delete(at);
    if (out.some(([k]) => k === exemption)) continue;
    out.push([exemption, e.reason()]);
    e.optOut(path, `${exemption} [${rule}]`);
  }
}

/** The statement `const <name> = Container.of({...})` of a container at `path`; returns its variable. */
export function containerStatement(e: ObjectEmit, c: unknown, path: Path, volumes: PodVolumes, namespace: string | undefined): string {
  if (!isObject(c) || typeof c.name !== 'string' || typeof c.image !== 'string') return e.fail(path, 'a container with a name and an image');
  for (const k of Object.keys(c)) if (!FIELDS.includes(k)) e.fail([...path, k], 'the typed containers do not write it');
  const security = containerSecurity(e, c.securityContext, [...path, 'securityContext']);
  const exemptions: Entry[] = [...security.exemptions];
  const at = (field: string): Path => [...path, field];
  const given = (field: string, make: () => Expr | undefined): Prop | undefined => {
    if (c[field] === undefined) return undefined;
    const value = make();
    return value === undefined ? undefined : { key: field, value, comments: e.comments(at(field)) };
  };
  const props: (Prop | undefined)[] = [
    { key: 'name', value: str(c.name), comments: e.comments(at('name')) },
    { key: 'image', value: str(c.image), comments: e.comments(at('image')) },
    given('imagePullPolicy', () => str(String(c.imagePullPolicy))),
    given('command', () => strings(e, c.command, at('command'), true)),
    given('args', () => strings(e, c.args, at('args'), false)),
    given('workingDir', () => str(String(c.workingDir))),
    given('ports', () => ports(e, c.ports, at('ports'))),
    given('env', () => env(e, c.env, at('env'), namespace)),
    given('envFrom', () => envFrom(e, c.envFrom, at('envFrom'), namespace)),
    c.volumeMounts === undefined
      ? undefined
      : { key: 'mounts', value: mounts(e, c.volumeMounts, at('volumeMounts'), volumes), comments: e.comments(at('volumeMounts')) },
    ...Object.keys(PROBES).map(field => given(field, () => probeExpr(e, field, c[field], at(field)))),
    given('lifecycle', () => lifecycleExpr(e, c.lifecycle, at('lifecycle'))),
  ];
  if (security.user !== undefined) props.push({ key: 'user', value: security.user });
  const res = resources(e, c.resources, at('resources'), exemptions);
  if (res !== undefined) props.push({ key: 'resources', value: res, comments: e.comments(at('resources')) });
  if (security.seccompLocalhostProfile !== undefined) props.push({ key: 'seccompLocalhostProfile', value: security.seccompLocalhostProfile });
  strictExemptions(e, path, exemptions);
  if (exemptions.length > 0) props.push({ key: 'exemptions', value: obj(exemptions), comments: e.comments(at('securityContext')) });
  const variable = e.name(camelCase(c.name), 'Container');
  e.statements.push({
    name: variable,
    value: call(
      'Container.of',
      obj(
        props.filter((p): p is Prop => p !== undefined),
        true,
      ),
    ),
  });
  return variable;
}
