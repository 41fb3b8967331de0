/**
 * Cross-manifest rules: a Service against the pods of the same input (the Pods and the pod
 * templates of workloads). The apiserver checks neither: a Service whose selector matches nothing,
 * or whose named `targetPort` no selected container declares, is accepted and silently gets no
 * endpoints.
 *
 * Linear in the size of the input: the pod templates are indexed by label pair, with the names
 * and numbers of the ports their containers declare (`workload-index.ts`).
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../values/json';
import { Path } from '../../values/path';
import { suggest } from '../../values/suggest';
import { Reporter } from '../reporter';
import { protocolOf, PROTOCOLS } from './pod/ports';
import { checkTargetPortNumber } from './target-port-number';
import { describeTemplate, IndexedTemplate as Template, namespaceOf, WorkloadIndex } from './workload-index';

/** How many pod templates a message names before `and N more`. */
const MAX_NAMED = 3;

/**
 * The paths of a Service at which {@link checkServices} may report: its selector, its target
 * ports, and the ports whose target port defaults to them (a caller that does not keep the
 * Service's text locates them when it reads it).
 */
export function serviceReportPaths(manifest: JsonObject): Path[] {
  const spec = manifest.spec;
  if (!isObject(spec) || !isObject(spec.selector)) return [];
  // the Service itself too: where a finding at a path not listed here is placed
  const paths: Path[] = [[], ['spec', 'selector']];
  if (Array.isArray(spec.ports)) {
    spec.ports.forEach((p: unknown, i: number) => {
      if (!isObject(p)) return;
      if (typeof p.targetPort === 'string' || typeof p.targetPort === 'number') paths.push(['spec', 'ports', i, 'targetPort']);
      else if (typeof p.port === 'number') paths.push(['spec', 'ports', i, 'port']); // the targetPort defaults to it
    });
  }
  return paths;
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
 * the same namespace), `service-target-port-declared` (error: a named `targetPort` that no
 * selected pod template's containers declare for the port's protocol),
 * `service-target-port-partial` (warning: some of them declare it, others do not),
 * `service-target-port-number` (a warning, an error in typed mode: a number no selected container
 * declares, when they declare ports).
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
      if (!isObject(p)) continue;
      if (typeof p.targetPort === 'number' || ((p.targetPort === undefined || p.targetPort === null) && typeof p.port === 'number')) {
        checkTargetPortNumber(r, i, (typeof p.targetPort === 'number' ? p.targetPort : p.port) as number, typeof p.targetPort !== 'number', matched);
        continue;
      }
      if (typeof p.targetPort !== 'string' || p.targetPort === '') continue;
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

/**
 * A named `targetPort` against the templates a Service selects: an error when none of them declares
 * it for the port's protocol, a warning naming those that do not when only some do (two apps in
 * one folder whose labels overlap: the Service reaches the pods of both).
 */
function checkTargetPort(r: Reporter, i: number, name: string, protocol: string, matched: readonly Template[]): void {
  const failing: Template[] = [];
  const declaring: Template[] = [];
  for (const t of matched) {
    const ports = t.ports;
    if (ports === null) continue;
    if (ports.get(name)?.includes(protocol)) declaring.push(t);
    else failing.push(t);
  }
  if (failing.length === 0) return;
  const path = ['spec', 'ports', i, 'targetPort'];
  const who = failing.map(t => {
    const other = t.ports?.get(name);
    return describeTemplate(t, other ? `declares "${name}" for ${other.join(', ')} only` : undefined);
  });
  if (declaring.length > 0) {
    r.advise(
      'service-target-port-partial',
      path,
      name,
      `${listOf(declaring.map(t => describeTemplate(t)))} declare${declaring.length === 1 ? 's' : ''} a ${protocol} port named "${name}", but ${listOf(who)}, which this Service also selects, do${failing.length === 1 ? 'es' : ''} not: their pods get no endpoint for this port (does the selector reach pods it should not?)`,
    );
    return;
  }
  r.invalid(
    'service-target-port-declared',
    path,
    name,
    `no ${protocol} port named "${name}" is declared by the containers of ${listOf(who)}, so the Service would have no endpoints for this port (the apiserver does not check this)`,
    suggestionFor(name, protocol, failing),
  );
}

/** A name that every failing template declares for this protocol, close to the one given. */
function suggestionFor(name: string, protocol: string, failing: readonly Template[]): string | undefined {
  const first = failing[0].ports;
  const candidates: string[] = [];
  if (first) {
    for (const [n, protocols] of first) {
      if (protocols.includes(protocol) && failing.every(t => t.ports?.get(n)?.includes(protocol))) candidates.push(n);
    }
  }
  return suggest(name, candidates) ?? (candidates.length === 1 ? candidates[0] : undefined);
}
