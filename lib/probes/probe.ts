/**
 * What all probe kinds share: a probe is a value, built and validated by the static factories of
 * {@link LivenessProbe}, {@link ReadinessProbe} and {@link StartupProbe}, and given to a container.
 *
 * @packageDocumentation
 */
import { k8s } from '../../imports/k8s';
import { PORT_NAMES } from '../values/port-name';
import { ProbeKind } from './options';

/**
 * What all probe kinds share. Probes are values: build them with the static factories
 * of {@link LivenessProbe}, {@link ReadinessProbe} and {@link StartupProbe}.
 */
export abstract class Probe<P extends string = never> {
  /** Which probe this is: `'liveness'`, `'readiness'` or `'startup'`. */
  public abstract readonly kind: ProbeKind;

  /**
   * The port name this probe refers to, for the compiler only: a container accepts the probe only
   * when it declares that port (see {@link PORT_NAMES}). Never set at run time.
   */
  declare public readonly [PORT_NAMES]?: P;

  /** @param spec the validated Kubernetes probe */
  protected constructor(private readonly spec: k8s.Probe) {}

  /** The Kubernetes probe, as the L1 classes take it (a copy). */
  public toKube(): k8s.Probe {
    return { ...this.spec };
  }

  /** The name of the port the probe refers to, when it names one (`httpGet` and `tcpSocket` only). */
  public get portName(): string | undefined {
    const port = this.spec.httpGet?.port ?? this.spec.tcpSocket?.port;
    return typeof port?.value === 'string' ? port.value : undefined;
  }
}
