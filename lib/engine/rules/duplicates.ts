/**
 * The same object defined twice in one input: `kubectl apply` applies each definition in turn and
 * the last one wins, so one of them is silently lost. An object is its API group (not its version:
 * `apps/v1` and `apps/v1beta2` name the same Deployment), kind, namespace and name.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../values/json';
import { formatSubject } from '../finding';
import { Reporter } from '../reporter';
import { namespaceOf } from './workload-index';

/**
 * Values by object identity, as `kubectl apply` finds an object: API group, kind, namespace and
 * name. Kept by group, kind and namespace (a few), then by name: a large app makes no string per
 * object.
 */
export class IdentityMap<V> {
  private readonly byKind = new Map<string, Map<string, V>>();

  /** The value of the first object of this identity, if one came before; else records `value` for it. */
  public claim(group: string, kind: string, namespace: string, name: string, value: V): V | undefined {
    // unambiguous whatever the parts hold (a manifest's kind may be any string)
    const key = JSON.stringify([group, kind, namespace]);
    let names = this.byKind.get(key);
    if (names === undefined) {
      names = new Map();
      this.byKind.set(key, names);
    }
    const first = names.get(name);
    if (first !== undefined) return first;
    names.set(name, value);
    return undefined;
  }
}

/** The objects of an input seen so far, by identity. */
export class ObjectRegistry {
  private readonly seen = new IdentityMap<() => string>();

  /** Records `manifest`; warns (on its `metadata.name`) when an object of the same identity came before. */
  public add(r: Reporter, manifest: JsonObject, place: () => string): void {
    const meta = manifest.metadata;
    const name = isObject(meta) ? meta.name : undefined;
    const { apiVersion, kind } = manifest;
    if (typeof name !== 'string' || name === '' || typeof apiVersion !== 'string' || typeof kind !== 'string') return;
    const slash = apiVersion.indexOf('/');
    const group = slash < 0 ? '' : apiVersion.slice(0, slash);
    const namespace = namespaceOf(manifest);
    const first = this.seen.claim(group, kind, namespace, name, place);
    if (!first) return;
    r.advise(
      'duplicate-object',
      ['metadata', 'name'],
      name,
      `${formatSubject(r.subject)}${namespace === '' ? '' : ` in namespace "${namespace}"`} is also defined at ${first()}: kubectl apply would apply both definitions in turn and keep the last one; nothing merges them`,
    );
  }
}
