/**
 * PodDisruptionBudgets (`ValidatePodDisruptionBudget` of `pkg/apis/policy/validation`, policy/v1,
 * as Kubernetes 1.27 runs it on create).
 *
 * policy/v1 defaults nothing in a budget, and the create strategy only clears the status (the
 * `PDBUnhealthyPodEvictionPolicy` gate, which would drop `unhealthyPodEvictionPolicy`, is on in
 * 1.27): the validator sees the manifest as it is. Its name is no concern of this validator (the
 * generic registry checks it as a path segment, see `kinds.ts`).
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../values/json';
import { Reporter } from '../reporter';
import { checkIntOrPercent } from './counts';
import { ObjectRule } from './object-rule';
import { checkLabelSelector } from './selectors';

/** `supportedUnhealthyPodEvictionPolicies.List()`: sorted. */
const EVICTION_POLICIES: readonly string[] = ['AlwaysAllow', 'IfHealthyBudget'];

/** Whether a field is set (JSON `null` decodes as absent). */
function isSet(v: unknown): boolean {
  return v !== undefined && v !== null;
}

/** `ValidatePodDisruptionBudgetSpec`, with the strict label values of a create. */
function checkPodDisruptionBudget(r: Reporter, manifest: JsonObject): void {
  const spec = isObject(manifest.spec) ? manifest.spec : {};
  const path = ['spec'];
  if (isSet(spec.minAvailable) && isSet(spec.maxUnavailable)) {
    r.invalid('pdb-one-budget', path, spec, 'minAvailable and maxUnavailable cannot be both set');
  }
  checkIntOrPercent(r, 'int-or-percent', [...path, 'minAvailable'], spec.minAvailable);
  checkIntOrPercent(r, 'int-or-percent', [...path, 'maxUnavailable'], spec.maxUnavailable);
  checkLabelSelector(r, spec.selector, [...path, 'selector']);
  const policy = spec.unhealthyPodEvictionPolicy;
  if (typeof policy === 'string' && !EVICTION_POLICIES.includes(policy)) {
    r.unsupported('pdb-unhealthy-pod-eviction-policy', [...path, 'unhealthyPodEvictionPolicy'], policy, EVICTION_POLICIES);
  }
}

/** The rules of each kind, by `<apiVersion>/<kind>`. */
export const DISRUPTION_OBJECT_RULES: Readonly<Record<string, ObjectRule>> = {
  'policy/v1/PodDisruptionBudget': checkPodDisruptionBudget,
};
