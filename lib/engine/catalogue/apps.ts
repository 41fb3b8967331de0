/**
 * The catalogue: Deployments, ReplicaSets, StatefulSets and DaemonSets (`pkg/apis/apps/validation`).
 * Their selectors, counts and int-or-percent values use the shared rules of `workloads.ts`.
 *
 * @packageDocumentation
 */
import { CORE_VALIDATION, RuleMeta } from './rule';

const APPS_VALIDATION = 'pkg/apis/apps/validation/validation.go';

export const APPS_RULES = {
  'deployment-strategy': {
    description:
      'A Deployment strategy is RollingUpdate or Recreate, a Recreate strategy has no rollingUpdate, and maxUnavailable and maxSurge are not both 0.',
    origin: 'apiserver',
    source: `ValidateDeploymentStrategy, ValidateRollingUpdateDeployment (${APPS_VALIDATION})`,
    severity: 'error',
  },
  'deployment-progress-deadline': {
    description: 'A Deployment progressDeadlineSeconds (600 by default) is greater than its minReadySeconds.',
    origin: 'apiserver',
    source: `ValidateDeploymentSpec (${APPS_VALIDATION})`,
    severity: 'error',
  },
  'replicated-gce-pd-read-only': {
    description: 'A gcePersistentDisk volume in the pods of a DaemonSet, or of a Deployment or ReplicaSet of more than one replica, is readOnly.',
    origin: 'apiserver',
    source: `ValidateReadOnlyPersistentDisks (${CORE_VALIDATION}), as ValidatePodTemplateSpecForReplicaSet and ValidateDaemonSetSpec call it in 1.27`,
    severity: 'error',
  },
  'statefulset-pod-management-policy': {
    description: 'A StatefulSet podManagementPolicy is OrderedReady (the default) or Parallel.',
    origin: 'apiserver',
    source: `ValidateStatefulSetSpec (${APPS_VALIDATION})`,
    severity: 'error',
  },
  'statefulset-update-strategy': {
    description: 'A StatefulSet updateStrategy is RollingUpdate or OnDelete, and only RollingUpdate takes rollingUpdate.',
    origin: 'apiserver',
    source: `ValidateStatefulSetSpec (${APPS_VALIDATION})`,
    severity: 'error',
  },
  'statefulset-max-unavailable-ignored': {
    description:
      'A StatefulSet rollingUpdate.maxUnavailable is dropped on create, as the MaxUnavailableStatefulSet feature gate is off in 1.27: pods are still updated one at a time.',
    origin: 'beyond-apiserver',
    source: 'dropStatefulSetDisabledFields (pkg/registry/apps/statefulset/strategy.go), with the alpha gate MaxUnavailableStatefulSet off',
    severity: 'warning',
  },
  'statefulset-pvc-retention-policy': {
    description: 'A StatefulSet persistentVolumeClaimRetentionPolicy has whenDeleted and whenScaled of Retain (the default) or Delete.',
    origin: 'apiserver',
    source: `ValidatePersistentVolumeClaimRetentionPolicy (${APPS_VALIDATION})`,
    severity: 'error',
  },
  'statefulset-service-name': {
    description: "A StatefulSet serviceName becomes its pods' subdomain, so it must be a DNS-1123 label, or the controller cannot create any pod.",
    origin: 'beyond-apiserver',
    source: `the StatefulSet controller (pod.spec.subdomain = serviceName), then ValidatePodSpec (${CORE_VALIDATION}) on the pods it creates`,
    severity: 'error',
  },
  'statefulset-claim-template-name': {
    description:
      "A StatefulSet's claim template name names its pods' volume (a DNS-1123 label) and its claims, <template>-<statefulset>-<ordinal> (DNS-1123 subdomains), or the controller cannot create them.",
    origin: 'beyond-apiserver',
    source: `the StatefulSet controller (getPersistentVolumeClaimName), then ValidatePodSpec and ValidatePersistentVolumeClaim (${CORE_VALIDATION}) on what it creates`,
    severity: 'error',
  },
  'daemonset-update-strategy': {
    description:
      'A DaemonSet updateStrategy is RollingUpdate or OnDelete, and exactly one of maxUnavailable (1 by default) and maxSurge (0 by default) is non-zero.',
    origin: 'apiserver',
    source: `ValidateDaemonSetUpdateStrategy, ValidateRollingUpdateDaemonSet (${APPS_VALIDATION})`,
    severity: 'error',
  },
} as const satisfies Record<string, RuleMeta>;
