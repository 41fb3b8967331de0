/**
 * The tutorial's first pod: one container serving HTTP on port 8080.
 */
import { Construct } from 'constructs';
import { Container } from '../containers/container';
import { ContainerUser } from '../containers/props';
import { MetadataOptions } from '../objects/metadata';
import { Pod } from '../workloads/pod';
import { oneContainerPod } from './one-container-pod';

/** Properties of a {@link GoTestPod}. */
export interface GoTestPodProps extends MetadataOptions {
  /**
   * The pod's name.
   *
   * @default 'go-test'
   */
  readonly name?: string;
  /**
   * The container's name.
   *
   * @default 'go-test'
   */
  readonly containerName?: string;
  /**
   * The image.
   *
   * @default 'devtak/test:v1.0'
   */
  readonly image?: string;
  /**
   * The port the application listens on.
   *
   * @default 8080
   */
  readonly port?: number;
  /**
   * The user the container runs as; the Go binary needs no particular user.
   *
   * @default { uid: 65534, gid: 65534 }
   */
  readonly user?: ContainerUser;
}

/**
 * Pod `go-test`: container `go-test`, image `devtak/test:v1.0`, container port 8080.
 * Reach it with `kubectl port-forward pod/go-test 8081:8080`.
 */
export class GoTestPod extends Pod {
  public constructor(scope: Construct, id: string, props: GoTestPodProps = {}) {
    super(
      scope,
      id,
      oneContainerPod('GoTestPod', scope, id, props, { name: 'go-test' }, () =>
        Container.of({
          name: props.containerName ?? 'go-test',
          image: props.image ?? 'devtak/test:v1.0',
          ports: [{ number: props.port ?? 8080 }],
          user: props.user,
        }),
      ),
    );
  }
}
