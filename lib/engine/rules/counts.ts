/**
 * Counts, seconds and the int-or-percent values of rollouts and budgets: the apiserver's
 * `ValidateNonnegativeField`, `ValidatePositiveIntOrPercent` and `IsNotMoreThan100Percent`.
 *
 * @packageDocumentation
 */
import { isInt } from '../../values/numbers';
import { Path } from '../../values/path';
import { RuleId } from '../catalogue';
import { Reporter } from '../reporter';

const NONNEGATIVE = 'must be greater than or equal to 0';
const PERCENT = /^[0-9]+%$/;
const PERCENT_MESSAGE =
  "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

/** `ValidateNonnegativeField`: an integer field, when set, is at least 0. */
export function checkNonNegative(r: Reporter, rule: RuleId, path: Path, value: unknown): void {
  if (isInt(value) && value < 0) r.invalid(rule, path, value, NONNEGATIVE);
}

/** `ValidatePositiveIntOrPercent` and, for a valid percent, `IsNotMoreThan100Percent`. */
export function checkIntOrPercent(r: Reporter, rule: RuleId, path: Path, value: unknown, atMost100 = true): void {
  if (typeof value === 'string') {
    if (!PERCENT.test(value)) r.invalid(rule, path, value, PERCENT_MESSAGE);
    else if (atMost100 && Number(value.slice(0, -1)) > 100) r.invalid(rule, path, value, 'must not be greater than 100%');
  } else if (isInt(value) && value < 0) {
    r.invalid(rule, path, value, NONNEGATIVE);
  }
}

/**
 * `getIntOrPercentValue`: the number of an int-or-percent (`25%` → 25), an invalid string as 0, as
 * the apiserver compares them ("both zero" rules); `undefined` when absent.
 */
export function intOrPercentValue(value: unknown): number | undefined {
  if (isInt(value)) return value;
  if (typeof value !== 'string') return undefined;
  if (PERCENT.test(value)) return Number(value.slice(0, -1));
  return /^-?[0-9]+$/.test(value) ? Number(value) : 0;
}
