/**
 * Examples of the rules of the catalogue's `disruption` part.
 */
import { DISRUPTION_RULES } from '../../lib/engine/catalogue/disruption';
import { check, deployment, Example, M } from './support';

function pdb(spec: M): M {
  return { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web' }, spec: { selector: { matchLabels: { app: 'web' } }, ...spec } };
}

export const DISRUPTION_EXAMPLES = {
  'pdb-one-budget': () => check(pdb({ minAvailable: 2, maxUnavailable: 1 })),
  'pdb-unhealthy-pod-eviction-policy': () => check(pdb({ minAvailable: 1, unhealthyPodEvictionPolicy: 'Always' })),
  'pdb-blocks-eviction': () => check([deployment({}, { replicas: 3 }), pdb({ minAvailable: 3 })]),
} satisfies Record<keyof typeof DISRUPTION_RULES, Example>;
