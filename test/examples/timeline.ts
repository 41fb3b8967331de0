/**
 * Examples of the rules of the probe timelines: a probe that can kill the application before its
 * declared start time, a timeout not shorter than its period, a Service before pods that nothing
 * holds back from its endpoints.
 */
import { probeTimelines, RuleId } from '../../lib';
import { deployment, Example, service, withContainer } from './support';

const exec = { exec: { command: ['true'] } };

export const TIMELINE_EXAMPLES = {
  'probe-kill-before-start': () =>
    probeTimelines([
      {
        ...withContainer({ livenessProbe: { ...exec, periodSeconds: 5 } }),
        metadata: { name: 'web', annotations: { 'start-time.cdk8s-pod-patterns/app': '60' } },
      },
    ]).flatMap(t => t.findings),
  'probe-timeout-period': () => probeTimelines([withContainer({ readinessProbe: { ...exec, periodSeconds: 5, timeoutSeconds: 5 } })]).flatMap(t => t.findings),
  'service-readiness-missing': () => probeTimelines([deployment(), service({ selector: { app: 'web' } })]).flatMap(t => t.findings),
} satisfies Partial<Record<RuleId, Example>>;
