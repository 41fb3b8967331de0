/**
 * Jobs and CronJobs (`pkg/apis/batch/validation`): each kind's rules are in `batch/`, on its spec
 * as the apiserver sees it on create (after the batch/v1 defaults and, for a Job, the generated
 * selector and labels). The cron parser of CronJob schedules is in `batch/cron.ts`.
 *
 * @packageDocumentation
 */
import { checkCronJob } from './batch/cronjob';
import { checkJob } from './batch/job';
import { ObjectRule } from './object-rule';

/** The rules of each kind, by `<apiVersion>/<kind>`. */
export const BATCH_OBJECT_RULES: Readonly<Record<string, ObjectRule>> = {
  'batch/v1/Job': checkJob,
  'batch/v1/CronJob': checkCronJob,
};
