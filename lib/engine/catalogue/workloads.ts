/**
 * The catalogue: what workloads and the other controllers' objects share (selectors, counts,
 * int-or-percent values).
 *
 * @packageDocumentation
 */
import { META_V1_VALIDATION, RuleMeta } from './rule';

const APPS_VALIDATION = 'pkg/apis/apps/validation/validation.go';

export const WORKLOAD_RULES = {
  'label-selector': {
    description:
      "A label selector's keys and values are valid labels; In and NotIn expressions have values, Exists and DoesNotExist have none, and no other operator exists.",
    origin: 'apiserver',
    source: `ValidateLabelSelector (${META_V1_VALIDATION})`,
    severity: 'error',
  },
  'workload-selector-required': {
    description: 'A Deployment, ReplicaSet or StatefulSet needs spec.selector (a Job with manualSelector too).',
    origin: 'apiserver',
    source: `ValidateDeploymentSpec, ValidateReplicaSetSpec, ValidateStatefulSetSpec (${APPS_VALIDATION}); ValidateJobSpec`,
    severity: 'error',
  },
  'workload-selector-empty': {
    description: 'The selector of a Deployment, ReplicaSet, StatefulSet or DaemonSet cannot be empty ({} would select every pod).',
    origin: 'apiserver',
    source: `ValidateDeploymentSpec, ValidateReplicaSetSpec, ValidateStatefulSetSpec, ValidateDaemonSetSpec (${APPS_VALIDATION})`,
    severity: 'error',
  },
  'workload-selector-match': {
    description: "A workload's selector must match the labels of its pod template.",
    origin: 'apiserver',
    source: `ValidatePodTemplateSpecForReplicaSet, ValidatePodTemplateSpecForStatefulSet, ValidateDaemonSetSpec (${APPS_VALIDATION}); ValidateJobSpec`,
    severity: 'error',
  },
  'nonnegative-count': {
    description: 'Counts, seconds and limits of workloads (replicas, minReadySeconds, revisionHistoryLimit, backoffLimit, ...) are 0 or more.',
    origin: 'apiserver',
    source: 'ValidateNonnegativeField (apimachinery pkg/api/validation/generic.go), as the apps, batch and policy validators call it',
    severity: 'error',
  },
  'int-or-percent': {
    description: 'maxSurge, maxUnavailable and minAvailable are integers of 0 or more, or percentages such as "25%" of at most 100%.',
    origin: 'apiserver',
    source: `ValidatePositiveIntOrPercent, IsNotMoreThan100Percent (${APPS_VALIDATION})`,
    severity: 'error',
  },
} as const satisfies Record<string, RuleMeta>;
