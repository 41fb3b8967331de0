/**
 * The catalogue: PodDisruptionBudgets (`pkg/apis/policy/validation`).
 *
 * @packageDocumentation
 */
import { RuleMeta } from './rule';

export const DISRUPTION_RULES = {} as const satisfies Record<string, RuleMeta>;
