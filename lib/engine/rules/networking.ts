/**
 * Ingresses and NetworkPolicies (`pkg/apis/networking/validation`).
 *
 * @packageDocumentation
 */
import { checkIngress } from './networking/ingress';
import { checkNetworkPolicy } from './networking/network-policy';
import { ObjectRule } from './object-rule';

/** The rules of each kind, by `<apiVersion>/<kind>`. */
export const NETWORKING_OBJECT_RULES: Readonly<Record<string, ObjectRule>> = {
  'networking.k8s.io/v1/Ingress': checkIngress,
  'networking.k8s.io/v1/NetworkPolicy': checkNetworkPolicy,
};
