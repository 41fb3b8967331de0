/**
 * A policy profile as a rule set of the engine: the checks of the profile on the pod template of
 * every workload (the engine applies the exemptions the template declares).
 *
 * @packageDocumentation
 */
import { PolicyProfile } from '../engine/catalogue';
import { Finding } from '../engine/finding';
import { Reporter } from '../engine/reporter';
import { ObjectUnderCheck, RuleSet } from '../engine/validate';
import { isObject } from '../values/json';
import { checkContainerBestPractices, checkPodBestPractices } from './best-practices';
import { checkContainerBaseline, checkPodBaseline, checkVolumes } from './baseline';
import { checkContainerRestricted, checkPodRestricted } from './restricted';
import { CONTAINER_LISTS, PolicyContainer, PolicyScope } from './scope';

/** The rule set that runs the checks of `profile`. */
export function policyRuleSet(profile: PolicyProfile): RuleSet {
  return { check: object => checkObject(object, profile) };
}

function checkObject(object: ObjectUnderCheck, profile: PolicyProfile): readonly Finding[] {
  const { template, kind } = object;
  // a PodTemplate runs no pod: it is checked where a workload uses it
  if (template === undefined || kind === 'PodTemplate') return [];
  const findings: Finding[] = [];
  const r = new Reporter(findings, object.subject, object.prefix);
  const spec = template.node.spec;
  const pod = new PolicyScope(r, profile, template.path, template.node, isObject(spec) ? spec : {}, kind);
  checkPodBestPractices(pod);
  if (isObject(spec)) {
    checkPodBaseline(pod);
    checkPodRestricted(pod);
    if (Array.isArray(spec.volumes)) checkVolumes(pod, spec.volumes);
    for (const list of CONTAINER_LISTS) {
      const containers = spec[list];
      if (!Array.isArray(containers)) continue;
      containers.forEach((container, index) => {
        if (!isObject(container)) return;
        const c = new PolicyContainer(pod, list, index, container);
        checkContainerBaseline(c);
        checkContainerRestricted(c);
        if (list !== 'ephemeralContainers') checkContainerBestPractices(c);
      });
    }
  }
  // the engine turns the findings of exempted checks into infos, with those of its own rules
  return findings;
}
