/**
 * Label selectors (`ValidateLabelSelector` of apimachinery's `meta/v1/validation`, as 1.27 runs it
 * on create, label values of expressions included) and whether a selector matches labels
 * (`LabelSelectorAsSelector`).
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../values/json';
import { labelValueErrors, qualifiedNameErrors } from '../../values/names';
import { Path } from '../../values/path';
import { Reporter } from '../reporter';
import { labelsAt } from './meta';

const OPERATORS: readonly string[] = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/** Checks a label selector (absent is fine) at `path`; true when it is well formed, so that it can be matched. */
export function checkLabelSelector(r: Reporter, selector: unknown, path: Path): boolean {
  if (!isObject(selector)) return true;
  let ok = true;
  const before = countOf(r);
  if (isObject(selector.matchLabels)) labelsAt(r, selector.matchLabels, path, 'matchLabels', 'label-selector', 'label-selector');
  const expressions = selector.matchExpressions;
  if (Array.isArray(expressions)) {
    expressions.forEach((e, i) => {
      if (!isObject(e)) return;
      const at = [...path, 'matchExpressions', i];
      const values = Array.isArray(e.values) ? e.values : [];
      switch (e.operator) {
        case 'In':
        case 'NotIn':
          if (values.length === 0) r.required('label-selector', [...at, 'values'], "must be specified when `operator` is 'In' or 'NotIn'");
          break;
        case 'Exists':
        case 'DoesNotExist':
          if (values.length > 0) r.forbidden('label-selector', [...at, 'values'], "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
          break;
        default:
          if (typeof e.operator === 'string') r.invalid('label-selector', [...at, 'operator'], e.operator, 'not a valid selector operator');
          ok = false;
          break;
      }
      if (typeof e.key === 'string') r.invalidEach('label-selector', [...at, 'key'], e.key, qualifiedNameErrors(e.key));
      values.forEach((v, j) => {
        if (typeof v === 'string') r.invalidEach('label-selector', [...at, 'values', j], v, labelValueErrors(v));
      });
    });
  }
  return ok && countOf(r) === before;
}

function countOf(r: Reporter): number {
  return r.count;
}

/** Whether a selector has no requirement at all (`{}`): it matches everything. */
export function isEmptySelector(selector: JsonObject): boolean {
  const labels = isObject(selector.matchLabels) ? Object.keys(selector.matchLabels).length : 0;
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions.length : 0;
  return labels === 0 && expressions === 0;
}

/** Whether a well-formed selector matches `labels` (a missing selector matches nothing). */
export function selectorMatches(selector: unknown, labels: unknown): boolean {
  if (!isObject(selector)) return false;
  const have = isObject(labels) ? labels : {};
  if (isObject(selector.matchLabels)) {
    for (const key in selector.matchLabels) if (have[key] !== selector.matchLabels[key]) return false;
  }
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  for (const e of expressions) {
    if (!isObject(e) || typeof e.key !== 'string') return false;
    const value = have[e.key];
    const values = Array.isArray(e.values) ? e.values : [];
    const present = typeof value === 'string';
    switch (e.operator) {
      case 'In':
        if (!present || !values.includes(value)) return false;
        break;
      case 'NotIn':
        if (present && values.includes(value)) return false;
        break;
      case 'Exists':
        if (!present) return false;
        break;
      case 'DoesNotExist':
        if (present) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

export { OPERATORS as SELECTOR_OPERATORS };
