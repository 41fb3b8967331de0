/**
 * DaemonSets: `ValidateDaemonSetSpec` of `pkg/apis/apps/validation`, on the spec as the apiserver
 * sees it after the v1 defaults (maxUnavailable 1, maxSurge 0). (The pod template itself is checked
 * by the pod rules.)
 *
 * @packageDocumentation
 */
import { isObject } from '../../../values/json';
import { checkNonNegative, intOrPercentValue } from '../counts';
import { ObjectRule } from '../object-rule';
import { Reporter } from '../../reporter';
import { defaultedDaemonSetSpec, specOf } from './defaults';
import { checkReadOnlyDisks } from './read-only-disks';
import { checkAtMost100Percent, checkRolloutValue } from './rollout';
import { checkWorkloadSelector, DAEMON_SET_SELECTOR } from './selector';

const UPDATE_STRATEGY = ['spec', 'updateStrategy'];
const ROLLING_UPDATE = [...UPDATE_STRATEGY, 'rollingUpdate'];
const STRATEGY_TYPES: readonly string[] = ['RollingUpdate', 'OnDelete'];

/** `ValidateDaemonSetUpdateStrategy` and `ValidateRollingUpdateDaemonSet`: exactly one of the two is non-zero. */
function checkUpdateStrategy(r: Reporter, strategy: unknown): void {
  if (!isObject(strategy) || typeof strategy.type !== 'string') return;
  if (strategy.type === 'OnDelete') return;
  if (strategy.type !== 'RollingUpdate') {
    r.unsupported('daemonset-update-strategy', UPDATE_STRATEGY, strategy, STRATEGY_TYPES);
    return;
  }
  const rollingUpdate = strategy.rollingUpdate;
  if (!isObject(rollingUpdate)) return;
  const { maxUnavailable, maxSurge } = rollingUpdate;
  const unavailablePath = [...ROLLING_UPDATE, 'maxUnavailable'];
  const surgePath = [...ROLLING_UPDATE, 'maxSurge'];
  checkRolloutValue(r, unavailablePath, maxUnavailable);
  checkRolloutValue(r, surgePath, maxSurge);
  checkAtMost100Percent(r, unavailablePath, maxUnavailable);
  checkAtMost100Percent(r, surgePath, maxSurge);
  const unavailable = intOrPercentValue(maxUnavailable);
  const surge = intOrPercentValue(maxSurge);
  if (unavailable === undefined || surge === undefined) return;
  if (unavailable !== 0 && surge !== 0) {
    r.invalid('daemonset-update-strategy', surgePath, maxSurge, 'may not be set when maxUnavailable is non-zero');
  } else if (unavailable === 0 && surge === 0) {
    r.required('daemonset-update-strategy', unavailablePath, 'cannot be 0 when maxSurge is 0');
  }
}

/** `ValidateDaemonSet` beyond the metadata and the pod template. */
export const checkDaemonSet: ObjectRule = (r, manifest) => {
  const raw = specOf(manifest);
  if (!raw) return;
  const spec = defaultedDaemonSetSpec(raw);
  checkWorkloadSelector(r, spec, DAEMON_SET_SELECTOR);
  // daemons run on more than one node
  checkReadOnlyDisks(r, spec);
  checkNonNegative(r, 'nonnegative-count', ['spec', 'minReadySeconds'], spec.minReadySeconds);
  checkUpdateStrategy(r, spec.updateStrategy);
  checkNonNegative(r, 'nonnegative-count', ['spec', 'revisionHistoryLimit'], spec.revisionHistoryLimit);
};
