/**
 * Deployments, ReplicaSets, StatefulSets and DaemonSets: what `ValidateDeployment`,
 * `ValidateReplicaSet`, `ValidateStatefulSet` and `ValidateDaemonSet` of the Kubernetes 1.27
 * apiserver check on create, after the apps/v1 defaults and the strategies' `PrepareForCreate`,
 * with the apiserver's paths and messages.
 */
import { validateManifests } from '../lib/check/validate';
import { Finding, formatFinding } from '../lib/engine/finding';

type M = Record<string, any>;

const IMAGE = 'registry.k8s.io/pause:3.9';
const NONNEGATIVE = 'must be greater than or equal to 0';
const MISMATCH = '`selector` does not match template `labels`';
const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const PERCENT_MSG = "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

// ---------------------------------------------------------------------------------------------
// manifests
// ---------------------------------------------------------------------------------------------

/** A workload of `kind` with `spec` over a valid selector and template; `pod` is merged into its pod spec. */
function workload(kind: string, spec: M = {}, pod: M = {}): M {
  return {
    apiVersion: 'apps/v1',
    kind,
    metadata: { name: 'web' },
    spec: {
      ...(kind === 'StatefulSet' ? { serviceName: 'web' } : {}),
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image: IMAGE }], ...pod } },
      ...spec,
    },
  };
}

const deployment = (spec: M = {}, pod: M = {}): M => workload('Deployment', spec, pod);
const replicaSet = (spec: M = {}, pod: M = {}): M => workload('ReplicaSet', spec, pod);
const statefulSet = (spec: M = {}, pod: M = {}): M => workload('StatefulSet', spec, pod);
const daemonSet = (spec: M = {}, pod: M = {}): M => workload('DaemonSet', spec, pod);

/** A Deployment whose strategy is RollingUpdate with these values. */
function rolling(rollingUpdate: M): M {
  return deployment({ strategy: { type: 'RollingUpdate', rollingUpdate } });
}

/** A DaemonSet whose update strategy is RollingUpdate with these values. */
function dsRolling(rollingUpdate: M): M {
  return daemonSet({ updateStrategy: { type: 'RollingUpdate', rollingUpdate } });
}

// ---------------------------------------------------------------------------------------------
// findings
// ---------------------------------------------------------------------------------------------

function findingsOf(manifests: M | M[]): Finding[] {
  return validateManifests(Array.isArray(manifests) ? manifests : [manifests]);
}

/** The errors of a manifest, as the apiserver words them. */
function errors(manifest: M): string[] {
  return findingsOf(manifest)
    .filter(f => f.severity === 'error')
    .map(formatFinding);
}

/**
 * The errors of a manifest without the schema's own `required-field` findings: the schema check
 * also reports a missing `spec.selector` (the API marks it required), besides the apiserver's
 * errors that the apps rules report.
 */
function validatorErrors(manifest: M): string[] {
  return findingsOf(manifest)
    .filter(f => f.severity === 'error' && f.rule !== 'required-field')
    .map(formatFinding);
}

/** The rule ids of all findings (errors, warnings, infos) of manifests. */
function rules(manifests: M | M[]): string[] {
  return findingsOf(manifests).map(f => f.rule);
}

// ---------------------------------------------------------------------------------------------
// Deployment
// ---------------------------------------------------------------------------------------------

describe('Deployment: counts', () => {
  test('rejects replicas: -2', () => {
    // GIVEN a Deployment with a negative replica count
    // WHEN it is validated
    // THEN spec.replicas is reported with the generic non-negative message, and nothing else
    expect(errors(deployment({ replicas: -2 }))).toEqual([`spec.replicas: Invalid value: -2: ${NONNEGATIVE}`]);
  });

  test('rejects a negative minReadySeconds and revisionHistoryLimit; accepts 0 for both', () => {
    // GIVEN negative counts, then zeros
    // WHEN they are validated
    // THEN each negative one is reported in the validator's order; zero is fine (no history kept)
    expect(errors(deployment({ minReadySeconds: -1, revisionHistoryLimit: -1 }))).toEqual([
      `spec.minReadySeconds: Invalid value: -1: ${NONNEGATIVE}`,
      `spec.revisionHistoryLimit: Invalid value: -1: ${NONNEGATIVE}`,
    ]);
    expect(errors(deployment({ replicas: 0, minReadySeconds: 0, revisionHistoryLimit: 0 }))).toEqual([]);
  });
});

describe('Deployment: selector', () => {
  test('rejects a selector that does not match the template labels', () => {
    // GIVEN a selector for app=api over pods labelled app=web
    // WHEN it is validated
    // THEN the template labels are reported, with the labels as the value
    expect(errors(deployment({ selector: { matchLabels: { app: 'api' } } }))).toEqual([
      `spec.template.metadata.labels: Invalid value: {"app":"web"}: ${MISMATCH}`,
    ]);
  });

  test('matches expressions as the apiserver does', () => {
    // GIVEN selectors with In, NotIn, Exists and DoesNotExist requirements
    // WHEN they are validated against pods labelled app=web
    // THEN those that select the pods pass, the others are reported
    const expr = (e: M): M => deployment({ selector: { matchExpressions: [e] } });
    expect(errors(expr({ key: 'app', operator: 'In', values: ['web', 'api'] }))).toEqual([]);
    expect(errors(expr({ key: 'tier', operator: 'DoesNotExist' }))).toEqual([]);
    expect(errors(expr({ key: 'app', operator: 'NotIn', values: ['web'] }))).toEqual([
      `spec.template.metadata.labels: Invalid value: {"app":"web"}: ${MISMATCH}`,
    ]);
    expect(errors(expr({ key: 'tier', operator: 'Exists' }))).toEqual([`spec.template.metadata.labels: Invalid value: {"app":"web"}: ${MISMATCH}`]);
  });

  test('a missing selector is required, and matches no labels', () => {
    // GIVEN a Deployment without selector
    // WHEN it is validated
    // THEN, as the apiserver, the selector is required and the template labels do not match
    expect(validatorErrors(deployment({ selector: undefined }))).toEqual([
      'spec.selector: Required value',
      `spec.template.metadata.labels: Invalid value: {"app":"web"}: ${MISMATCH}`,
    ]);
  });

  test('a Deployment without spec gets the same two errors', () => {
    // GIVEN a Deployment without spec
    // WHEN it is validated
    // THEN the selector is required and the (absent) labels do not match
    const bare = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' } };
    expect(validatorErrors(bare)).toEqual(['spec.selector: Required value', `spec.template.metadata.labels: Invalid value: {}: ${MISMATCH}`]);
  });

  test('rejects an empty selector once (it would select every pod)', () => {
    // GIVEN selector: {}
    // WHEN it is validated
    // THEN it is reported as empty; the match check is skipped, as the apiserver skips it
    expect(errors(deployment({ selector: {} }))).toEqual(['spec.selector: Invalid value: {}: empty selector is invalid for deployment']);
  });

  test('a bad operator is reported twice, and the labels are not matched', () => {
    // GIVEN an expression with operator "Is"
    // WHEN it is validated
    // THEN the operator is reported, then the selector as not convertible (as the apiserver does)
    const selector = { matchExpressions: [{ key: 'app', operator: 'Is', values: ['web'] }] };
    expect(errors(deployment({ selector }))).toEqual([
      'spec.selector.matchExpressions[0].operator: Invalid value: "Is": not a valid selector operator',
      `spec.selector: Invalid value: ${JSON.stringify(selector)}: invalid label selector`,
    ]);
  });
});

describe('Deployment: strategy', () => {
  test('rejects maxUnavailable 0 with maxSurge 0, "0%" included', () => {
    // GIVEN rolling updates that could never make progress
    // WHEN they are validated
    // THEN maxUnavailable is reported with its own value
    const both = 'may not be 0 when `maxSurge` is 0';
    expect(errors(rolling({ maxUnavailable: 0, maxSurge: 0 }))).toEqual([`spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: ${both}`]);
    expect(errors(rolling({ maxUnavailable: '0%', maxSurge: 0 }))).toEqual([`spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "0%": ${both}`]);
    expect(errors(rolling({ maxUnavailable: 0, maxSurge: '0%' }))).toEqual([`spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: ${both}`]);
  });

  test('accepts maxUnavailable 0 alone, and maxSurge 0 alone (the other is 25% by default)', () => {
    // GIVEN one of the two set to 0 and the other defaulted
    // WHEN they are validated
    // THEN there is no error
    expect(errors(rolling({ maxUnavailable: 0 }))).toEqual([]);
    expect(errors(rolling({ maxSurge: '0%' }))).toEqual([]);
    expect(errors(deployment({ strategy: { rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } } }))).toEqual([]);
  });

  test('an invalid percent counts as 0 in the both-zero check', () => {
    // GIVEN maxUnavailable "abc" and maxSurge 0
    // WHEN it is validated
    // THEN the percent format and the both-zero rule are both reported
    expect(errors(rolling({ maxUnavailable: 'abc', maxSurge: 0 }))).toEqual([
      `spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "abc": ${PERCENT_MSG}`,
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "abc": may not be 0 when `maxSurge` is 0',
    ]);
  });

  test('bounds maxUnavailable by 100%, not maxSurge; rejects negative integers', () => {
    // GIVEN maxUnavailable 120%, then maxSurge 200%, then a negative maxSurge
    // WHEN they are validated
    // THEN only maxUnavailable over 100% and the negative value are reported
    expect(errors(rolling({ maxUnavailable: '120%' }))).toEqual([
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "120%": must not be greater than 100%',
    ]);
    expect(errors(rolling({ maxSurge: '200%' }))).toEqual([]);
    expect(errors(rolling({ maxSurge: -1 }))).toEqual([`spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: ${NONNEGATIVE}`]);
  });

  test('rejects rollingUpdate with the Recreate type', () => {
    // GIVEN a Recreate strategy with rollingUpdate values, then without
    // WHEN they are validated
    // THEN rollingUpdate is forbidden (even empty); Recreate alone is fine
    const forbidden = "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'";
    expect(errors(deployment({ strategy: { type: 'Recreate', rollingUpdate: { maxSurge: 1 } } }))).toEqual([forbidden]);
    expect(errors(deployment({ strategy: { type: 'Recreate', rollingUpdate: {} } }))).toEqual([forbidden]);
    expect(errors(deployment({ strategy: { type: 'Recreate' } }))).toEqual([]);
    expect(errors(deployment({ strategy: { type: 'Recreate', rollingUpdate: null } }))).toEqual([]);
  });

  test('rejects an unknown strategy type', () => {
    // GIVEN type "Rolling"
    // WHEN it is validated
    // THEN the whole strategy is the unsupported value
    expect(errors(deployment({ strategy: { type: 'Rolling' } }))).toEqual([
      'spec.strategy: Unsupported value: {"type":"Rolling"}: supported values: "Recreate", "RollingUpdate"',
    ]);
  });
});

describe('Deployment: progressDeadlineSeconds', () => {
  test('must be greater than minReadySeconds', () => {
    // GIVEN a deadline equal to minReadySeconds, then lower
    // WHEN they are validated
    // THEN the deadline is reported
    expect(errors(deployment({ minReadySeconds: 30, progressDeadlineSeconds: 30 }))).toEqual([
      'spec.progressDeadlineSeconds: Invalid value: 30: must be greater than minReadySeconds',
    ]);
    expect(errors(deployment({ progressDeadlineSeconds: 0 }))).toEqual([
      'spec.progressDeadlineSeconds: Invalid value: 0: must be greater than minReadySeconds',
    ]);
    expect(errors(deployment({ minReadySeconds: 30, progressDeadlineSeconds: 31 }))).toEqual([]);
  });

  test('its default of 600 applies: minReadySeconds 600 fails on the deadline', () => {
    // GIVEN minReadySeconds 600 and no deadline
    // WHEN it is validated
    // THEN the defaulted deadline is reported
    expect(errors(deployment({ minReadySeconds: 600 }))).toEqual(['spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds']);
    expect(errors(deployment({ minReadySeconds: 599 }))).toEqual([]);
  });

  test('a negative deadline gives two errors', () => {
    // GIVEN progressDeadlineSeconds: -1
    // WHEN it is validated
    // THEN it is negative and not greater than minReadySeconds (0)
    expect(errors(deployment({ progressDeadlineSeconds: -1 }))).toEqual([
      `spec.progressDeadlineSeconds: Invalid value: -1: ${NONNEGATIVE}`,
      'spec.progressDeadlineSeconds: Invalid value: -1: must be greater than minReadySeconds',
    ]);
  });
});

describe('Deployment and ReplicaSet: GCE persistent disks of several replicas', () => {
  const disk = (readOnly?: boolean): M => ({ volumes: [{ name: 'data', gcePersistentDisk: { pdName: 'data-disk', readOnly } }] });
  const path = 'spec.template.spec.volumes[0].gcePersistentDisk.readOnly';
  const detail = 'must be true for replicated pods > 1; GCE PD can only be mounted on multiple machines if it is read-only';

  test('rejects a writable disk with more than one replica', () => {
    // GIVEN a Deployment and a ReplicaSet of 3 replicas mounting a writable GCE disk
    // WHEN they are validated
    // THEN readOnly is reported
    expect(errors(deployment({ replicas: 3 }, disk()))).toEqual([`${path}: Invalid value: false: ${detail}`]);
    expect(errors(replicaSet({ replicas: 2 }, disk(false)))).toEqual([`${path}: Invalid value: false: ${detail}`]);
  });

  test('accepts a read-only disk, and a writable one with a single (default) replica', () => {
    // GIVEN a read-only disk over 3 replicas, a writable one with replicas defaulted to 1
    // WHEN they are validated
    // THEN there is no error
    expect(errors(deployment({ replicas: 3 }, disk(true)))).toEqual([]);
    expect(errors(deployment({}, disk()))).toEqual([]);
  });
});

describe('Deployment: the manifest is not changed', () => {
  test('defaults are applied to a copy', () => {
    // GIVEN a Deployment that relies on every default
    // WHEN it is validated
    // THEN the manifest given is left as it was
    const manifest = deployment({ strategy: { rollingUpdate: { maxSurge: 1 } } });
    const before = JSON.stringify(manifest);
    expect(errors(manifest)).toEqual([]);
    expect(JSON.stringify(manifest)).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------
// ReplicaSet
// ---------------------------------------------------------------------------------------------

describe('ReplicaSet', () => {
  test('rejects negative replicas and minReadySeconds, in that order', () => {
    // GIVEN negative counts
    // WHEN they are validated
    // THEN both are reported
    expect(errors(replicaSet({ replicas: -1, minReadySeconds: -5 }))).toEqual([
      `spec.replicas: Invalid value: -1: ${NONNEGATIVE}`,
      `spec.minReadySeconds: Invalid value: -5: ${NONNEGATIVE}`,
    ]);
  });

  test('an empty selector is "invalid for deployment", in the apiserver\'s words', () => {
    // GIVEN a ReplicaSet with selector: {}
    // WHEN it is validated
    // THEN the message names a deployment, as the apiserver's does
    expect(errors(replicaSet({ selector: {} }))).toEqual(['spec.selector: Invalid value: {}: empty selector is invalid for deployment']);
  });

  test('rejects a selector that does not match, and a missing one', () => {
    // GIVEN a mismatching selector, then none
    // WHEN they are validated
    // THEN the template labels (and the missing selector) are reported
    expect(errors(replicaSet({ selector: { matchLabels: { app: 'web', tier: 'front' } } }))).toEqual([
      `spec.template.metadata.labels: Invalid value: {"app":"web"}: ${MISMATCH}`,
    ]);
    expect(validatorErrors(replicaSet({ selector: null }))).toEqual([
      'spec.selector: Required value',
      `spec.template.metadata.labels: Invalid value: {"app":"web"}: ${MISMATCH}`,
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// StatefulSet
// ---------------------------------------------------------------------------------------------

describe('StatefulSet: name and volume claim templates', () => {
  test('a name that is a subdomain but not a label is rejected by the name rule', () => {
    // GIVEN a StatefulSet named web.v1 (its pods are named web.v1-0, ... and need a DNS label)
    // WHEN it is validated
    // THEN metadata.name is reported by the name rule
    const found = findingsOf({ ...statefulSet(), metadata: { name: 'web.v1' } }).filter(f => f.severity === 'error');
    expect(found.map(f => [f.rule, f.path, f.value])).toEqual([['name-format', 'metadata.name', 'web.v1']]);
  });

  test('mounting a volume claim template by name is not an error', () => {
    // GIVEN a container mounting "data", which only volumeClaimTemplates declares
    // WHEN it is validated
    // THEN there is no finding at all
    const manifest = statefulSet(
      {
        volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
      },
      { containers: [{ name: 'app', image: IMAGE, volumeMounts: [{ name: 'data', mountPath: '/var/lib/data' }] }] },
    );
    expect(findingsOf(manifest).map(formatFinding)).toEqual([]);
  });
});

describe('StatefulSet: podManagementPolicy and updateStrategy', () => {
  test('rejects an unknown podManagementPolicy as an Invalid value', () => {
    // GIVEN podManagementPolicy "Ordered"
    // WHEN it is validated
    // THEN it is Invalid (not Unsupported); Parallel and "" (defaulted) are fine
    expect(errors(statefulSet({ podManagementPolicy: 'Ordered' }))).toEqual([
      `spec.podManagementPolicy: Invalid value: "Ordered": must be 'OrderedReady' or 'Parallel'`,
    ]);
    expect(errors(statefulSet({ podManagementPolicy: 'Parallel' }))).toEqual([]);
    expect(errors(statefulSet({ podManagementPolicy: '' }))).toEqual([]);
  });

  test('rejects rollingUpdate with OnDelete, and an unknown type', () => {
    // GIVEN OnDelete with a partition, then type "Rolling"
    // WHEN they are validated
    // THEN rollingUpdate is reported, then the whole updateStrategy
    expect(errors(statefulSet({ updateStrategy: { type: 'OnDelete', rollingUpdate: { partition: 1 } } }))).toEqual([
      `spec.updateStrategy.rollingUpdate: Invalid value: {"partition":1}: only allowed for updateStrategy 'RollingUpdate'`,
    ]);
    expect(errors(statefulSet({ updateStrategy: { type: 'OnDelete' } }))).toEqual([]);
    expect(errors(statefulSet({ updateStrategy: { type: 'Rolling' } }))).toEqual([
      `spec.updateStrategy: Invalid value: {"type":"Rolling"}: must be 'RollingUpdate' or 'OnDelete'`,
    ]);
  });

  test('rejects a negative partition; accepts a staged rollout', () => {
    // GIVEN partition -1, then partition 2 of 3 replicas
    // WHEN they are validated
    // THEN only the negative partition is reported
    expect(errors(statefulSet({ updateStrategy: { rollingUpdate: { partition: -1 } } }))).toEqual([
      `spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: ${NONNEGATIVE}`,
    ]);
    expect(errors(statefulSet({ replicas: 3, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } }))).toEqual([]);
  });

  test('maxUnavailable is dropped on create in 1.27: a warning, never an error', () => {
    // GIVEN maxUnavailable 2, then 0 (which the gate, when on, would reject)
    // WHEN they are validated
    // THEN each only gets the warning that it is dropped
    for (const value of [2, 0]) {
      const found = findingsOf(statefulSet({ updateStrategy: { rollingUpdate: { maxUnavailable: value } } }));
      expect(found.map(formatFinding)).toEqual([
        `spec.updateStrategy.rollingUpdate.maxUnavailable: Warning: ${value}: dropped on create: the MaxUnavailableStatefulSet feature gate is off in Kubernetes 1.27, so pods are updated one at a time`,
      ]);
      expect(found[0].severity).toBe('warning');
    }
  });
});

describe('StatefulSet: persistentVolumeClaimRetentionPolicy (StatefulSetAutoDeletePVC is on in 1.27)', () => {
  test('rejects an unknown whenDeleted, accepts Delete and empty values', () => {
    // GIVEN whenDeleted "Orphan", then Delete/"" (defaulted to Retain)
    // WHEN they are validated
    // THEN only "Orphan" is reported, with the supported values in the apiserver's order
    expect(errors(statefulSet({ persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Orphan', whenScaled: 'retain' } }))).toEqual([
      'spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value: "Orphan": supported values: "Retain", "Delete"',
      'spec.persistentVolumeClaimRetentionPolicy.whenScaled: Unsupported value: "retain": supported values: "Retain", "Delete"; did you mean "Retain"?',
    ]);
    expect(errors(statefulSet({ persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete', whenScaled: '' } }))).toEqual([]);
    expect(errors(statefulSet({ persistentVolumeClaimRetentionPolicy: {} }))).toEqual([]);
  });
});

describe('StatefulSet: counts and ordinals (StatefulSetStartOrdinal is on in 1.27)', () => {
  test('rejects negative replicas, minReadySeconds and ordinals.start', () => {
    // GIVEN three negative values
    // WHEN they are validated
    // THEN each is reported, ordinals.start with its dotted path
    expect(errors(statefulSet({ replicas: -1, minReadySeconds: -1, ordinals: { start: -1 } }))).toEqual([
      `spec.replicas: Invalid value: -1: ${NONNEGATIVE}`,
      `spec.minReadySeconds: Invalid value: -1: ${NONNEGATIVE}`,
      `spec.ordinals.start: Invalid value: -1: ${NONNEGATIVE}`,
    ]);
    expect(errors(statefulSet({ ordinals: { start: 5 } }))).toEqual([]);
  });

  test('does not check revisionHistoryLimit (1.27 does not)', () => {
    // GIVEN a negative revisionHistoryLimit
    // WHEN it is validated
    // THEN it is accepted, as the 1.27 apiserver accepts it
    expect(errors(statefulSet({ revisionHistoryLimit: -1 }))).toEqual([]);
  });
});

describe('StatefulSet: selector', () => {
  test('rejects an empty selector in its own words', () => {
    // GIVEN selector: {}
    // WHEN it is validated
    // THEN the message names a statefulset
    expect(errors(statefulSet({ selector: {} }))).toEqual(['spec.selector: Invalid value: {}: empty selector is invalid for statefulset']);
  });

  test('a bad operator gives a second error with no detail', () => {
    // GIVEN an Exists expression with values
    // WHEN it is validated
    // THEN the values are forbidden, and the selector is Invalid with an empty detail
    const selector = { matchExpressions: [{ key: 'app', operator: 'Exists', values: ['web'] }] };
    expect(errors(statefulSet({ selector }))).toEqual([
      "spec.selector.matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
      `spec.selector: Invalid value: ${JSON.stringify(selector)}`,
    ]);
  });

  test('rejects a mismatch, and a missing selector', () => {
    // GIVEN a selector for other pods, then none
    // WHEN they are validated
    // THEN the template labels (and the missing selector) are reported
    expect(errors(statefulSet({ selector: { matchLabels: { app: 'db' } } }))).toEqual([
      `spec.template.metadata.labels: Invalid value: {"app":"web"}: ${MISMATCH}`,
    ]);
    expect(validatorErrors(statefulSet({ selector: undefined }))).toEqual([
      'spec.selector: Required value',
      `spec.template.metadata.labels: Invalid value: {"app":"web"}: ${MISMATCH}`,
    ]);
  });
});

describe("StatefulSet: serviceName becomes the pods' subdomain", () => {
  test('rejects a serviceName that is not a DNS-1123 label', () => {
    // GIVEN serviceName "Web_HL" (the apiserver stores it, but every pod would be rejected)
    // WHEN it is validated
    // THEN serviceName is reported with the pod subdomain's message
    expect(errors(statefulSet({ serviceName: 'Web_HL' }))).toEqual([`spec.serviceName: Invalid value: "Web_HL": ${LABEL_MSG}`]);
  });

  test('accepts a headless Service name, and an empty one', () => {
    // GIVEN serviceName "web-headless", then ""
    // WHEN they are validated
    // THEN there is no error (an empty serviceName gives pods no subdomain)
    expect(errors(statefulSet({ serviceName: 'web-headless' }))).toEqual([]);
    expect(errors(statefulSet({ serviceName: '' }))).toEqual([]);
  });
});

describe("StatefulSet: a claim template names its pods' volume and their claims", () => {
  const claim = (name: string): M => ({ metadata: { name }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } });

  test('rejects a claim template name that is not a DNS-1123 label, or whose claims would be too long', () => {
    // GIVEN the template "Data", and one whose claim "<template>-web-0" exceeds 253 characters
    // WHEN they are validated
    // THEN the label rule (the pods' volume), and the subdomain rule of the first claim's name
    expect(errors(statefulSet({ volumeClaimTemplates: [claim('Data')] }))).toEqual([
      `spec.volumeClaimTemplates[0].metadata.name: Invalid value: "Data": ${LABEL_MSG} (it names the volume of every pod)`,
    ]);
    const long = 'd'.repeat(63);
    const named = { ...statefulSet({ volumeClaimTemplates: [claim(long)] }), metadata: { name: 'w'.repeat(190) } };
    expect(errors(named).filter(e => e.startsWith('spec.volumeClaimTemplates'))).toEqual([
      `spec.volumeClaimTemplates[0].metadata.name: Invalid value: "${long}": the claim of the first pod would be "${long}-${'w'.repeat(190)}-0": must be no more than 253 characters`,
    ]);
  });

  test('accepts lowercase claim templates', () => {
    // GIVEN "data" and "wal" / WHEN validated / THEN no error
    expect(errors(statefulSet({ volumeClaimTemplates: [claim('data'), claim('wal')] }))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// DaemonSet
// ---------------------------------------------------------------------------------------------

describe('DaemonSet: selector', () => {
  test('a missing selector is only a mismatch for the validator (no Required of its own)', () => {
    // GIVEN a DaemonSet without selector
    // WHEN it is validated
    // THEN its validator reports only the labels mismatch (the schema reports the missing field)
    const found = findingsOf(daemonSet({ selector: undefined })).filter(f => f.severity === 'error');
    expect(found.map(f => f.rule)).toEqual(['required-field', 'workload-selector-match']);
    expect(validatorErrors(daemonSet({ selector: undefined }))).toEqual([`spec.template.metadata.labels: Invalid value: {"app":"web"}: ${MISMATCH}`]);
  });

  test('rejects an empty selector, a mismatch, and a bad operator once', () => {
    // GIVEN selector {}, then app=agent, then operator "Is"
    // WHEN they are validated
    // THEN each is reported once, in the DaemonSet's words
    expect(errors(daemonSet({ selector: {} }))).toEqual(['spec.selector: Invalid value: {}: empty selector is invalid for daemonset']);
    expect(errors(daemonSet({ selector: { matchLabels: { app: 'agent' } } }))).toEqual([
      `spec.template.metadata.labels: Invalid value: {"app":"web"}: ${MISMATCH}`,
    ]);
    expect(errors(daemonSet({ selector: { matchExpressions: [{ key: 'app', operator: 'Is' }] } }))).toEqual([
      'spec.selector.matchExpressions[0].operator: Invalid value: "Is": not a valid selector operator',
    ]);
  });
});

describe('DaemonSet: updateStrategy (maxUnavailable 1 and maxSurge 0 by default)', () => {
  test('maxSurge alone conflicts with the default maxUnavailable of 1', () => {
    // GIVEN maxSurge 1 only, then with maxUnavailable 0
    // WHEN they are validated
    // THEN the first reports maxSurge; the second is the surge rollout and is fine
    expect(errors(dsRolling({ maxSurge: 1 }))).toEqual([
      'spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: 1: may not be set when maxUnavailable is non-zero',
    ]);
    expect(errors(dsRolling({ maxSurge: '10%', maxUnavailable: 0 }))).toEqual([]);
  });

  test('both zero is a Required value on maxUnavailable', () => {
    // GIVEN maxUnavailable 0 (maxSurge defaulted to 0), then "0%" with 0
    // WHEN they are validated
    // THEN maxUnavailable is required to be non-zero
    const required = 'spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0';
    expect(errors(dsRolling({ maxUnavailable: 0 }))).toEqual([required]);
    expect(errors(dsRolling({ maxUnavailable: '0%', maxSurge: 0 }))).toEqual([required]);
  });

  test('bounds both values by 100%', () => {
    // GIVEN maxSurge 150%, then maxUnavailable 101%
    // WHEN they are validated
    // THEN each is reported
    expect(errors(dsRolling({ maxUnavailable: 0, maxSurge: '150%' }))).toEqual([
      'spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: "150%": must not be greater than 100%',
    ]);
    expect(errors(dsRolling({ maxUnavailable: '101%' }))).toEqual([
      'spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: "101%": must not be greater than 100%',
    ]);
  });

  test('rejects an unknown type; accepts OnDelete', () => {
    // GIVEN type "Recreate", then OnDelete
    // WHEN they are validated
    // THEN only the unknown type is reported, with the whole strategy as the value
    expect(errors(daemonSet({ updateStrategy: { type: 'Recreate' } }))).toEqual([
      'spec.updateStrategy: Unsupported value: {"type":"Recreate"}: supported values: "RollingUpdate", "OnDelete"',
    ]);
    expect(errors(daemonSet({ updateStrategy: { type: 'OnDelete' } }))).toEqual([]);
  });
});

describe('DaemonSet: counts and disks', () => {
  test('rejects negative minReadySeconds and revisionHistoryLimit', () => {
    // GIVEN negative counts
    // WHEN they are validated
    // THEN both are reported
    expect(errors(daemonSet({ minReadySeconds: -1, revisionHistoryLimit: -3 }))).toEqual([
      `spec.minReadySeconds: Invalid value: -1: ${NONNEGATIVE}`,
      `spec.revisionHistoryLimit: Invalid value: -3: ${NONNEGATIVE}`,
    ]);
  });

  test('a writable GCE disk is rejected: daemons run on several nodes', () => {
    // GIVEN a DaemonSet mounting a writable GCE disk
    // WHEN it is validated
    // THEN readOnly is reported
    expect(errors(daemonSet({}, { volumes: [{ name: 'cache', gcePersistentDisk: { pdName: 'cache' } }] }))).toEqual([
      'spec.template.spec.volumes[0].gcePersistentDisk.readOnly: Invalid value: false: must be true for replicated pods > 1; GCE PD can only be mounted on multiple machines if it is read-only',
    ]);
  });
});

describe('values of the wrong JSON type', () => {
  test('are only the schema findings, for every kind', () => {
    // GIVEN counts, strategies, selectors and policies of the wrong JSON types
    // WHEN they are validated
    // THEN only the decoding findings are reported, no rule of these kinds on top
    const manifests = [
      deployment({ replicas: '3', strategy: 'RollingUpdate' }),
      deployment({ strategy: { type: 'Recreate', rollingUpdate: 'none' } }),
      statefulSet({ selector: 'app=web', updateStrategy: { type: 'OnDelete', rollingUpdate: 3 }, persistentVolumeClaimRetentionPolicy: 'Retain' }),
      daemonSet({ selector: { matchLabels: { app: 7 } }, updateStrategy: { rollingUpdate: { maxSurge: true } } }),
      { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web' }, spec: 'none' },
    ];
    for (const manifest of manifests) {
      const found = findingsOf(manifest);
      expect(found.length).toBeGreaterThan(0);
      expect(found.filter(f => f.rule !== 'field-type').map(formatFinding)).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// realistic manifests
// ---------------------------------------------------------------------------------------------

const INGRESS_CONTROLLER: M = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {
    name: 'ingress-nginx-controller',
    namespace: 'ingress-nginx',
    labels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller', 'app.kubernetes.io/version': '1.8.1' },
  },
  spec: {
    minReadySeconds: 0,
    revisionHistoryLimit: 10,
    selector: { matchLabels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' } },
    strategy: { rollingUpdate: { maxUnavailable: 1 }, type: 'RollingUpdate' },
    template: {
      metadata: { labels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' } },
      spec: {
        containers: [
          {
            name: 'controller',
            image: 'registry.k8s.io/ingress-nginx/controller:v1.8.1',
            args: ['/nginx-ingress-controller', '--election-id=ingress-nginx-leader', '--controller-class=k8s.io/ingress-nginx'],
            env: [
              { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
              { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
            ],
            lifecycle: { preStop: { exec: { command: ['/wait-shutdown'] } } },
            livenessProbe: { httpGet: { path: '/healthz', port: 10254, scheme: 'HTTP' }, initialDelaySeconds: 10, periodSeconds: 10, failureThreshold: 5 },
            readinessProbe: { httpGet: { path: '/healthz', port: 10254, scheme: 'HTTP' }, initialDelaySeconds: 10, periodSeconds: 10, failureThreshold: 3 },
            ports: [
              { containerPort: 80, name: 'http', protocol: 'TCP' },
              { containerPort: 443, name: 'https', protocol: 'TCP' },
              { containerPort: 8443, name: 'webhook', protocol: 'TCP' },
            ],
            resources: { requests: { cpu: '100m', memory: '90Mi' } },
            securityContext: {
              allowPrivilegeEscalation: true,
              capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] },
              runAsUser: 101,
            },
            volumeMounts: [{ mountPath: '/usr/local/certificates/', name: 'webhook-cert', readOnly: true }],
          },
        ],
        dnsPolicy: 'ClusterFirst',
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        serviceAccountName: 'ingress-nginx',
        terminationGracePeriodSeconds: 300,
        volumes: [{ name: 'webhook-cert', secret: { secretName: 'ingress-nginx-admission' } }],
      },
    },
  },
};

const NODE_EXPORTER: M = {
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'node-exporter', namespace: 'monitoring', labels: { 'app.kubernetes.io/name': 'node-exporter' } },
  spec: {
    selector: { matchLabels: { 'app.kubernetes.io/name': 'node-exporter' } },
    updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '10%' } },
    template: {
      metadata: {
        labels: { 'app.kubernetes.io/name': 'node-exporter', 'app.kubernetes.io/part-of': 'kube-prometheus' },
        annotations: { 'kubectl.kubernetes.io/default-container': 'node-exporter' },
      },
      spec: {
        automountServiceAccountToken: true,
        containers: [
          {
            name: 'node-exporter',
            image: 'quay.io/prometheus/node-exporter:v1.6.1',
            args: ['--web.listen-address=127.0.0.1:9100', '--path.sysfs=/host/sys', '--path.rootfs=/host/root', '--no-collector.wifi'],
            resources: { limits: { cpu: '250m', memory: '180Mi' }, requests: { cpu: '102m', memory: '180Mi' } },
            securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { add: ['SYS_TIME'], drop: ['ALL'] } },
            volumeMounts: [
              { mountPath: '/host/sys', mountPropagation: 'HostToContainer', name: 'sys', readOnly: true },
              { mountPath: '/host/root', mountPropagation: 'HostToContainer', name: 'root', readOnly: true },
            ],
          },
        ],
        hostNetwork: true,
        hostPID: true,
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        priorityClassName: 'system-cluster-critical',
        securityContext: { runAsGroup: 65534, runAsNonRoot: true, runAsUser: 65534 },
        serviceAccountName: 'node-exporter',
        tolerations: [{ operator: 'Exists' }],
        volumes: [
          { hostPath: { path: '/sys' }, name: 'sys' },
          { hostPath: { path: '/' }, name: 'root' },
        ],
      },
    },
  },
};

const POSTGRESQL: M = {
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: {
    name: 'postgresql',
    namespace: 'data',
    labels: { 'app.kubernetes.io/name': 'postgresql', 'app.kubernetes.io/instance': 'orders', 'app.kubernetes.io/component': 'primary' },
  },
  spec: {
    replicas: 1,
    serviceName: 'postgresql-hl',
    podManagementPolicy: 'OrderedReady',
    updateStrategy: { rollingUpdate: {}, type: 'RollingUpdate' },
    persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Delete' },
    selector: { matchLabels: { 'app.kubernetes.io/name': 'postgresql', 'app.kubernetes.io/instance': 'orders', 'app.kubernetes.io/component': 'primary' } },
    template: {
      metadata: {
        name: 'postgresql',
        labels: { 'app.kubernetes.io/name': 'postgresql', 'app.kubernetes.io/instance': 'orders', 'app.kubernetes.io/component': 'primary' },
      },
      spec: {
        affinity: {
          podAntiAffinity: {
            preferredDuringSchedulingIgnoredDuringExecution: [
              {
                weight: 1,
                podAffinityTerm: {
                  labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'postgresql', 'app.kubernetes.io/instance': 'orders' } },
                  topologyKey: 'kubernetes.io/hostname',
                },
              },
            ],
          },
        },
        securityContext: { fsGroup: 1001 },
        containers: [
          {
            name: 'postgresql',
            image: 'docker.io/bitnami/postgresql:15.3.0-debian-11-r7',
            securityContext: { runAsUser: 1001, runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
            env: [
              { name: 'POSTGRESQL_PORT_NUMBER', value: '5432' },
              { name: 'POSTGRES_PASSWORD', valueFrom: { secretKeyRef: { name: 'postgresql', key: 'postgres-password' } } },
            ],
            ports: [{ name: 'tcp-postgresql', containerPort: 5432 }],
            livenessProbe: {
              failureThreshold: 6,
              initialDelaySeconds: 30,
              periodSeconds: 10,
              timeoutSeconds: 5,
              exec: { command: ['/bin/sh', '-c', 'exec pg_isready -U "postgres" -h 127.0.0.1 -p 5432'] },
            },
            readinessProbe: {
              failureThreshold: 6,
              initialDelaySeconds: 5,
              periodSeconds: 10,
              exec: { command: ['/bin/sh', '-c', '-e', 'exec pg_isready -U "postgres" -h 127.0.0.1 -p 5432'] },
            },
            resources: { requests: { cpu: '250m', memory: '256Mi' } },
            volumeMounts: [
              { name: 'dshm', mountPath: '/dev/shm' },
              { name: 'data', mountPath: '/bitnami/postgresql' },
            ],
          },
        ],
        volumes: [{ name: 'dshm', emptyDir: { medium: 'Memory' } }],
      },
    },
    volumeClaimTemplates: [
      {
        metadata: { name: 'data' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '8Gi' } } },
      },
    ],
  },
};

const GRAFANA: M = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'grafana', namespace: 'monitoring', labels: { 'app.kubernetes.io/name': 'grafana' } },
  spec: {
    replicas: 1,
    revisionHistoryLimit: 5,
    progressDeadlineSeconds: 300,
    minReadySeconds: 10,
    selector: { matchExpressions: [{ key: 'app.kubernetes.io/name', operator: 'In', values: ['grafana'] }] },
    strategy: { type: 'Recreate' },
    template: {
      metadata: { labels: { 'app.kubernetes.io/name': 'grafana' }, annotations: { 'checksum/config': '0e2b3c4d5f' } },
      spec: {
        containers: [
          {
            name: 'grafana',
            image: 'docker.io/grafana/grafana:10.0.3',
            ports: [{ name: 'grafana', containerPort: 3000, protocol: 'TCP' }],
            readinessProbe: { httpGet: { path: '/api/health', port: 3000 } },
            volumeMounts: [{ name: 'storage', mountPath: '/var/lib/grafana' }],
          },
        ],
        volumes: [{ name: 'storage', persistentVolumeClaim: { claimName: 'grafana' } }],
      },
    },
  },
};

const FRONTEND_REPLICA_SET: M = {
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: { name: 'frontend', labels: { app: 'guestbook', tier: 'frontend' } },
  spec: {
    replicas: 3,
    selector: { matchLabels: { tier: 'frontend' } },
    template: {
      metadata: { labels: { app: 'guestbook', tier: 'frontend' } },
      spec: { containers: [{ name: 'php-redis', image: 'gcr.io/google_samples/gb-frontend:v3' }] },
    },
  },
};

describe('realistic manifests', () => {
  test.each([
    ['an ingress controller Deployment', INGRESS_CONTROLLER],
    ['a node exporter DaemonSet', NODE_EXPORTER],
    ['a PostgreSQL StatefulSet with a volume claim template', POSTGRESQL],
    ['a Recreate Deployment with an expression selector', GRAFANA],
    ['a guestbook ReplicaSet', FRONTEND_REPLICA_SET],
  ])('%s gives no error and no warning', (_name, manifest) => {
    // GIVEN a manifest shaped like what popular projects ship
    // WHEN it is validated
    // THEN there is no finding at all
    expect(findingsOf(manifest).map(formatFinding)).toEqual([]);
  });

  test('together, with the rules across objects on', () => {
    // GIVEN all of them in one input
    // WHEN they are validated
    // THEN there is still no finding
    expect(rules([INGRESS_CONTROLLER, NODE_EXPORTER, POSTGRESQL, GRAFANA, FRONTEND_REPLICA_SET])).toEqual([]);
  });
});
