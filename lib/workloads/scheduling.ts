/**
 * Where pods run: tolerations of node taints as a small typed builder. Node selectors are a plain
 * map, and node or pod affinity is the L1 struct `k8s.Affinity`, a documented escape hatch.
 *
 * @packageDocumentation
 */
import { Duration } from 'cdk8s';
import { BuilderCheck } from '../engine/builder-check';
import { checkArguments } from '../engine/options/check-options';
import { seconds } from '../probes/build';
import { withoutUndefined } from '../values/json';

/** What a taint does to pods that do not tolerate it, spelled as Kubernetes spells it. */
export type TaintEffect = 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';

/** Options of a {@link Toleration}. */
export interface TolerationOptions {
  /**
   * The taint effect tolerated.
   *
   * @default - every effect
   */
  readonly effect?: TaintEffect;
  /**
   * For `NoExecute`: how long the pod stays on a node after the taint appears.
   *
   * @default - not emitted; forever
   */
  readonly tolerationSeconds?: Duration;
}

/**
 * A toleration of node taints.
 *
 * @example
 * tolerations: [Toleration.exists('node-role.kubernetes.io/control-plane', { effect: 'NoSchedule' })]
 */
export class Toleration {
  /** Tolerates a taint with key `key`, whatever its value. */
  public static exists(key: string, options: TolerationOptions = {}): Toleration {
    checkArguments('Toleration.exists', 'Toleration.exists', [key, options]);
    return new Toleration(withoutUndefined({ key, operator: 'Exists', ...rest('Toleration.exists', options) }));
  }

  /** Tolerates a taint with key `key` and value `value`. */
  public static equals(key: string, value: string, options: TolerationOptions = {}): Toleration {
    checkArguments('Toleration.equals', 'Toleration.equals', [key, value, options]);
    return new Toleration(withoutUndefined({ key, operator: 'Equal', value, ...rest('Toleration.equals', options) }));
  }

  /** Tolerates every taint (a node agent that must run on every node). */
  public static everything(): Toleration {
    return new Toleration({ operator: 'Exists' });
  }

  private constructor(private readonly json: Readonly<Record<string, unknown>>) {}

  /** The toleration, as a manifest writes it. */
  public toJson(): Readonly<Record<string, unknown>> {
    return this.json;
  }
}

/** The effect and the seconds (whole seconds: a fraction cannot be written), or a `ValidationError` naming `where`. */
function rest(where: string, options: TolerationOptions): Record<string, unknown> {
  const check = new BuilderCheck();
  const tolerationSeconds = seconds(check, 'tolerationSeconds', options.tolerationSeconds, 0);
  check.throwIfErrors(where);
  return withoutUndefined({ effect: options.effect, tolerationSeconds });
}
