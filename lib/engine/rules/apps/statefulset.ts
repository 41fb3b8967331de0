/**
 * StatefulSets: `ValidateStatefulSetSpec` of `pkg/apis/apps/validation`, on the spec as the 1.27
 * apiserver sees it after the v1 defaults and `PrepareForCreate`. In 1.27 it does not validate
 * `serviceName`, `volumeClaimTemplates` or `revisionHistoryLimit`; a serviceName that no pod can
 * take as its subdomain, and a claim template name that no pod volume or claim can take, are
 * reported here, as the pods and claims would be rejected.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';
import { dns1123LabelErrors, dns1123SubdomainErrors } from '../../../values/names';
import { checkNonNegative } from '../counts';
import { ObjectRule } from '../object-rule';
import { Reporter } from '../../reporter';
import { absent, defaultedStatefulSetSpec, specOf } from './defaults';
import { checkWorkloadSelector, STATEFUL_SET_SELECTOR } from './selector';

const UPDATE_STRATEGY = ['spec', 'updateStrategy'];
const RETENTION_POLICIES: readonly string[] = ['Retain', 'Delete'];

/** `podManagementPolicy` (defaulted to OrderedReady): an Invalid value, not an Unsupported one. */
function checkPodManagementPolicy(r: Reporter, policy: unknown): void {
  if (typeof policy === 'string' && policy !== 'OrderedReady' && policy !== 'Parallel') {
    r.invalid('statefulset-pod-management-policy', ['spec', 'podManagementPolicy'], policy, "must be 'OrderedReady' or 'Parallel'");
  }
}

/** `updateStrategy` (defaulted to RollingUpdate, partition 0), and the maxUnavailable that create drops. */
function checkUpdateStrategy(r: Reporter, strategy: unknown, given: unknown): void {
  if (!isObject(strategy) || typeof strategy.type !== 'string') return;
  const rollingUpdate = strategy.rollingUpdate;
  switch (strategy.type) {
    case 'OnDelete':
      if (isObject(rollingUpdate)) {
        r.invalid('statefulset-update-strategy', [...UPDATE_STRATEGY, 'rollingUpdate'], rollingUpdate, "only allowed for updateStrategy 'RollingUpdate'");
      }
      break;
    case 'RollingUpdate':
      if (isObject(rollingUpdate)) checkNonNegative(r, 'nonnegative-count', [...UPDATE_STRATEGY, 'rollingUpdate', 'partition'], rollingUpdate.partition);
      break;
    default:
      r.invalid('statefulset-update-strategy', UPDATE_STRATEGY, strategy, "must be 'RollingUpdate' or 'OnDelete'");
  }
  const givenRollingUpdate = isObject(given) ? given.rollingUpdate : undefined;
  if (isObject(givenRollingUpdate) && !absent(givenRollingUpdate.maxUnavailable)) {
    r.advise(
      'statefulset-max-unavailable-ignored',
      [...UPDATE_STRATEGY, 'rollingUpdate', 'maxUnavailable'],
      givenRollingUpdate.maxUnavailable,
      'dropped on create: the MaxUnavailableStatefulSet feature gate is off in Kubernetes 1.27, so pods are updated one at a time',
    );
  }
}

/** `persistentVolumeClaimRetentionPolicy` (defaulted to Retain/Retain: StatefulSetAutoDeletePVC is on in 1.27). */
function checkRetentionPolicy(r: Reporter, policy: unknown): void {
  if (!isObject(policy)) return;
  for (const field of ['whenDeleted', 'whenScaled']) {
    const value = policy[field];
    if (typeof value === 'string' && !RETENTION_POLICIES.includes(value)) {
      r.unsupported('statefulset-pvc-retention-policy', ['spec', 'persistentVolumeClaimRetentionPolicy', field], value, RETENTION_POLICIES);
    }
  }
}

/** The pods of a StatefulSet get `serviceName` as their subdomain, which `ValidatePodSpec` requires to be a DNS-1123 label. */
function checkServiceName(r: Reporter, serviceName: unknown): void {
  if (typeof serviceName === 'string' && serviceName !== '') {
    r.invalidEach('statefulset-service-name', ['spec', 'serviceName'], serviceName, dns1123LabelErrors(serviceName));
  }
}

/**
 * Each claim template names the pods' volume (a DNS-1123 label) and the claims the controller
 * makes, `<template>-<statefulset>-<ordinal>` (DNS-1123 subdomains): which the apiserver checks
 * only when the controller creates them.
 */
function checkClaimTemplates(r: Reporter, templates: unknown, name: unknown): void {
  if (!Array.isArray(templates)) return;
  templates.forEach((t: unknown, i: number) => {
    const meta = isObject(t) ? t.metadata : undefined;
    const claim = isObject(meta) ? meta.name : undefined;
    if (typeof claim !== 'string') return;
    const path = ['spec', 'volumeClaimTemplates', i, 'metadata', 'name'];
    const errs = dns1123LabelErrors(claim);
    if (errs.length > 0) {
      for (const e of errs) r.invalid('statefulset-claim-template-name', path, claim, `${e} (it names the volume of every pod)`);
      return;
    }
    if (typeof name !== 'string' || name === '') return;
    const first = `${claim}-${name}-0`;
    for (const e of dns1123SubdomainErrors(first))
      r.invalid('statefulset-claim-template-name', path, claim, `the claim of the first pod would be "${first}": ${e}`);
  });
}

/** `ValidateStatefulSet` beyond the metadata and the pod template. */
export const checkStatefulSet: ObjectRule = (r, manifest) => {
  const raw = specOf(manifest);
  if (!raw) return;
  const spec: JsonObject = defaultedStatefulSetSpec(raw);
  checkPodManagementPolicy(r, spec.podManagementPolicy);
  checkUpdateStrategy(r, spec.updateStrategy, raw.updateStrategy);
  checkRetentionPolicy(r, spec.persistentVolumeClaimRetentionPolicy);
  checkNonNegative(r, 'nonnegative-count', ['spec', 'replicas'], spec.replicas);
  checkNonNegative(r, 'nonnegative-count', ['spec', 'minReadySeconds'], spec.minReadySeconds);
  // StatefulSetStartOrdinal is on in 1.27: ordinals are kept and checked
  if (isObject(spec.ordinals)) checkNonNegative(r, 'nonnegative-count', ['spec', 'ordinals', 'start'], spec.ordinals.start);
  checkWorkloadSelector(r, spec, STATEFUL_SET_SELECTOR);
  checkServiceName(r, spec.serviceName);
  checkClaimTemplates(r, spec.volumeClaimTemplates, isObject(manifest.metadata) ? manifest.metadata.name : undefined);
};
