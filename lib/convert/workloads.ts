/**
 * The typed workloads: a Pod, Deployment, StatefulSet (with its governing Service), DaemonSet,
 * Job or CronJob of the input as `new Deployment(this, 'ShopApi', {...})`, its labels split into
 * selector labels, labels and pod labels as the typed layer joins them again.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../values/json';
import { Path } from '../values/path';
import { call, code, construct, Entry, Expr, literal, num, obj, Prop, str, strings } from './code';
import { ObjectEmit } from './emit';
import { camelCase, pascalCase } from './names';
import { podOptions, RestartRule } from './pod-spec';
import { cron, duration, isSeconds } from './quantities';
import { governingService } from './services';
import { labelEntries, matchLabels, metaEntries, metaOf, same, template } from './meta';
import { claimTemplates } from './volumes';

type Labels = Readonly<Record<string, string>>;

function only(e: ObjectEmit, o: JsonObject, path: Path, allowed: readonly string[]): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) e.fail([...path, k], 'the typed workload does not write it');
}

const count = (v: unknown, e: ObjectEmit, path: Path): Expr | undefined => {
  if (v === undefined) return undefined;
  if (!(typeof v === 'number' && Number.isInteger(v) && v >= 0)) return e.fail(path, 'a whole number');
  return num(v);
};
const seconds = (v: unknown, e: ObjectEmit, path: Path): Expr | undefined => {
  if (v === undefined) return undefined;
  return isSeconds(v) ? duration(v) : e.fail(path, 'whole seconds');
};
const text = (v: unknown): Expr | undefined => (typeof v === 'string' ? str(v) : undefined);
const intOrPercent = (v: unknown, e: ObjectEmit, path: Path): Expr | undefined => {
  if (v === undefined) return undefined;
  if (typeof v === 'number' || (typeof v === 'string' && /^\d+%$/.test(v))) return literal(v);
  return e.fail(path, 'a number or a percentage');
};

/** A rolling-update or on-delete strategy (`DeploymentStrategy.rollingUpdate({ maxSurge: 1 })`). */
function strategy(e: ObjectEmit, cls: string, other: string, v: unknown, path: Path, fields: readonly string[]): Expr | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v) || typeof v.type !== 'string') return e.fail(path, 'a strategy with a type');
  if (v.type !== 'RollingUpdate') {
    if (v.type !== other || Object.keys(v).length !== 1) return e.fail(path, `RollingUpdate or ${other}`);
    return call(`${cls}.${other === 'Recreate' ? 'recreate' : 'onDelete'}`);
  }
  only(e, v, path, ['type', 'rollingUpdate']);
  const r = v.rollingUpdate;
  if (r === undefined) return call(`${cls}.rollingUpdate`);
  if (!isObject(r)) return e.fail([...path, 'rollingUpdate'], 'not an object');
  only(e, r, [...path, 'rollingUpdate'], fields);
  const options = obj(
    fields.map(f => [f, f === 'partition' ? count(r[f], e, [...path, 'rollingUpdate', f]) : intOrPercent(r[f], e, [...path, 'rollingUpdate', f])] as const),
  );
  return options.props.length > 0 ? call(`${cls}.rollingUpdate`, options) : call(`${cls}.rollingUpdate`);
}

/** The Job options of a Job's or CronJob's `spec` (`completions`, `backoffLimit`, `ttlAfterFinished`, ...). */
function jobOptions(e: ObjectEmit, s: JsonObject, path: Path): Entry[] {
  return [
    ['completions', count(s.completions, e, [...path, 'completions'])],
    ['parallelism', count(s.parallelism, e, [...path, 'parallelism'])],
    ['backoffLimit', count(s.backoffLimit, e, [...path, 'backoffLimit'])],
    ['activeDeadline', seconds(s.activeDeadlineSeconds, e, [...path, 'activeDeadlineSeconds'])],
    ['ttlAfterFinished', seconds(s.ttlSecondsAfterFinished, e, [...path, 'ttlSecondsAfterFinished'])],
    ['completionMode', text(s.completionMode)],
  ];
}
const JOB_FIELDS = ['template', 'completions', 'parallelism', 'backoffLimit', 'activeDeadlineSeconds', 'ttlSecondsAfterFinished', 'completionMode'];

/** Writes a typed Pod, Deployment, StatefulSet, DaemonSet, Job or CronJob; `NotTyped` when it cannot. */
export function emitWorkload(e: ObjectEmit): void {
  const m = e.o.manifest;
  const kind = String(m.kind);
  only(e, m, [], ['apiVersion', 'kind', 'metadata', 'spec']);
  const meta = metaOf(e, m.metadata);
  const spec = m.spec;
  if (!isObject(spec)) return e.fail(['spec'], 'no spec');
  const ns = meta.namespace;
  let entries: (Entry | Prop)[];
  let selector: Labels | undefined;
  if (kind === 'Pod') {
    const pod = podOptions(e, spec, ['spec'], ns, new Map(), 'pod');
    entries = [...metaEntries(e, meta), ...pod];
    selector = meta.labels;
  } else {
    let tplPath: Path = ['spec', 'template'];
    let kindEntries: Entry[] = [];
    let templates = new Map<string, Expr>();
    let restart: RestartRule = 'always';
    let jobLabels: Labels | undefined;
    if (kind === 'CronJob') {
      only(
        e,
        spec,
        ['spec'],
        [
          'schedule',
          'timeZone',
          'concurrencyPolicy',
          'startingDeadlineSeconds',
          'successfulJobsHistoryLimit',
          'failedJobsHistoryLimit',
          'suspend',
          'jobTemplate',
        ],
      );
      const jt = spec.jobTemplate;
      if (!isObject(jt) || !isObject(jt.spec)) return e.fail(['spec', 'jobTemplate'], 'no job template');
      only(e, jt, ['spec', 'jobTemplate'], ['metadata', 'spec']);
      jobLabels = jt.metadata === undefined ? {} : metaOf(e, jt.metadata, ['spec', 'jobTemplate', 'metadata'], false).labels;
      if (isObject(jt.metadata) && Object.keys(jt.metadata).some(k => k !== 'labels'))
        e.fail(['spec', 'jobTemplate', 'metadata'], 'the typed CronJob writes labels only');
      only(e, jt.spec, ['spec', 'jobTemplate', 'spec'], JOB_FIELDS);
      tplPath = ['spec', 'jobTemplate', 'spec', 'template'];
      restart = 'job';
      kindEntries = [
        ['schedule', cron(spec.schedule) ?? e.fail(['spec', 'schedule'], 'a five-field schedule')],
        ['timeZone', text(spec.timeZone)],
        ['concurrencyPolicy', text(spec.concurrencyPolicy)],
        ['startingDeadline', seconds(spec.startingDeadlineSeconds, e, ['spec', 'startingDeadlineSeconds'])],
        ['successfulJobsHistoryLimit', count(spec.successfulJobsHistoryLimit, e, ['spec', 'successfulJobsHistoryLimit'])],
        ['failedJobsHistoryLimit', count(spec.failedJobsHistoryLimit, e, ['spec', 'failedJobsHistoryLimit'])],
        ['suspend', typeof spec.suspend === 'boolean' ? literal(spec.suspend) : undefined],
        ...jobOptions(e, jt.spec, ['spec', 'jobTemplate', 'spec']),
      ];
    } else if (kind === 'Job') {
      only(e, spec, ['spec'], [...JOB_FIELDS, 'suspend']);
      restart = 'job';
      kindEntries = [...jobOptions(e, spec, ['spec']), ['suspend', typeof spec.suspend === 'boolean' ? literal(spec.suspend) : undefined]];
    } else {
      const common = ['selector', 'template', 'minReadySeconds', 'revisionHistoryLimit'];
      if (kind === 'Deployment') only(e, spec, ['spec'], [...common, 'replicas', 'strategy', 'progressDeadlineSeconds']);
      if (kind === 'DaemonSet') only(e, spec, ['spec'], [...common, 'updateStrategy']);
      if (kind === 'StatefulSet') {
        only(
          e,
          spec,
          ['spec'],
          [...common, 'replicas', 'serviceName', 'volumeClaimTemplates', 'podManagementPolicy', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy'],
        );
      }
      if (kind !== 'DaemonSet' && spec.replicas === undefined) e.fail(['spec', 'replicas'], 'not set (the typed workloads write 1); an autoscaler may own it');
      selector = matchLabels(e, spec.selector, ['spec', 'selector']);
      const claims = kind === 'StatefulSet' ? claimTemplates(e, spec.volumeClaimTemplates, ['spec', 'volumeClaimTemplates']) : undefined;
      if (claims) {
        e.statements.push(...claims.statements);
        templates = claims.byName;
      }
      kindEntries = [
        ['replicas', count(spec.replicas, e, ['spec', 'replicas'])],
        ...(kind === 'StatefulSet' ? governingService(e, meta, spec, selector) : []),
        [
          'strategy',
          kind === 'Deployment'
            ? strategy(e, 'DeploymentStrategy', 'Recreate', spec.strategy, ['spec', 'strategy'], ['maxSurge', 'maxUnavailable'])
            : undefined,
        ],
        [
          'updateStrategy',
          kind === 'DaemonSet'
            ? strategy(e, 'DaemonSetUpdateStrategy', 'OnDelete', spec.updateStrategy, ['spec', 'updateStrategy'], ['maxUnavailable', 'maxSurge'])
            : kind === 'StatefulSet'
              ? strategy(e, 'StatefulSetUpdateStrategy', 'OnDelete', spec.updateStrategy, ['spec', 'updateStrategy'], ['partition'])
              : undefined,
        ],
        ['podManagementPolicy', text(spec.podManagementPolicy)],
        [
          'persistentVolumeClaimRetentionPolicy',
          isObject(spec.persistentVolumeClaimRetentionPolicy) ? strings(spec.persistentVolumeClaimRetentionPolicy as Labels) : undefined,
        ],
        ['minReady', seconds(spec.minReadySeconds, e, ['spec', 'minReadySeconds'])],
        ['revisionHistoryLimit', count(spec.revisionHistoryLimit, e, ['spec', 'revisionHistoryLimit'])],
        ['progressDeadline', seconds(spec.progressDeadlineSeconds, e, ['spec', 'progressDeadlineSeconds'])],
      ];
    }
    const tpl = template(
      e,
      kind === 'CronJob' ? (spec.jobTemplate as JsonObject).spec && ((spec.jobTemplate as JsonObject).spec as JsonObject).template : spec.template,
      tplPath,
    );
    if (selector === undefined) {
      // a Job's labels: those the object and its pods share are the "selector" labels the typed layer puts on both
      selector = Object.fromEntries(Object.entries(meta.labels).filter(([k, v]) => tpl.labels[k] === v));
    }
    if (jobLabels !== undefined && !same(jobLabels, meta.labels))
      e.fail(['spec', 'jobTemplate', 'metadata', 'labels'], "the typed CronJob's Jobs carry its labels");
    const pod = podOptions(e, tpl.spec, [...tplPath, 'spec'], ns, templates, restart);
    const metaProps = metaEntries(e, meta, selector);
    entries = [
      ...metaProps.slice(0, 2),
      ...kindEntries,
      ...metaProps.slice(2),
      ...labelEntries(e, meta, selector, tpl.labels, tplPath),
      ['podAnnotations', tpl.annotations && strings(tpl.annotations)],
      ...pod,
    ];
    if (kind === 'Job' || kind === 'CronJob') selector = undefined;
  }
  const selectable = selector !== undefined && Object.keys(selector).length > 0;
  const variable = selectable ? e.name(camelCase(meta.name), kind) : undefined;
  e.statements.push({ name: variable, value: construct(kind, code('this'), str(e.id(pascalCase(meta.name), kind)), obj(entries, true)) });
  if (variable !== undefined && selector !== undefined)
    e.registerSelectable({ variable, namespace: ns, name: meta.name, selector, ports: portsOf(e.o.manifest, kind), used: false });
}

/** The ports the containers of a workload declare, with their protocols. */
function portsOf(m: JsonObject, kind: string): { name?: string; protocol: string }[] {
  const spec = m.spec as JsonObject;
  const podSpec = kind === 'Pod' ? spec : ((spec.template as JsonObject | undefined)?.spec as JsonObject | undefined);
  const containers = Array.isArray(podSpec?.containers) ? (podSpec.containers as unknown[]) : [];
  return containers.flatMap(c =>
    isObject(c) && Array.isArray(c.ports)
      ? c.ports.filter(isObject).map(p => ({ name: typeof p.name === 'string' ? p.name : undefined, protocol: String(p.protocol ?? 'TCP') }))
      : [],
  );
}
