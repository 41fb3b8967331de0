/**
 * Whether an apiVersion and kind name a built-in kind of Kubernetes 1.27, and if not, what they
 * are: a removed version (with its removal release and replacement), a version a later Kubernetes
 * added, a kind in the wrong case, a custom resource, or a kustomization. A version that 1.27
 * serves with a deprecation warning gets that warning.
 *
 * @packageDocumentation
 */
import { suggest } from '../../values/suggest';
import { Reporter } from '../reporter';
import { DEPRECATED_APIS, REMOVED_APIS, RemovedApi } from '../schema/api-history';
import { KINDS } from '../schema/k8s-schema.generated';
import { KINDS_ADDED_LATER } from '../schema/later-fields.generated';

/** The API group of kustomize's own files (`Kustomization`, `Component`). */
const KUSTOMIZE = 'kustomize.config.k8s.io';

/** Built-in API groups/versions, and the kinds of each. */
let builtIns: { versions: Map<string, string[]>; groups: Set<string> } | undefined;
function builtInKinds(): { versions: Map<string, string[]>; groups: Set<string> } {
  if (builtIns) return builtIns;
  const versions = new Map<string, string[]>();
  const groups = new Set<string>();
  for (const key of Object.keys(KINDS)) {
    const slash = key.lastIndexOf('/');
    const apiVersion = key.slice(0, slash);
    versions.set(apiVersion, [...(versions.get(apiVersion) ?? []), key.slice(slash + 1)]);
    groups.add(groupOf(apiVersion));
  }
  // groups that earlier or later releases serve and 1.27 does not: still Kubernetes, not custom resources
  for (const key of [...Object.keys(REMOVED_APIS), ...Object.keys(KINDS_ADDED_LATER)]) groups.add(groupOf(key.slice(0, key.lastIndexOf('/'))));
  builtIns = { versions, groups };
  return builtIns;
}

/** The API group of an apiVersion (`''` for the core group, `v1`). */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

function instead(api: RemovedApi): string {
  const use = api.replacement === undefined ? '' : `: use ${api.replacement}`;
  return `${use}${api.note === undefined ? '' : ` (${api.note})`}`;
}

/**
 * Checks `apiVersion` and `kind`; true when they name a built-in kind of Kubernetes 1.27, whose
 * content the engine then checks. The notice about a custom resource is given once per kind:
 * `told` holds the kinds told about so far.
 */
export function checkApiVersion(r: Reporter, apiVersion: string, kind: string, told: Set<string>): boolean {
  const key = `${apiVersion}/${kind}`;
  if (key in KINDS) {
    const deprecated = own(DEPRECATED_APIS, key);
    if (deprecated) {
      r.advise(
        'api-deprecated',
        ['apiVersion'],
        apiVersion,
        `${apiVersion} ${kind} is deprecated in Kubernetes 1.27 and removed in 1.${deprecated.removedIn}${instead(deprecated)}`,
      );
    }
    return true;
  }
  const group = groupOf(apiVersion);
  if (group === KUSTOMIZE) {
    r.advise(
      'kustomization',
      [],
      undefined,
      `${kind} (${apiVersion}) is a kustomization: kubectl apply -k builds objects from it; it is not applied as an object, and is not checked as one`,
    );
    return false;
  }
  const { versions, groups } = builtInKinds();
  if (!groups.has(group)) {
    if (!told.has(key)) {
      told.add(key);
      r.advise(
        'custom-resource',
        [],
        undefined,
        `${kind} (${apiVersion}) is not a built-in Kubernetes 1.27 kind; its content is not checked (said once per kind)`,
      );
    }
    return false;
  }
  const removed = own(REMOVED_APIS, key);
  if (removed) {
    r.invalid('api-removed', ['apiVersion'], apiVersion, `${apiVersion} ${kind} was removed in Kubernetes 1.${removed.removedIn}${instead(removed)}`);
    return false;
  }
  const addedIn = own(KINDS_ADDED_LATER, key);
  if (addedIn !== undefined) {
    r.invalid('kind-registered', ['apiVersion'], apiVersion, `${apiVersion} ${kind} was added in Kubernetes 1.${addedIn}; this check targets 1.27`);
    return false;
  }
  const known = versions.get(apiVersion);
  const suggestion = known ? (known.find(k => k.toLowerCase() === kind.toLowerCase()) ?? suggest(kind, known)) : otherVersionOf(kind);
  r.invalid(
    'kind-registered',
    ['kind'],
    kind,
    known ? `no kind "${kind}" is registered for version "${apiVersion}"` : `version "${apiVersion}" of group "${group}" does not exist in Kubernetes 1.27`,
    suggestion,
  );
  return false;
}

/** For a kind of an unknown version: the built-in apiVersion that has this kind. */
function otherVersionOf(kind: string): string | undefined {
  for (const [version, kinds] of builtInKinds().versions) {
    if (kinds.includes(kind)) return `apiVersion: ${version}`;
  }
  return undefined;
}
