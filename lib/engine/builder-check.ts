/**
 * What a builder (a probe factory, a container, a construct) collects while it checks the values
 * it was given: findings of the engine's shape, thrown as one {@link ValidationError}.
 *
 * @packageDocumentation
 */
import { Finding } from './finding';
import { Reporter } from './reporter';
import { throwIfErrors } from './validation-error';

/** Collects findings of one builder call, for a {@link ValidationError}. */
export class BuilderCheck {
  public readonly findings: Finding[] = [];
  public readonly r = new Reporter(this.findings, { object: 0 });

  /** Throws the errors found so far, naming `where`. */
  public throwIfErrors(where: string): void {
    throwIfErrors(where, this.findings);
  }
}
