/**
 * Tolerations of node taints: `ValidateTolerations` of `pkg/apis/core/validation/validation.go`
 * (v1.27), which `ValidatePodSpec` runs on `spec.tolerations`.
 *
 * @packageDocumentation
 */
import { isObject } from '../../../values/json';
import { labelValueErrors, qualifiedNameErrors } from '../../../values/names';
import { PodScope } from './scope';

const RULE = 'pod-tolerations';
/** `validateTaintEffect`: the effects a toleration may name (empty: every effect). */
const EFFECTS: readonly string[] = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
const OPERATORS: readonly string[] = ['Equal', 'Exists'];

/** A string field of a toleration, `''` when absent (as the apiserver decodes it). */
function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** The pod's `tolerations`. */
export function checkTolerations(pod: PodScope, tolerations: readonly unknown[]): void {
  const r = pod.r;
  for (let i = 0; i < tolerations.length; i++) {
    const t = tolerations[i];
    if (!isObject(t)) continue; // the schema check reports it
    const key = text(t.key);
    const operator = text(t.operator);
    const value = text(t.value);
    const effect = text(t.effect);
    const at = (field: string) => pod.at('tolerations', i, field);
    if (key !== '') r.invalidEach(RULE, at('key'), key, qualifiedNameErrors(key));
    // an empty key with Exists (and no value) tolerates every taint
    if (key === '' && operator !== 'Exists') {
      r.invalid(RULE, at('operator'), operator, 'operator must be Exists when `key` is empty, which means "match all values and all keys"');
    }
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null && effect !== 'NoExecute') {
      r.invalid(RULE, at('effect'), effect, "effect must be 'NoExecute' when `tolerationSeconds` is set");
    }
    switch (operator) {
      case 'Equal':
      case '': {
        // the value's problems, reported at the operator, joined as the apiserver joins them
        const errs = labelValueErrors(value);
        if (errs.length > 0) r.invalid(RULE, at('operator'), value, errs.join(';'));
        break;
      }
      case 'Exists':
        if (value !== '') r.invalid(RULE, at('operator'), t, "value must be empty when `operator` is 'Exists'");
        break;
      default:
        r.unsupported(RULE, at('operator'), operator, OPERATORS);
    }
    if (effect !== '' && !EFFECTS.includes(effect)) r.unsupported(RULE, at('effect'), effect, EFFECTS);
  }
}
