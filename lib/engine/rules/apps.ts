/**
 * Deployments, ReplicaSets, StatefulSets and DaemonSets (`pkg/apis/apps/validation`).
 *
 * @packageDocumentation
 */
import { ObjectRule } from './object-rule';

/** The rules of each kind, by `<apiVersion>/<kind>`. */
export const APPS_OBJECT_RULES: Readonly<Record<string, ObjectRule>> = {};
