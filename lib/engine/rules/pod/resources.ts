/**
 * Resources of containers (Kubernetes 1.27 rules 42–46) and the fractional-bytes warning of
 * `pkg/api/pod/warnings.go`.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';
import { qualifiedNameErrors } from '../../../values/names';
import { Path } from '../../../values/path';
import { parseQuantity, quantityOf } from '../../../values/quantity';
import { ContainerScope } from './scope';

const NONNEGATIVE = 'must be greater than or equal to 0';
const HUGEPAGES_PREFIX = 'hugepages-';
const NONE: readonly string[] = [];

/** `IsStandardResourceName` (besides the hugepages prefixes). */
const STANDARD_RESOURCES: ReadonlySet<string> = new Set([
  'cpu',
  'memory',
  'ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'pods',
  'resourcequotas',
  'services',
  'replicationcontrollers',
  'secrets',
  'persistentvolumeclaims',
  'configmaps',
  'services.nodeports',
  'services.loadbalancers',
  'requests.storage',
]);
/** `integerResources`: quota resources counted in whole units. */
const INTEGER_RESOURCES: ReadonlySet<string> = new Set([
  'pods',
  'resourcequotas',
  'services',
  'replicationcontrollers',
  'secrets',
  'configmaps',
  'persistentvolumeclaims',
  'services.nodeports',
  'services.loadbalancers',
]);
function isHugePages(name: string): boolean {
  return name.startsWith(HUGEPAGES_PREFIX);
}

function isNativeResource(name: string): boolean {
  return !name.includes('/') || name.includes('kubernetes.io/');
}

function isExtendedResource(name: string): boolean {
  return !isNativeResource(name) && !name.startsWith('requests.') && qualifiedNameErrors(`requests.${name}`).length === 0;
}

function isOvercommitAllowed(name: string): boolean {
  return isNativeResource(name) && !isHugePages(name);
}

function isIntegerResource(name: string): boolean {
  return INTEGER_RESOURCES.has(name) || isExtendedResource(name);
}

/** `validateContainerResourceName`: the problems of a resource name, or an empty list. */
function resourceNameErrors(name: string): readonly string[] {
  if (name === 'cpu' || name === 'memory' || name === 'ephemeral-storage') return NONE;
  const errs = qualifiedNameErrors(name);
  const slash = name.includes('/');
  if (errs.length === 0 && !slash && !STANDARD_RESOURCES.has(name) && !isHugePages(name) && !name.startsWith('requests.hugepages-')) {
    errs.push('must be a standard resource type or fully qualified');
  }
  if (!slash) {
    if (!isHugePages(name)) errs.push('must be a standard resource for containers');
  } else if (!isNativeResource(name) && !isExtendedResource(name)) {
    errs.push("doesn't follow extended resource name standard");
  }
  return errs;
}

export function checkResources(c: ContainerScope, res: JsonObject): void {
  const limits = isObject(res.limits) ? res.limits : undefined;
  let cpuOrMemory = false;
  let hugePages = false;
  for (const key in res) {
    if (key !== 'limits' && key !== 'requests') continue;
    const list = res[key];
    if (!isObject(list)) continue;
    for (const name in list) {
      const q = list[name];
      if (typeof q !== 'string' && typeof q !== 'number') continue;
      if (name === 'cpu' || name === 'memory') cpuOrMemory = true;
      if (isHugePages(name)) hugePages = true;
      resource(c, key, name, q, limits);
    }
  }
  if (hugePages && !cpuOrMemory) c.r.forbidden('resource-hugepages', c.at('resources'), 'HugePages require cpu or memory');
}

function resource(c: ContainerScope, list: 'limits' | 'requests', name: string, q: string | number, limits: JsonObject | undefined): void {
  const nameErrs = resourceNameErrors(name);
  if (nameErrs.length > 0) c.r.invalidEach('resource-name', rp(c, list, name), name, nameErrs);
  const parsed = quantityOf(q);
  if (parsed.error !== undefined) {
    c.r.invalid('quantity-syntax', rp(c, list, name), q, parsed.error);
    return;
  }
  const value = parsed.value;
  if (value < 0) c.r.invalid('resource-quantity', rp(c, list, name), q, NONNEGATIVE);
  if (isIntegerResource(name) && !Number.isInteger(value)) c.r.invalid('resource-quantity', rp(c, list, name), q, 'must be an integer');
  if (isHugePages(name)) {
    const size = parseQuantity(name.slice(HUGEPAGES_PREFIX.length)).value ?? NaN;
    if (!(size > 0) || !Number.isInteger(size) || Math.ceil(value) % size !== 0) {
      c.r.invalid('resource-hugepages', rp(c, list, name), q, `${q} is not positive integer multiple of ${name}`);
    }
  }
  if (list === 'requests') {
    const limit = limits === undefined ? undefined : limits[name];
    if (limit === undefined || limit === null) {
      if (!isOvercommitAllowed(name)) c.r.required('resource-limit', rp(c, 'limits', name), 'Limit must be set for non overcommitable resources');
    } else {
      const limitValue = typeof limit === 'string' || typeof limit === 'number' ? quantityOf(limit).value : undefined;
      if (limitValue === undefined) {
        // a limit that does not decode is reported where it is
      } else if (value !== limitValue && !isOvercommitAllowed(name)) {
        c.r.invalid('resource-limit', rp(c, list, name), q, `must be equal to ${name} limit of ${String(limit)}`);
      } else if (value > limitValue) {
        c.r.invalid('resource-limit', rp(c, list, name), q, `must be less than or equal to ${name} limit of ${String(limit)}`);
      }
    }
  }
  if ((name === 'memory' || name === 'ephemeral-storage') && !Number.isInteger(value)) {
    c.r.advise('fractional-bytes', rp(c, list, name), q, `fractional byte value "${q}" is invalid, must be an integer`);
  }
}

/** `resources.limits[cpu]`. */
function rp(c: ContainerScope, list: 'limits' | 'requests', name: string): Path {
  return c.at('resources', list, { key: name });
}
