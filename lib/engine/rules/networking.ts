/**
 * Ingresses and NetworkPolicies (`pkg/apis/networking/validation`).
 *
 * @packageDocumentation
 */
import { ObjectRule } from './object-rule';

/** The rules of each kind, by `<apiVersion>/<kind>`. */
export const NETWORKING_OBJECT_RULES: Readonly<Record<string, ObjectRule>> = {};
