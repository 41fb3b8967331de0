/**
 * The constructs validate what they build, with the rules engine in typed mode (a rule's
 * `typedSeverity` applies: what is certain or very likely to fail is an error): a value that breaks
 * a rule on its own throws when the construct is built; what depends on later `add*()` calls is
 * reported when the app is synthesized, by cdk8s, with every other error. Each error names the
 * object and, for a container's, the container. Validating the whole app (other objects, across
 * charts) is {@link ManifestValidation}'s, switched on explicitly, with the API's severities.
 *
 * @packageDocumentation
 */
import { IConstruct } from 'constructs';
import { Finding, formatFindingWithRule, formatSubject } from '../engine/finding';
import { Reporter } from '../engine/reporter';
import { checkObjectMeta, NameRule } from '../engine/rules/meta';
import { rethrowWithin, throwIfErrors, ValidationError } from '../engine/validation-error';
import { runEngine } from '../engine/validate';
import { isObject } from '../values/json';

/** The error findings of the manifests a construct builds, in typed mode. */
function errorsOf(manifests: readonly unknown[]): Finding[] {
  return runEngine(manifests, { crossObject: true, ruleSets: [], typed: true }).filter(f => f.severity === 'error');
}

/** The name of the container a finding is about (`spec.template.spec.containers[0]...` → `api`), if any. */
function containerOf(manifests: readonly unknown[], f: Finding): string | undefined {
  const segments = f.segments;
  let end = -1;
  for (let i = segments.length - 2; i >= 0; i--) {
    if ((segments[i] === 'containers' || segments[i] === 'initContainers') && typeof segments[i + 1] === 'number') {
      end = i + 2;
      break;
    }
  }
  if (end < 0) return undefined;
  let node: unknown = manifests[f.object];
  for (const s of segments.slice(0, end)) {
    if (Array.isArray(node) && typeof s === 'number') node = node[s];
    else if (isObject(node) && typeof s === 'string') node = node[s];
    else return undefined;
  }
  return isObject(node) && typeof node.name === 'string' ? node.name : undefined;
}

/** `Deployment "shop-api" (container "api")`: the object of `findings` and the containers they are about. */
function subjectOf(manifests: readonly unknown[], findings: readonly Finding[]): string {
  const names = [...new Set(findings.map(f => containerOf(manifests, f)).filter((n): n is string => n !== undefined))];
  const containers = names.length === 0 ? '' : ` (${names.length === 1 ? 'container' : 'containers'} ${names.map(n => `"${n}"`).join(', ')})`;
  return `${formatSubject(findings[0])}${containers}`;
}

/** Throws the errors the engine finds in `manifests`, the objects `construct` builds (those of the first object with errors). */
export function validateOwn(construct: IConstruct, manifests: readonly unknown[]): void {
  const errors = errorsOf(manifests);
  if (errors.length === 0) return;
  const ofFirst = errors.filter(f => f.object === errors[0].object);
  throwIfErrors(`[${construct.node.path}] ${subjectOf(manifests, ofFirst)}`, ofFirst);
}

/**
 * Reports the errors of `manifests()` when the app is synthesized, on `construct`, with every other
 * error of the app: `Pod "web" (container "sidecar"): spec.containers[1]...: ... [rule]`.
 */
export function validateOwnAtSynth(construct: IConstruct, manifests: () => readonly unknown[]): void {
  construct.node.addValidation({
    validate: () => {
      const all = manifests();
      return errorsOf(all).map(f => `${subjectOf(all, [f])}: ${formatFindingWithRule(f)}`);
    },
  });
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
