/**
 * The constructs validate what they build, with the rules engine: a value that breaks a rule on
 * its own throws when the construct is built; what depends on later `add*()` calls is reported
 * when the app is synthesized, by cdk8s, with every other error. Validating the whole app (other
 * objects, across charts) is {@link ManifestValidation}'s, switched on explicitly.
 *
 * @packageDocumentation
 */
import { IConstruct } from 'constructs';
import { Finding, formatFindingWithRule, formatSubject } from '../engine/finding';
import { Reporter } from '../engine/reporter';
import { checkObjectMeta, NameRule } from '../engine/rules/meta';
import { rethrowWithin, throwIfErrors, ValidationError } from '../engine/validation-error';
import { runEngine } from '../engine/validate';

/** The error findings of the manifests a construct builds. */
function errorsOf(manifests: readonly unknown[]): Finding[] {
  return runEngine(manifests, { crossObject: true, ruleSets: [] }).filter(f => f.severity === 'error');
}

/** Throws the errors the engine finds in `manifests`, the objects `construct` builds (those of the first object with errors). */
export function validateOwn(construct: IConstruct, manifests: readonly unknown[]): void {
  const errors = errorsOf(manifests);
  if (errors.length === 0) return;
  const ofFirst = errors.filter(f => f.object === errors[0].object);
  throwIfErrors(`[${construct.node.path}] ${formatSubject(ofFirst[0])}`, ofFirst);
}

/** Reports the errors of `manifests()` when the app is synthesized, on `construct`, with every other error of the app. */
export function validateOwnAtSynth(construct: IConstruct, manifests: () => readonly unknown[]): void {
  construct.node.addValidation({ validate: () => errorsOf(manifests()).map(formatFindingWithRule) });
}

/** Throws the errors of an object's metadata (name, namespace, labels, annotations) at once. */
export function validateMetadata(construct: IConstruct, kind: string, nameRule: NameRule, metadata: unknown): void {
  const findings: Finding[] = [];
  const name = typeof metadata === 'object' && metadata !== null ? (metadata as { name?: unknown }).name : undefined;
  checkObjectMeta(new Reporter(findings, { object: 0, kind, name: typeof name === 'string' ? name : undefined }), metadata, ['metadata'], nameRule);
  if (findings.length > 0) throwIfErrors(`[${construct.node.path}] ${formatSubject(findings[0])}`, findings);
}

/**
 * Runs `build` (the containers and probes a construct makes from its props), and names the
 * construct `scope`/`id` will be in any {@link ValidationError} it throws, so that errors of
 * defaults-filled constructs name their construct.
 */
export function withinConstruct<T>(scope: IConstruct, id: string, build: () => T): T {
  try {
    return build();
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    rethrowWithin(`[${scope.node.path ? `${scope.node.path}/${id}` : id}]`, e);
  }
}
