/**
 * The catalogue: Jobs and CronJobs (`pkg/apis/batch/validation`).
 *
 * @packageDocumentation
 */
import { RuleMeta } from './rule';

export const BATCH_RULES = {} as const satisfies Record<string, RuleMeta>;
