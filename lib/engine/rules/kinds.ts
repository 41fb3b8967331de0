/**
 * The kinds the engine checks beyond their schema, how each names its objects, and where each
 * keeps its pod template: the one place that knows the way from a manifest to its pods.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../values/json';
import { NameRule } from './meta';

/** Where a kind keeps its pod template, from the manifest's root: `[]` for a Pod itself. */
export type TemplatePath = readonly string[];

const POD_TEMPLATE: TemplatePath = ['spec', 'template'];

/** The name rule of a kind and, for the kinds that run pods, the path of its pod template. */
export interface KindRules {
  /** How `metadata.name` is validated. */
  readonly name: NameRule;
  /** The path of the pod template (its `metadata` and `spec`); `[]` for a Pod. */
  readonly template?: TemplatePath;
}

/** The kinds whose content the engine checks beyond the schema, by `<apiVersion>/<kind>`. */
export const CHECKED_KINDS: Readonly<Record<string, KindRules>> = {
  'v1/Pod': { name: 'dns1123-subdomain', template: [] },
  'v1/Service': { name: 'dns1035-label' },
  'v1/ReplicationController': { name: 'dns1123-subdomain', template: POD_TEMPLATE },
  'v1/PodTemplate': { name: 'dns1123-subdomain', template: ['template'] },
  'apps/v1/Deployment': { name: 'dns1123-subdomain', template: POD_TEMPLATE },
  'apps/v1/StatefulSet': { name: 'dns1123-label', template: POD_TEMPLATE },
  'apps/v1/DaemonSet': { name: 'dns1123-subdomain', template: POD_TEMPLATE },
  'apps/v1/ReplicaSet': { name: 'dns1123-subdomain', template: POD_TEMPLATE },
  'batch/v1/Job': { name: 'dns1123-subdomain', template: POD_TEMPLATE },
  'batch/v1/CronJob': { name: 'dns1123-subdomain', template: ['spec', 'jobTemplate', 'spec', 'template'] },
};

/** Name rules of kinds that are checked against their schema and metadata only (subdomain otherwise). */
export const NAME_RULES: Readonly<Record<string, NameRule>> = {
  Namespace: 'dns1123-label',
  Role: 'path-segment',
  ClusterRole: 'path-segment',
  RoleBinding: 'path-segment',
  ClusterRoleBinding: 'path-segment',
  // its validator checks no name; the generic registry checks it as a path segment
  PodDisruptionBudget: 'path-segment',
};

/** The path of the pod template of a kind (by kind name only: `Pod`, `Deployment`, `CronJob`...), if it runs pods. */
export function templatePathOf(kind: string): TemplatePath | undefined {
  for (const key in CHECKED_KINDS) {
    if (key.endsWith(`/${kind}`)) return CHECKED_KINDS[key].template;
  }
  return undefined;
}

/** A pod template found in a manifest: where it is, and its node (with `metadata` and `spec`). */
export interface PodTemplate {
  readonly path: TemplatePath;
  readonly node: JsonObject;
}

/** The pod template of `manifest` at `path`, if there is an object there. */
export function podTemplateAt(manifest: JsonObject, path: TemplatePath): PodTemplate | undefined {
  let node: unknown = manifest;
  for (const s of path) node = isObject(node) ? node[s] : undefined;
  return isObject(node) ? { path, node } : undefined;
}
