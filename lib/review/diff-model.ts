/**
 * The shape of a semantic diff of two manifest sets: which objects were added, removed, renamed
 * or changed, each change explained in a reviewer's terms, and the text hunks of the files.
 *
 * @packageDocumentation
 */
import { Hunk } from '../text/diff';

export { Hunk, DiffLine } from '../text/diff';

/**
 * What a change is about:
 * - `probe-window`: a window of the probe timeline (first Ready, startup deadline, liveness or
 *   readiness detection) that moved;
 * - `probe`: a probe added or removed, or one of its fields;
 * - `port`: a container's or a Service's port (number, name, protocol, target);
 * - `image`: a container image (repository, tag, digest);
 * - `resources`: a request or a limit;
 * - `replicas`: the replica count;
 * - `security`: the security posture (user, root filesystem, privileges, capabilities, seccomp,
 *   host namespaces, `hostPath`, `hostPort`, the service account token);
 * - `exemption`: an `exempt.cdk8s-pod-patterns/<rule>` annotation added, removed or re-reasoned;
 * - `container`: a container added or removed;
 * - `field`: any other field.
 */
export type ChangeKind = 'probe-window' | 'probe' | 'port' | 'image' | 'resources' | 'replicas' | 'security' | 'exemption' | 'container' | 'field';

/** The kinds of change, in the order the formats list them (the riskiest first). */
export const CHANGE_KINDS: readonly ChangeKind[] = [
  'exemption',
  'security',
  'probe-window',
  'probe',
  'image',
  'port',
  'resources',
  'replicas',
  'container',
  'field',
];

/** The windows of a probe timeline that a `probe-window` change names. */
export type ProbeWindowName = 'firstReady' | 'startupDeadline' | 'livenessDetection' | 'readinessDetection';

/** One change of one object, explained. */
export interface DiffChange {
  /** What it is about. */
  readonly kind: ChangeKind;
  /**
   * The field, from the object's root, in the apiserver's notation; items of keyed lists by
   * their key (`spec.template.spec.containers[web].image`, `ports[http]`, `limits[cpu]`).
   */
  readonly path: string;
  /** The container it concerns, when it concerns one. */
  readonly container?: string;
  /** The value before; absent when the field was added (a `TimeWindow` or `null` for a window). */
  readonly before?: unknown;
  /** The value after; absent when the field was removed (a `TimeWindow` or `null` for a window). */
  readonly after?: unknown;
  /** The change in one line, in a reviewer's terms: `tag 1.4.2 → 1.5.0`, `readiness detection [20, 31] s → [60, 91] s`. */
  readonly explanation: string;
  /** For `security` and `exemption` changes: whether it loosens the posture (an opt-out added, a protection dropped). */
  readonly weakens?: boolean;
  /** For `probe-window` changes: which window moved. */
  readonly window?: ProbeWindowName;
}

/** How an object is named: apiVersion, kind, namespace, name, and the file it is in. */
export interface ObjectRef {
  /** `apps/v1`, `v1`. */
  readonly apiVersion: string;
  /** `Deployment`. */
  readonly kind: string;
  /** The namespace it names; absent when it names none. */
  readonly namespace?: string;
  /** `metadata.name` (`<no name>` when it has none). */
  readonly name: string;
  /** How the formats show it: `Deployment/web`, `Deployment/web -n shop`. */
  readonly label: string;
  /** The file it is in, when it was read from one. */
  readonly file?: string;
}

/** What happened to an object: added, removed, renamed (same kind and equal content, another name or namespace), or changed. */
export type ObjectStatus = 'added' | 'removed' | 'renamed' | 'changed';

/** One object that differs between the two sets. */
export interface ObjectDiff {
  /** What happened to it. */
  readonly status: ObjectStatus;
  /** The object: after the change, or before it for a removed one. */
  readonly object: ObjectRef;
  /** For a renamed object: its name before. */
  readonly from?: ObjectRef;
  /**
   * Its changes: for a changed or renamed object, every field that differs (pure reordering of
   * keyed lists is none); for an added one, the exemptions it carries; none for a removed one.
   */
  readonly changes: readonly DiffChange[];
}

/** The text hunks of one file: `before` or `after` is absent for a file added or removed. */
export interface FileDiff {
  /** The file's name on the before side. */
  readonly before?: string;
  /** The file's name on the after side. */
  readonly after?: string;
  /** The unified-diff hunks that turn the before text into the after text (none when only the final newline differs). */
  readonly hunks: readonly Hunk[];
}

/** How many objects were added, removed, renamed, changed and left unchanged. */
export interface DiffSummary {
  /** Objects only in the after set. */
  readonly added: number;
  /** Objects only in the before set. */
  readonly removed: number;
  /** Objects whose name or namespace changed, their content equal. */
  readonly renamed: number;
  /** Objects in both sets that differ. */
  readonly changed: number;
  /** Objects in both sets, equal (keyed lists in another order included). */
  readonly unchanged: number;
}

/** The semantic diff of two manifest sets. */
export interface ManifestDiff {
  /** The objects that differ: in the after set's order, the removed ones last. */
  readonly objects: readonly ObjectDiff[];
  /** The counts of objects. */
  readonly summary: DiffSummary;
  /** The files whose text differs, by name (empty for {@link diffObjects}). */
  readonly files: readonly FileDiff[];
}

/** One manifest file of a set: its name (by which the files of the two sets are paired) and its YAML or JSON text. */
export interface DiffSource {
  /** The file's name, e.g. `dist/web.k8s.yaml`. */
  readonly name: string;
  /** Its text: one or more YAML documents. */
  readonly text: string;
}

/** Options of {@link diffManifests}. */
export interface ManifestDiffOptions {
  /**
   * Unchanged lines shown around each text change.
   *
   * @default 3
   */
  readonly context?: number;
}
