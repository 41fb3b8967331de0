/**
 * PodDisruptionBudgets: how many pods of a workload a voluntary disruption (a node drain, a cluster
 * upgrade) may take down at once. The budget selects the workload's pods by its selector labels.
 *
 * @packageDocumentation
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { OwnApiObject } from '../app-validation/json-once';
import { BuilderCheck } from '../engine/builder-check';
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
    const manifest = {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: buildMetadata(where, this.budgetName, { namespace: selector.namespace, ...props }, selector.selectorLabels),
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
  check.throwIfErrors(where);
}
