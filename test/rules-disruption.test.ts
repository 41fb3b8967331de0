import { validateManifests } from '../lib/check/validate';
import { formatFinding } from '../lib/engine/finding';

// PodDisruptionBudget rules (policy/v1), as the 1.27 apiserver checks them on create.

type M = Record<string, any>;

const PERCENT_MSG = "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";
const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

function pdb(spec: M, metadata: M = { name: 'web' }): M {
  return { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata, spec };
}

/** The error findings of a manifest, as the apiserver would word them. */
function errors(manifest: M): string[] {
  return validateManifests([manifest])
    .filter(f => f.severity === 'error')
    .map(formatFinding);
}

/** The rule ids of every finding but infos. */
function rules(manifest: M): string[] {
  return validateManifests([manifest])
    .filter(f => f.severity !== 'info')
    .map(f => f.rule);
}

const SELECTOR = { matchLabels: { app: 'web' } };

describe('pdb-one-budget: minAvailable or maxUnavailable, not both', () => {
  test('rejects both, on spec with the whole spec as value', () => {
    // GIVEN a budget with both values
    // WHEN it is validated
    // THEN spec is invalid, once
    const spec = { minAvailable: 2, maxUnavailable: 1, selector: SELECTOR };
    expect(errors(pdb(spec))).toEqual([`spec: Invalid value: ${JSON.stringify(spec)}: minAvailable and maxUnavailable cannot be both set`]);
  });

  test('accepts either one, or neither', () => {
    // GIVEN budgets with one value or none (neither is required)
    // WHEN they are validated
    // THEN there is no error and no warning
    for (const spec of [{ minAvailable: 1 }, { maxUnavailable: '25%' }, {}]) expect(rules(pdb({ ...spec, selector: SELECTOR }))).toEqual([]);
  });

  test('0 and "0%" are allowed values', () => {
    // GIVEN budgets that allow no disruption and all of them
    // WHEN they are validated
    // THEN there is no error
    expect(errors(pdb({ maxUnavailable: 0, selector: SELECTOR }))).toEqual([]);
    expect(errors(pdb({ minAvailable: '0%', selector: SELECTOR }))).toEqual([]);
    expect(errors(pdb({ minAvailable: '100%', selector: SELECTOR }))).toEqual([]);
  });
});

describe('int-or-percent: minAvailable and maxUnavailable', () => {
  test('rejects a negative number, a string that is not a percent, and a percent over 100', () => {
    // GIVEN invalid values
    // WHEN they are validated
    // THEN each is reported on its field with the shared rule
    expect(errors(pdb({ minAvailable: -1, selector: SELECTOR }))).toEqual(['spec.minAvailable: Invalid value: -1: must be greater than or equal to 0']);
    expect(errors(pdb({ maxUnavailable: '5', selector: SELECTOR }))).toEqual([`spec.maxUnavailable: Invalid value: "5": ${PERCENT_MSG}`]);
    expect(errors(pdb({ maxUnavailable: '150%', selector: SELECTOR }))).toEqual(['spec.maxUnavailable: Invalid value: "150%": must not be greater than 100%']);
    expect(validateManifests([pdb({ minAvailable: '50 %' })]).map(f => f.rule)).toEqual(['int-or-percent']);
  });

  test('reports both values and the conflict together', () => {
    // GIVEN both values set, both invalid
    // WHEN they are validated
    // THEN the conflict comes first, then each value, in the apiserver's order
    expect(errors(pdb({ minAvailable: '120%', maxUnavailable: 'abc' })).map(e => e.split(':')[0])).toEqual([
      'spec',
      'spec.minAvailable',
      'spec.maxUnavailable',
    ]);
  });
});

describe('label-selector: the budget selector', () => {
  test('checks operators and, as on every create in 1.27, the values of expressions', () => {
    // GIVEN a selector with a bad value and one In without values
    // WHEN it is validated
    // THEN both are reported under spec.selector
    const selector = {
      matchExpressions: [
        { key: 'tier', operator: 'In', values: ['front end'] },
        { key: 'app', operator: 'NotIn' },
      ],
    };
    expect(errors(pdb({ minAvailable: 1, selector }))).toEqual([
      `spec.selector.matchExpressions[0].values[0]: Invalid value: "front end": ${LABEL_VALUE_MSG}`,
      "spec.selector.matchExpressions[1].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
    ]);
  });

  test('an absent selector and an empty one are accepted', () => {
    // GIVEN budgets without selector and with {} (all pods of the namespace in policy/v1)
    // WHEN they are validated
    // THEN there is no error
    expect(errors(pdb({ minAvailable: 1 }))).toEqual([]);
    expect(errors(pdb({ minAvailable: 1, selector: {} }))).toEqual([]);
  });
});

describe('pdb-unhealthy-pod-eviction-policy', () => {
  test('accepts the two policies (the gate is on in 1.27)', () => {
    // GIVEN both supported values
    // WHEN they are validated
    // THEN there is no error
    for (const p of ['IfHealthyBudget', 'AlwaysAllow']) expect(errors(pdb({ minAvailable: 1, selector: SELECTOR, unhealthyPodEvictionPolicy: p }))).toEqual([]);
  });

  test('rejects any other value, the empty string too, and suggests a value that differs in case', () => {
    // GIVEN unsupported values
    // WHEN they are validated
    // THEN each is unsupported, with the sorted list
    expect(errors(pdb({ minAvailable: 1, unhealthyPodEvictionPolicy: 'alwaysAllow' }))).toEqual([
      'spec.unhealthyPodEvictionPolicy: Unsupported value: "alwaysAllow": supported values: "AlwaysAllow", "IfHealthyBudget"; did you mean "AlwaysAllow"?',
    ]);
    expect(errors(pdb({ minAvailable: 1, unhealthyPodEvictionPolicy: '' }))).toEqual([
      'spec.unhealthyPodEvictionPolicy: Unsupported value: "": supported values: "AlwaysAllow", "IfHealthyBudget"',
    ]);
  });
});

describe('the name of a budget is a path segment', () => {
  test('accepts a name that is no DNS name, rejects "/" and "%" and ".."', () => {
    // GIVEN budget names
    // WHEN they are validated
    // THEN only the path-segment rule applies
    expect(errors(pdb({ minAvailable: 1 }, { name: 'My_PDB' }))).toEqual([]);
    expect(errors(pdb({ minAvailable: 1 }, { name: 'a/b%c' }))).toEqual([
      `metadata.name: Invalid value: "a/b%c": may not contain '/'`,
      `metadata.name: Invalid value: "a/b%c": may not contain '%'`,
    ]);
    expect(errors(pdb({ minAvailable: 1 }, { name: '..' }))).toEqual([`metadata.name: Invalid value: "..": may not be '..'`]);
    expect(errors(pdb({ minAvailable: 1 }, {}))).toEqual(['metadata.name: Required value: name or generateName is required']);
  });
});

describe('realistic manifests', () => {
  test.each([
    [
      'a budget for a cluster DNS deployment',
      pdb(
        { maxUnavailable: 1, selector: { matchLabels: { 'k8s-app': 'kube-dns' } } },
        { name: 'coredns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } },
      ),
    ],
    [
      'a budget for an ingress controller, with a percentage',
      pdb(
        {
          minAvailable: '50%',
          selector: { matchLabels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' } },
        },
        { name: 'ingress-nginx-controller', namespace: 'ingress-nginx', labels: { 'app.kubernetes.io/name': 'ingress-nginx' } },
      ),
    ],
    [
      'a budget for a database that allows evicting unhealthy pods',
      pdb(
        {
          minAvailable: 2,
          unhealthyPodEvictionPolicy: 'AlwaysAllow',
          selector: {
            matchExpressions: [
              { key: 'app.kubernetes.io/instance', operator: 'In', values: ['orders-db'] },
              { key: 'role', operator: 'Exists' },
            ],
          },
        },
        { name: 'orders-db', annotations: { 'meta.helm.sh/release-name': 'orders' } },
      ),
    ],
  ])('%s: no error, no warning', (_name, manifest) => {
    // GIVEN a budget shaped like what popular charts ship
    // WHEN it is validated
    // THEN nothing is reported but infos
    expect(validateManifests([manifest]).filter(f => f.severity !== 'info')).toEqual([]);
  });
});
