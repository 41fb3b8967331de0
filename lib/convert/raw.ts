/**
 * Objects carried over as written: a built-in kind as its L1 class of cdk8s-plus-27's `k8s`
 * (`new k8s.KubeRole(this, 'Reader', { metadata, rules })`, int-or-strings and quantities wrapped
 * as the L1 classes take them, the few fields whose L1 name differs renamed), anything else as a
 * cdk8s `ApiObject` of its JSON. Comments and TODOs go where their fields are.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../values/json';
import { formatPath, Path } from '../values/path';
import { arr, call, code, construct, Expr, literal, obj, Prop, str } from './code';
import { childDescriptor, Descriptor, kindDescriptor, missingRequired } from './fields';
import { SourceObject } from './model';

/** JSON field names whose L1 property is spelled otherwise (from cdk8s-plus-27's `k8s` declarations). */
const L1_NAMES: Readonly<Record<string, string>> = {
  $ref: 'ref',
  $schema: 'schema',
  'x-kubernetes-embedded-resource': 'xKubernetesEmbeddedResource',
  'x-kubernetes-int-or-string': 'xKubernetesIntOrString',
  'x-kubernetes-list-map-keys': 'xKubernetesListMapKeys',
  'x-kubernetes-list-type': 'xKubernetesListType',
  'x-kubernetes-map-type': 'xKubernetesMapType',
  'x-kubernetes-preserve-unknown-fields': 'xKubernetesPreserveUnknownFields',
  'x-kubernetes-validations': 'xKubernetesValidations',
  clientIP: 'clientIp',
  clusterIP: 'clusterIp',
  datasetUUID: 'datasetUuid',
  diskURI: 'diskUri',
  downwardAPI: 'downwardApi',
  externalID: 'externalId',
  hostIP: 'hostIp',
  hostIPC: 'hostIpc',
  hostPID: 'hostPid',
  insecureSkipTLSVerify: 'insecureSkipTlsVerify',
  loadBalancerIP: 'loadBalancerIp',
  nodeID: 'nodeId',
  nonResourceURLs: 'nonResourceUrLs',
  openAPIV3Schema: 'openApiv3Schema',
  pdID: 'pdId',
  podCIDR: 'podCidr',
  podCIDRs: 'podCidRs',
  providerID: 'providerId',
  scaleIO: 'scaleIo',
  setHostnameAsFQDN: 'setHostnameAsFqdn',
  storagePolicyID: 'storagePolicyId',
  targetCPUUtilizationPercentage: 'targetCpuUtilizationPercentage',
  targetWWNs: 'targetWwNs',
  volumeID: 'volumeId',
};

/** How a value is written: for an L1 class (typed by the schema) or as plain JSON. */
interface RawContext {
  readonly o: SourceObject;
  readonly l1: boolean;
}

/** The expression of `value` at `path`, of schema type `d`. */
function rawValue(ctx: RawContext, value: unknown, d: Descriptor | undefined, path: Path): Expr {
  const todo = ctx.o.todos.get(formatPath(path));
  if (todo !== undefined) return code(todo);
  if (ctx.l1 && (d === 'io' || d === 'q') && (typeof value === 'string' || typeof value === 'number')) {
    const cls = d === 'io' ? 'k8s.IntOrString' : 'k8s.Quantity';
    return typeof value === 'number' ? call(`${cls}.fromNumber`, literal(value)) : call(`${cls}.fromString`, str(value));
  }
  if (Array.isArray(value)) return arr(value.map((v, i) => rawValue(ctx, v, childDescriptor(d, i), [...path, i])));
  if (isObject(value)) return rawObject(ctx, value, d, path);
  if (value === null || value === undefined) return code('null');
  return literal(value as string | number | boolean);
}

/** An object's properties, null fields left out (the apiserver reads them as absent), TODOs and comments in place. */
function rawObject(ctx: RawContext, value: JsonObject, d: Descriptor | undefined, path: Path, skip: readonly string[] = []): Expr {
  const isMap = d !== undefined && d.startsWith('{}');
  const props: Prop[] = [];
  const keys = Object.keys(value).filter(k => !skip.includes(k));
  for (const [k, todo] of ctx.o.todos) {
    // a required field that is missing: its TODO goes where it would be
    const prefix = formatPath(path);
    const rest = prefix === '' ? k : k.startsWith(`${prefix}.`) ? k.slice(prefix.length + 1) : undefined;
    if (rest !== undefined && /^[A-Za-z]+$/.test(rest) && !(rest in value)) props.push({ key: rest, value: code(todo), comments: takeExact(ctx.o, k) });
  }
  for (const k of keys) {
    const v = value[k];
    if (v === null || v === undefined) continue;
    const segment = isMap ? { key: k } : k;
    const childPath = [...path, segment];
    const key = ctx.l1 && !isMap ? (L1_NAMES[k] ?? k) : k;
    props.push({ key, value: rawValue(ctx, v, childDescriptor(d, segment), childPath), comments: takeExact(ctx.o, formatPath(childPath)) });
  }
  return obj(props);
}

function takeExact(o: SourceObject, key: string): string[] | undefined {
  const texts = o.comments.get(key);
  o.comments.delete(key);
  return texts;
}

/** The L1 class of a built-in kind (`k8s.KubeDeployment`), or `undefined` for a kind cdk8s-plus-27 does not know. */
export function l1Class(m: JsonObject): string | undefined {
  const d = kindDescriptor(m);
  return d === undefined ? undefined : `k8s.${d.replace(/Props$/, '')}`;
}

/**
 * `new k8s.KubeX(this, id, props)` of a built-in kind, or `new ApiObject(this, id, json)` of any
 * other (or of any, with `json`, and of one that lacks a field its L1 class requires though the
 * apiserver does not: `missing` names it).
 */
export function rawConstruct(o: SourceObject, id: string, json = false): { expr: Expr; l1: boolean; missing?: string } {
  const m = o.manifest;
  const cls = l1Class(m);
  const d = kindDescriptor(m);
  const missing = d === undefined || json || o.todos.size > 0 ? undefined : missingRequired(m, d);
  if (cls !== undefined && d !== undefined && !json && missing === undefined) {
    const props = rawObject({ o, l1: true }, m, d, [], ['apiVersion', 'kind']);
    return { expr: construct(cls, code('this'), str(id), props), l1: true };
  }
  return { expr: construct('ApiObject', code('this'), str(id), rawObject({ o, l1: false }, m, undefined, [])), l1: false, missing };
}
