/**
 * The catalogue: PodDisruptionBudgets (`pkg/apis/policy/validation`).
 *
 * Their selector and their minAvailable / maxUnavailable values follow the shared rules of
 * `workloads.ts` (`label-selector`, `int-or-percent`).
 *
 * @packageDocumentation
 */
import { RuleMeta } from './rule';

const POLICY_VALIDATION = 'pkg/apis/policy/validation/validation.go';

/** The rules of PodDisruptionBudgets, by id. */
export const DISRUPTION_RULES = {
  'pdb-one-budget': {
    description: 'A PodDisruptionBudget sets minAvailable or maxUnavailable, not both.',
    origin: 'apiserver',
    source: `ValidatePodDisruptionBudgetSpec (${POLICY_VALIDATION})`,
    severity: 'error',
  },
  'pdb-unhealthy-pod-eviction-policy': {
    description: 'unhealthyPodEvictionPolicy is AlwaysAllow or IfHealthyBudget.',
    origin: 'apiserver',
    source: `ValidatePodDisruptionBudgetSpec (${POLICY_VALIDATION})`,
    severity: 'error',
  },
  'pdb-blocks-eviction': {
    description:
      'A PodDisruptionBudget should let at least one of the pods it selects be evicted (minAvailable below their replicas, maxUnavailable above 0), or no node drain can move them; a budget meant to, for a pod moved by hand, says so with an exemption annotation.',
    origin: 'beyond-apiserver',
    source:
      'the eviction API (pkg/registry/core/pod/storage/eviction.go) and the disruption controller: no disruption is allowed while the budget holds every pod',
    severity: 'warning',
    typedSeverity: 'error',
  },
} as const satisfies Record<string, RuleMeta>;
