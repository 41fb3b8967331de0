/**
 * The object rules of every kind that has some, by `<apiVersion>/<kind>`.
 *
 * @packageDocumentation
 */
import { APPS_OBJECT_RULES } from './apps';
import { BATCH_OBJECT_RULES } from './batch';
import { DISRUPTION_OBJECT_RULES } from './disruption';
import { NETWORKING_OBJECT_RULES } from './networking';
import { ObjectRule } from './object-rule';
import { STORAGE_CONFIG_OBJECT_RULES } from './storage-config';

/** The object rules, by `<apiVersion>/<kind>`. */
export const OBJECT_RULES: Readonly<Record<string, ObjectRule>> = {
  ...APPS_OBJECT_RULES,
  ...BATCH_OBJECT_RULES,
  ...DISRUPTION_OBJECT_RULES,
  ...STORAGE_CONFIG_OBJECT_RULES,
  ...NETWORKING_OBJECT_RULES,
};
