/**
 * A Job's `podFailurePolicy`: `validatePodFailurePolicy` and what it calls in
 * `pkg/apis/batch/validation` (1.27, the JobPodFailurePolicy gate on: the actions are Count,
 * FailJob and Ignore; FailIndex came with 1.28).
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';
import { qualifiedNameErrors } from '../../../values/names';
import { isInt } from '../../../values/numbers';
import { Path } from '../../../values/path';
import { Reporter } from '../../reporter';

const MAX_RULES = 20;
const MAX_EXIT_CODES = 255;
const MAX_CONDITION_PATTERNS = 20;

// sorted, as the apiserver lists the members of a set
const ACTIONS: readonly string[] = ['Count', 'FailJob', 'Ignore'];
const OPERATORS: readonly string[] = ['In', 'NotIn'];
const STATUSES: readonly string[] = ['False', 'True', 'Unknown'];

/** Go's `%q` of a `[]string`: `["Count" "FailJob" "Ignore"]`. */
function goList(values: readonly string[]): string {
  return `[${values.map(v => `"${v}"`).join(' ')}]`;
}

function absent(value: unknown): boolean {
  return value === undefined || value === null;
}

/** The names of the containers and init containers of a pod spec. */
function containerNames(podSpec: JsonObject | undefined): Set<string> {
  const names = new Set<string>();
  for (const field of ['containers', 'initContainers']) {
    const list = podSpec?.[field];
    if (!Array.isArray(list)) continue;
    for (const c of list) if (isObject(c) && typeof c.name === 'string') names.add(c.name);
  }
  return names;
}

function checkExitCodes(r: Reporter, req: JsonObject, path: Path, containers: ReadonlySet<string>): void {
  const rule = 'job-pod-failure-policy-exit-codes';
  const { operator, containerName, values } = req;
  if (operator === '') r.required(rule, [...path, 'operator'], `valid values: ${goList(OPERATORS)}`);
  else if (typeof operator === 'string' && !OPERATORS.includes(operator)) r.unsupported(rule, [...path, 'operator'], operator, OPERATORS);
  if (typeof containerName === 'string' && !containers.has(containerName)) {
    r.invalid(rule, [...path, 'containerName'], containerName, 'must be one of the container or initContainer names in the pod template');
  }
  // an absent list is the schema's required field
  if (!Array.isArray(values)) return;
  const valuesPath = [...path, 'values'];
  if (values.length === 0) r.invalid(rule, valuesPath, values, 'at least one value is required');
  else if (values.length > MAX_EXIT_CODES) r.tooMany(rule, valuesPath, values.length, MAX_EXIT_CODES);
  const seen = new Set<number>();
  let ordered = true;
  values.forEach((v, j) => {
    if (!isInt(v)) return;
    if (operator === 'In' && v === 0) r.invalid(rule, [...valuesPath, j], v, 'must not be 0 for the In operator');
    if (seen.has(v)) r.duplicate(rule, [...valuesPath, j], v);
    else seen.add(v);
    const previous = values[j - 1];
    if (j > 0 && isInt(previous) && previous > v) ordered = false;
  });
  if (!ordered) r.invalid(rule, valuesPath, values, 'must be ordered');
}

function checkConditions(r: Reporter, patterns: readonly unknown[], path: Path, statusDefaulted: boolean): void {
  const rule = 'job-pod-failure-policy-conditions';
  if (patterns.length > MAX_CONDITION_PATTERNS) r.tooMany(rule, path, patterns.length, MAX_CONDITION_PATTERNS);
  patterns.forEach((p, j) => {
    if (!isObject(p)) return;
    const at = [...path, j];
    if (typeof p.type === 'string') r.invalidEach(rule, [...at, 'type'], p.type, qualifiedNameErrors(p.type));
    const status = p.status;
    if (absent(status) || status === '') {
      // a Job's status defaults to True; a CronJob's job template is not defaulted in 1.27
      if (!statusDefaulted) r.required(rule, [...at, 'status'], `valid values: ${goList(STATUSES)}`);
    } else if (typeof status === 'string' && !STATUSES.includes(status)) {
      r.unsupported(rule, [...at, 'status'], status, STATUSES);
    }
  });
}

function checkRule(r: Reporter, rule: JsonObject, path: Path, containers: ReadonlySet<string>, statusDefaulted: boolean): void {
  const { action, onExitCodes, onPodConditions } = rule;
  if (action === '') r.required('job-pod-failure-policy', [...path, 'action'], `valid values: ${goList(ACTIONS)}`);
  else if (typeof action === 'string' && !ACTIONS.includes(action)) r.unsupported('job-pod-failure-policy', [...path, 'action'], action, ACTIONS);
  if (isObject(onExitCodes)) checkExitCodes(r, onExitCodes, [...path, 'onExitCodes'], containers);
  if (Array.isArray(onPodConditions) && onPodConditions.length > 0) checkConditions(r, onPodConditions, [...path, 'onPodConditions'], statusDefaulted);
  // a value of the wrong type is the schema's finding: no guess about which one was meant
  if (!(absent(onExitCodes) || isObject(onExitCodes)) || !(absent(onPodConditions) || Array.isArray(onPodConditions))) return;
  const hasExitCodes = isObject(onExitCodes);
  const hasConditions = Array.isArray(onPodConditions) && onPodConditions.length > 0;
  if (hasExitCodes && hasConditions) r.invalid('job-pod-failure-policy', path, undefined, 'specifying both OnExitCodes and OnPodConditions is not supported');
  if (!hasExitCodes && !hasConditions) r.invalid('job-pod-failure-policy', path, undefined, 'specifying one of OnExitCodes and OnPodConditions is required');
}

/**
 * Checks a `podFailurePolicy` at `path`. `podSpec` is the spec of the pod template (for the
 * container names); `statusDefaulted` says whether an empty pattern status was defaulted to
 * `True` (a Job's), or is left empty (a CronJob's job template, in 1.27).
 */
export function checkPodFailurePolicy(r: Reporter, policy: JsonObject, path: Path, podSpec: JsonObject | undefined, statusDefaulted: boolean): void {
  const rules = policy.rules;
  if (!Array.isArray(rules)) return;
  if (rules.length > MAX_RULES) r.tooMany('job-pod-failure-policy', [...path, 'rules'], rules.length, MAX_RULES);
  const containers = containerNames(podSpec);
  rules.forEach((rule, i) => {
    if (isObject(rule)) checkRule(r, rule, [...path, 'rules', i], containers, statusDefaulted);
  });
}
