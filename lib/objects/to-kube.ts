/**
 * A part of a manifest (plain JSON) as the L1 classes of `imports/k8s` take it: the same fields,
 * with each int-or-string a `k8s.IntOrString` and each quantity a `k8s.Quantity`, found from the
 * Kubernetes 1.27 schema. For users who put this library's containers, volumes or pod specs into
 * L1 objects (`k8s.KubeCronJob`, ...).
 *
 * @packageDocumentation
 */
import { k8s } from '../../imports/k8s';
import { TYPES } from '../engine/schema/k8s-schema.generated';
import { isObject } from '../values/json';

/** Converts `value` of schema type `descriptor` (a TYPES name, `[]X`, `{}X`, or a leaf). */
function convert(value: unknown, descriptor: string): unknown {
  const d = descriptor.startsWith('!') ? descriptor.slice(1) : descriptor;
  if (value === undefined || value === null) return value;
  if (d.startsWith('[]')) return Array.isArray(value) ? value.map(v => convert(v, d.slice(2))) : value;
  if (d.startsWith('{}')) {
    return isObject(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, d.slice(2))])) : value;
  }
  switch (d) {
    case 'io':
      return typeof value === 'number' ? k8s.IntOrString.fromNumber(value) : k8s.IntOrString.fromString(String(value));
    case 'q':
      return typeof value === 'number' ? k8s.Quantity.fromNumber(value) : k8s.Quantity.fromString(String(value));
    case 's':
    case 'i':
    case 'n':
    case 'b':
    case 'any':
      return value;
    default: {
      const fields = TYPES[d];
      if (fields === undefined || !isObject(value)) return value;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Object.prototype.hasOwnProperty.call(fields, k) ? convert(v, fields[k]) : v]));
    }
  }
}

/** `json` (of schema type `typeName`, e.g. `Container`, `Volume`, `PodSpec`) as the L1 classes take it. */
export function toKube<T>(json: unknown, typeName: string): T {
  return convert(json, typeName) as T;
}
