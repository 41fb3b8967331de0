/**
 * Plain JSON values: the shape tests every rule makes on manifests of unknown content.
 *
 * @packageDocumentation
 */

/** A JSON object (not an array, not `null`). */
export type JsonObject = Record<string, unknown>;

/** Whether a value is a JSON object (not an array, not `null`). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The string at `value`, or `undefined` when it is absent or of another type. */
export function stringAt(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The object at `path` below `value`, or `undefined` when some step is missing or not an object. */
export function objectAt(value: unknown, path: readonly string[]): JsonObject | undefined {
  let node: unknown = value;
  for (const key of path) node = isObject(node) ? node[key] : undefined;
  return isObject(node) ? node : undefined;
}

/** Deep equality of JSON values (an `undefined` field counts as absent), without allocating. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as JsonObject;
  const y = b as JsonObject;
  let n = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    n++;
    if (!jsonEqual(x[k], y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) n--;
  return n === 0;
}

/** Freezes a JSON value and everything in it; returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A copy of the object without its `undefined` fields: what a manifest writes. */
export function withoutUndefined<T extends object>(o: T): T {
  const out: Partial<T> = {};
  for (const key in o) if (o[key] !== undefined) out[key] = o[key];
  return out as T;
}
