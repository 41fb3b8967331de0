/**
 * What the catalogue says of each rule: the data every other part reads (the engine for the
 * severity, the policy profiles for their checks, the README's rule tables, the tests).
 *
 * @packageDocumentation
 */
import { Severity } from '../finding';

/** The policy profiles: each runs the checks of the one before it, plus its own. */
export type PolicyProfile = 'baseline' | 'restricted' | 'recommended';

/**
 * Where a rule comes from:
 * - `decoding`: reading and decoding a manifest (YAML, JSON types, known kinds and fields), as the apiserver decodes it;
 * - `apiserver`: the Kubernetes 1.27 apiserver's validation on create, which rejects the object;
 * - `apiserver-warning`: what the 1.27 apiserver accepts with a warning;
 * - `beyond-apiserver`: a mistake the apiserver accepts but that fails at run time (a named port no container declares);
 * - `pod-security`: the Pod Security Standards, as the 1.27 admission evaluates them;
 * - `best-practice`: what platform teams lint for (probes, image tags, resources);
 * - `sdk`: a rule of this library's typed builders, stricter than the API by design;
 * - `notice`: information about the input (a custom resource that is not checked).
 */
export type RuleOrigin = 'decoding' | 'apiserver' | 'apiserver-warning' | 'beyond-apiserver' | 'pod-security' | 'best-practice' | 'sdk' | 'notice';

/** One rule of the catalogue. */
export interface RuleMeta {
  /** What the rule requires, in one sentence. */
  readonly description: string;
  /** Where the rule comes from. */
  readonly origin: RuleOrigin;
  /** The upstream code it follows (function and file), or where the rule is decided for the others. */
  readonly source: string;
  /** The severity of its findings (an exemption annotation turns a policy finding into an info). */
  readonly severity: Severity;
  /**
   * The severity in code built with the typed layer (the builders and constructs): stricter, since a
   * mistake there is certainly or very likely to fail; `severity` when absent. `check` on YAML
   * keeps `severity`.
   */
  readonly typedSeverity?: Severity;
  /** The policy profiles that run it; the other rules always run. */
  readonly profiles?: readonly PolicyProfile[];
  /** How to fix a finding. */
  readonly recommendation?: string;
}

/** Upstream files, as the sources name them. */
export const CORE_VALIDATION = 'pkg/apis/core/validation/validation.go';
export const OBJECT_META = 'apimachinery pkg/api/validation/objectmeta.go';
export const UTIL_VALIDATION = 'apimachinery pkg/util/validation/validation.go';
export const META_V1_VALIDATION = 'apimachinery pkg/apis/meta/v1/validation/validation.go';
export const POD_WARNINGS = 'pkg/api/pod/warnings.go';
export const POD_SECURITY = 'pod-security-admission policy';
export const THIS_LIBRARY = 'this library';
