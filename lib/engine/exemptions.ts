/**
 * Explicit exemptions: an annotation `exempt.cdk8s-pod-patterns/<rule>: <reason>` on a pod (or a
 * pod template) turns that rule's findings in the object into infos that carry the reason, so a
 * reviewer sees every relaxation in the YAML and the engine still reports it. The typed layer
 * writes these annotations for the exemptions its containers and pods are given
 * (`<container>:<what> (<reason>)`); `check` honours them in any YAML.
 *
 * Only what the apiserver accepts can be exempted: the policy checks, the apiserver's warnings and
 * the mistakes it does not see. An annotation cannot make an object the apiserver rejects pass.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../values/json';
import { RULES, RuleId, RuleOrigin } from './catalogue';
import { Finding } from './finding';

/** The annotation prefix that exempts a pod from a rule: `exempt.cdk8s-pod-patterns/host-ports`. */
export const EXEMPTION_PREFIX = 'exempt.cdk8s-pod-patterns/';

/** The origins of the rules an annotation may exempt. */
const EXEMPTABLE: readonly RuleOrigin[] = ['apiserver-warning', 'beyond-apiserver', 'pod-security', 'best-practice'];

/** Whether an exemption annotation can turn `rule`'s findings into infos. */
function isExemptable(rule: RuleId): boolean {
  return EXEMPTABLE.includes(RULES[rule].origin);
}

/** The finding as an exempted info, or the finding itself when `annotations` do not exempt it. */
function exempt(f: Finding, annotations: JsonObject): Finding {
  const reason = annotations[EXEMPTION_PREFIX + f.rule];
  if (typeof reason !== 'string' || f.severity === 'info' || !isExemptable(f.rule)) return f;
  return { ...f, severity: 'info', type: 'Info', detail: `exempted (${reason}): ${f.detail}` };
}

/** Turns the findings of exempted rules into infos in place, from the `from`-th finding on. */
export function applyExemptionsFrom(findings: Finding[], from: number, annotations: JsonObject | undefined): void {
  if (annotations === undefined) return;
  for (let i = from; i < findings.length; i++) findings[i] = exempt(findings[i], annotations);
}

/** The annotations of a pod (template) node, `{ metadata: { annotations } }`, when it has some. */
export function annotationsOf(pod: JsonObject): JsonObject | undefined {
  const meta = pod.metadata;
  const annotations = isObject(meta) ? meta.annotations : undefined;
  return isObject(annotations) ? annotations : undefined;
}
