/**
 * The catalogue: containers (names, images, ports, env, volume mounts, resources, security
 * context, probes and lifecycle hooks).
 *
 * @packageDocumentation
 */
import { CORE_VALIDATION, POD_WARNINGS, RuleMeta } from './rule';

export const CONTAINER_RULES = {
  'container-name': {
    description: 'Container names are required DNS-1123 labels.',
    origin: 'apiserver',
    source: `validateContainerCommon (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'container-name-unique': {
    description: 'Container names are unique across the containers and init containers of a pod.',
    origin: 'apiserver',
    source: `validateContainers, validateInitContainers (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'container-image': {
    description: 'image is required; in a Pod it has no leading or trailing whitespace.',
    origin: 'apiserver',
    source: `validateContainerCommon, validateContainerOnlyForPod (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'container-image-pull-policy': {
    description: 'imagePullPolicy must be Always, IfNotPresent or Never.',
    origin: 'apiserver',
    source: `validatePullPolicy (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'container-termination-message-policy': {
    description: 'terminationMessagePolicy must be File or FallbackToLogsOnError.',
    origin: 'apiserver',
    source: `validateContainerCommon (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'init-container-field': {
    description: 'Init containers may not set lifecycle, livenessProbe, readinessProbe or startupProbe (Kubernetes 1.27).',
    origin: 'apiserver',
    source: `validateInitContainers (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'container-port': {
    description: 'containerPort is required and between 1 and 65535.',
    origin: 'apiserver',
    source: `validateContainerPorts (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'container-host-port': {
    description: 'hostPort, when set, is between 1 and 65535.',
    origin: 'apiserver',
    source: `validateContainerPorts (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'container-port-protocol': {
    description: 'A port protocol must be SCTP, TCP or UDP (case-sensitive).',
    origin: 'apiserver',
    source: `validateContainerPorts (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'container-port-name': {
    description: 'Port names are IANA service names (at most 15 characters, a-z, 0-9 and "-", a letter) and unique in the container.',
    origin: 'apiserver',
    source: `validateContainerPorts (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'duplicate-port-definition': {
    description: 'A container should not declare the same port and protocol twice.',
    origin: 'apiserver-warning',
    source: POD_WARNINGS,
    severity: 'warning',
    typedSeverity: 'error',
  },
  'env-name': {
    description: 'Environment variable names are required and must not start with a digit (letters, digits, "_", "-", ".").',
    origin: 'apiserver',
    source: `ValidateEnv (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'duplicate-env': {
    description: 'A container should not define an environment variable twice: the later definition hides the earlier one.',
    origin: 'apiserver-warning',
    source: POD_WARNINGS,
    severity: 'warning',
  },
  'env-value-from': {
    description: 'valueFrom has exactly one source and no value beside it; its key selectors name an object and a valid key.',
    origin: 'apiserver',
    source: `validateEnvVarValueFrom (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'env-field-ref': {
    description: 'An env fieldRef names a field the downward API exposes to env.',
    origin: 'apiserver',
    source: `validateObjectFieldSelector (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'resource-field-divisor': {
    description:
      'A resourceFieldRef divisor is 1m or 1 for cpu, and a unit of bytes (1, 1k, 1M, ..., 1Ki, 1Mi, ...) for memory, ephemeral storage and hugepages.',
    origin: 'apiserver',
    source: `validateContainerResourceDivisor (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'resource-field-container': {
    description:
      "A resourceFieldRef's containerName names a container of the pod: the kubelet cannot resolve the resource of another, and the container does not start.",
    origin: 'beyond-apiserver',
    source: 'ExtractResourceValueByContainerName (pkg/api/v1/resource/helpers.go, in the kubelet)',
    severity: 'error',
  },
  'env-from': {
    description: 'envFrom entries have exactly one of configMapRef or secretRef, with a name, and a valid prefix.',
    origin: 'apiserver',
    source: `ValidateEnvFrom (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'volume-mount': {
    description: 'A volume mount names a volume of the pod, has a mountPath unique in the container, and valid subPath, subPathExpr and mountPropagation.',
    origin: 'apiserver',
    source: `ValidateVolumeMounts (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'resource-name': {
    description: 'Resource names are cpu, memory, ephemeral-storage, hugepages-<size> or fully qualified extended resources.',
    origin: 'apiserver',
    source: `validateContainerResourceName (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'resource-quantity': {
    description: 'Resource quantities are at least 0, and whole numbers for extended resources.',
    origin: 'apiserver',
    source: `ValidateResourceQuantityValue (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'resource-limit': {
    description: 'Requests are at most the limits; non-overcommitable resources need a limit equal to the request.',
    origin: 'apiserver',
    source: `ValidateResourceRequirements (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'resource-hugepages': {
    description: 'Huge pages are whole multiples of their page size and need a cpu or memory request or limit.',
    origin: 'apiserver',
    source: `ValidateResourceRequirements (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'fractional-bytes': {
    description: 'Byte quantities (memory, ephemeral-storage) should be whole numbers (512Mi, not 512m).',
    origin: 'apiserver-warning',
    source: POD_WARNINGS,
    severity: 'warning',
  },
  'security-context-privilege-escalation': {
    description: 'allowPrivilegeEscalation: false contradicts privileged: true and an added CAP_SYS_ADMIN.',
    origin: 'apiserver',
    source: `ValidateSecurityContext (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'probe-handler': {
    description: 'A probe or lifecycle hook has exactly one handler (exec, httpGet, tcpSocket or grpc; hooks have no grpc).',
    origin: 'apiserver',
    source: `validateHandler (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'probe-field': {
    description: 'Probe timings and thresholds are at least 0; a probe terminationGracePeriodSeconds is more than 0.',
    origin: 'apiserver',
    source: `validateProbe (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'probe-success-threshold': {
    description: 'Liveness and startup probes must have a successThreshold of 1.',
    origin: 'apiserver',
    source: `validateContainers (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'probe-readiness-grace-period': {
    description: 'A readiness probe must not set terminationGracePeriodSeconds.',
    origin: 'apiserver',
    source: `validateContainers (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'probe-exec-command': {
    description: 'An exec handler needs a command.',
    origin: 'apiserver',
    source: `validateExecAction (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'exec-command-words': {
    description:
      'The first word of a command (a container command, an exec probe or hook) names the executable: it is not empty and has no spaces, since no shell splits it.',
    origin: 'beyond-apiserver',
    source: 'the container runtime: the kubelet runs the command without a shell, and an executable that does not exist fails to start',
    severity: 'warning',
    typedSeverity: 'error',
  },
  'probe-port': {
    description: 'A handler port is a number between 1 and 65535 or a port name (gRPC: a number only).',
    origin: 'apiserver',
    source: `validateHTTPGetAction, validateTCPSocketAction, validateGRPCAction (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'probe-http-scheme': {
    description: 'An httpGet scheme must be HTTP or HTTPS.',
    origin: 'apiserver',
    source: `validateHTTPGetAction (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'probe-http-header': {
    description: 'httpGet header names consist of letters, digits and "-".',
    origin: 'apiserver',
    source: `validateHTTPGetAction (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'probe-port-declared': {
    description: 'A named probe or hook port must be declared by the same container: the kubelet cannot resolve it otherwise and the probe fails.',
    origin: 'beyond-apiserver',
    source: 'pkg/probe/util.go (ResolveContainerPort, in the kubelet)',
    severity: 'error',
  },
  'liveness-equals-readiness': {
    description: 'A liveness probe identical to the readiness probe restarts containers that are only temporarily unready.',
    origin: 'beyond-apiserver',
    source: 'Kubernetes documentation: configure liveness, readiness and startup probes',
    severity: 'warning',
  },
} as const satisfies Record<string, RuleMeta>;
