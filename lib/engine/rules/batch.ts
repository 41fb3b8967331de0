/**
 * Jobs and CronJobs (`pkg/apis/batch/validation`).
 *
 * @packageDocumentation
 */
import { ObjectRule } from './object-rule';

/** The rules of each kind, by `<apiVersion>/<kind>`. */
export const BATCH_OBJECT_RULES: Readonly<Record<string, ObjectRule>> = {};
