/**
 * The probe timelines of manifests: one per container of every Pod and of every workload's pod
 * template, with the findings the timelines explain (Services of the same input included).
 *
 * @packageDocumentation
 */
import { Finding, formatSubject } from '../engine/finding';
import { objectsOf } from '../engine/input';
import { Reporter } from '../engine/reporter';
import { controllerLabelsOf } from '../engine/rules/controller-labels';
import { podTemplateAt, templatePathOf } from '../engine/rules/kinds';
import { selectorMatches } from '../engine/rules/selectors';
import { namespaceOf } from '../engine/rules/workload-index';
import { isObject, JsonObject } from '../values/json';
import { Path } from '../values/path';
import { reportProbeFindings, reportServiceReadiness } from './findings';
import { probeTimeline, ProbeTimeline } from './model';
import { containerSettings } from './settings';

/** The probe timeline of one named container of a pod template. */
export interface ContainerProbeTimeline extends ProbeTimeline {
  /** The container's name. */
  readonly container: string;
}

/** The probe timeline of one container of a manifest, with its findings. */
export interface ContainerTimeline extends ContainerProbeTimeline {
  /** The object that runs it, as `Kind/name` (`Deployment/web`). */
  readonly object: string;
  /** The index in the input of the manifest that holds the object (a list counts as one manifest). */
  readonly manifestIndex: number;
  /** What the timeline says is wrong, in the engine's finding shape (paths from the manifest's root). */
  readonly findings: Finding[];
}

/**
 * The probe timelines of the containers of a pod template: a Pod manifest, or a workload's
 * `spec.template` (`{ metadata, spec }`; the start times it declares are annotations of its
 * `metadata`). Init containers have no probes in 1.27 and are left out. Never throws: values of
 * the wrong type count as absent.
 */
export function podTemplateTimelines(template: unknown): ContainerProbeTimeline[] {
  if (!isObject(template) || !isObject(template.spec) || !Array.isArray(template.spec.containers)) return [];
  const out: ContainerProbeTimeline[] = [];
  for (const c of template.spec.containers) {
    if (!isObject(c)) continue;
    out.push({ container: typeof c.name === 'string' ? c.name : '<no name>', ...probeTimeline(containerSettings(template, c)) });
  }
  return out;
}

interface SelectingService {
  readonly name: string;
  readonly namespace: string;
  readonly selector: JsonObject;
}

/** The Services of the input that keep their endpoints to ready pods, with a selector to match. */
function servicesOf(objects: readonly { manifest: unknown }[]): SelectingService[] {
  const out: SelectingService[] = [];
  for (const { manifest } of objects) {
    if (!isObject(manifest) || manifest.kind !== 'Service' || manifest.apiVersion !== 'v1' || !isObject(manifest.spec)) continue;
    const { selector, type, publishNotReadyAddresses } = manifest.spec;
    if (!isObject(selector) || Object.keys(selector).length === 0 || type === 'ExternalName' || publishNotReadyAddresses === true) continue;
    const meta = isObject(manifest.metadata) ? manifest.metadata : {};
    out.push({
      name: formatSubject({ kind: 'Service', name: typeof meta.name === 'string' ? meta.name : undefined, object: 0 }),
      namespace: namespaceOf(manifest),
      selector,
    });
  }
  return out;
}

/** Whether a Service's selector matches the pods of a template: its labels, and those the controller adds (`controllerLabelsOf`). */
function selects(service: SelectingService, kind: string, manifest: JsonObject, labels: JsonObject): boolean {
  const generated = controllerLabelsOf(kind, manifest);
  const effective: JsonObject = { ...labels };
  for (const key in service.selector) {
    const value = service.selector[key];
    if (!(key in labels) && typeof value === 'string' && generated.get(key)?.(value) === true) effective[key] = value;
  }
  return selectorMatches({ matchLabels: service.selector }, effective);
}

/**
 * The probe timelines of every container of the Pods and workloads (Deployment, StatefulSet,
 * DaemonSet, ReplicaSet, ReplicationController, Job, CronJob) of `manifests`, in input order,
 * lists unpacked, each with its findings: `probe-kill-before-start`, `probe-timeout-period`, and
 * `service-readiness-missing` for the pods that a Service of the same input selects (same
 * namespace, selector matching the pod labels) when none of their containers has a readiness probe.
 */
export function probeTimelines(manifests: readonly unknown[]): ContainerTimeline[] {
  const objects = objectsOf(manifests);
  const services = servicesOf(objects);
  const out: ContainerTimeline[] = [];
  for (const { manifest, object, prefix } of objects) {
    if (!isObject(manifest) || typeof manifest.kind !== 'string' || manifest.kind === 'PodTemplate') continue;
    const path = templatePathOf(manifest.kind);
    const template = path === undefined ? undefined : podTemplateAt(manifest, path);
    if (path === undefined || template === undefined) continue;
    const meta = isObject(manifest.metadata) ? manifest.metadata : {};
    const name = typeof meta.name === 'string' ? meta.name : undefined;
    const subject = { object, kind: manifest.kind, name };
    const timelines = podTemplateTimelines(template.node);
    const tmeta = isObject(template.node.metadata) ? template.node.metadata : {};
    const labels = isObject(tmeta.labels) ? tmeta.labels : {};
    const ns = namespaceOf(manifest);
    const selecting = services.filter(s => s.namespace === ns && selects(s, manifest.kind as string, manifest, labels)).map(s => s.name);
    const unready = selecting.length > 0 && timelines.length > 0 && timelines.every(t => t.settings.readinessProbe === null);
    const containers = isObject(template.node.spec) && Array.isArray(template.node.spec.containers) ? template.node.spec.containers : [];
    let i = 0;
    for (let index = 0; index < containers.length; index++) {
      if (!isObject(containers[index])) continue;
      const t = timelines[i++];
      const findings: Finding[] = [];
      const r = new Reporter(findings, subject, prefix);
      const at: Path = [...path, 'spec', 'containers', index];
      reportProbeFindings(r, at, t.container, t);
      if (unready) reportServiceReadiness(r, at, t.container, t, selecting, formatSubject(subject));
      out.push({ ...t, object: `${manifest.kind}/${name ?? '<no name>'}`, manifestIndex: object, findings });
    }
  }
  return out;
}
