/**
 * The rule catalogue: every rule of the engine, the policy profiles and the builders, as data.
 *
 * One entry per rule id: what it requires, where it comes from (the upstream code it follows),
 * its severity and, for the policy checks, the profiles that run it. The engine takes a finding's
 * severity from here, the policy profiles are lists of these ids, the README's rule tables are
 * written from it, and the tests check that every rule the code reports is here.
 *
 * @packageDocumentation
 */
import { APPS_RULES } from './apps';
import { BATCH_RULES } from './batch';
import { CONTAINER_RULES } from './container';
import { DECODING_RULES } from './decoding';
import { DISRUPTION_RULES } from './disruption';
import { IMAGE_RULES } from './image';
import { INPUT_RULES } from './input';
import { META_RULES } from './meta';
import { NETWORKING_RULES } from './networking';
import { POD_RULES } from './pod';
import { POLICY_RULES } from './policy';
import { RuleMeta } from './rule';
import { SDK_RULES } from './sdk';
import { SERVICE_RULES } from './service';
import { STORAGE_CONFIG_RULES } from './storage-config';
import { TIMELINE_RULES } from './timeline';
import { WORKLOAD_RULES } from './workloads';

export { PolicyProfile, RuleMeta, RuleOrigin } from './rule';

/** The catalogue's data, by id (its literal type gives {@link RuleId}). */
const CATALOGUE = {
  ...DECODING_RULES,
  ...INPUT_RULES,
  ...META_RULES,
  ...POD_RULES,
  ...CONTAINER_RULES,
  ...SERVICE_RULES,
  ...WORKLOAD_RULES,
  ...APPS_RULES,
  ...BATCH_RULES,
  ...DISRUPTION_RULES,
  ...STORAGE_CONFIG_RULES,
  ...NETWORKING_RULES,
  ...IMAGE_RULES,
  ...POLICY_RULES,
  ...SDK_RULES,
  ...TIMELINE_RULES,
} as const satisfies Readonly<Record<string, RuleMeta>>;

/** The id of a rule of the catalogue (the README's rule tables list them all). */
export type RuleId = keyof typeof CATALOGUE;

/** Every rule, by id. */
export const RULES: Readonly<Record<RuleId, RuleMeta>> = CATALOGUE;

/** The ids of the policy checks, in catalogue order (baseline, then restricted, then recommended). */
export type PolicyRuleId = keyof typeof POLICY_RULES;

/** Whether `id` is a rule of the catalogue. */
export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, id);
}
