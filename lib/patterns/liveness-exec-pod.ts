/**
 * The tutorial's exec liveness probe: a command whose exit code decides whether the container lives.
 */
import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { BuilderCheck } from '../engine/builder-check';
import { seconds } from '../probes/build';
import { withDefaults } from '../values/defaults';
import { Container } from '../containers/container';
import { MetadataOptions } from '../objects/metadata';
import { Pod } from '../workloads/pod';
import { LivenessProbe } from '../probes/liveness';
import { LivenessProbeOptions } from '../probes/options';
import { oneContainerPod } from './one-container-pod';

/** Properties of a {@link LivenessExecPod}. */
export interface LivenessExecPodProps extends MetadataOptions {
  /**
   * The pod's name.
   *
   * @default 'liveness-exec'
   */
  readonly name?: string;
  /**
   * The container's name.
   *
   * @default 'liveness'
   */
  readonly containerName?: string;
  /**
   * The image: any image with `/bin/sh`, `touch`, `rm`, `sleep` and `cat`.
   *
   * @default 'registry.k8s.io/busybox:1.27.2'
   */
  readonly image?: string;
  /**
   * How long the container stays healthy before it removes `/tmp/healthy` and starts failing its probe.
   *
   * @default Duration.seconds(30)
   */
  readonly healthyFor?: Duration;
  /**
   * Timing of the liveness probe `cat /tmp/healthy`.
   * Options given override the defaults one by one; the defaults you do not override are kept.
   *
   * @default { initialDelay: Duration.seconds(5), period: Duration.seconds(5) }
   */
  readonly livenessProbe?: LivenessProbeOptions;
}

/**
 * Pod `liveness-exec`: busybox creates `/tmp/healthy`, removes it after 30 s, and the
 * liveness probe `cat /tmp/healthy` then fails, so the kubelet restarts the container
 * (watch it with `kubectl describe pod liveness-exec`).
 *
 * The root filesystem is read-only and busybox runs as `nobody` (65534), so `/tmp`
 * is an `emptyDir` volume.
 */
export class LivenessExecPod extends Pod {
  public constructor(scope: Construct, id: string, props: LivenessExecPodProps = {}) {
    super(
      scope,
      id,
      oneContainerPod('LivenessExecPod', scope, id, props, { name: 'liveness-exec', labels: { test: 'liveness' } }, () =>
        Container.of({
          name: props.containerName ?? 'liveness',
          image: props.image ?? 'registry.k8s.io/busybox:1.27.2',
          args: ['/bin/sh', '-c', `touch /tmp/healthy; sleep ${healthySeconds(props.healthyFor)}; rm -f /tmp/healthy; sleep 600`],
          writablePaths: ['/tmp'],
          livenessProbe: LivenessProbe.exec(
            withDefaults({ command: ['cat', '/tmp/healthy'] as const, initialDelay: Duration.seconds(5), period: Duration.seconds(5) }, props.livenessProbe),
          ),
        }),
      ),
    );
  }
}

/** How many seconds the container stays healthy: whole seconds, 1 or more. */
function healthySeconds(healthyFor: Duration | undefined): number {
  const check = new BuilderCheck();
  const value = seconds(check, 'healthyFor', healthyFor, 1);
  check.throwIfErrors('LivenessExecPod');
  return value ?? 30;
}
