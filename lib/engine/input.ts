/**
 * The objects of an input as `kubectl apply` sees them: each manifest, and each item of a list
 * (any kind ending in `List` that has `items`, such as `List`, `ConfigMapList` or `RoleBindingList`,
 * which kubectl unpacks and applies item by item; a list in a list is unpacked too). An item of a
 * typed list that names neither its apiVersion nor its kind takes them from the list (a
 * `ConfigMapList` of `v1` holds `v1` ConfigMaps), as kubectl's decoder fills them.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../values/json';
import { formatPath, Path } from '../values/path';

/** One object of the input. */
export interface InputObject {
  /** The object's manifest. */
  readonly manifest: unknown;
  /** The index in the input of the manifest it is (or is an item of). */
  readonly object: number;
  /** Where it sits in that manifest: `[]`, or `['items', 3]` for an item of a list. */
  readonly prefix: Path;
}

/** Whether a manifest is a list that kubectl unpacks: a kind ending in `List`, with `items`. */
export function isList(manifest: unknown): manifest is JsonObject & { readonly kind: string; readonly items: readonly unknown[] } {
  return isObject(manifest) && typeof manifest.kind === 'string' && manifest.kind.endsWith('List') && Array.isArray(manifest.items);
}

/** The objects of `manifests`, lists unpacked, in input order. */
export function objectsOf(manifests: readonly unknown[]): InputObject[] {
  const out: InputObject[] = [];
  const visit = (manifest: unknown, object: number, prefix: Path): void => {
    if (!isList(manifest)) {
      out.push({ manifest, object, prefix });
      return;
    }
    const itemKind = manifest.kind.slice(0, -'List'.length);
    manifest.items.forEach((item, j) => visit(typed(item, manifest.apiVersion, itemKind), object, [...prefix, 'items', j]));
  };
  manifests.forEach((m, i) => visit(m, i, []));
  return out;
}

/** An item without apiVersion and kind, with those of its typed list. */
function typed(item: unknown, apiVersion: unknown, kind: string): unknown {
  if (!isObject(item) || kind === '' || 'apiVersion' in item || 'kind' in item) return item;
  return { apiVersion, kind, ...item };
}

/** How many objects `manifest` holds: 1, or the items of a list (of lists). */
export function objectCount(manifest: unknown): number {
  if (!isList(manifest)) return 1;
  let n = 0;
  for (const item of manifest.items) n += objectCount(item);
  return n;
}

/** The default place of an object in messages: `manifests[2]`, `manifests[2].items[0]`. */
export function defaultPlace(object: number, prefix: Path): string {
  return `manifests[${object}]${prefix.length > 0 ? `.${formatPath(prefix)}` : ''}`;
}
