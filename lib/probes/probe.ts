/**
 * What all probe kinds share: a probe is a value, built and validated by the static factories of
 * {@link LivenessProbe}, {@link ReadinessProbe} and {@link StartupProbe}, and given to a container.
 *
 * @packageDocumentation
 */
import { k8s } from '../../imports/k8s';
import { deepFreeze } from '../values/json';
import { PORT_NAMES } from '../values/port-name';
import { ProbeJson, probeToKube } from './json';
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

  /** @param json the validated probe, as a manifest writes it */
  protected constructor(private readonly json: ProbeJson) {
    deepFreeze(json);
  }

  /** The probe as a manifest writes it (plain JSON, frozen). */
  public toJson(): ProbeJson {
    return this.json;
  }

  /** The probe as the L1 classes take it (`k8s.KubePod` and the others), for use in an L1 object. */
  public toKube(): k8s.Probe {
    return probeToKube(this.json);
  }

  /** The name of the port the probe refers to, when it names one (`httpGet` and `tcpSocket` only). */
  public get portName(): string | undefined {
    const port = this.json.httpGet?.port ?? this.json.tcpSocket?.port;
    return typeof port === 'string' ? port : undefined;
  }
}
