/**
 * A pod's volumes as the typed layer says them: `Volume.fromConfigMap(config, { items })`,
 * `Volume.fromSecret`, `Volume.fromClaim`, `Volume.emptyDir`, `Volume.projected`,
 * `Volume.hostPath` (an opt-out), a variable for a volume mounted more than once, and
 * `volumeOrder` when the input lists its volumes in an order of its own or one that no container
 * mounts.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../values/json';
import { Path } from '../values/path';
import { arr, call, code, Entry, Expr, literal, obj, ObjectExpr, Statement, str } from './code';
import { ObjectEmit } from './emit';
import { camelCase } from './names';
import { duration, isSeconds, size } from './quantities';

/** The volumes of one pod, for its containers' mounts. */
export interface PodVolumes {
  /** The expression a mount of volume `name` takes. */
  mount(name: string, path: Path): Expr;
  /** Statements declaring the volumes that are referred to more than once, written before the containers. */
  readonly statements: Statement[];
  /** The `volumeOrder` option, when the input's order is not the typed layer's. */
  readonly order?: Expr;
}

/** A file mode as an octal literal (`0o644`). */
function mode(v: unknown, e: ObjectEmit, path: Path): Expr | undefined {
  if (v === undefined) return undefined;
  if (!(typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0o777)) return e.fail(path, 'a file mode from 0 to 0777');
  return { kind: 'code', text: `0o${v.toString(8)}` };
}

/** `{ 'app.yaml': 'app.yaml' }` of a list of `{ key, path }`; a key appearing twice, or with a mode, cannot be said so. */
function items(e: ObjectEmit, list: unknown, path: Path, keyUsed: (key: string, at: Path) => void): Expr | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list) || list.length === 0) return e.fail(path, 'a list of items');
  const seen = new Set<string>();
  const entries: Entry[] = list.map((x, i) => {
    if (!isObject(x) || typeof x.key !== 'string' || typeof x.path !== 'string' || Object.keys(x).length !== 2 || seen.has(x.key) || /^\d+$/.test(x.key)) {
      return e.fail([...path, i], 'an item the typed volumes cannot write (a mode, a repeated or numeric key)');
    }
    seen.add(x.key);
    keyUsed(x.key, [...path, i, 'key']);
    return [x.key, str(x.path)];
  });
  return obj(entries);
}

function only(e: ObjectEmit, o: JsonObject, path: Path, allowed: readonly string[]): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) e.fail([...path, k], 'the typed volumes do not write it');
}

/** The expression of one pod volume. */
function volumeExpr(e: ObjectEmit, v: JsonObject, path: Path, namespace: string | undefined): Expr {
  const name = String(v.name);
  const sources = Object.keys(v).filter(k => k !== 'name');
  if (sources.length !== 1) return e.fail(path, 'one volume source');
  const source = sources[0];
  const s = v[source];
  const at = [...path, source];
  if (!isObject(s)) return e.fail(at, 'not an object');
  const named = (given: string) => (name === given ? undefined : str(name));
  if (source === 'configMap' || source === 'secret') {
    const kind = source === 'configMap' ? 'ConfigMap' : 'Secret';
    const refName = source === 'configMap' ? s.name : s.secretName;
    only(e, s, at, [source === 'configMap' ? 'name' : 'secretName', 'items', 'defaultMode', 'optional']);
    if (typeof refName !== 'string') return e.fail(at, 'no name');
    const ref = e.ref(kind, namespace, refName, undefined, at);
    const list = items(e, s.items, [...at, 'items'], (key, p) => e.ref(kind, namespace, refName, key, p));
    const options = obj([
      ['name', named(refName)],
      ['items', list],
      ['defaultMode', mode(s.defaultMode, e, [...at, 'defaultMode'])],
      ['optional', typeof s.optional === 'boolean' ? literal(s.optional) : undefined],
    ]);
    return options.props.length > 0 ? call(`Volume.from${kind}`, ref, options) : call(`Volume.from${kind}`, ref);
  }
  if (source === 'persistentVolumeClaim') {
    only(e, s, at, ['claimName', 'readOnly']);
    if (typeof s.claimName !== 'string') return e.fail(at, 'no claimName');
    const options = obj([
      ['name', named(s.claimName)],
      ['readOnly', typeof s.readOnly === 'boolean' ? literal(s.readOnly) : undefined],
    ]);
    const ref = e.ref('PersistentVolumeClaim', namespace, s.claimName, undefined, at);
    return options.props.length > 0 ? call('Volume.fromClaim', ref, options) : call('Volume.fromClaim', ref);
  }
  if (source === 'emptyDir') {
    only(e, s, at, ['medium', 'sizeLimit']);
    if (s.medium !== undefined && s.medium !== 'Memory') e.fail([...at, 'medium'], "the typed layer writes 'Memory' or nothing");
    const limit = s.sizeLimit === undefined ? undefined : (size(s.sizeLimit) ?? e.fail([...at, 'sizeLimit'], 'a size in Ki, Mi, Gi, Ti or Pi'));
    const options = obj([
      ['medium', s.medium === 'Memory' ? str('Memory') : undefined],
      ['sizeLimit', limit?.expr],
    ]);
    return options.props.length > 0 ? call('Volume.emptyDir', str(name), options) : call('Volume.emptyDir', str(name));
  }
  if (source === 'hostPath') {
    only(e, s, at, ['path', 'type']);
    if (typeof s.path !== 'string') return e.fail(at, 'no path');
    e.optOut(at, `Volume.hostPath [host-path-volumes, volume-types] (the node's ${s.path})`);
    const reason = e.reason();
    const options = typeof s.type === 'string' ? obj([{ key: '', value: reason, spread: true }, ['type', str(s.type)]]) : reason;
    return call('Volume.hostPath', str(name), str(s.path), options);
  }
  if (source === 'projected') return projected(e, name, s, at, namespace);
  return e.fail(at, 'a volume source the typed layer does not write');
}

function projected(e: ObjectEmit, name: string, s: JsonObject, at: Path, namespace: string | undefined): Expr {
  only(e, s, at, ['sources', 'defaultMode']);
  if (!Array.isArray(s.sources)) return e.fail(at, 'no sources');
  const sources = s.sources.map((x, i) => {
    const p = [...at, 'sources', i];
    if (!isObject(x) || Object.keys(x).length !== 1) return e.fail(p, 'one source');
    const [kind, src] = Object.entries(x)[0];
    if (!isObject(src)) return e.fail([...p, kind], 'not an object');
    if (kind === 'serviceAccountToken') {
      only(e, src, [...p, kind], ['path', 'audience', 'expirationSeconds']);
      if (typeof src.path !== 'string') return e.fail([...p, kind, 'path'], 'no path');
      if (src.expirationSeconds !== undefined && !isSeconds(src.expirationSeconds)) e.fail([...p, kind, 'expirationSeconds'], 'whole seconds');
      const options = obj([
        ['audience', typeof src.audience === 'string' ? str(src.audience) : undefined],
        ['expiration', isSeconds(src.expirationSeconds) ? duration(src.expirationSeconds) : undefined],
      ]);
      return options.props.length > 0
        ? call('ProjectedSource.serviceAccountToken', str(src.path), options)
        : call('ProjectedSource.serviceAccountToken', str(src.path));
    }
    if (kind !== 'configMap' && kind !== 'secret') return e.fail([...p, kind], 'a projection the typed layer does not write');
    only(e, src, [...p, kind], ['name', 'items']);
    if (typeof src.name !== 'string') return e.fail([...p, kind], 'no name');
    const refKind = kind === 'configMap' ? 'ConfigMap' : 'Secret';
    const ref = e.ref(refKind, namespace, src.name, undefined, [...p, kind]);
    const list = items(e, src.items, [...p, kind, 'items'], (key, kp) => e.ref(refKind, namespace, src.name as string, key, kp));
    return list === undefined ? call(`ProjectedSource.${kind}`, ref) : call(`ProjectedSource.${kind}`, ref, list);
  });
  const defaultMode = mode(s.defaultMode, e, [...at, 'defaultMode']);
  const args: Expr[] = [str(name), arr(sources)];
  if (defaultMode !== undefined) args.push(obj([['defaultMode', defaultMode]]));
  return call('Volume.projected', ...args);
}

/** The names a pod's containers mount, in order (init containers first), repeated as often as mounted. */
export function mountedNames(spec: JsonObject): string[] {
  const out: string[] = [];
  for (const list of ['initContainers', 'containers']) {
    for (const c of Array.isArray(spec[list]) ? (spec[list] as unknown[]) : []) {
      if (!isObject(c) || !Array.isArray(c.volumeMounts)) continue;
      for (const m of c.volumeMounts) if (isObject(m) && typeof m.name === 'string') out.push(m.name);
    }
  }
  return out;
}

/** The volumes of a pod spec at `path`; `templates` are a StatefulSet's claim templates by name. */
export function podVolumes(e: ObjectEmit, spec: JsonObject, path: Path, namespace: string | undefined, templates: ReadonlyMap<string, Expr>): PodVolumes {
  const list = spec.volumes === undefined ? [] : spec.volumes;
  if (!Array.isArray(list)) return e.fail([...path, 'volumes'], 'not a list');
  const mounted = mountedNames(spec).filter(n => !templates.has(n));
  const counts = new Map<string, number>();
  for (const n of mounted) counts.set(n, (counts.get(n) ?? 0) + 1);
  const names = list.map(v => (isObject(v) && typeof v.name === 'string' ? v.name : ''));
  const typedOrder = [...new Set(mounted)];
  const needOrder = names.length !== typedOrder.length || names.some((n, i) => n !== typedOrder[i]);
  const exprs = new Map<string, Expr>();
  const statements: Statement[] = [];
  list.forEach((v, i) => {
    const at = [...path, 'volumes', i];
    if (!isObject(v) || typeof v.name !== 'string' || exprs.has(v.name)) return e.fail(at, 'a volume without a name of its own');
    const expr = volumeExpr(e, v, at, namespace);
    if (needOrder || (counts.get(v.name) ?? 0) > 1) {
      const variable = e.name(camelCase(v.name), 'Volume');
      statements.push({ name: variable, value: expr });
      exprs.set(v.name, code(variable));
    } else exprs.set(v.name, expr);
  });
  return {
    statements,
    order: needOrder && names.length > 0 ? arr(names.map(n => exprs.get(n)!)) : undefined,
    mount: (name, at) => templates.get(name) ?? exprs.get(name) ?? e.fail(at, `no volume "${name}" in the pod`),
  };
}

/** A StatefulSet's claim templates, declared as variables (`VolumeClaimTemplate.of('data', { storage })`). */
export function claimTemplates(e: ObjectEmit, list: unknown, path: Path): { statements: Statement[]; byName: Map<string, Expr> } {
  const statements: Statement[] = [];
  const byName = new Map<string, Expr>();
  if (list === undefined) return { statements, byName };
  if (!Array.isArray(list)) return e.fail(path, 'not a list');
  list.forEach((t, i) => {
    const at = [...path, i];
    if (!isObject(t) || !isObject(t.metadata) || !isObject(t.spec)) return e.fail(at, 'a claim template with metadata and spec');
    only(e, t, at, ['metadata', 'spec']);
    only(e, t.metadata, [...at, 'metadata'], ['name']);
    const name = t.metadata.name;
    if (typeof name !== 'string') return e.fail([...at, 'metadata', 'name'], 'no name');
    const options = claimOptions(e, t.spec, [...at, 'spec']);
    const variable = e.name(camelCase(name), 'Claim', 'Template');
    statements.push({ name: variable, value: call('VolumeClaimTemplate.of', str(name), options) });
    byName.set(name, code(variable));
  });
  return { statements, byName };
}

/** The options of a claim (`{ storage: Size.gibibytes(20), storageClassName }`) from its spec. */
export function claimOptions(e: ObjectEmit, spec: JsonObject, path: Path): ObjectExpr {
  only(e, spec, path, ['accessModes', 'storageClassName', 'volumeMode', 'resources']);
  const resources = spec.resources;
  if (!isObject(resources) || !isObject(resources.requests) || Object.keys(resources).length !== 1 || Object.keys(resources.requests).length !== 1) {
    return e.fail([...path, 'resources'], 'the typed claims write a storage request, and nothing else');
  }
  const storage = size(resources.requests.storage) ?? e.fail([...path, 'resources', 'requests', { key: 'storage' }], 'a size in Ki, Mi, Gi, Ti or Pi');
  const modes = spec.accessModes;
  if (!Array.isArray(modes) || modes.length === 0 || !modes.every(m => typeof m === 'string'))
    return e.fail([...path, 'accessModes'], 'a list of access modes');
  const defaultModes = modes.length === 1 && modes[0] === 'ReadWriteOnce';
  return obj([
    ['storage', storage.expr],
    ['accessModes', defaultModes ? undefined : arr(modes.map(m => str(m as string)))],
    ['storageClassName', typeof spec.storageClassName === 'string' ? str(spec.storageClassName) : undefined],
    ['volumeMode', typeof spec.volumeMode === 'string' ? str(spec.volumeMode) : undefined],
  ]);
}
