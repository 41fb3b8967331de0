/**
 * Typed container ports, and host ports as explicit Pod Security exemptions.
 *
 * @packageDocumentation
 */
import { PortName } from '../values/port-name';
import { checkArguments } from '../engine/options/check-options';
import { ContainerPortSpellings } from './spellings';

/** Network protocol of a container port, spelled as Kubernetes spells it. */
export type Protocol = 'TCP' | 'UDP' | 'SCTP';

/**
 * A port that a container listens on.
 *
 * @example
 * { name: 'liveness-port', number: 8080 }
 */
export interface ContainerPortSpec<N extends string = string> extends ContainerPortSpellings {
  /** The port number, 1..65535. */
  readonly number: number;

  /**
   * A name for the port, which probes of the same container and Services can refer to.
   * An IANA_SVC_NAME: at most 15 characters, lowercase a-z, 0-9 and '-', at least one letter.
   *
   * @default - the port has no name
   */
  readonly name?: PortName<N>;

  /**
   * The protocol of the port.
   *
   * @default - not emitted; Kubernetes uses 'TCP'
   */
  readonly protocol?: Protocol;

  /**
   * Also bind the port on the node: an explicit Pod Security exemption, see {@link HostPort}.
   *
   * @default - not bound on the node
   */
  readonly hostPort?: HostPort;
}

/**
 * A port bound on the node's own network interface (`hostPort`). Pod Security "baseline" forbids
 * it: the pod can then only run on a node where the port is free, and it bypasses network
 * policies. The only way to write one is {@link HostPort.bindOnNode}, which takes the reason; the
 * pod records it as the annotation `exempt.cdk8s-pod-patterns/host-ports`, so that reviewers see
 * the exemption in the YAML and the policy checks report it as an info.
 */
export class HostPort {
  /**
   * Binds the container port on the node's port `number`.
   *
   * @param number the node's port, 1..65535
   * @param options why the exemption is needed
   */
  public static bindOnNode(number: number, options: HostPortOptions): HostPort {
    checkArguments('HostPort.bindOnNode', 'HostPort.bindOnNode', [number, options]);
    return new HostPort(number, options.reason);
  }

  private constructor(
    /** The node's port. */
    public readonly number: number,
    /** Why the pod needs it. */
    public readonly reason: string,
  ) {}
}

/** Options of {@link HostPort.bindOnNode}. */
export interface HostPortOptions {
  /** Why the pod must bind the node's port, for the reviewers of the manifest. */
  readonly reason: string;
}
