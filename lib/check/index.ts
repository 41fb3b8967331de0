/**
 * `cdk8s-pod-patterns/check`: the rules engine on its own, for manifests from any tool (Helm
 * output, `kubectl get -o yaml`, another cdk8s app), and the probe timelines of their containers
 * (`probeTimelines`, `formatTimelines`, `renderTimelineSvg`), and the semantic diff of two manifest
 * sets for code review (`diffManifests`, `formatManifestDiff`). It loads no cdk8s module.
 *
 * @packageDocumentation
 */
export { Severity, FindingType, Finding, formatFinding, formatFindingWithRule, formatValue } from '../engine/finding';
export { Segment, Path } from '../values/path';
export { RULES, RuleId, RuleMeta, RuleOrigin, PolicyProfile } from '../engine/catalogue';
export { PolicyCheck, POLICY_PROFILES, POLICY_CHECKS } from '../policy/profiles';
export { EXEMPTION_PREFIX } from '../engine/exemptions';
export { ValidateOptions, validateManifests } from './validate';
export { YamlSource, LocatedFinding, CheckResult, CheckOptions, checkSources } from './sources';
export { TimeWindow, formatWindow } from '../review/window';
export { TimelineProbeKind, ProbeSettings, ContainerSettings, probeSettings, containerSettings } from '../review/settings';
export { ProbeTimeline, FirstProbes, KillTiming, KillBeforeStart, probeTimeline, STATUS_LAG_SECONDS, MINIMUM_GRACE_PERIOD_SECONDS } from '../review/model';
export { ContainerProbeTimeline, ContainerTimeline, podTemplateTimelines, probeTimelines } from '../review/timelines';
export { restartBackOff, BACK_OFF_INITIAL_SECONDS, BACK_OFF_MAX_SECONDS, SYNC_REQUEUE_SECONDS } from '../review/back-off';
export { TimelineFormat, TIMELINE_FORMATS, FileOf, formatTimelines } from '../review/formats';
export { renderTimelineSvg } from '../review/svg';
export {
  ChangeKind,
  CHANGE_KINDS,
  ProbeWindowName,
  DiffChange,
  ObjectRef,
  ObjectStatus,
  ObjectDiff,
  FileDiff,
  DiffSummary,
  ManifestDiff,
  DiffSource,
  ManifestDiffOptions,
  Hunk,
  DiffLine,
} from '../review/diff-model';
export { diffObjects } from '../review/diff-objects';
export { diffManifests, ManifestReadError } from '../review/diff';
export { DiffFormat, DIFF_FORMATS, MAX_MARKDOWN_CHARS, formatManifestDiff } from '../review/diff-formats';
export { FailConditionName, FAIL_CONDITIONS, FailCondition, DiffFailure, parseFailOn, failuresOf } from '../review/diff-fail-on';
