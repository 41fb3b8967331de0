/**
 * The fields that differ between two JSON values, with lists matched by key so that reordering
 * them is no change: containers, volumes, env vars and ports by name, unnamed ports by number and
 * protocol, mounts by path; capabilities and access modes as sets; lists of objects without a key
 * by content. A field absent on one side counts as an empty object or list, so an added object is
 * its fields, each added, and an added list item is one change.
 *
 * @packageDocumentation
 */
import { isObject, jsonEqual } from '../values/json';
import { Path, Segment } from '../values/path';

/** A field that differs: `before` is `undefined` when it was added, `after` when it was removed. */
export interface FieldChange {
  /** Where, from the root of the values compared; keyed list items and map entries as `{ key }`. */
  readonly path: Path;
  /** The value before, or `undefined`. */
  readonly before: unknown;
  /** The value after, or `undefined`. */
  readonly after: unknown;
}

/** Fields whose entries are keys of a map (label keys hold dots and slashes): shown as `labels[app]`. */
const MAP_FIELDS = new Set(['labels', 'annotations', 'matchLabels', 'nodeSelector', 'data', 'stringData', 'binaryData', 'limits', 'requests']);

/** Lists of strings whose order means nothing. */
const SET_FIELDS = new Set(['add', 'drop', 'accessModes', 'finalizers', 'supplementalGroups']);

/** How the items of a list of objects are keyed, tried in turn: the first key that is unique on both sides wins. */
const KEYS: readonly (readonly string[])[] = [['name'], ['containerPort', 'protocol'], ['port', 'protocol'], ['mountPath'], ['devicePath'], ['ip']];

function isMapEntry(parent: Segment | undefined, key: string): boolean {
  if (typeof parent !== 'string') return false;
  // a Service's selector is a map; a workload's holds matchLabels and matchExpressions
  return MAP_FIELDS.has(parent) || (parent === 'selector' && key !== 'matchLabels' && key !== 'matchExpressions');
}

/** The key of an item for `fields` (a protocol defaults to TCP), or `undefined` when it has none. */
function keyOf(item: unknown, fields: readonly string[]): string | undefined {
  if (!isObject(item)) return undefined;
  const parts: string[] = [];
  for (const f of fields) {
    const v = item[f] ?? (f === 'protocol' ? 'TCP' : undefined);
    if (typeof v !== 'string' && typeof v !== 'number') return undefined;
    parts.push(String(v));
  }
  return parts.join('/');
}

/** The items of both lists by key, for the first key that every item has, unique on each side. */
function keyed(b: readonly unknown[], a: readonly unknown[]): { before: Map<string, unknown>; after: Map<string, unknown> } | undefined {
  for (const fields of KEYS) {
    const maps = [b, a].map(list => {
      const m = new Map<string, unknown>();
      for (const item of list) {
        const k = keyOf(item, fields);
        if (k === undefined || m.has(k)) return undefined;
        m.set(k, item);
      }
      return m;
    });
    if (maps[0] !== undefined && maps[1] !== undefined) return { before: maps[0], after: maps[1] };
  }
  return undefined;
}

/** Whether two lists hold the same items, in any order. */
function sameItems(b: readonly unknown[], a: readonly unknown[]): boolean {
  if (b.length !== a.length) return false;
  const left = [...a];
  for (const x of b) {
    const i = left.findIndex(y => jsonEqual(x, y));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function walk(b: unknown, a: unknown, path: Segment[], out: FieldChange[]): void {
  const before = b === null ? undefined : b;
  const after = a === null ? undefined : a;
  if (jsonEqual(before, after)) return;
  const parent = path[path.length - 1];
  if ((isObject(before) || before === undefined) && (isObject(after) || after === undefined)) {
    const x = before ?? {};
    const y = after ?? {};
    for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
      walk(x[k], y[k], [...path, isMapEntry(parent, k) ? { key: k } : k], out);
    }
    return;
  }
  if ((Array.isArray(before) || before === undefined) && (Array.isArray(after) || after === undefined)) {
    const x: readonly unknown[] = before ?? [];
    const y: readonly unknown[] = after ?? [];
    const objects = [...x, ...y].every(isObject);
    const byKey = objects ? keyed(x, y) : undefined;
    if (byKey !== undefined) {
      for (const k of new Set([...byKey.before.keys(), ...byKey.after.keys()])) {
        const [i, j] = [byKey.before.get(k), byKey.after.get(k)];
        // an item added or removed is one change; an item on both sides, its fields
        if (i === undefined || j === undefined) out.push({ path: [...path, { key: k }], before: i, after: j });
        else walk(i, j, [...path, { key: k }], out);
      }
      return;
    }
    if (typeof parent === 'string' && SET_FIELDS.has(parent) && [...x, ...y].every(isScalar)) {
      for (const v of x) if (!y.includes(v)) out.push({ path: [...path, { key: String(v) }], before: v, after: undefined });
      for (const v of y) if (!x.includes(v)) out.push({ path: [...path, { key: String(v) }], before: undefined, after: v });
      return;
    }
    if (objects && sameItems(x, y)) return;
    if (objects && x.length === y.length) {
      x.forEach((item, i) => walk(item, y[i], [...path, i], out));
      return;
    }
  }
  out.push({ path, before, after });
}

/** The fields that differ between `before` and `after`, in the order of their keys (the before side's first). */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before, after, [], out);
  return out;
}
