/**
 * agnhost, Kubernetes' test server, as the tutorial pods run it: the image, the port it listens on
 * and the health endpoint their probes request.
 */

/**
 * The agnhost server of a tutorial pod ({@link LivenessHttpPod}, {@link StartupProbePod}): its
 * image, the port it listens on and the health endpoint the probes request.
 */
export interface AgnhostServerOptions {
  /**
   * The image. Its arguments choose agnhost's server (`liveness`, `netexec`); any image that
   * answers `path` on `port` will do.
   *
   * @default 'registry.k8s.io/e2e-test-images/agnhost:2.40'
   */
  readonly image?: string;
  /**
   * The container port, which the probes request. The server must listen on it: agnhost's
   * `netexec` listens on the port its `--http-port` argument names, its `liveness` server on 8080
   * whatever this says, so change it together with `image` and the arguments.
   *
   * @default 8080
   */
  readonly port?: number;
  /**
   * The health endpoint the probes request.
   *
   * @default '/healthz'
   */
  readonly path?: string;
}

/** The agnhost server of `options`, with the defaults filled in. */
export function agnhostServer(options: AgnhostServerOptions): Required<AgnhostServerOptions> {
  return {
    image: options.image ?? 'registry.k8s.io/e2e-test-images/agnhost:2.40',
    port: options.port ?? 8080,
    path: options.path ?? '/healthz',
  };
}
