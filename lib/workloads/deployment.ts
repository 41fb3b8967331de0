/**
 * Deployments: stateless replicas of typed containers, rolled out by a typed strategy.
 *
 * @packageDocumentation
 */
import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { checkArguments } from '../engine/options/check-options';
import { checkConstructArguments } from '../objects/construct-arguments';
import { withoutUndefined } from '../values/json';
import { DeploymentSpellings } from './spellings';
import { Workload, WorkloadProps } from './workload';

/** A number of pods, or a percentage of the replicas (`'25%'`). */
export type IntOrPercent = number | `${number}%`;

/** Options of a rolling update. */
export interface RollingUpdateOptions {
  /**
   * How many pods above the replicas a rollout may create.
   *
   * @default - not emitted; Kubernetes uses '25%'
   */
  readonly maxSurge?: IntOrPercent;
  /**
   * How many pods may be unavailable during a rollout.
   *
   * @default - not emitted; Kubernetes uses '25%'
   */
  readonly maxUnavailable?: IntOrPercent;
}

/** How a Deployment replaces its pods. */
export class DeploymentStrategy {
  /** New pods start before old ones stop, within the surge and unavailability given. */
  public static rollingUpdate(options: RollingUpdateOptions = {}): DeploymentStrategy {
    checkArguments('DeploymentStrategy.rollingUpdate', 'DeploymentStrategy.rollingUpdate', [options]);
    const rollingUpdate = withoutUndefined({ maxSurge: options.maxSurge, maxUnavailable: options.maxUnavailable });
    return new DeploymentStrategy({ type: 'RollingUpdate', ...(Object.keys(rollingUpdate).length > 0 && { rollingUpdate }) });
  }

  /** Every old pod stops before new ones start (an app that cannot run two versions at once). */
  public static recreate(): DeploymentStrategy {
    return new DeploymentStrategy({ type: 'Recreate' });
  }

  private constructor(private readonly json: Readonly<Record<string, unknown>>) {}

  /** The strategy, as a manifest writes it. */
  public toJson(): Readonly<Record<string, unknown>> {
    return this.json;
  }
}

/** Properties of a {@link Deployment}. */
export interface DeploymentProps<N extends string> extends WorkloadProps<N>, DeploymentSpellings {
  /**
   * How many pods to run.
   *
   * @default 1
   */
  readonly replicas?: number;
  /**
   * How pods are replaced when the template changes.
   *
   * @default - not emitted; Kubernetes rolls with 25% surge and 25% unavailable
   */
  readonly strategy?: DeploymentStrategy;
  /**
   * How long a new pod must be ready before it counts as available.
   *
   * @default - not emitted; 0 seconds
   */
  readonly minReady?: Duration;
  /**
   * How many old ReplicaSets to keep for rollbacks.
   *
   * @default - not emitted; Kubernetes keeps 10
   */
  readonly revisionHistoryLimit?: number;
  /**
   * How long a rollout may make no progress before it is reported as failed.
   *
   * @default - not emitted; 600 seconds
   */
  readonly progressDeadline?: Duration;
}

/**
 * A Deployment of typed containers. Its selector is its selector labels, which its pods carry.
 *
 * @example
 * const api = new Deployment(chart, 'Api', { name: 'shop-api', replicas: 3, containers: [web] });
 */
export class Deployment<N extends string = string> extends Workload<N> {
  public constructor(scope: Construct, id: string, props: DeploymentProps<N>) {
    super(
      scope,
      id,
      { apiVersion: 'apps/v1', kind: 'Deployment' },
      checkConstructArguments('Deployment', scope, id, props),
      (selector, template) =>
        withoutUndefined({
          replicas: props.replicas ?? 1,
          strategy: props.strategy?.toJson(),
          minReadySeconds: props.minReady?.toSeconds(),
          revisionHistoryLimit: props.revisionHistoryLimit,
          progressDeadlineSeconds: props.progressDeadline?.toSeconds(),
          selector: { matchLabels: { ...selector } },
          template,
        }),
      { replicas: props.replicas, revisionHistoryLimit: props.revisionHistoryLimit },
    );
  }
}
