/**
 * Policy profiles and their checks: the Pod Security Standards and the checks platform teams run.
 */

/** The policy profiles: each runs the checks of the one before it, plus its own. */
export type PolicyProfile = 'baseline' | 'restricted' | 'recommended';

/** The profiles, weakest first. */
export const POLICY_PROFILES: readonly PolicyProfile[] = ['baseline', 'restricted', 'recommended'];

/** One check: its id (used as the finding's rule), the profiles that run it, its severity, one-line description. */
export interface PolicyCheck {
  /** The check's identifier, which its findings carry as their `rule`, e.g. `host-ports`. */
  readonly id: string;
  /** The profiles that run the check. */
  readonly profiles: readonly PolicyProfile[];
  /** The severity of the check's findings (an exemption annotation turns them into infos). */
  readonly severity: 'error' | 'warning' | 'info';
  /** What the check requires, in one sentence. */
  readonly description: string;
  /** How to fix a finding of the check. */
  readonly recommendation: string;
}

const BASELINE: readonly PolicyProfile[] = POLICY_PROFILES;
const RESTRICTED: readonly PolicyProfile[] = ['restricted', 'recommended'];
const RECOMMENDED: readonly PolicyProfile[] = ['recommended'];

/** Every check, in the order of the profiles. */
export const POLICY_CHECKS: readonly PolicyCheck[] = [
  // Pod Security Standards: baseline
  {
    id: 'host-namespaces',
    profiles: BASELINE,
    severity: 'error',
    description: 'Pods must not share the host network, PID or IPC namespace (hostNetwork, hostPID, hostIPC).',
    recommendation: 'Remove hostNetwork, hostPID and hostIPC (or set them to false).',
  },
  {
    id: 'privileged',
    profiles: BASELINE,
    severity: 'error',
    description: 'Containers must not run privileged (securityContext.privileged).',
    recommendation: 'Remove securityContext.privileged (or set it to false); add the few capabilities the container needs instead.',
  },
  {
    id: 'capabilities-baseline',
    profiles: BASELINE,
    severity: 'error',
    description:
      'Containers may add only capabilities of the default set (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT).',
    recommendation: 'Remove the other capabilities from securityContext.capabilities.add.',
  },
  {
    id: 'host-path-volumes',
    profiles: BASELINE,
    severity: 'error',
    description: 'Pods must not mount hostPath volumes.',
    recommendation: 'Use an emptyDir, a configMap or secret, or a persistentVolumeClaim instead of the hostPath volume.',
  },
  {
    id: 'host-ports',
    profiles: BASELINE,
    severity: 'error',
    description: 'Containers must not bind host ports (ports[].hostPort other than 0; hostNetwork pods default it to containerPort).',
    recommendation: 'Remove hostPort and reach the container through a Service.',
  },
  {
    id: 'apparmor',
    profiles: BASELINE,
    severity: 'error',
    description: 'AppArmor annotations (container.apparmor.security.beta.kubernetes.io/*) may only select runtime/default or a localhost/* profile.',
    recommendation: 'Set the annotation to "runtime/default" or "localhost/<profile>", or remove it.',
  },
  {
    id: 'selinux',
    profiles: BASELINE,
    severity: 'error',
    description: 'seLinuxOptions may only set type container_t, container_init_t or container_kvm_t, and no user or role.',
    recommendation: 'Remove seLinuxOptions.user and .role; leave type unset or use container_t.',
  },
  {
    id: 'proc-mount',
    profiles: BASELINE,
    severity: 'error',
    description: 'Containers must keep the default /proc masks (securityContext.procMount Default).',
    recommendation: 'Remove securityContext.procMount (or set it to "Default").',
  },
  {
    id: 'seccomp-baseline',
    profiles: BASELINE,
    severity: 'error',
    description: 'seccompProfile.type, where set, must be RuntimeDefault or Localhost (not Unconfined).',
    recommendation: 'Set seccompProfile.type to "RuntimeDefault" (or "Localhost" with a profile).',
  },
  {
    id: 'sysctls',
    profiles: BASELINE,
    severity: 'error',
    description:
      'Pods may only set the safe sysctls (kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.tcp_syncookies, net.ipv4.ping_group_range, net.ipv4.ip_unprivileged_port_start, net.ipv4.ip_local_reserved_ports).',
    recommendation: 'Remove the other sysctls from securityContext.sysctls.',
  },
  {
    id: 'windows-host-process',
    profiles: BASELINE,
    severity: 'error',
    description: 'Windows pods and containers must not run as HostProcess (securityContext.windowsOptions.hostProcess).',
    recommendation: 'Remove securityContext.windowsOptions.hostProcess (or set it to false).',
  },
  // Pod Security Standards: restricted
  {
    id: 'volume-types',
    profiles: RESTRICTED,
    severity: 'error',
    description: 'Volumes may only be configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected or secret.',
    recommendation: 'Mount other storage through a persistentVolumeClaim (and a PersistentVolume) instead of an inline volume.',
  },
  {
    id: 'allow-privilege-escalation',
    profiles: RESTRICTED,
    severity: 'error',
    description: 'Containers must set securityContext.allowPrivilegeEscalation=false (Linux pods).',
    recommendation: 'Set securityContext.allowPrivilegeEscalation: false on every container.',
  },
  {
    id: 'run-as-non-root',
    profiles: RESTRICTED,
    severity: 'error',
    description: 'Containers must run as non-root: runAsNonRoot=true on the pod (and not false on a container) or on every container.',
    recommendation: 'Set securityContext.runAsNonRoot: true on the pod, and a non-root runAsUser or a non-root image user.',
  },
  {
    id: 'run-as-user',
    profiles: RESTRICTED,
    severity: 'error',
    description: 'The pod and its containers must not set runAsUser=0.',
    recommendation: 'Set runAsUser to a non-zero id (e.g. 65534) or remove it.',
  },
  {
    id: 'seccomp-restricted',
    profiles: RESTRICTED,
    severity: 'error',
    description: 'Every container must run with seccompProfile.type RuntimeDefault or Localhost, set on the container or the pod (Linux pods).',
    recommendation: 'Set securityContext.seccompProfile.type: RuntimeDefault on the pod.',
  },
  {
    id: 'capabilities-restricted',
    profiles: RESTRICTED,
    severity: 'error',
    description: 'Containers must drop ALL capabilities and may add only NET_BIND_SERVICE (Linux pods).',
    recommendation: 'Set securityContext.capabilities.drop: ["ALL"] on every container; add back NET_BIND_SERVICE only if it binds a port below 1024.',
  },
  // best practices
  {
    id: 'probe-port-exposed',
    profiles: RECOMMENDED,
    severity: 'warning',
    description: "A probe's numeric port should be one of the container's ports.",
    recommendation: "Declare the port in the container's ports, or probe a declared port (by name).",
  },
  {
    id: 'liveness-probe-missing',
    profiles: RECOMMENDED,
    severity: 'warning',
    description: 'Containers of long-running workloads should have a livenessProbe.',
    recommendation: 'Add a livenessProbe that fails only when the process is stuck.',
  },
  {
    id: 'readiness-probe-missing',
    profiles: RECOMMENDED,
    severity: 'warning',
    description: 'Containers of long-running workloads should have a readinessProbe.',
    recommendation: 'Add a readinessProbe so that Services send traffic only to ready pods.',
  },
  {
    id: 'liveness-before-start',
    profiles: RECOMMENDED,
    severity: 'warning',
    description:
      'A livenessProbe without startupProbe should not start before the start time the pod template declares (annotation start-time.cdk8s-pod-patterns/<container>).',
    recommendation: "Add a startupProbe that covers the start time, or raise the livenessProbe's initialDelaySeconds.",
  },
  {
    id: 'image-tag-latest',
    profiles: RECOMMENDED,
    severity: 'warning',
    description: 'Images should be pinned: no missing or ":latest" tag without a digest.',
    recommendation: 'Use a version tag, or better a digest (image@sha256:...).',
  },
  {
    id: 'image-tag-mutable',
    profiles: RECOMMENDED,
    severity: 'info',
    description: 'Images pinned by tag only can change under the workload; a digest cannot.',
    recommendation: 'Pin the digest as well (image:tag@sha256:...).',
  },
  {
    id: 'resources-missing',
    profiles: RECOMMENDED,
    severity: 'warning',
    description: 'Containers should set cpu and memory requests and limits.',
    recommendation: 'Set resources.requests and resources.limits for cpu and memory (requests default to limits).',
  },
  {
    id: 'naked-pod',
    profiles: RECOMMENDED,
    severity: 'info',
    description: 'A bare Pod is not recreated when it fails or its node goes away.',
    recommendation: 'Create the pod through a Deployment, StatefulSet or Job.',
  },
];

// ---------------------------------------------------------------------------------------------
// constants
// ---------------------------------------------------------------------------------------------
