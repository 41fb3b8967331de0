/**
 * Validation of manifest objects: the engine's Kubernetes 1.27 rules and, when asked, a policy profile.
 *
 * @packageDocumentation
 */
import { Finding } from '../engine/finding';
import { Path } from '../values/path';
import { EngineOptions, runEngine } from '../engine/validate';
import { PolicyProfile } from '../policy/profiles';
import { policyRuleSet } from '../policy/rule-set';

/** Options of {@link validateManifests}. */
export interface ValidateOptions {
  /**
   * Whether cross-manifest rules run: a Service's selector and named `targetPort` against
   * the pods of the same input. Turn off when the input is only part of an app.
   *
   * @default true
   */
  readonly crossObject?: boolean;

  /**
   * Also run the policy checks of this profile: `baseline` and `restricted` are the Pod Security
   * Standards, `recommended` adds the checks platform teams run (probes, image tags, resources).
   * An annotation `exempt.cdk8s-pod-patterns/<check>: <reason>` on a pod (template) turns that
   * check's findings into infos (as it does for any rule of the pod the apiserver accepts).
   *
   * @default - no policy checks, only the Kubernetes 1.27 API rules
   */
  readonly policy?: PolicyProfile;

  /**
   * How messages that point at another object (the first definition of a duplicate, the pods a
   * Service selects) name where it is: `object` is its index in `manifests`, `prefix` its place in
   * a list (`['items', 3]`).
   *
   * @default - `manifests[2]`, `manifests[2].items[3]`
   */
  readonly placeOf?: (object: number, prefix: Path) => string;
}

/**
 * Validates manifests as the Kubernetes 1.27 apiserver would on create, plus the checks it
 * misses (and a policy profile, when given). Returns every finding, errors, warnings and infos,
 * in input order.
 */
export function validateManifests(manifests: readonly unknown[], options: ValidateOptions = {}): Finding[] {
  return runEngine(manifests, engineOptions(options));
}

/** The engine's options for {@link ValidateOptions}. */
export function engineOptions(options: ValidateOptions): EngineOptions {
  return {
    crossObject: options.crossObject ?? true,
    ruleSets: options.policy ? [policyRuleSet(options.policy)] : [],
    placeOf: options.placeOf,
  };
}
