/**
 * The labels that controllers add to the pods they create, beyond the labels of the pod template:
 * a Service or a budget may select pods by them (a Service per StatefulSet pod selects
 * `statefulset.kubernetes.io/pod-name: web-0`), so the rules across objects must know them.
 *
 * As Kubernetes 1.27 sets them: the ReplicaSet controller adds `pod-template-hash` to the pods of a
 * Deployment; the StatefulSet controller `statefulset.kubernetes.io/pod-name` and
 * `controller-revision-hash`; the DaemonSet controller `controller-revision-hash` and
 * `pod-template-generation`; the Job controller `controller-uid`, `job-name` and their
 * `batch.kubernetes.io/` forms (a CronJob's jobs are named after the CronJob and a time).
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../values/json';

/** Which values a controller-added label takes on the pods of one workload. */
export type LabelValues = (value: string) => boolean;

/** The labels a controller adds to the pods of one workload, by key. */
export type ControllerLabels = ReadonlyMap<string, LabelValues>;

const NONE: ControllerLabels = new Map();
const ANY: LabelValues = () => true;

function nameOf(manifest: JsonObject): string | undefined {
  const meta = manifest.metadata;
  return isObject(meta) && typeof meta.name === 'string' && meta.name !== '' ? meta.name : undefined;
}

/** A name followed by a suffix that matches `suffix` (a pod ordinal, a job's scheduled time). */
function namedAfter(name: string | undefined, suffix: RegExp): LabelValues {
  if (name === undefined) return ANY; // generateName: the name is not known yet
  return value => value.startsWith(`${name}-`) && suffix.test(value.slice(name.length + 1));
}

function exactly(name: string | undefined): LabelValues {
  return name === undefined ? ANY : value => value === name;
}

function jobLabels(jobName: LabelValues): ControllerLabels {
  return new Map([
    ['controller-uid', ANY],
    ['batch.kubernetes.io/controller-uid', ANY],
    ['job-name', jobName],
    ['batch.kubernetes.io/job-name', jobName],
  ]);
}

/** A Job that chose its own selector gets no generated labels. */
function manualSelector(spec: unknown): boolean {
  return isObject(spec) && spec.manualSelector === true;
}

/** The labels of the pods of every Deployment, and of every DaemonSet: one map each, for all of them. */
const DEPLOYMENT: ControllerLabels = new Map([['pod-template-hash', ANY]]);
const DAEMON_SET: ControllerLabels = new Map([
  ['controller-revision-hash', ANY],
  ['pod-template-generation', ANY],
]);

/**
 * The labels that the controller of `kind` adds to the pods of `manifest`, with the values each
 * can take (a hash or a uid can be anything; a pod name is the workload's name and an ordinal).
 */
export function controllerLabelsOf(kind: string, manifest: JsonObject): ControllerLabels {
  const name = nameOf(manifest);
  switch (kind) {
    case 'Deployment':
      return DEPLOYMENT;
    case 'StatefulSet':
      // any ordinal: replicas change at run time (kubectl scale, an autoscaler)
      return new Map([
        ['statefulset.kubernetes.io/pod-name', namedAfter(name, /^[0-9]+$/)],
        ['controller-revision-hash', ANY],
      ]);
    case 'DaemonSet':
      return DAEMON_SET;
    case 'Job':
      return manualSelector(manifest.spec) ? NONE : jobLabels(exactly(name));
    case 'CronJob': {
      const template = isObject(manifest.spec) ? manifest.spec.jobTemplate : undefined;
      // its jobs are named `<cronjob>-<scheduled time in minutes>`
      return isObject(template) && manualSelector(template.spec) ? NONE : jobLabels(namedAfter(name, /^[0-9]+$/));
    }
    default:
      return NONE;
  }
}
