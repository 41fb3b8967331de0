/**
 * The pod templates of an input (the Pods and the templates of workloads), indexed by label pair
 * so that a selector finds the templates it matches without a scan: posting lists keyed by
 * namespace, key and value; a selector is resolved from its shortest posting list, each candidate
 * checked against the other pairs with a map lookup. The labels that controllers add to their pods
 * (`controller-labels.ts`) are indexed by key, and match by value.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../values/json';
import { formatSubject } from '../finding';
import { Subject } from '../reporter';
import { ControllerLabels, controllerLabelsOf } from './controller-labels';
import { declaredPortNumbersOf, declaredPortsOf } from './declared-ports';

/** Separates namespace, key and value in index keys: no valid name or label holds it. */
const SEP = '\u0000';

/** The namespace of a manifest (`''` when it names none). */
export function namespaceOf(manifest: JsonObject): string {
  const meta = manifest.metadata;
  return isObject(meta) && typeof meta.namespace === 'string' ? meta.namespace : '';
}

/** One pod template of the input (a Pod itself, or the template of a workload). */
export interface IndexedTemplate {
  readonly subject: Subject;
  /** Where its object is in the input (`apps/web.yaml:3`, `manifests[2]`): computed when a message needs it. */
  readonly place: () => string;
  readonly labels: JsonObject;
  /** The labels its controller adds to its pods. */
  readonly generated: ControllerLabels;
  /**
   * Declared container port names → protocols; `null` when the spec's containers are not
   * readable (the other rules report that), so the template is not judged. The index keeps these
   * names, not the pod spec.
   */
  readonly ports: ReadonlyMap<string, readonly string[]> | null;
  /** The container port numbers it declares (sorted); `null` when its containers are not readable. */
  readonly portNumbers: readonly number[] | null;
  /** Its namespace (`''` when its object names none). */
  readonly namespace: string;
  /**
   * How many pods its controller runs, for the kinds that scale (`spec.replicas`, 1 by default);
   * `undefined` for the others.
   */
  readonly replicas?: number;
}

/** The kinds whose pods are counted by `spec.replicas`. */
const SCALED_KINDS: ReadonlySet<string> = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']);

/** How many pods a workload of a scaled kind runs. */
function replicasOf(kind: string, manifest: JsonObject): number | undefined {
  if (!SCALED_KINDS.has(kind)) return undefined;
  const replicas = isObject(manifest.spec) ? manifest.spec.replicas : undefined;
  return typeof replicas === 'number' && Number.isInteger(replicas) && replicas >= 0 ? replicas : 1;
}

/** How a message names a template: `Deployment "web" (apps/web.yaml:1)`, with a note after the place. */
export function describeTemplate(t: IndexedTemplate, note?: string): string {
  return `${formatSubject(t.subject)} (${t.place()}${note === undefined ? '' : `, ${note}`})`;
}

/** The pod templates of an input, indexed by label pair. */
export class WorkloadIndex {
  private readonly templates: IndexedTemplate[] = [];
  /** `namespace SEP key SEP value` → indexes in `templates`, ascending. */
  private readonly postings = new Map<string, number[]>();
  /** `namespace SEP key` → the templates whose controller adds label `key`. */
  private readonly generatedPostings = new Map<string, number[]>();
  /** `namespace SEP key` → the distinct values of that label (for suggestions). */
  private readonly values = new Map<string, string[]>();

  /**
   * Adds the pod template `node` of `manifest` (for a Pod, the manifest itself: its
   * `metadata.labels` and `spec`; for a Deployment, its `spec.template`...). A `PodTemplate`
   * object is not added: no pod runs from it.
   */
  public add(subject: Subject, manifest: JsonObject, node: JsonObject, place: () => string): void {
    const kind = subject.kind ?? '';
    if (kind === 'PodTemplate') return; // a template for others to use: it runs no pod
    const meta = node.metadata;
    const labels = isObject(meta) && isObject(meta.labels) ? meta.labels : {};
    const generated = controllerLabelsOf(kind, manifest);
    if (Object.keys(labels).length === 0 && generated.size === 0) return; // selects nothing, and nothing selects it
    const id = this.templates.length;
    const ns = namespaceOf(manifest);
    const replicas = replicasOf(kind, manifest);
    this.templates.push({
      subject,
      place,
      labels,
      generated,
      ports: declaredPortsOf(node.spec),
      portNumbers: declaredPortNumbersOf(node.spec),
      namespace: ns,
      ...(replicas !== undefined && { replicas }),
    });
    for (const key of generated.keys()) push(this.generatedPostings, ns + SEP + key, id);
    for (const key in labels) {
      const value = labels[key];
      if (typeof value !== 'string') continue;
      const pair = ns + SEP + key + SEP + value;
      const list = this.postings.get(pair);
      if (list) {
        list.push(id);
        continue;
      }
      this.postings.set(pair, [id]);
      push(this.values, ns + SEP + key, value);
    }
  }

  /**
   * The templates in namespace `ns` whose pods carry every pair of `selector` (string values only,
   * at least one pair); `missing` receives the first pair that no template of `ns` has at all.
   */
  public select(ns: string, keys: readonly string[], selector: JsonObject): { matched: IndexedTemplate[]; missing?: string } {
    let best: { exact: readonly number[]; generated: readonly number[] } | undefined;
    for (const key of keys) {
      const exact = this.postings.get(ns + SEP + key + SEP + (selector[key] as string)) ?? [];
      const generated = this.generatedPostings.get(ns + SEP + key) ?? [];
      if (exact.length === 0 && !generated.some(id => this.templates[id].generated.get(key)!(selector[key] as string))) {
        return { matched: [], missing: key };
      }
      if (!best || exact.length + generated.length < best.exact.length + best.generated.length) best = { exact, generated };
    }
    const matched: IndexedTemplate[] = [];
    if (!best) return { matched };
    const seen = best.generated.length > 0 ? new Set<number>() : undefined;
    for (const id of [...best.exact, ...best.generated]) {
      if (seen) {
        if (seen.has(id)) continue;
        seen.add(id);
      }
      const t = this.templates[id];
      if (keys.every(key => carries(t, key, selector[key] as string))) matched.push(t);
    }
    return { matched };
  }

  /** The values that label `key` takes in namespace `ns`. */
  public valuesOf(ns: string, key: string): readonly string[] {
    return this.values.get(ns + SEP + key) ?? [];
  }
}

/** Whether the pods of `t` carry label `key` with `value`, from their template or their controller. */
function carries(t: IndexedTemplate, key: string, value: string): boolean {
  if (t.labels[key] === value) return true;
  const generated = t.generated.get(key);
  return generated !== undefined && generated(value);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
