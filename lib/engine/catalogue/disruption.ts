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
} as const satisfies Record<string, RuleMeta>;
