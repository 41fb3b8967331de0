/**
 * The `maxUnavailable` and `maxSurge` of a rolling update, as the apps validators check them:
 * each an integer of 0 or more or a percentage (`ValidatePositiveIntOrPercent`), some at most
 * 100% (`IsNotMoreThan100Percent`, reported after the kind's own checks).
 *
 * @packageDocumentation
 */
import { Path } from '../../../values/path';
import { checkIntOrPercent } from '../counts';
import { Reporter } from '../../reporter';

const PERCENT = /^[0-9]+%$/;

/** `ValidatePositiveIntOrPercent` alone (the 100% bound is checked by {@link checkAtMost100Percent}). */
export function checkRolloutValue(r: Reporter, path: Path, value: unknown): void {
  checkIntOrPercent(r, 'int-or-percent', path, value, false);
}

/** `IsNotMoreThan100Percent`: a valid percentage is at most 100%; anything else passes. */
export function checkAtMost100Percent(r: Reporter, path: Path, value: unknown): void {
  if (typeof value === 'string' && PERCENT.test(value) && Number(value.slice(0, -1)) > 100) {
    r.invalid('int-or-percent', path, value, 'must not be greater than 100%');
  }
}
