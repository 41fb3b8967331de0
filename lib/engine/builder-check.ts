/**
 * What a builder (a probe factory, a container, a construct) collects while it checks the values
 * it was given: findings of the engine's shape, rated in typed mode (a rule's `typedSeverity`
 * applies), thrown as one {@link ValidationError}.
 *
 * @packageDocumentation
 */
import { RuleId } from './catalogue';
import { applyExemptionsFrom } from './exemptions';
import { Finding } from './finding';
import { Reporter } from './reporter';
import { throwIfErrors } from './validation-error';

/** Collects findings of one builder call, for a {@link ValidationError}. */
export class BuilderCheck {
  public readonly findings: Finding[] = [];
  /** The reporter of the builder's rules, in typed mode: a rule's `typedSeverity` applies. */
  public readonly r = new Reporter(this.findings, { object: 0 }, [], { typed: true });

  /**
   * Turns the findings of the rules that `annotations` exempt (`exempt.cdk8s-pod-patterns/<rule>`,
   * the annotations a container records for its exemptions) into infos.
   */
  public exempt(annotations: Readonly<Record<string, string>>): void {
    applyExemptionsFrom(this.findings, 0, annotations);
  }

  /**
   * Throws the errors found so far, naming `where`; the errors of the rules `leftToLater` are not
   * thrown here but by a later check (a probe's command is the container's, which may exempt it).
   */
  public throwIfErrors(where: string, leftToLater: readonly RuleId[] = []): void {
    throwIfErrors(where, leftToLater.length === 0 ? this.findings : this.findings.filter(f => !leftToLater.includes(f.rule)));
  }
}
