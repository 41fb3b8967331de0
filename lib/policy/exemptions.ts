/**
 * Explicit exemptions: an annotation `exempt.cdk8s-pod-patterns/<check>: <reason>` on a pod (or a
 * pod template) turns that check's findings into infos that carry the reason, so a reviewer sees
 * every relaxation in the YAML and the policy still reports it.
 *
 * @packageDocumentation
 */
import { Finding } from '../engine/finding';
import { JsonObject } from '../values/json';

/** The annotation prefix that exempts a pod from a policy check: `exempt.cdk8s-pod-patterns/host-ports`. */
export const EXEMPTION_PREFIX = 'exempt.cdk8s-pod-patterns/';

/** The findings with those of exempted checks turned into infos. */
export function applyExemptions(findings: readonly Finding[], annotations: JsonObject | undefined): Finding[] {
  if (annotations === undefined) return [...findings];
  return findings.map(f => {
    const reason = annotations[EXEMPTION_PREFIX + f.rule];
    if (typeof reason !== 'string' || f.severity === 'info') return f;
    return { ...f, severity: 'info', type: 'Info', detail: `exempted (${reason}): ${f.detail}` };
  });
}
