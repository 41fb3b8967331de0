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

/** Separates the parts of an identity: no valid group, kind or name holds it. */
const SEP = '\u0000';

/** An object's identity, as `kubectl apply` finds it: API group, kind, namespace and name. */
export function objectIdentity(group: string, kind: string, namespace: string, name: string): string {
  return group + SEP + kind + SEP + namespace + SEP + name;
}

/** The objects of an input seen so far, by identity. */
export class ObjectRegistry {
  private readonly seen = new Map<string, () => string>();

  /** Records `manifest`; warns (on its `metadata.name`) when an object of the same identity came before. */
  public add(r: Reporter, manifest: JsonObject, place: () => string): void {
    const meta = manifest.metadata;
    const name = isObject(meta) ? meta.name : undefined;
    const { apiVersion, kind } = manifest;
    if (typeof name !== 'string' || name === '' || typeof apiVersion !== 'string' || typeof kind !== 'string') return;
    const slash = apiVersion.indexOf('/');
    const group = slash < 0 ? '' : apiVersion.slice(0, slash);
    const namespace = namespaceOf(manifest);
    const id = objectIdentity(group, kind, namespace, name);
    const first = this.seen.get(id);
    if (!first) {
      this.seen.set(id, place);
      return;
    }
    r.advise(
      'duplicate-object',
      ['metadata', 'name'],
      name,
      `${formatSubject(r.subject)}${namespace === '' ? '' : ` in namespace "${namespace}"`} is also defined at ${first()}: kubectl apply would apply both definitions in turn and keep the last one; nothing merges them`,
    );
  }
}
