/**
 * Explicit exemptions: an annotation `exempt.cdk8s-pod-patterns/<check>: <reason>` on a pod (or a
 * pod template) turns that check's findings into infos that carry the reason, so a reviewer sees
 * every relaxation in the YAML and the policy still reports it. The engine applies them to every
 * rule it may exempt, the policy checks included.
 *
 * @packageDocumentation
 */
export { applyExemptions, EXEMPTION_PREFIX } from '../engine/exemptions';
