/**
 * The selector of an apps workload and the labels of its pod template, as `ValidateDeploymentSpec`,
 * `ValidateReplicaSetSpec`, `ValidateStatefulSetSpec` and `ValidateDaemonSetSpec` check them:
 * required (but for a DaemonSet), well formed, not empty, and matching the template's labels.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';
import { Reporter } from '../../reporter';
import { checkLabelSelector, isEmptySelector, selectorMatches } from '../selectors';
import { absent } from './defaults';

/** How one kind words and orders its selector checks. */
export interface SelectorRules {
  /** Whether a missing selector is `Required` (a DaemonSet's is only "does not match"). */
  readonly required: boolean;
  /** The word of `empty selector is invalid for <word>` (a ReplicaSet says `deployment`). */
  readonly emptyWord: string;
  /** The detail of the error on `spec.selector` when it cannot be converted (`undefined`: none). */
  readonly unconvertible?: string;
  /** Whether an empty selector skips the match check (it matches every label set anyway). */
  readonly emptySkipsMatch: boolean;
}

/** Deployments and ReplicaSets (`ValidatePodTemplateSpecForReplicaSet`). */
export const REPLICA_SET_SELECTOR: SelectorRules = { required: true, emptyWord: 'deployment', unconvertible: 'invalid label selector', emptySkipsMatch: true };

/** StatefulSets: the conversion error has an empty detail. */
export const STATEFUL_SET_SELECTOR: SelectorRules = { required: true, emptyWord: 'statefulset', unconvertible: '', emptySkipsMatch: true };

/** DaemonSets: no Required check, the conversion error is not reported twice. */
export const DAEMON_SET_SELECTOR: SelectorRules = { required: false, emptyWord: 'daemonset', emptySkipsMatch: false };

/**
 * Whether the selector is made of values of the right JSON types (the schema check reports the
 * others): only then can it be matched against labels.
 */
function wellTyped(selector: JsonObject): boolean {
  const { matchLabels, matchExpressions } = selector;
  if (!absent(matchLabels)) {
    if (!isObject(matchLabels) || Object.values(matchLabels).some(v => typeof v !== 'string')) return false;
  }
  if (!absent(matchExpressions)) {
    if (!Array.isArray(matchExpressions)) return false;
    for (const e of matchExpressions) {
      if (!isObject(e) || typeof e.key !== 'string' || typeof e.operator !== 'string') return false;
      if (!absent(e.values) && (!Array.isArray(e.values) || e.values.some(v => typeof v !== 'string'))) return false;
    }
  }
  return true;
}

/** Whether the template's labels are a map of strings, or absent. */
function labelsOf(template: JsonObject | undefined): { ok: boolean; labels: JsonObject } {
  const meta = template?.metadata;
  if (absent(meta)) return { ok: true, labels: {} };
  if (!isObject(meta)) return { ok: false, labels: {} };
  const labels = meta.labels;
  if (absent(labels)) return { ok: true, labels: {} };
  if (!isObject(labels) || Object.values(labels).some(v => typeof v !== 'string')) return { ok: false, labels: {} };
  return { ok: true, labels };
}

/**
 * Checks `spec.selector` and whether it matches `spec.template.metadata.labels`, in the order and
 * words of the kind's validator. A selector of the wrong JSON type is skipped. Returns whether the
 * selector could be converted (the validators check the rest of the template only then).
 */
export function checkWorkloadSelector(r: Reporter, spec: JsonObject, rules: SelectorRules): boolean {
  const selector = spec.selector;
  if (!absent(selector) && !isObject(selector)) return false;
  let convertible = true;
  if (isObject(selector)) {
    convertible = checkLabelSelector(r, selector, ['spec', 'selector']) && wellTyped(selector);
    if (isEmptySelector(selector)) r.invalid('workload-selector-empty', ['spec', 'selector'], selector, `empty selector is invalid for ${rules.emptyWord}`);
    if (!convertible && rules.unconvertible !== undefined && wellTyped(selector)) {
      r.invalid('label-selector', ['spec', 'selector'], selector, rules.unconvertible);
    }
  } else if (rules.required) {
    r.required('workload-selector-required', ['spec', 'selector']);
  }
  if (!convertible) return false;
  if (rules.emptySkipsMatch && isObject(selector) && isEmptySelector(selector)) return true;
  const template = isObject(spec.template) ? spec.template : undefined;
  const { ok, labels } = labelsOf(template);
  if (!ok) return true;
  // a missing selector matches nothing; an empty one matches everything
  const matches = isObject(selector) && (isEmptySelector(selector) || selectorMatches(selector, labels));
  if (!matches) {
    r.invalid('workload-selector-match', ['spec', 'template', 'metadata', 'labels'], labels, '`selector` does not match template `labels`');
  }
  return true;
}
