/**
 * PodDisruptionBudgets: how many pods of a workload a voluntary disruption (a node drain, a cluster
 * upgrade) may take down at once. The budget selects the workload's pods by its selector labels.
 *
 * @packageDocumentation
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { OwnApiObject } from '../app-validation/own-api-object';
import { Exemption } from '../containers/exemptions';
import { BuilderCheck } from '../engine/builder-check';
import { EXEMPTION_PREFIX } from '../engine/exemptions';
import { blockingField } from '../engine/rules/budgets';
import { buildMetadata, MetadataOptions } from '../objects/metadata';
import { checkConstructArguments } from '../objects/construct-arguments';
import { validateOwn } from '../objects/own-validation';
import { withoutUndefined } from '../values/json';
import { IntOrPercent } from '../workloads/deployment';
import { Selectable } from '../workloads/selectable';

/** When running pods that are not ready may be evicted, spelled as Kubernetes spells it. */
export type UnhealthyPodEvictionPolicy = 'IfHealthyBudget' | 'AlwaysAllow';

/** Properties of a {@link PodDisruptionBudget}: exactly one of `minAvailable` and `maxUnavailable`. */
export interface PodDisruptionBudgetProps<N extends string> extends MetadataOptions {
  /**
   * The budget's name.
   *
   * @default - the name of the selected workload
   */
  readonly name?: string;

  /** The pods the budget protects: a workload of this library, or a Pod. */
  readonly selector: Selectable<N>;

  /**
   * How many of the pods must stay available: a number, or a percentage of the pods (`'50%'`).
   *
   * @default - none: give `maxUnavailable`
   */
  readonly minAvailable?: IntOrPercent;

  /**
   * How many of the pods may be unavailable: a number, or a percentage of the pods (`'25%'`).
   *
   * @default - none: give `minAvailable`
   */
  readonly maxUnavailable?: IntOrPercent;

  /**
   * Whether running pods that are not ready may be evicted always (`'AlwaysAllow'`: a stuck pod
   * does not block a node drain), or only while the budget holds.
   *
   * @default - not emitted; Kubernetes uses 'IfHealthyBudget'
   */
  readonly unhealthyPodEvictionPolicy?: UnhealthyPodEvictionPolicy;

  /**
   * Let the budget keep every pod available, on purpose: a singleton (a database primary) that a
   * node drain must not evict, moved by hand. Recorded on the budget as the annotation
   * `exempt.cdk8s-pod-patterns/pdb-blocks-eviction`; without it, a budget that lets no pod of a
   * Deployment or StatefulSet be evicted is an error (the workloads whose pod count is known here;
   * for a Pod, DaemonSet, Job or CronJob the budget is not checked for this).
   *
   * @default - a budget that allows no eviction of a Deployment's or StatefulSet's pods is an error
   */
  readonly allowNoDisruption?: Exemption;
}

/**
 * A PodDisruptionBudget for the pods of a workload. Its selector is the workload's selector labels.
 *
 * @example
 * new PodDisruptionBudget(chart, 'ApiBudget', { selector: api, maxUnavailable: 1 });
 */
export class PodDisruptionBudget<N extends string = string> extends Construct {
  /** The budget's name. */
  public readonly budgetName: string;
  /** The pods it protects. */
  public readonly selector: Selectable<N>;
  /** The underlying object, the child `'Resource'`. */
  public readonly apiObject: ApiObject;

  public constructor(scope: Construct, id: string, props: PodDisruptionBudgetProps<N>) {
    super(scope, id);
    checkConstructArguments('PodDisruptionBudget', scope, id, props);
    const where = `[${this.node.path}]`;
    const selector = props.selector;
    this.selector = selector;
    this.budgetName = props.name ?? selector.name;
    checkBudget(where, props);
    const metadata = buildMetadata(where, this.budgetName, { namespace: selector.namespace, ...props }, selector.selectorLabels);
    const exemption = props.allowNoDisruption;
    const field = props.minAvailable !== undefined ? 'minAvailable' : 'maxUnavailable';
    const manifest = {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata:
        exemption === undefined
          ? metadata
          : { ...metadata, annotations: { ...metadata.annotations, [`${EXEMPTION_PREFIX}pdb-blocks-eviction`]: `budget:${field} (${exemption.reason})` } },
      spec: withoutUndefined({
        minAvailable: props.minAvailable,
        maxUnavailable: props.maxUnavailable,
        unhealthyPodEvictionPolicy: props.unhealthyPodEvictionPolicy,
        selector: { matchLabels: { ...selector.selectorLabels } },
      }),
    };
    validateOwn(this, [manifest]);
    this.apiObject = new OwnApiObject(this, 'Resource', manifest);
  }
}

/** Exactly one budget, and labels to select the pods by. */
function checkBudget(where: string, props: PodDisruptionBudgetProps<string>): void {
  const check = new BuilderCheck();
  const { selector } = props;
  if (props.minAvailable !== undefined && props.maxUnavailable !== undefined) {
    check.r.invalid('sdk-workload-option', ['maxUnavailable'], props.maxUnavailable, 'give minAvailable or maxUnavailable, not both');
  } else if (props.minAvailable === undefined && props.maxUnavailable === undefined) {
    check.r.required('sdk-workload-option', ['minAvailable'], 'give minAvailable or maxUnavailable');
  }
  if (Object.keys(selector.selectorLabels).length === 0) {
    // a budget with an empty selector protects every pod of its namespace
    check.r.required('sdk-workload-option', ['selector'], `${selector.kind} "${selector.name}" has no labels to select its pods by`);
  }
  if (props.allowNoDisruption !== undefined && props.allowNoDisruption.reason.trim() === '') {
    check.r.invalid('sdk-exemption-reason', ['allowNoDisruption', 'reason'], props.allowNoDisruption.reason, 'must say why no pod may be evicted');
  } else if (props.allowNoDisruption === undefined) {
    checkEvictions(check, props);
  }
  check.throwIfErrors(where);
}

/** A budget that keeps every pod of the workload available: no node drain can evict one. */
function checkEvictions(check: BuilderCheck, props: PodDisruptionBudgetProps<string>): void {
  const { selector, minAvailable, maxUnavailable } = props;
  const pods = selector.replicas;
  if (pods === undefined || pods === 0) return;
  const field = blockingField(minAvailable, maxUnavailable, pods);
  if (field === undefined) return;
  const fix =
    minAvailable !== undefined && typeof minAvailable === 'number' && pods > 1 ? `minAvailable: ${pods - 1} (or maxUnavailable: 1)` : 'maxUnavailable: 1';
  check.r.advise(
    'pdb-blocks-eviction',
    [field],
    minAvailable ?? maxUnavailable,
    `keeps ${pods === 1 ? 'the one pod' : `all ${pods} pods`} of ${selector.kind} "${selector.name}" available: no voluntary eviction is ever allowed, so a node drain waits until ${pods === 1 ? 'it is' : 'they are'} moved by hand; give ${fix}, or allowNoDisruption: { reason } for pods that must be moved by hand`,
  );
}
