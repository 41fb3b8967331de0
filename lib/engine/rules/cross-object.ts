/**
 * Cross-manifest rules: a Service against the pods of the same input (the Pods and the pod
 * templates of workloads). The apiserver checks neither: a Service whose selector matches nothing,
 * or whose named `targetPort` no selected container declares, is accepted and silently gets no
 * endpoints.
 *
 * Linear in the size of the input: pod templates are indexed by each of their label pairs
 * (posting lists keyed by namespace, key and value); a selector is resolved from its shortest
 * posting list, each candidate checked against the other pairs with a map lookup. The container
 * ports of a template are only collected when a named `targetPort` needs them.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../values/json';
import { suggest } from '../../values/suggest';
import { formatSubject } from '../finding';
import { Reporter, Subject } from '../reporter';
import { protocolOf, PROTOCOLS } from './pod/ports';

/** Separates namespace, key and value in index keys: no valid name or label holds it. */
const SEP = '\u0000';
/** How many pod templates a message names before `and N more`. */
const MAX_NAMED = 3;

function namespaceOf(manifest: JsonObject): string {
  const meta = manifest.metadata;
  return isObject(meta) && typeof meta.namespace === 'string' ? meta.namespace : '';
}

/** One pod template of the input (a Pod itself, or the template of a workload). */
interface Template {
  readonly subject: Subject;
  readonly labels: JsonObject;
  readonly spec: unknown;
  /**
   * Declared container port names → protocols, collected on first use; `null` when the spec's
   * containers are not readable (the other rules report that), so the template is not judged.
   */
  ports?: Map<string, string[]> | null;
}

/** The pod templates of an input, indexed by label pair. */
export class WorkloadIndex {
  private readonly templates: Template[] = [];
  /** `namespace SEP key SEP value` → indexes in `templates`, ascending. */
  private readonly postings = new Map<string, number[]>();
  /** `namespace SEP key` → the distinct values of that label (for suggestions). */
  private readonly values = new Map<string, string[]>();

  /**
   * Adds the pod template `node` of `manifest` (for a Pod, the manifest itself: its
   * `metadata.labels` and `spec`; for a Deployment, its `spec.template`...). A `PodTemplate`
   * object is not added: no pod runs from it.
   */
  public add(r: Reporter, manifest: JsonObject, node: JsonObject): void {
    if (r.subject.kind === 'PodTemplate') return; // a template for others to use: it runs no pod
    const meta = node.metadata;
    const labels = isObject(meta) && isObject(meta.labels) ? meta.labels : undefined;
    if (!labels) return; // selects nothing, and nothing selects it
    const id = this.templates.length;
    this.templates.push({ subject: r.subject, labels, spec: node.spec });
    const ns = namespaceOf(manifest);
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
      const nsKey = ns + SEP + key;
      const known = this.values.get(nsKey);
      if (known) known.push(value);
      else this.values.set(nsKey, [value]);
    }
  }

  /**
   * The templates in namespace `ns` whose labels hold every pair of `selector` (string values only,
   * at least one pair); `missing` receives the first pair that no template of `ns` has at all.
   */
  public select(ns: string, keys: readonly string[], selector: JsonObject): { matched: Template[]; missing?: string } {
    let shortest: number[] | undefined;
    for (const key of keys) {
      const list = this.postings.get(ns + SEP + key + SEP + (selector[key] as string));
      if (!list) return { matched: [], missing: key };
      if (!shortest || list.length < shortest.length) shortest = list;
    }
    const matched: Template[] = [];
    for (const id of shortest ?? []) {
      const t = this.templates[id];
      let all = true;
      for (const key of keys) {
        if (t.labels[key] !== selector[key]) {
          all = false;
          break;
        }
      }
      if (all) matched.push(t);
    }
    return { matched };
  }

  /** The values that label `key` takes in namespace `ns`. */
  public valuesOf(ns: string, key: string): readonly string[] {
    return this.values.get(ns + SEP + key) ?? [];
  }
}

/** Declared container port names → protocols (defaulted `TCP`), or `null` when unreadable. */
function declaredPorts(t: Template): Map<string, string[]> | null {
  if (t.ports !== undefined) return t.ports;
  const containers = isObject(t.spec) ? t.spec.containers : undefined;
  let ports: Map<string, string[]> | null = null;
  if (Array.isArray(containers)) {
    ports = new Map();
    for (const c of containers) {
      if (!isObject(c) || !Array.isArray(c.ports)) continue;
      for (const p of c.ports) {
        if (!isObject(p) || typeof p.name !== 'string' || p.name === '') continue;
        const protocol = protocolOf(p);
        const known = ports.get(p.name);
        if (!known) ports.set(p.name, [protocol]);
        else if (!known.includes(protocol)) known.push(protocol);
      }
    }
  }
  t.ports = ports;
  return ports;
}

function listOf(items: readonly string[]): string {
  if (items.length === 1) return items[0];
  const shown = items.slice(0, MAX_NAMED);
  const rest = items.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * Checks each Service against the pod templates of `index`.
 *
 * Rule ids: `service-selects-nothing` (warning: a non-empty selector matching no pod template of
 * the same namespace), `service-target-port-declared` (error: a named `targetPort` that a selected
 * pod template's containers do not declare for the port's protocol).
 */
export function checkServices(index: WorkloadIndex, services: readonly { reporter: Reporter; manifest: JsonObject }[]): void {
  for (const { reporter: r, manifest } of services) {
    const spec = manifest.spec;
    if (!isObject(spec) || spec.type === 'ExternalName' || !isObject(spec.selector)) continue;
    const selector = spec.selector;
    const keys = Object.keys(selector);
    if (keys.length === 0 || keys.some(k => typeof selector[k] !== 'string')) continue;
    const ns = namespaceOf(manifest);
    const { matched, missing } = index.select(ns, keys, selector);
    if (matched.length === 0) {
      reportSelectsNothing(r, index, ns, keys, selector, missing);
      continue;
    }
    if (!Array.isArray(spec.ports)) continue;
    for (let i = 0; i < spec.ports.length; i++) {
      const p: unknown = spec.ports[i];
      if (!isObject(p) || typeof p.targetPort !== 'string' || p.targetPort === '') continue;
      const protocol = protocolOf(p);
      if (!PROTOCOLS.includes(protocol)) continue; // the Service rules report it
      checkTargetPort(r, i, p.targetPort, protocol, matched);
    }
  }
}

function reportSelectsNothing(r: Reporter, index: WorkloadIndex, ns: string, keys: readonly string[], selector: JsonObject, missing: string | undefined): void {
  const where = ns === '' ? 'without a namespace' : `in namespace "${ns}"`;
  const pairs = keys.map(k => `${k}=${selector[k] as string}`).join(', ');
  let suggestion: string | undefined;
  if (missing !== undefined) {
    const values = index.valuesOf(ns, missing);
    const near = suggest(selector[missing] as string, values) ?? (values.length === 1 ? values[0] : undefined);
    if (near !== undefined) suggestion = `${missing}: ${near}`;
  }
  r.advise(
    'service-selects-nothing',
    ['spec', 'selector'],
    selector,
    `matches no Pod or pod template of this input ${where} (none has all the labels ${pairs}): the Service would have no endpoints, unless its pods are deployed separately`,
    suggestion,
  );
}

function checkTargetPort(r: Reporter, i: number, name: string, protocol: string, matched: readonly Template[]): void {
  let failing: Template[] | undefined;
  for (const t of matched) {
    const ports = declaredPorts(t);
    if (ports === null || ports.get(name)?.includes(protocol)) continue;
    (failing ??= []).push(t);
  }
  if (!failing) return;
  const who = failing.map(t => {
    const other = declaredPorts(t)?.get(name);
    return other ? `${formatSubject(t.subject)} (declares "${name}" for ${other.join(', ')} only)` : formatSubject(t.subject);
  });
  // a name that every failing template declares for this protocol
  const first = declaredPorts(failing[0]);
  const candidates: string[] = [];
  if (first) {
    for (const [n, protocols] of first) {
      if (protocols.includes(protocol) && failing.every(t => declaredPorts(t)?.get(n)?.includes(protocol))) candidates.push(n);
    }
  }
  const suggestion = suggest(name, candidates) ?? (candidates.length === 1 ? candidates[0] : undefined);
  r.invalid(
    'service-target-port-declared',
    ['spec', 'ports', i, 'targetPort'],
    name,
    `no ${protocol} port named "${name}" is declared by the containers of ${listOf(who)}, so the Service would have no endpoints for this port (the apiserver does not check this)`,
    suggestion,
  );
}
