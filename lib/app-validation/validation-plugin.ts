/**
 * A cdk8s validation plugin: any cdk8s app, even one that uses none of this library's constructs,
 * runs the rules engine and a policy profile during `cdk8s synth`, through `validations:` in its
 * `cdk8s.yaml`:
 *
 * ```yaml
 * validations:
 *   - package: ./node_modules/cdk8s-pod-patterns
 *     version: 0.1.0
 *     class: PolicyValidation
 *     properties:
 *       policy: restricted
 * ```
 *
 * @packageDocumentation
 */
import * as fs from 'fs';
import { validateManifests } from '../check/validate';
import { RuleId, RULES } from '../engine/catalogue';
import { checkArguments } from '../engine/options/check-options';
import { Finding, formatFinding } from '../engine/finding';
import { PolicyProfile } from '../policy/profiles';
import { parseSource } from '../yaml/reader';

/** Properties of the plugin, from `properties:` in `cdk8s.yaml`. */
export interface PolicyValidationProps {
  /**
   * The policy profile to run besides the Kubernetes 1.27 API rules.
   *
   * @default 'restricted'
   */
  readonly policy?: PolicyProfile;
  /**
   * The lowest severity that fails the synthesis.
   *
   * @default 'error'
   */
  readonly failOn?: 'error' | 'warning';
}

/** The part of cdk8s-cli's validation context that the plugin uses. */
export interface PluginContext {
  /** The paths of the manifest files that `cdk8s synth` wrote. */
  readonly manifests: readonly string[];
  /** The report that `cdk8s synth` prints: one violation per rule, then the status. */
  readonly report: {
    /** Adds one violated rule, with its recommendation, its fix and every resource that violates it. */
    addViolation(violation: {
      readonly ruleName: string;
      readonly recommendation: string;
      readonly fix: string;
      readonly violatingResources: readonly { readonly resourceName: string; readonly locations: readonly string[]; readonly manifestPath: string }[];
    }): void;
    /** Ends the report: `failure` fails the synthesis. */
    submit(status: 'success' | 'failure', metadata?: Record<string, string>): void;
  };
}

/** The cdk8s-cli validation plugin (cdk8s-cli's `Validation` contract). */
export class PolicyValidation {
  private readonly policy: PolicyProfile;
  private readonly failOn: 'error' | 'warning';

  public constructor(props: PolicyValidationProps = {}) {
    // the properties of `cdk8s.yaml`: a policy it does not know, or a misspelt key, is a clear error
    checkArguments('PolicyValidation', 'PolicyValidation', [props]);
    this.policy = props.policy ?? 'restricted';
    this.failOn = props.failOn ?? 'error';
  }

  /** Validates every manifest of the app and reports one violation per rule. */
  public async validate(context: PluginContext): Promise<void> {
    const objects: { manifest: unknown; file: string }[] = [];
    for (const file of context.manifests) {
      for (const m of parseSource(fs.readFileSync(file, 'utf8')).manifests) objects.push({ manifest: m.value, file });
    }
    const findings = validateManifests(
      objects.map(o => o.manifest),
      { policy: this.policy },
    ).filter(f => f.severity !== 'info');
    const byRule = new Map<RuleId, Finding[]>();
    for (const f of findings) {
      const list = byRule.get(f.rule);
      if (list) list.push(f);
      else byRule.set(f.rule, [f]);
    }
    for (const [rule, list] of [...byRule].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const meta = RULES[rule];
      context.report.addViolation({
        ruleName: `${rule} (${list[0].severity})`,
        recommendation: meta.recommendation ?? meta.description,
        fix: list[0].suggestion ? `use "${list[0].suggestion}"` : formatFinding(list[0]),
        violatingResources: list.map(f => ({
          resourceName: f.name ?? '<no name>',
          locations: [formatFinding(f)],
          manifestPath: objects[f.object].file,
        })),
      });
    }
    const failing = findings.some(f => f.severity === 'error' || (this.failOn === 'warning' && f.severity === 'warning'));
    context.report.submit(failing ? 'failure' : 'success', { policy: this.policy, findings: String(findings.length) });
  }
}
