/**
 * The container's exemptions from its secure defaults: typed, each with a reason, and recorded on
 * the pod as annotations `exempt.cdk8s-pod-patterns/<check>: <container>:<what> (<reason>)` that
 * reviewers see in the YAML and the engine honours (the findings of the check become infos).
 *
 * @packageDocumentation
 */

/** Why an exemption is needed, for the reviewers of the manifest. */
export interface Exemption {
  /** The reason: not empty. */
  readonly reason: string;
}

/** A Linux capability, without its `CAP_` prefix, as Kubernetes spells it. */
export type Capability =
  | 'AUDIT_CONTROL'
  | 'AUDIT_READ'
  | 'AUDIT_WRITE'
  | 'BLOCK_SUSPEND'
  | 'BPF'
  | 'CHECKPOINT_RESTORE'
  | 'CHOWN'
  | 'DAC_OVERRIDE'
  | 'DAC_READ_SEARCH'
  | 'FOWNER'
  | 'FSETID'
  | 'IPC_LOCK'
  | 'IPC_OWNER'
  | 'KILL'
  | 'LEASE'
  | 'LINUX_IMMUTABLE'
  | 'MAC_ADMIN'
  | 'MAC_OVERRIDE'
  | 'MKNOD'
  | 'NET_ADMIN'
  | 'NET_BIND_SERVICE'
  | 'NET_BROADCAST'
  | 'NET_RAW'
  | 'PERFMON'
  | 'SETFCAP'
  | 'SETGID'
  | 'SETPCAP'
  | 'SETUID'
  | 'SYS_ADMIN'
  | 'SYS_BOOT'
  | 'SYS_CHROOT'
  | 'SYS_MODULE'
  | 'SYS_NICE'
  | 'SYS_PACCT'
  | 'SYS_PTRACE'
  | 'SYS_RAWIO'
  | 'SYS_RESOURCE'
  | 'SYS_TIME'
  | 'SYS_TTY_CONFIG'
  | 'SYSLOG'
  | 'WAKE_ALARM';

/** Capabilities to add back after dropping all, with the reason. */
export interface AddCapabilities extends Exemption {
  /** The capabilities (`NET_BIND_SERVICE` to bind a port below 1024). */
  readonly capabilities: readonly Capability[];
}

/**
 * What a container may do beyond its secure defaults and strict checks. Each is a Pod Security,
 * best-practice or typed-layer exemption, and needs a reason.
 */
export interface ContainerExemptions {
  /**
   * Run as root (uid 0, `runAsNonRoot: false`): for an image that cannot run as another user.
   * Exempts the restricted checks `run-as-non-root` and `run-as-user`.
   *
   * @default - the container runs as `user` (nobody unless given)
   */
  readonly runAsRoot?: Exemption;

  /**
   * A writable root filesystem (`readOnlyRootFilesystem: false`), for an image that writes all over
   * it; prefer `writablePaths`. Exempts the recommended check `read-only-root-filesystem`.
   *
   * @default - a read-only root filesystem
   */
  readonly writableRootFilesystem?: Exemption;

  /**
   * Let processes gain more privileges than their parent (`allowPrivilegeEscalation: true`, for
   * setuid binaries such as `sudo` or `ping` on old images). Exempts `allow-privilege-escalation`.
   *
   * @default - `allowPrivilegeEscalation: false`
   */
  readonly privilegeEscalation?: Exemption;

  /**
   * Add capabilities back after dropping all. Restricted allows only `NET_BIND_SERVICE`; baseline
   * forbids those outside the container runtime's defaults. Exempts `capabilities-restricted` (and
   * `capabilities-baseline` for the non-default ones).
   *
   * @default - every capability dropped
   */
  readonly addCapabilities?: AddCapabilities;

  /**
   * Run without a seccomp profile (`Unconfined`). Exempts `seccomp-baseline` and `seccomp-restricted`.
   *
   * @default - the pod's `RuntimeDefault` profile
   */
  readonly unconfinedSeccomp?: Exemption;

  /**
   * No CPU and memory limits (the requests stay): for a workload that must burst. Exempts the
   * recommended check `resources-missing`.
   *
   * @default - the limits of `resources`
   */
  readonly noResourceLimits?: Exemption;

  /**
   * Run as the image's user: `runAsUser`, `runAsGroup` and `runAsNonRoot` are not written, so the
   * image's `USER` applies (root when the image names none). For a manifest converted as written,
   * or an image whose user is right as built. Exempts the restricted check `run-as-non-root`.
   *
   * @default - the container runs as `user` (nobody unless given) with `runAsNonRoot: true`
   */
  readonly imageUser?: Exemption;

  /**
   * Keep the container runtime's default capabilities (`CHOWN`, `NET_BIND_SERVICE`, `SETUID`, ...):
   * `capabilities` is not written. Exempts the restricted check `capabilities-restricted`.
   *
   * @default - every capability dropped
   */
  readonly defaultCapabilities?: Exemption;

  /**
   * Leave `allowPrivilegeEscalation` unwritten: Kubernetes' default, which lets a setuid binary gain
   * privileges. Exempts `allow-privilege-escalation`.
   *
   * @default - `allowPrivilegeEscalation: false`
   */
  readonly defaultPrivilegeEscalation?: Exemption;

  /**
   * Leave `readOnlyRootFilesystem` unwritten: Kubernetes' default, a writable root filesystem.
   * Exempts the recommended check `read-only-root-filesystem`.
   *
   * @default - a read-only root filesystem
   */
  readonly defaultRootFilesystem?: Exemption;

  /**
   * No `resources` at all, neither requests nor limits (the pod's QoS class is BestEffort unless
   * another container has some). Exempts the recommended check `resources-missing`.
   *
   * @default - the requests and limits of `resources`
   */
  readonly noResources?: Exemption;

  /**
   * An image whose registry is one edit away from a well-known one (`registry.k8s.io`, `quay.io`,
   * ...) or the frozen `k8s.gcr.io`, on purpose: a mirror. Exempts `image-registry-typo` (or
   * `image-registry-frozen`), an error otherwise.
   *
   * @default - such a registry is an error: it is most likely a typo, and the image fails to pull
   */
  readonly imageRegistry?: Exemption;

  /**
   * A command (`command`, an exec probe or hook) whose executable's path has spaces on purpose
   * (`C:\Program Files\...` on Windows). Exempts `exec-command-words`, an error otherwise: no shell
   * splits the command, so the whole first element names the executable.
   *
   * @default - a first element with spaces is an error
   */
  readonly commandWithSpaces?: Exemption;
}
