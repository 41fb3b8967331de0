/**
 * `cdk8s-pod-patterns/check`: the rules engine on its own, for manifests from any tool (Helm
 * output, `kubectl get -o yaml`, another cdk8s app). It loads no cdk8s module.
 *
 * @packageDocumentation
 */
export { Severity, FindingType, Finding, formatFinding, formatFindingWithRule, formatValue } from '../engine/finding';
export { Segment, Path } from '../values/path';
export { RULES, RuleId, RuleMeta, RuleOrigin, PolicyProfile } from '../engine/catalogue';
export { PolicyCheck, POLICY_PROFILES, POLICY_CHECKS } from '../policy/profiles';
export { EXEMPTION_PREFIX } from '../policy/exemptions';
export { ValidateOptions, validateManifests } from './validate';
export { YamlSource, LocatedFinding, CheckResult, CheckOptions, checkSources } from './sources';
