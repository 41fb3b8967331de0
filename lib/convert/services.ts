/**
 * Services and disruption budgets that select a typed workload of the same chart, as
 * `new Service(this, 'Api', { selector: api, ports: [{ port: 80, targetPort: 'http' }] })`, and the
 * headless Service a typed StatefulSet writes itself.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../values/json';
import { Path } from '../values/path';
import { arr, code, construct, Entry, Expr, literal, num, obj, Prop, str, objExpanded } from './code';
import { ObjectEmit, SelectableRef } from './emit';
import { SourceObject } from './model';
import { pascalCase } from './names';
import { Meta, metaEntries, metaOf } from './meta';

type Labels = Readonly<Record<string, string>>;

function same(a: Labels, b: Labels): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every(k => a[k] === b[k]);
}

function only(e: ObjectEmit, o: JsonObject, path: Path, allowed: readonly string[]): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) e.fail([...path, k], 'the typed Services do not write it');
}

/** The ports of a Service (`{ name, port, targetPort, protocol }`), the defaults the typed layer writes out recorded on `of`. */
function servicePorts(e: ObjectEmit, of: SourceObject, v: unknown, path: Path, fields: readonly string[], target?: SelectableRef): Expr {
  if (v === undefined) return arr([]);
  if (!Array.isArray(v)) return e.fail(path, 'not a list');
  return arr(
    v.map((p, i) => {
      const at = [...path, i];
      if (!isObject(p) || typeof p.port !== 'number') return e.fail(at, 'a port with a number');
      only(e, p, at, fields);
      const protocol = typeof p.protocol === 'string' ? p.protocol : 'TCP';
      if (typeof p.targetPort === 'string' && target !== undefined && !target.ports.some(d => d.name === p.targetPort && d.protocol === protocol)) {
        e.fail([...at, 'targetPort'], `"${p.targetPort}" is not a ${protocol} port of ${target.name}`);
      }
      if (p.targetPort !== undefined && typeof p.targetPort !== 'number' && typeof p.targetPort !== 'string')
        e.fail([...at, 'targetPort'], 'a number or a name');
      if (p.protocol === undefined) e.normalize([...at, 'protocol'], 'TCP', "protocol: TCP written out (Kubernetes' default)", of);
      if (p.targetPort === undefined) e.normalize([...at, 'targetPort'], p.port, "targetPort written out as the port (Kubernetes' default)", of);
      return obj([
        ['name', typeof p.name === 'string' ? str(p.name) : undefined],
        ['port', num(p.port)],
        ['targetPort', typeof p.targetPort === 'number' || typeof p.targetPort === 'string' ? literal(p.targetPort) : undefined],
        ['protocol', typeof p.protocol === 'string' ? str(p.protocol) : undefined],
        ['nodePort', typeof p.nodePort === 'number' ? num(p.nodePort) : undefined],
      ]);
    }),
  );
}

/** The options of a typed StatefulSet that write its governing Service, which the input must hold as the StatefulSet writes it. */
export function governingService(e: ObjectEmit, meta: Meta, spec: JsonObject, selector: Labels): Entry[] {
  const name = spec.serviceName;
  if (typeof name !== 'string') return e.fail(['spec', 'serviceName'], 'no serviceName');
  const found = e.chart.objects.find(
    o =>
      o.manifest.apiVersion === 'v1' &&
      o.manifest.kind === 'Service' &&
      isObject(o.manifest.metadata) &&
      o.manifest.metadata.name === name &&
      o.manifest.metadata.namespace === meta.namespace &&
      !e.chart.consumed.has(o),
  );
  const why = `the typed StatefulSet writes its headless Service "${name}"`;
  if (found === undefined) return e.fail(['spec', 'serviceName'], `${why}, and the input has none of that name beside it`);
  const svc = found.manifest;
  if (found.todos.size > 0 || !isObject(svc.spec) || !isObject(svc.metadata))
    return e.fail(['spec', 'serviceName'], `${why}, and the input's is not as it would be`);
  const s = svc.spec;
  const mismatch = (what: string): never => e.fail(['spec', 'serviceName'], `${why}; the input's ${what}`);
  for (const k of Object.keys(svc)) if (!['apiVersion', 'kind', 'metadata', 'spec'].includes(k)) mismatch(`has ${k}`);
  for (const k of Object.keys(svc.metadata)) if (!['name', 'namespace', 'labels', 'annotations'].includes(k)) mismatch(`has metadata.${k}`);
  if (!same(isObject(svc.metadata.labels) ? (svc.metadata.labels as Labels) : {}, meta.labels)) mismatch("labels are not the StatefulSet's");
  if (!same(isObject(svc.metadata.annotations) ? (svc.metadata.annotations as Labels) : {}, meta.annotations ?? {}))
    mismatch("annotations are not the StatefulSet's");
  for (const k of Object.keys(s)) if (!['clusterIP', 'selector', 'ports', 'publishNotReadyAddresses', 'type'].includes(k)) mismatch(`has spec.${k}`);
  if (s.clusterIP !== 'None') mismatch('is not headless');
  if (!isObject(s.selector) || !same(s.selector as Labels, selector)) mismatch("selector is not the StatefulSet's");
  if (s.type !== undefined && s.type !== 'ClusterIP') mismatch(`type is ${String(s.type)}`);
  if (s.type === 'ClusterIP') e.normalize(['spec', 'type'], undefined, "type: ClusterIP left out (Kubernetes' default)", found);
  e.consume(found);
  return [
    ['serviceName', name === meta.name ? undefined : str(name)],
    ['servicePorts', servicePorts(e, found, s.ports, ['spec', 'ports'], ['name', 'port', 'targetPort', 'protocol'])],
    ['publishNotReadyAddresses', typeof s.publishNotReadyAddresses === 'boolean' ? literal(s.publishNotReadyAddresses) : undefined],
  ];
}

/** The typed workload of the chart that `selector` selects in `namespace`. */
function target(e: ObjectEmit, selector: unknown, namespace: string | undefined, path: Path): SelectableRef {
  if (!isObject(selector) || Object.keys(selector).length === 0) return e.fail(path, 'the typed Services and budgets select a typed workload');
  const found = e.chart.selectables.find(s => s.namespace === namespace && same(s.selector, selector as Labels));
  return found ?? e.fail(path, 'selects no typed workload of this chart by exactly its selector labels');
}

/** Writes a typed Service of a typed workload; `NotTyped` when it cannot. */
export function emitService(e: ObjectEmit): void {
  const m = e.o.manifest;
  only(e, m, [], ['apiVersion', 'kind', 'metadata', 'spec']);
  const meta = metaOf(e, m.metadata);
  const spec = isObject(m.spec) ? m.spec : e.fail(['spec'], 'no spec');
  only(e, spec, ['spec'], ['selector', 'ports', 'type', 'clusterIP', 'publishNotReadyAddresses']);
  const t = target(e, spec.selector, meta.namespace, ['spec', 'selector']);
  if (!Object.entries(t.selector).every(([k, v]) => meta.labels[k] === v))
    e.fail(['metadata', 'labels'], "the typed Services carry their workload's selector labels");
  if (spec.clusterIP !== undefined && spec.clusterIP !== 'None') e.fail(['spec', 'clusterIP'], 'the typed Services write None (headless) or nothing');
  if (spec.type === undefined) e.normalize(['spec', 'type'], 'ClusterIP', "type: ClusterIP written out (Kubernetes' default)");
  else if (!['ClusterIP', 'NodePort', 'LoadBalancer'].includes(String(spec.type))) e.fail(['spec', 'type'], 'ClusterIP, NodePort or LoadBalancer');
  const fields = ['name', 'port', 'targetPort', 'protocol', 'nodePort'];
  const entries: (Entry | Prop)[] = [
    ...metaEntries(e, { ...meta, namespace: undefined }, t.selector, meta.name !== t.name),
    ['selector', e.select(t)],
    ['type', spec.type === undefined || spec.type === 'ClusterIP' ? undefined : str(String(spec.type))],
    ['headless', spec.clusterIP === 'None' ? code('true') : undefined],
    ['publishNotReadyAddresses', typeof spec.publishNotReadyAddresses === 'boolean' ? literal(spec.publishNotReadyAddresses) : undefined],
    ['ports', servicePorts(e, e.o, spec.ports, ['spec', 'ports'], fields, t)],
  ];
  e.statements.push({ value: construct('Service', code('this'), str(e.id(pascalCase(meta.name), 'Service')), objExpanded(entries, 3)) });
}

/** Writes a typed PodDisruptionBudget of a typed workload; `NotTyped` when it cannot. */
export function emitBudget(e: ObjectEmit): void {
  const m = e.o.manifest;
  only(e, m, [], ['apiVersion', 'kind', 'metadata', 'spec']);
  const meta = metaOf(e, m.metadata);
  const spec = isObject(m.spec) ? m.spec : e.fail(['spec'], 'no spec');
  only(e, spec, ['spec'], ['minAvailable', 'maxUnavailable', 'selector', 'unhealthyPodEvictionPolicy']);
  const selector = spec.selector;
  if (!isObject(selector) || Object.keys(selector).some(k => k !== 'matchLabels'))
    return e.fail(['spec', 'selector'], 'the typed budgets select by matchLabels');
  const t = target(e, selector.matchLabels, meta.namespace, ['spec', 'selector', 'matchLabels']);
  if (!Object.entries(t.selector).every(([k, v]) => meta.labels[k] === v))
    e.fail(['metadata', 'labels'], "the typed budgets carry their workload's selector labels");
  const budget = (v: unknown, f: string): Expr | undefined => {
    if (v === undefined) return undefined;
    if (typeof v === 'number' || (typeof v === 'string' && /^\d+%$/.test(v))) return literal(v);
    return e.fail(['spec', f], 'a number or a percentage');
  };
  const entries: (Entry | Prop)[] = [
    ...metaEntries(e, { ...meta, namespace: undefined }, t.selector, meta.name !== t.name),
    ['selector', e.select(t)],
    ['minAvailable', budget(spec.minAvailable, 'minAvailable')],
    ['maxUnavailable', budget(spec.maxUnavailable, 'maxUnavailable')],
    ['unhealthyPodEvictionPolicy', typeof spec.unhealthyPodEvictionPolicy === 'string' ? str(spec.unhealthyPodEvictionPolicy) : undefined],
  ];
  e.statements.push({ value: construct('PodDisruptionBudget', code('this'), str(e.id(pascalCase(meta.name), 'Budget')), obj(entries)) });
}
