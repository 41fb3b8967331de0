/**
 * The policy profiles and their checks, read from the rule catalogue: a profile is the list of
 * catalogue rules whose `profiles` name it.
 *
 * @packageDocumentation
 */
import { PolicyProfile, RULES, RuleId } from '../engine/catalogue';
import { Severity } from '../engine/finding';

export { PolicyProfile };

/** The profiles, weakest first. */
export const POLICY_PROFILES: readonly PolicyProfile[] = ['baseline', 'restricted', 'recommended'];

/** One check of the policy profiles: its id (the `rule` of its findings), the profiles that run it, its severity and its texts. */
export interface PolicyCheck {
  /** The check's identifier, which its findings carry as their `rule`, e.g. `host-ports`. */
  readonly id: string;
  /** The profiles that run the check. */
  readonly profiles: readonly PolicyProfile[];
  /** The severity of the check's findings (an exemption annotation turns them into infos). */
  readonly severity: Severity;
  /** What the check requires, in one sentence. */
  readonly description: string;
  /** How to fix a finding of the check. */
  readonly recommendation: string;
}

/** Every policy check, in the order of the profiles, as the rule catalogue describes them. */
export const POLICY_CHECKS: readonly PolicyCheck[] = (Object.keys(RULES) as RuleId[]).flatMap(id => {
  const rule = RULES[id];
  return rule.profiles
    ? [{ id, profiles: rule.profiles, severity: rule.severity, description: rule.description, recommendation: rule.recommendation ?? rule.description }]
    : [];
});

/** Whether a string names a profile. */
export function isPolicyProfile(value: string): value is PolicyProfile {
  return (POLICY_PROFILES as readonly string[]).includes(value);
}
