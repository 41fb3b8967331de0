/**
 * Deployments, ReplicaSets, StatefulSets and DaemonSets (`pkg/apis/apps/validation`): each kind's
 * rules are in `apps/`, on its spec after the apps/v1 defaults and `PrepareForCreate`.
 *
 * @packageDocumentation
 */
import { checkDaemonSet } from './apps/daemonset';
import { checkDeployment, checkReplicaSet } from './apps/deployment';
import { checkStatefulSet } from './apps/statefulset';
import { ObjectRule } from './object-rule';

/** The rules of each kind, by `<apiVersion>/<kind>`. */
export const APPS_OBJECT_RULES: Readonly<Record<string, ObjectRule>> = {
  'apps/v1/Deployment': checkDeployment,
  'apps/v1/ReplicaSet': checkReplicaSet,
  'apps/v1/StatefulSet': checkStatefulSet,
  'apps/v1/DaemonSet': checkDaemonSet,
};
