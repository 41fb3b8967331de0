/**
 * The catalogue: pod specs and the pod templates of workloads, at pod level.
 *
 * @packageDocumentation
 */
import { CORE_VALIDATION, RuleMeta } from './rule';

export const POD_RULES = {
  'pod-containers-required': {
    description: 'A pod needs at least one container.',
    origin: 'apiserver',
    source: `validateContainers (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'pod-restart-policy': {
    description: 'restartPolicy must be Always, OnFailure or Never.',
    origin: 'apiserver',
    source: `validateRestartPolicy (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'workload-restart-policy': {
    description:
      'The pod template of a Deployment, ReplicaSet, StatefulSet, DaemonSet or ReplicationController must restart Always; that of a Job or CronJob OnFailure or Never.',
    origin: 'apiserver',
    source: 'ValidatePodTemplateSpecForReplicaSet, ValidateJobSpec (pkg/apis/apps/validation, pkg/apis/batch/validation)',
    severity: 'error',
  },
  'workload-active-deadline-seconds': {
    description: 'The pod template of a long-running workload must not set activeDeadlineSeconds.',
    origin: 'apiserver',
    source: 'ValidatePodTemplateSpecForReplicaSet (pkg/apis/apps/validation/validation.go)',
    severity: 'error',
  },
  'pod-dns-policy': {
    description: 'dnsPolicy must be ClusterFirstWithHostNet, ClusterFirst, Default or None; None needs a dnsConfig with nameservers.',
    origin: 'apiserver',
    source: `validateDNSPolicy, validatePodDNSConfig (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'pod-hostname': {
    description: 'hostname and subdomain must be DNS-1123 labels.',
    origin: 'apiserver',
    source: `ValidatePodSpec (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'pod-service-account-name': {
    description: 'serviceAccountName must be a DNS-1123 subdomain.',
    origin: 'apiserver',
    source: `ValidatePodSpec (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'pod-priority-class-name': {
    description: 'priorityClassName must be a DNS-1123 subdomain.',
    origin: 'apiserver',
    source: `ValidatePodSpec, ValidatePriorityClassName (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'pod-tolerations': {
    description:
      'A toleration has a label key (or none, with operator Exists), operator Equal (with a label value) or Exists (without a value), an effect of NoSchedule, PreferNoSchedule or NoExecute, and tolerationSeconds only with NoExecute.',
    origin: 'apiserver',
    source: `ValidateTolerations, validateTaintEffect (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'pod-active-deadline-seconds': {
    description: 'activeDeadlineSeconds must be between 1 and 2147483647.',
    origin: 'apiserver',
    source: `ValidatePodSpec (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'pod-node-selector': {
    description: 'nodeSelector keys and values must be valid labels.',
    origin: 'apiserver',
    source: `ValidatePodSpec (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'pod-ephemeral-containers': {
    description: 'ephemeralContainers cannot be set on create, nor in a pod template.',
    origin: 'apiserver',
    source: `ValidatePodCreate, ValidatePodTemplateSpec (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'pod-termination-grace-period': {
    description: 'terminationGracePeriodSeconds should not be negative (the apiserver treats it as 1).',
    origin: 'apiserver-warning',
    source: 'pkg/api/pod/warnings.go',
    severity: 'warning',
  },
  'pod-share-process-namespace': {
    description: 'shareProcessNamespace and hostPID cannot both be true.',
    origin: 'apiserver',
    source: `validatePodSpecSecurityContext (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'volume-name': {
    description: 'Volume names are required, DNS-1123 labels and unique in the pod.',
    origin: 'apiserver',
    source: `ValidateVolumes (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'volume-source': {
    description: 'A volume has exactly one source.',
    origin: 'apiserver',
    source: `validateVolumeSource (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'volume-source-name': {
    description: 'A secret or configMap volume, and a secret or configMap of a projected one, names its object.',
    origin: 'apiserver',
    source: `validateSecretVolumeSource, validateConfigMapVolumeSource, validateProjectionSources (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'volume-file-mode': {
    description: 'defaultMode and the mode of an item are between 0 and 0777 (octal): 0644 written in decimal (644) is out of range.',
    origin: 'apiserver',
    source: `validateSecretVolumeSource, validateConfigMapVolumeSource, validateKeyToPath, validateProjectedVolumeSource (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'volume-item-path': {
    description:
      "The items of a secret, configMap, downwardAPI or projected volume have a key and a relative path without '..', and a projected volume writes each path once.",
    origin: 'apiserver',
    source: `validateKeyToPath, validateLocalNonReservedPath, validateDownwardAPIVolumeFile, validateProjectionSources (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'volume-downward-api': {
    description: 'A downwardAPI file has one of fieldRef (metadata.name, namespace, uid, labels or annotations) and resourceFieldRef (with its containerName).',
    origin: 'apiserver',
    source: `validateDownwardAPIVolumeFile, validateObjectFieldSelector, validateContainerResourceFieldSelector (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'volume-host-path': {
    description: "A hostPath volume has a path without '..' and a type the kubelet knows.",
    origin: 'apiserver',
    source: `validateHostPathVolumeSource, validateHostPathType (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'host-path-absolute': {
    description: 'A hostPath volume names an absolute path on the node: the apiserver accepts a relative one, but the kubelet cannot mount it.',
    origin: 'beyond-apiserver',
    source: 'the kubelet: a hostPath volume mounts the node path as written (pkg/volume/hostpath)',
    severity: 'warning',
    typedSeverity: 'error',
  },
  'projected-token': {
    description: 'A projected serviceAccountToken has a path and expires after 10 minutes to 2^32 seconds.',
    origin: 'apiserver',
    source: `validateProjectionSources (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'projected-token-path': {
    description:
      "A projected serviceAccountToken path is relative, without '..': the apiserver accepts another, but the kubelet cannot write the token, and the pod does not start.",
    origin: 'beyond-apiserver',
    source: 'validatePath (pkg/volume/util/atomic_writer.go, in the kubelet)',
    severity: 'error',
  },
  'host-port-conflict': {
    description: 'protocol/hostIP/hostPort must be unique across the regular containers of a pod.',
    origin: 'apiserver',
    source: `AccumulateUniqueHostPorts (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'host-network-port': {
    description: 'In a hostNetwork pod, hostPort must equal containerPort.',
    origin: 'apiserver',
    source: `validateHostNetwork (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'security-context-id': {
    description: 'runAsUser, runAsGroup, fsGroup and supplementalGroups must be between 0 and 2147483647.',
    origin: 'apiserver',
    source: `ValidatePodSecurityContext, ValidateSecurityContext (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'seccomp-profile': {
    description: 'seccompProfile.type must be Localhost, RuntimeDefault or Unconfined; localhostProfile only with Localhost, as a relative path.',
    origin: 'apiserver',
    source: `validateSeccompProfileField (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'pod-port-conflict': {
    description: 'Two containers of a pod cannot listen on the same port and protocol: they share one network namespace.',
    origin: 'beyond-apiserver',
    source: 'the container runtime: the second container cannot bind the port',
    severity: 'error',
  },
  'pod-port-name-shared': {
    description:
      "Two containers of a pod should not declare the same port name and protocol: a Service targetPort of that name silently picks the first container's port.",
    origin: 'beyond-apiserver',
    source: 'pkg/api/v1/pod/util.go (FindPort, used by the endpoints controllers)',
    severity: 'warning',
    typedSeverity: 'error',
  },
} as const satisfies Record<string, RuleMeta>;
