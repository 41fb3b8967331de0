/**
 * Examples of the rules that workloads and budgets share: selectors, counts, int-or-percent values.
 */
import { WORKLOAD_RULES } from '../../lib/engine/catalogue/workloads';
import { check, deployment, Example } from './support';

export const WORKLOAD_EXAMPLES = {
  'label-selector': () => check(deployment({}, { selector: { matchExpressions: [{ key: 'app', operator: 'In' }] } })),
  'workload-selector-required': () => check(deployment({}, { selector: undefined })),
  'workload-selector-empty': () => check(deployment({}, { selector: {} })),
  'workload-selector-match': () => check(deployment({}, { selector: { matchLabels: { app: 'api' } } })),
  'nonnegative-count': () => check(deployment({}, { replicas: -2 })),
  // a Deployment may surge by more than 100%, but not have more than 100% unavailable
  'int-or-percent': () => check(deployment({}, { strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '120%' } } })),
} satisfies Record<keyof typeof WORKLOAD_RULES, Example>;
