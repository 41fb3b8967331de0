/**
 * PodDisruptionBudgets (`pkg/apis/policy/validation`).
 *
 * @packageDocumentation
 */
import { ObjectRule } from './object-rule';

/** The rules of each kind, by `<apiVersion>/<kind>`. */
export const DISRUPTION_OBJECT_RULES: Readonly<Record<string, ObjectRule>> = {};
