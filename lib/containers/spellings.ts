/**
 * The manifest's spellings of a container's fields, which users copy from YAML: keys that the
 * props declare only to reject them, each typed as the message that says what to write instead
 * (see `probes/spellings.ts`). The run-time check of the props gives the same advice.
 *
 * @packageDocumentation
 */

/** The manifest's spellings of a container's fields: each is an error that says what to write instead. */
export interface ContainerSpellings {
  /** Not a prop: a manifest's field. Write `mounts: [{ volume, path }]`, with the `Volume` object (the pod gets the volumes its containers mount). */
  readonly volumeMounts?: 'error: write mounts: [{ volume, path }] with the Volume object; the pod gets the volumes its containers mount';
  /**
   * Not a prop: a manifest's field. A container is secure by default (non-root, read-only root
   * filesystem, no privilege escalation, every capability dropped); give `user: { uid }`, or an
   * exemption with its reason (`exemptions: { runAsRoot: { reason } }`).
   */
  readonly securityContext?: 'error: containers are secure by default; set user: { uid } or give exemptions: { runAsRoot: { reason }, ... }';
}

/** The manifest's spelling of a container port's number: an error that says what to write instead. */
export interface ContainerPortSpellings {
  /** Not a field: a manifest's. Write `number: 8080`. */
  readonly containerPort?: 'error: write the port as number: 8080';
}

/** The manifest's spellings of a container's resources: errors that say what to write instead. */
export interface ContainerResourcesSpellings {
  /** Not a field: a manifest's. Write `cpu: { request, limit }` and `memory: { request, limit }`. */
  readonly limits?: 'error: write cpu: { request: Cpu.millis(100), limit: Cpu.millis(500) } and memory: { request, limit } (Size.mebibytes(n))';
  /** Not a field: a manifest's. Write `cpu: { request, limit }` and `memory: { request, limit }`. */
  readonly requests?: 'error: write cpu: { request: Cpu.millis(100), limit: Cpu.millis(500) } and memory: { request, limit } (Size.mebibytes(n))';
}
