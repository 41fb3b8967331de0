/**
 * StatefulSets: replicas with stable names and storage of their own. A StatefulSet writes its own
 * headless Service, which gives its pods their DNS names (`<pod>.<service>`), and makes the claims
 * of the claim templates its containers mount.
 *
 * @packageDocumentation
 */
import { ApiObject, Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { checkArguments } from '../engine/options/check-options';
import { checkConstructArguments } from '../objects/construct-arguments';
import { OwnApiObject } from '../app-validation/own-api-object';
import { DeclaredPort } from '../containers/container';
import { Protocol } from '../containers/port';
import { buildMetadata } from '../objects/metadata';
import { validateOwn } from '../objects/own-validation';
import { withoutUndefined } from '../values/json';
import { MinReadySpellings } from './spellings';
import { DeclaredPortName } from '../values/port-name';
import { Workload, WorkloadProps } from './workload';

/** Options of a StatefulSet's rolling update. */
export interface StatefulSetRollingUpdateOptions {
  /**
   * Only pods with an ordinal of at least `partition` are updated (a canary of the last pods, or a
   * staged rollout); the others keep the old template.
   *
   * @default - not emitted; 0: every pod is updated
   */
  readonly partition?: number;
}

/** How a StatefulSet replaces its pods when the template changes. */
export class StatefulSetUpdateStrategy {
  /** Pods are replaced one at a time, from the highest ordinal down, each once the next is ready. */
  public static rollingUpdate(options: StatefulSetRollingUpdateOptions = {}): StatefulSetUpdateStrategy {
    checkArguments('StatefulSetUpdateStrategy.rollingUpdate', 'StatefulSetUpdateStrategy.rollingUpdate', [options]);
    const rollingUpdate = withoutUndefined({ partition: options.partition });
    return new StatefulSetUpdateStrategy({ type: 'RollingUpdate', ...(Object.keys(rollingUpdate).length > 0 && { rollingUpdate }) }, options.partition);
  }

  /** Pods keep the old template until they are deleted (by hand, or by an operator). */
  public static onDelete(): StatefulSetUpdateStrategy {
    return new StatefulSetUpdateStrategy({ type: 'OnDelete' });
  }

  private constructor(
    private readonly json: Readonly<Record<string, unknown>>,
    /** The partition of a rolling update, when it sets one. */
    public readonly partition?: number,
  ) {}

  /** The strategy, as a manifest writes it. */
  public toJson(): Readonly<Record<string, unknown>> {
    return this.json;
  }
}

/** What happens to the claims of a StatefulSet's pods, spelled as Kubernetes spells it. */
export type ClaimRetention = 'Retain' | 'Delete';

/** When the claims made from a StatefulSet's claim templates are deleted. */
export interface ClaimRetentionPolicy {
  /**
   * When the StatefulSet is deleted.
   *
   * @default - not emitted; 'Retain'
   */
  readonly whenDeleted?: ClaimRetention;
  /**
   * When the StatefulSet is scaled down, for the claims of the pods removed.
   *
   * @default - not emitted; 'Retain'
   */
  readonly whenScaled?: ClaimRetention;
}

/** How a StatefulSet starts and stops its pods, spelled as Kubernetes spells it. */
export type PodManagementPolicy = 'OrderedReady' | 'Parallel';

/** A port of a StatefulSet's headless Service. */
export interface StatefulSetServicePort<N extends string> {
  /** The port the Service lists. */
  readonly port: number;
  /**
   * The pods' port: a number, or the name of a port the containers declare.
   *
   * @default - the same number as `port`
   */
  readonly targetPort?: number | DeclaredPortName<N>;
  /**
   * The port's name (the `_<name>._<protocol>` of the DNS SRV records); required with several ports.
   *
   * @default - no name
   */
  readonly name?: string;
  /**
   * The protocol.
   *
   * @default 'TCP'
   */
  readonly protocol?: Protocol;
}

/** The headless Service that a StatefulSet writes to name its pods (`<pod>.<service>`). */
export interface GoverningService {
  /** The Service's name: the StatefulSet's `serviceName`. */
  readonly serviceName: string;
  /** The Service object, the StatefulSet's child `'Service'`. */
  readonly apiObject: ApiObject;
}

/** Properties of a {@link StatefulSet}. */
export interface StatefulSetProps<N extends string> extends WorkloadProps<N>, MinReadySpellings {
  /**
   * How many pods to run.
   *
   * @default 1
   */
  readonly replicas?: number;
  /**
   * The name of the headless Service the StatefulSet writes, which gives its pods their DNS names.
   *
   * @default - the StatefulSet's name
   */
  readonly serviceName?: string;
  /**
   * The ports of the headless Service.
   *
   * @default - the ports the containers declare, by name (an unnamed one of several as `<protocol>-<number>`)
   */
  readonly servicePorts?: readonly StatefulSetServicePort<NoInfer<N>>[];
  /**
   * Whether the Service lists pods before they are ready (peers that must find each other to
   * become ready, such as a database cluster).
   *
   * @default - not emitted; only ready pods
   */
  readonly publishNotReadyAddresses?: boolean;
  /**
   * Whether pods start and stop one at a time, in order, or all at once.
   *
   * @default - not emitted; Kubernetes uses 'OrderedReady'
   */
  readonly podManagementPolicy?: PodManagementPolicy;
  /**
   * How pods are replaced when the template changes.
   *
   * @default - not emitted; a rolling update of every pod
   */
  readonly updateStrategy?: StatefulSetUpdateStrategy;
  /**
   * When the claims made from the claim templates are deleted.
   *
   * @default - not emitted; they are retained
   */
  readonly persistentVolumeClaimRetentionPolicy?: ClaimRetentionPolicy;
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
 * A StatefulSet of typed containers. Its selector is its selector labels, which its pods carry.
 * The claim templates its containers mount become its `volumeClaimTemplates`; it writes its
 * headless Service, the child `'Service'`.
 *
 * @example
 * const data = VolumeClaimTemplate.of('data', { storage: Size.gibibytes(10) });
 * const db = Container.of({ name: 'db', image, ports: [{ name: 'pg', number: 5432 }], mounts: [{ volume: data, path: '/var/lib/postgresql' }] });
 * new StatefulSet(chart, 'Db', { name: 'db', replicas: 3, containers: [db] });
 */
export class StatefulSet<N extends string = string> extends Workload<N> {
  /** The headless Service that names the pods. */
  public readonly service: GoverningService;

  public constructor(scope: Construct, id: string, props: StatefulSetProps<N>) {
    checkConstructArguments('StatefulSet', scope, id, props);
    const serviceName = props.serviceName ?? props.name;
    super(
      scope,
      id,
      { apiVersion: 'apps/v1', kind: 'StatefulSet' },
      props,
      (selector, template, parts) =>
        withoutUndefined({
          replicas: props.replicas ?? 1,
          serviceName,
          podManagementPolicy: props.podManagementPolicy,
          updateStrategy: props.updateStrategy?.toJson(),
          persistentVolumeClaimRetentionPolicy:
            props.persistentVolumeClaimRetentionPolicy && withoutUndefined({ ...props.persistentVolumeClaimRetentionPolicy }),
          minReadySeconds: props.minReady?.toSeconds(),
          revisionHistoryLimit: props.revisionHistoryLimit,
          selector: { matchLabels: { ...selector } },
          template,
          volumeClaimTemplates: parts.claimTemplates.length > 0 ? parts.claimTemplates.map(t => t.toJson()) : undefined,
        }),
      { replicas: props.replicas, revisionHistoryLimit: props.revisionHistoryLimit, partition: props.updateStrategy?.partition },
    );
    const manifest = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: buildMetadata(`[${this.node.path}]`, serviceName, props, this.selectorLabels),
      spec: withoutUndefined({
        clusterIP: 'None',
        publishNotReadyAddresses: props.publishNotReadyAddresses,
        selector: { ...this.selectorLabels },
        ports: servicePorts(props.servicePorts, this.ports),
      }),
    };
    // with the StatefulSet, so that a named target port is checked against its containers
    validateOwn(this, [this.apiObject.toJson(), manifest]);
    this.service = { serviceName, apiObject: new OwnApiObject(this, 'Service', manifest) };
  }
}

/** A port of the Service, whatever names its target port can take. */
type AnyServicePort = Omit<StatefulSetServicePort<string>, 'targetPort'> & { readonly targetPort?: number | string };

/** The Service's ports: those given, or the declared ones. */
function servicePorts(given: readonly AnyServicePort[] | undefined, declared: readonly DeclaredPort[]): Record<string, unknown>[] | undefined {
  const ports =
    given?.map(p => ({ name: p.name, port: p.port, targetPort: p.targetPort ?? p.port, protocol: p.protocol ?? 'TCP' })) ??
    declared.map(p => ({
      name: p.name ?? (declared.length > 1 ? `${p.protocol.toLowerCase()}-${p.number}` : undefined),
      port: p.number,
      targetPort: p.name ?? p.number,
      protocol: p.protocol,
    }));
  return ports.length > 0 ? ports.map(p => withoutUndefined(p)) : undefined;
}
