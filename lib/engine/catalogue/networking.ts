/**
 * The catalogue: Ingresses and NetworkPolicies (`pkg/apis/networking/validation`).
 *
 * @packageDocumentation
 */
import { RuleMeta } from './rule';

export const NETWORKING_RULES = {} as const satisfies Record<string, RuleMeta>;
