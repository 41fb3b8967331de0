/**
 * The downward API's selectors, shared by env variables and `downwardAPI` volume files:
 * `validateObjectFieldSelector` (after `ConvertDownwardAPIFieldLabel`),
 * `validateContainerResourceFieldSelector` and `validateContainerResourceDivisor` of
 * `pkg/apis/core/validation/validation.go` (v1.27), and the container a `resourceFieldRef` names,
 * which the kubelet must find in the pod.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';
import { qualifiedNameErrors } from '../../../values/names';
import { Path } from '../../../values/path';
import { parseQuantity, quantityOf } from '../../../values/quantity';
import { RuleId } from '../../catalogue';
import { Reporter } from '../../reporter';
import { hasName, PodScope } from './scope';

/** `ConvertDownwardAPIFieldLabel` (v1): the field paths a `fieldRef` may name at all. */
const CONVERTIBLE_FIELD_PATHS: ReadonlySet<string> = new Set([
  'metadata.annotations',
  'metadata.labels',
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.restartPolicy',
  'spec.serviceAccountName',
  'spec.schedulerName',
  'status.phase',
  'status.hostIP',
  'status.podIP',
  'status.podIPs',
]);
/** `validContainerResourceFieldPathExpressions`, sorted. */
const RESOURCE_FIELD_PATHS: readonly string[] = [
  'limits.cpu',
  'limits.ephemeral-storage',
  'limits.memory',
  'requests.cpu',
  'requests.ephemeral-storage',
  'requests.memory',
];
/** `validContainerResourceFieldPathPrefixesWithDownwardAPIHugePages` (DownwardAPIHugePages is on in 1.27). */
const HUGEPAGES_PREFIXES: readonly string[] = ['requests.hugepages-', 'limits.hugepages-'];
const BYTES_DIVISORS = '1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei';

/**
 * `validateObjectFieldSelector` with the field paths `expressions` (sorted) allows: a path the
 * conversion does not know, a subscript of another field than labels or annotations, a key that is
 * not a qualified name, or a path of the wrong list.
 */
export function checkObjectFieldSelector(r: Reporter, rule: RuleId, ref: JsonObject, path: Path, expressions: readonly string[]): void {
  const fieldPath = ref.fieldPath;
  if (typeof fieldPath !== 'string') return; // schema: Required value / wrong type
  const apiVersion = typeof ref.apiVersion === 'string' && ref.apiVersion !== '' ? ref.apiVersion : 'v1'; // defaulted
  if (fieldPath === '') {
    r.required(rule, [...path, 'fieldPath']);
    return;
  }
  let detail: string | undefined;
  if (apiVersion !== 'v1') {
    detail = `error converting fieldPath: unsupported pod version: ${apiVersion}`;
  } else if (fieldPath.endsWith("']") && fieldPath.indexOf("['") > 0) {
    const open = fieldPath.indexOf("['");
    const prefix = fieldPath.slice(0, open);
    if (prefix !== 'metadata.labels' && prefix !== 'metadata.annotations') {
      detail = `error converting fieldPath: field label does not support subscript: ${fieldPath}`;
    } else {
      // the key is checked at the fieldRef, lowercased for annotations
      const key = prefix === 'metadata.labels' ? fieldPath.slice(open + 2, -2) : fieldPath.slice(open + 2, -2).toLowerCase();
      r.invalidEach(rule, path, key, qualifiedNameErrors(key));
    }
  } else {
    const internal = fieldPath === 'spec.host' ? 'spec.nodeName' : fieldPath;
    if (!CONVERTIBLE_FIELD_PATHS.has(internal)) {
      detail = `error converting fieldPath: field label not supported: ${fieldPath}`;
    } else if (!expressions.includes(internal)) {
      r.unsupported(rule, [...path, 'fieldPath'], internal, expressions);
    }
  }
  if (detail !== undefined) r.invalid(rule, [...path, 'fieldPath'], fieldPath, detail);
}

/**
 * `validateContainerResourceFieldSelector`: a `containerName` in a volume, a container resource,
 * and a divisor the resource takes; then the container it names, when the whole pod is known.
 */
export function checkResourceFieldSelector(pod: PodScope, rule: RuleId, ref: JsonObject, path: Path, volume: boolean): void {
  const r = pod.r;
  const resource = typeof ref.resource === 'string' ? ref.resource : undefined;
  const containerName = typeof ref.containerName === 'string' ? ref.containerName : '';
  if (volume && containerName === '') {
    r.required(rule, [...path, 'containerName']);
  } else if (resource === '') {
    r.required(rule, [...path, 'resource']);
  } else if (resource !== undefined && !RESOURCE_FIELD_PATHS.includes(resource) && !HUGEPAGES_PREFIXES.some(p => resource.startsWith(p))) {
    r.unsupported(rule, [...path, 'resource'], resource, RESOURCE_FIELD_PATHS);
  }
  const divisor = ref.divisor;
  if (typeof divisor === 'string' || typeof divisor === 'number') checkDivisor(r, resource ?? '', divisor, [...path, 'divisor']);
  if (containerName !== '' && pod.whole && !isContainerOf(pod, containerName)) {
    const names = containerNames(pod);
    r.invalid(
      'resource-field-container',
      [...path, 'containerName'],
      containerName,
      `must name a container of the pod (${names.length > 0 ? names.map(n => `"${n}"`).join(', ') : 'it has none'}): the kubelet cannot resolve the resource of another, and the container does not start`,
    );
  }
}

/** Whether the pod has a container or init container named `name`. */
function isContainerOf(pod: PodScope, name: string): boolean {
  for (const list of [pod.spec.containers, pod.spec.initContainers]) {
    if (Array.isArray(list) && hasName(list, list.length, name)) return true;
  }
  return false;
}

function containerNames(pod: PodScope): string[] {
  const names: string[] = [];
  for (const list of [pod.spec.containers, pod.spec.initContainers]) {
    if (!Array.isArray(list)) continue;
    for (const c of list) if (isObject(c) && typeof c.name === 'string') names.push(c.name);
  }
  return names;
}

/**
 * `validateContainerResourceDivisor`: the divisor must decode as a quantity, and its canonical
 * form be one the resource takes (`1m` or `1` for cpu, a unit of bytes for the others). The
 * apiserver reports the resource's name as the value.
 */
function checkDivisor(r: Reporter, resource: string, divisor: string | number, path: Path): void {
  const canonical = canonicalDivisor(divisor);
  if (canonical === undefined) {
    r.invalid('quantity-syntax', path, divisor, parseQuantity(String(divisor)).error ?? 'must be a quantity');
    return;
  }
  if (canonical === '0') return; // unset: defaulted to 1
  if (resource === 'limits.cpu' || resource === 'requests.cpu') {
    if (canonical !== '1m' && canonical !== '1')
      r.invalid('resource-field-divisor', path, resource, "only divisor's values 1m and 1 are supported with the cpu resource");
    return;
  }
  const kind =
    resource === 'limits.memory' || resource === 'requests.memory'
      ? 'memory'
      : resource === 'limits.ephemeral-storage' || resource === 'requests.ephemeral-storage'
        ? 'local ephemeral storage'
        : HUGEPAGES_PREFIXES.some(p => resource.startsWith(p))
          ? 'hugepages'
          : undefined;
  if (kind !== undefined && !BYTES_DIVISORS.split(', ').includes(canonical)) {
    r.invalid('resource-field-divisor', path, resource, `only divisor's values ${BYTES_DIVISORS} are supported with the ${kind} resource`);
  }
}

const DECIMAL_UNITS: readonly (readonly [number, string])[] = [
  [-9, 'n'],
  [-6, 'u'],
  [-3, 'm'],
  [0, ''],
  [3, 'k'],
  [6, 'M'],
  [9, 'G'],
  [12, 'T'],
  [15, 'P'],
  [18, 'E'],
];
const BINARY_UNITS: readonly string[] = ['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

/**
 * The canonical form of a divisor (`resource.Quantity.String()`) when it is a unit (`1`, `1m`,
 * `1k`, `1Mi`, `1e3`...), `0` for zero, another string for any other value, and `undefined`
 * when it does not decode. Only whether it is one of the units matters here.
 */
function canonicalDivisor(divisor: string | number): string | undefined {
  const parsed = quantityOf(divisor);
  if (parsed.value === undefined) return undefined;
  const value = parsed.value;
  if (value === 0) return '0';
  const text = String(divisor);
  // the format the quantity keeps: binary (`Ki`...), a decimal exponent (`e3`), or decimal SI
  const binary = /[KMGTPE]i$/.test(text);
  const exponent = /[eE][-+]?[0-9]+$/.test(text);
  if (binary && Math.abs(value) >= 1024) {
    for (let k = BINARY_UNITS.length; k >= 1; k--) if (value === 1024 ** k) return `1${BINARY_UNITS[k - 1]}`;
    return text;
  }
  for (const [power, unit] of DECIMAL_UNITS) {
    if (value === 10 ** power) return exponent ? (power === 0 ? '1' : `1e${power}`) : `1${unit}`;
  }
  return text;
}
