/**
 * The catalogue: Deployments, ReplicaSets, StatefulSets and DaemonSets (`pkg/apis/apps/validation`).
 *
 * @packageDocumentation
 */
import { RuleMeta } from './rule';

export const APPS_RULES = {} as const satisfies Record<string, RuleMeta>;
