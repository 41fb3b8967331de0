/**
 * What the apiserver does to an apps/v1 spec before it validates it on create: the v1 defaults
 * (`SetDefaults_Deployment`, `SetDefaults_StatefulSet`, ... of `pkg/apis/apps/v1/defaults.go`) and
 * what each registry strategy's `PrepareForCreate` changes, under the 1.27 feature gates.
 *
 * Each function returns a copy: the manifest given to the engine is never changed. A field of the
 * wrong JSON type is left as it is (the schema check reports it, the rules skip it).
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';

/** Whether a field is absent: not there, or `null` (both decode to Go's zero value). */
export function absent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

/** The `spec` of a manifest, `{}` when absent (as Go decodes it), `undefined` when of another type. */
export function specOf(manifest: JsonObject): JsonObject | undefined {
  return copyOrEmpty(manifest.spec);
}

/** Absent or `""`: what the defaulters test with `len(x) == 0`. */
function unset(value: unknown): boolean {
  return absent(value) || value === '';
}

/** A copy of the object at `value`, `{}` when absent, `undefined` when of another type. */
function copyOrEmpty(value: unknown): JsonObject | undefined {
  if (absent(value)) return {};
  return isObject(value) ? { ...value } : undefined;
}

/** Sets `obj[key]` to `value` when it is absent. */
function orDefault(obj: JsonObject, key: string, value: unknown): void {
  if (absent(obj[key])) obj[key] = value;
}

/**
 * A Deployment spec as validated: replicas 1, revisionHistoryLimit 10, progressDeadlineSeconds
 * 600, strategy RollingUpdate with maxUnavailable and maxSurge of 25% (a Recreate strategy keeps
 * what it has).
 */
export function defaultedDeploymentSpec(spec: JsonObject): JsonObject {
  const out: JsonObject = { ...spec };
  orDefault(out, 'replicas', 1);
  orDefault(out, 'revisionHistoryLimit', 10);
  orDefault(out, 'progressDeadlineSeconds', 600);
  const strategy = copyOrEmpty(spec.strategy);
  if (strategy) {
    if (unset(strategy.type)) strategy.type = 'RollingUpdate';
    if (strategy.type === 'RollingUpdate') {
      const rollingUpdate = copyOrEmpty(strategy.rollingUpdate);
      if (rollingUpdate) {
        orDefault(rollingUpdate, 'maxUnavailable', '25%');
        orDefault(rollingUpdate, 'maxSurge', '25%');
        strategy.rollingUpdate = rollingUpdate;
      }
    }
    out.strategy = strategy;
  }
  return out;
}

/** A ReplicaSet spec as validated: replicas 1. */
export function defaultedReplicaSetSpec(spec: JsonObject): JsonObject {
  const out: JsonObject = { ...spec };
  orDefault(out, 'replicas', 1);
  return out;
}

/**
 * A StatefulSet spec as validated: podManagementPolicy OrderedReady, replicas 1,
 * revisionHistoryLimit 10; updateStrategy RollingUpdate (with a `rollingUpdate` when the type was
 * not given) and partition 0; the PVC retention policy Retain/Retain (StatefulSetAutoDeletePVC is
 * on in 1.27). `PrepareForCreate` then drops `rollingUpdate.maxUnavailable`
 * (MaxUnavailableStatefulSet is off in 1.27) and keeps `ordinals` (StatefulSetStartOrdinal is on).
 */
export function defaultedStatefulSetSpec(spec: JsonObject): JsonObject {
  const out: JsonObject = { ...spec };
  if (unset(out.podManagementPolicy)) out.podManagementPolicy = 'OrderedReady';
  const strategy = copyOrEmpty(spec.updateStrategy);
  if (strategy) {
    if (unset(strategy.type)) {
      strategy.type = 'RollingUpdate';
      if (absent(strategy.rollingUpdate)) strategy.rollingUpdate = {};
    }
    if (isObject(strategy.rollingUpdate)) {
      const rollingUpdate: JsonObject = { ...strategy.rollingUpdate };
      if (strategy.type === 'RollingUpdate') orDefault(rollingUpdate, 'partition', 0);
      delete rollingUpdate.maxUnavailable;
      strategy.rollingUpdate = rollingUpdate;
    }
    out.updateStrategy = strategy;
  }
  const retention = copyOrEmpty(spec.persistentVolumeClaimRetentionPolicy);
  if (retention) {
    if (unset(retention.whenDeleted)) retention.whenDeleted = 'Retain';
    if (unset(retention.whenScaled)) retention.whenScaled = 'Retain';
    out.persistentVolumeClaimRetentionPolicy = retention;
  }
  orDefault(out, 'replicas', 1);
  orDefault(out, 'revisionHistoryLimit', 10);
  return out;
}

/**
 * A DaemonSet spec as validated: revisionHistoryLimit 10, updateStrategy RollingUpdate with
 * maxUnavailable 1 and maxSurge 0. (`PrepareForCreate` also sets the internal templateGeneration,
 * which apps/v1 does not have.)
 */
export function defaultedDaemonSetSpec(spec: JsonObject): JsonObject {
  const out: JsonObject = { ...spec };
  orDefault(out, 'revisionHistoryLimit', 10);
  const strategy = copyOrEmpty(spec.updateStrategy);
  if (strategy) {
    if (unset(strategy.type)) strategy.type = 'RollingUpdate';
    if (strategy.type === 'RollingUpdate') {
      const rollingUpdate = copyOrEmpty(strategy.rollingUpdate);
      if (rollingUpdate) {
        orDefault(rollingUpdate, 'maxUnavailable', 1);
        orDefault(rollingUpdate, 'maxSurge', 0);
        strategy.rollingUpdate = rollingUpdate;
      }
    }
    out.updateStrategy = strategy;
  }
  return out;
}
