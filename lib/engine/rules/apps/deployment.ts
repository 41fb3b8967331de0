/**
 * Deployments and ReplicaSets: `ValidateDeploymentSpec` and `ValidateReplicaSetSpec` of
 * `pkg/apis/apps/validation`, on the spec as the apiserver sees it after the v1 defaults.
 * (The pod template itself is checked by the pod rules.)
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';
import { isInt } from '../../../values/numbers';
import { checkNonNegative, intOrPercentValue } from '../counts';
import { ObjectRule } from '../object-rule';
import { Reporter } from '../../reporter';
import { absent, defaultedDeploymentSpec, defaultedReplicaSetSpec, specOf } from './defaults';
import { checkReadOnlyDisks } from './read-only-disks';
import { checkAtMost100Percent, checkRolloutValue } from './rollout';
import { checkWorkloadSelector, REPLICA_SET_SELECTOR } from './selector';

const STRATEGY = ['spec', 'strategy'];
const ROLLING_UPDATE = [...STRATEGY, 'rollingUpdate'];
const STRATEGY_TYPES: readonly string[] = ['Recreate', 'RollingUpdate'];

/** The selector, and what `ValidatePodTemplateSpecForReplicaSet` adds when the selector converts. */
function checkSelectorAndTemplate(r: Reporter, spec: JsonObject): void {
  if (checkWorkloadSelector(r, spec, REPLICA_SET_SELECTOR) && isInt(spec.replicas) && spec.replicas > 1) checkReadOnlyDisks(r, spec);
}

/** `ValidateDeploymentStrategy` and `ValidateRollingUpdateDeployment`. */
function checkStrategy(r: Reporter, strategy: unknown): void {
  if (!isObject(strategy) || typeof strategy.type !== 'string') return;
  switch (strategy.type) {
    case 'Recreate':
      // (a rollingUpdate of another type is the schema's finding)
      if (isObject(strategy.rollingUpdate)) {
        r.forbidden('deployment-strategy', ROLLING_UPDATE, "may not be specified when strategy `type` is 'Recreate'");
      }
      return;
    case 'RollingUpdate': {
      const rollingUpdate = strategy.rollingUpdate;
      if (!isObject(rollingUpdate)) return;
      const { maxUnavailable, maxSurge } = rollingUpdate;
      checkRolloutValue(r, [...ROLLING_UPDATE, 'maxUnavailable'], maxUnavailable);
      checkRolloutValue(r, [...ROLLING_UPDATE, 'maxSurge'], maxSurge);
      // "0%" and an invalid string count as 0, as getIntOrPercentValue reads them
      if (intOrPercentValue(maxUnavailable) === 0 && intOrPercentValue(maxSurge) === 0) {
        r.invalid('deployment-strategy', [...ROLLING_UPDATE, 'maxUnavailable'], maxUnavailable, 'may not be 0 when `maxSurge` is 0');
      }
      // only maxUnavailable is bounded: a Deployment may surge by more than 100%
      checkAtMost100Percent(r, [...ROLLING_UPDATE, 'maxUnavailable'], maxUnavailable);
      return;
    }
    default:
      r.unsupported('deployment-strategy', STRATEGY, strategy, STRATEGY_TYPES);
  }
}

/** `progressDeadlineSeconds` (600 by default) is 0 or more and greater than `minReadySeconds`. */
function checkProgressDeadline(r: Reporter, spec: JsonObject): void {
  const deadline = spec.progressDeadlineSeconds;
  if (!isInt(deadline)) return;
  const path = ['spec', 'progressDeadlineSeconds'];
  checkNonNegative(r, 'nonnegative-count', path, deadline);
  const minReady = absent(spec.minReadySeconds) ? 0 : spec.minReadySeconds;
  if (isInt(minReady) && deadline <= minReady) r.invalid('deployment-progress-deadline', path, deadline, 'must be greater than minReadySeconds');
}

/** `ValidateDeployment` beyond the metadata and the pod template. */
export const checkDeployment: ObjectRule = (r, manifest) => {
  const raw = specOf(manifest);
  if (!raw) return;
  const spec = defaultedDeploymentSpec(raw);
  checkNonNegative(r, 'nonnegative-count', ['spec', 'replicas'], spec.replicas);
  checkSelectorAndTemplate(r, spec);
  checkStrategy(r, spec.strategy);
  checkNonNegative(r, 'nonnegative-count', ['spec', 'minReadySeconds'], spec.minReadySeconds);
  checkNonNegative(r, 'nonnegative-count', ['spec', 'revisionHistoryLimit'], spec.revisionHistoryLimit);
  checkProgressDeadline(r, spec);
};

/** `ValidateReplicaSet` beyond the metadata and the pod template. */
export const checkReplicaSet: ObjectRule = (r, manifest) => {
  const raw = specOf(manifest);
  if (!raw) return;
  const spec = defaultedReplicaSetSpec(raw);
  checkNonNegative(r, 'nonnegative-count', ['spec', 'replicas'], spec.replicas);
  checkNonNegative(r, 'nonnegative-count', ['spec', 'minReadySeconds'], spec.minReadySeconds);
  checkSelectorAndTemplate(r, spec);
};
