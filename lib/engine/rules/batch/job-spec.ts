/**
 * A Job spec, in a Job or in the job template of a CronJob: `validateJobSpec` of
 * `pkg/apis/batch/validation` (1.27) beyond the pod template itself (which the pod rules check),
 * and the batch/v1 defaults of a Job.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';
import { isInt } from '../../../values/numbers';
import { Path } from '../../../values/path';
import { Reporter } from '../../reporter';
import { checkNonNegative } from '../counts';
import { checkPodFailurePolicy } from './pod-failure-policy';

const COMPLETION_MODES: readonly string[] = ['NonIndexed', 'Indexed'];
/** `maxParallelismForIndexedJob`: caps the length of `status.completedIndexes`. */
const MAX_INDEXED_PARALLELISM = 100000;
const COUNTS = ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished'] as const;

/** Whether a field is absent: not there, or `null` (both decode to a nil pointer). */
export function absent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

/**
 * A Job spec after `SetDefaults_Job` (batch/v1): completions and parallelism 1 when both are
 * absent, else parallelism 1; backoffLimit 6; completionMode NonIndexed; suspend false. (The
 * statuses of podFailurePolicy patterns become `True`: see {@link checkJobSpec}.) A copy.
 */
export function defaultedJobSpec(spec: JsonObject): JsonObject {
  const out: JsonObject = { ...spec };
  if (absent(out.completions) && absent(out.parallelism)) out.completions = 1;
  if (absent(out.parallelism)) out.parallelism = 1;
  if (absent(out.backoffLimit)) out.backoffLimit = 6;
  if (absent(out.completionMode)) out.completionMode = 'NonIndexed';
  if (absent(out.suspend)) out.suspend = false;
  return out;
}

/** The spec of the pod template of a Job spec, if there is one. */
export function podSpecOf(spec: JsonObject): JsonObject | undefined {
  const template = spec.template;
  return isObject(template) && isObject(template.spec) ? template.spec : undefined;
}

/**
 * Checks a Job spec at `path` (`spec`, or `spec.jobTemplate.spec`): the counts, the completion
 * mode, the pod failure policy and the restart policy it requires. `defaulted` says whether the
 * Job defaults applied: they do for a Job, not for the job template of a CronJob in 1.27.
 */
export function checkJobSpec(r: Reporter, spec: JsonObject, path: Path, defaulted: boolean): void {
  for (const field of COUNTS) checkNonNegative(r, 'nonnegative-count', [...path, field], spec[field]);
  const mode = spec.completionMode;
  if (typeof mode === 'string') {
    if (!COMPLETION_MODES.includes(mode)) r.unsupported('job-completion-mode', [...path, 'completionMode'], mode, COMPLETION_MODES);
    if (mode === 'Indexed') {
      if (absent(spec.completions)) r.required('job-completion-mode', [...path, 'completions'], 'when completion mode is Indexed');
      if (isInt(spec.parallelism) && spec.parallelism > MAX_INDEXED_PARALLELISM) {
        r.invalid(
          'job-completion-mode',
          [...path, 'parallelism'],
          spec.parallelism,
          `must be less than or equal to ${MAX_INDEXED_PARALLELISM} when completion mode is Indexed`,
        );
      }
    }
  }
  const policy = spec.podFailurePolicy;
  if (!isObject(policy)) return;
  const podSpec = podSpecOf(spec);
  checkPodFailurePolicy(r, policy, [...path, 'podFailurePolicy'], podSpec, defaulted);
  // an absent or Always policy is the pod rules' finding; only OnFailure is left to reject
  if (podSpec?.restartPolicy === 'OnFailure') {
    r.invalid(
      'job-pod-failure-policy-restart-policy',
      [...path, 'template', 'spec', 'restartPolicy'],
      'OnFailure',
      'only "Never" is supported when podFailurePolicy is specified',
    );
  }
}
