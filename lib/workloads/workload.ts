/**
 * What every workload shares: a name, the labels that select its pods (so that the selector and
 * the pod labels cannot disagree), a pod template of typed containers, and validation of the
 * object it builds when it is created.
 *
 * @packageDocumentation
 */
import { ApiObject, Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { OwnApiObject } from '../app-validation/own-api-object';
import { Container, DeclaredPort } from '../containers/container';
import { BuilderCheck } from '../engine/builder-check';
import { buildMetadata, MetadataOptions, ObjectMetaJson } from '../objects/metadata';
import { validateOwn } from '../objects/own-validation';
import { seconds } from '../probes/build';
import { PORT_NAMES } from '../values/port-name';
import { buildPodTemplate, PodTemplateOptions, PodTemplateParts } from './pod-template';
import { Selectable } from './selectable';
import { WorkloadSpellings } from './spellings';

/** Properties of every workload. `N` is the union of the port names its containers declare. */
export interface WorkloadProps<N extends string> extends MetadataOptions, PodTemplateOptions, WorkloadSpellings {
  /** The workload's name, exactly as it appears in the cluster. */
  readonly name: string;

  /** The pod's containers. */
  readonly containers: readonly Container<N>[];

  /**
   * The labels that select the workload's pods: on the pods, in the selector, and in the
   * selectors of the Services and budgets that select the workload. User labels cannot override them.
   *
   * @default { 'app.kubernetes.io/name': name }
   */
  readonly selectorLabels?: Readonly<Record<string, string>>;

  /**
   * Labels of the pods only (besides `labels` and the selector labels).
   *
   * @default - none
   */
  readonly podLabels?: Readonly<Record<string, string>>;

  /**
   * Annotations of the pods only (`prometheus.io/scrape`), besides those the containers record.
   *
   * @default - none
   */
  readonly podAnnotations?: Readonly<Record<string, string>>;
}

/** A pod template as a manifest writes it. */
export interface PodTemplateJson {
  readonly metadata: { readonly labels: Readonly<Record<string, string>>; readonly annotations?: Readonly<Record<string, string>> };
  readonly spec: PodTemplateParts['spec'];
}

/** What a kind adds to the shared parts: its `spec`, from the selector and the pod template. */
export type SpecBuilder = (selector: Readonly<Record<string, string>>, template: PodTemplateJson, parts: PodTemplateParts) => Record<string, unknown>;

/** The API version and kind of a workload, and how its pods restart. */
export interface WorkloadKind {
  readonly apiVersion: string;
  readonly kind: string;
  readonly restartPolicy?: string;
}

/**
 * A workload of typed containers: `Deployment`, `StatefulSet`, `DaemonSet`, `Job`, `CronJob`. Its
 * selector is its selector labels, which its pods carry; Services and disruption budgets select it
 * by them. Its object is validated when it is created.
 */
export abstract class Workload<N extends string = string> extends Construct implements Selectable<N> {
  /** The workload's kind. */
  public readonly kind: string;
  /** The workload's name in the cluster. */
  public readonly name: string;
  /** The workload's namespace, when it sets one. */
  public readonly namespace?: string;
  /** The labels that select its pods. */
  public readonly selectorLabels: Readonly<Record<string, string>>;
  /** The pod's containers. */
  public readonly containers: readonly Container<N>[];
  /** The underlying object, the child `'Resource'`. */
  public readonly apiObject: ApiObject;
  /** How many pods it runs, for a kind that says (a Deployment, a StatefulSet); `undefined` for the others. */
  public readonly replicas?: number;

  /** The port names its containers declare, for the compiler only. Never set at run time. */
  declare public readonly [PORT_NAMES]: N;

  protected constructor(
    scope: Construct,
    id: string,
    kind: WorkloadKind,
    props: WorkloadProps<N>,
    spec: SpecBuilder,
    counts: Readonly<Record<string, number | undefined>> = {},
  ) {
    super(scope, id);
    const where = `[${this.node.path}]`;
    checkCounts(where, counts);
    this.kind = kind.kind;
    this.name = props.name;
    this.namespace = props.namespace;
    this.selectorLabels = { ...(props.selectorLabels ?? { 'app.kubernetes.io/name': props.name }) };
    if ('replicas' in counts) this.replicas = counts.replicas ?? 1;
    checkPodOptions(where, props, this.selectorLabels);
    this.containers = [...props.containers];
    const metadata: ObjectMetaJson = buildMetadata(where, props.name, props, this.selectorLabels);
    const parts = buildPodTemplate(props, props.containers, { where, kind: kind.kind, restartPolicy: kind.restartPolicy });
    const annotations = { ...props.podAnnotations, ...parts.annotations };
    const template: PodTemplateJson = {
      metadata: {
        labels: { ...metadata.labels, ...props.podLabels, ...this.selectorLabels },
        ...(Object.keys(annotations).length > 0 && { annotations }),
      },
      spec: parts.spec,
    };
    const manifest = { apiVersion: kind.apiVersion, kind: kind.kind, metadata, spec: spec(this.selectorLabels, template, parts) };
    validateOwn(this, [manifest]);
    this.apiObject = new OwnApiObject(this, 'Resource', manifest);
  }

  /** The ports its containers declare. */
  public get ports(): readonly DeclaredPort[] {
    return this.containers.flatMap(c => c.ports);
  }
}

/**
 * The options no other check sees before they are written: each duration (`terminationGracePeriod`,
 * `minReady`, `activeDeadline`...) is a whole number of seconds, and the pod labels do not
 * override a selector label (the selector would no longer select the pods).
 */
function checkPodOptions(where: string, props: WorkloadProps<string>, selectorLabels: Readonly<Record<string, string>>): void {
  const check = new BuilderCheck();
  for (const [field, value] of Object.entries(props)) if (value instanceof Duration) seconds(check, field, value, 0);
  for (const [key, value] of Object.entries(props.podLabels ?? {})) {
    if (key in selectorLabels && selectorLabels[key] !== value) {
      check.r.invalid('sdk-selector-label', ['podLabels', { key }], value, `must not override the selector label ${key}=${selectorLabels[key]}`);
    }
  }
  check.throwIfErrors(where);
}

/** Counts of a workload (replicas, completions, ...) are whole numbers, 0 or more. */
function checkCounts(where: string, counts: Readonly<Record<string, number | undefined>>): void {
  const check = new BuilderCheck();
  for (const [field, value] of Object.entries(counts)) {
    if (value !== undefined && !(Number.isInteger(value) && value >= 0))
      check.r.invalid('sdk-workload-option', [field], value, 'must be a whole number, 0 or more');
  }
  check.throwIfErrors(where);
}
