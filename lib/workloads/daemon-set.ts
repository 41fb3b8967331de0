/**
 * DaemonSets: one pod of typed containers on each node (a log shipper, a node agent), rolled out
 * by a typed strategy.
 *
 * @packageDocumentation
 */
import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { checkArguments } from '../engine/options/check-options';
import { checkConstructArguments } from '../objects/construct-arguments';
import { withoutUndefined } from '../values/json';
import { MinReadySpellings } from './spellings';
import { IntOrPercent } from './deployment';
import { Workload, WorkloadProps } from './workload';

/** Options of a DaemonSet's rolling update: exactly one of the two is not zero. */
export interface DaemonSetRollingUpdateOptions {
  /**
   * How many nodes may be without a ready pod during a rollout (the old pod stops before the new one starts).
   *
   * @default - not emitted; Kubernetes uses 1
   */
  readonly maxUnavailable?: IntOrPercent;
  /**
   * How many nodes may run an old and a new pod at once during a rollout (the new pod starts
   * before the old one stops); `maxUnavailable` must then be 0.
   *
   * @default - not emitted; Kubernetes uses 0
   */
  readonly maxSurge?: IntOrPercent;
}

/** How a DaemonSet replaces its pods when the template changes. */
export class DaemonSetUpdateStrategy {
  /** Pods are replaced node by node, within the unavailability or the surge given. */
  public static rollingUpdate(options: DaemonSetRollingUpdateOptions = {}): DaemonSetUpdateStrategy {
    checkArguments('DaemonSetUpdateStrategy.rollingUpdate', 'DaemonSetUpdateStrategy.rollingUpdate', [options]);
    const rollingUpdate = withoutUndefined({ maxUnavailable: options.maxUnavailable, maxSurge: options.maxSurge });
    return new DaemonSetUpdateStrategy({ type: 'RollingUpdate', ...(Object.keys(rollingUpdate).length > 0 && { rollingUpdate }) });
  }

  /** Pods keep the old template until they are deleted. */
  public static onDelete(): DaemonSetUpdateStrategy {
    return new DaemonSetUpdateStrategy({ type: 'OnDelete' });
  }

  private constructor(private readonly json: Readonly<Record<string, unknown>>) {}

  /** The strategy, as a manifest writes it. */
  public toJson(): Readonly<Record<string, unknown>> {
    return this.json;
  }
}

/** Properties of a {@link DaemonSet}. */
export interface DaemonSetProps<N extends string> extends WorkloadProps<N>, MinReadySpellings {
  /**
   * How pods are replaced when the template changes.
   *
   * @default - not emitted; a rolling update of one node at a time
   */
  readonly updateStrategy?: DaemonSetUpdateStrategy;
  /**
   * How long a new pod must be ready before it counts as available.
   *
   * @default - not emitted; 0 seconds
   */
  readonly minReady?: Duration;
  /**
   * How many old revisions to keep for rollbacks.
   *
   * @default - not emitted; Kubernetes keeps 10
   */
  readonly revisionHistoryLimit?: number;
}

/**
 * A DaemonSet of typed containers: one pod on each node its scheduling options allow. Its
 * selector is its selector labels, which its pods carry. A node agent typically tolerates every
 * taint and needs host exemptions, each with its reason.
 *
 * @example
 * new DaemonSet(chart, 'Agent', {
 *   name: 'node-agent',
 *   containers: [agent],
 *   tolerations: [Toleration.everything()],
 *   exemptions: { hostNetwork: { reason: 'reports the node network' } },
 * });
 */
export class DaemonSet<N extends string = string> extends Workload<N> {
  public constructor(scope: Construct, id: string, props: DaemonSetProps<N>) {
    super(
      scope,
      id,
      { apiVersion: 'apps/v1', kind: 'DaemonSet' },
      checkConstructArguments('DaemonSet', scope, id, props),
      (selector, template) =>
        withoutUndefined({
          updateStrategy: props.updateStrategy?.toJson(),
          minReadySeconds: props.minReady?.toSeconds(),
          revisionHistoryLimit: props.revisionHistoryLimit,
          selector: { matchLabels: { ...selector } },
          template,
        }),
      { revisionHistoryLimit: props.revisionHistoryLimit },
    );
  }
}
