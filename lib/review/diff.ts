/**
 * The diff of two sets of manifest files, for a pull request: the semantic diff of their objects
 * (see {@link diffObjects}) and the text hunks of the files, from the same line diff as
 * `synth --check`.
 *
 * @packageDocumentation
 */
import { diffLines } from '../text/diff';
import { isNotManifests, parseSource } from '../yaml/reader';
import { DiffSource, FileDiff, ManifestDiff, ManifestDiffOptions } from './diff-model';
import { diffSides, sideObjects } from './diff-objects';

/** A file of a set that cannot be read as manifests: YAML that does not parse, or a file of prose. */
export class ManifestReadError extends Error {
  constructor(
    message: string,
    /** The file's name. */
    readonly file: string,
  ) {
    super(message);
    this.name = 'ManifestReadError';
  }
}

/** The file names kustomize reads as a kustomization: not objects that are applied, so text only. */
const KUSTOMIZATION_FILE = /(^|[\\/])(kustomization\.ya?ml|Kustomization)$/;

/** The manifests of a set of files (a kustomization's text only), and the file of each. */
function read(sources: readonly DiffSource[]): { manifests: unknown[]; files: string[] } {
  const manifests: unknown[] = [];
  const files: string[] = [];
  for (const s of sources) {
    const parsed = parseSource(s.text);
    if (s.text.trim() !== '' && isNotManifests(s.text, parsed)) {
      throw new ManifestReadError(`${s.name} is not a YAML manifest file: none of its documents is a mapping`, s.name);
    }
    const p = parsed.problems[0];
    if (p !== undefined) throw new ManifestReadError(`${s.name}:${p.line}:${p.column}: ${p.message}`, s.name);
    if (KUSTOMIZATION_FILE.test(s.name)) continue;
    for (const m of parsed.manifests) {
      manifests.push(m.value);
      files.push(s.name);
    }
  }
  return { manifests, files };
}

/** The text hunks of the files, paired by name (one file on each side is a pair whatever the names). */
function fileDiffs(before: readonly DiffSource[], after: readonly DiffSource[], context: number | undefined): FileDiff[] {
  const pairs: [DiffSource | undefined, DiffSource | undefined][] = [];
  if (before.length === 1 && after.length === 1) pairs.push([before[0], after[0]]);
  else {
    const byName = new Map(before.map(s => [s.name, s]));
    const names = new Set(after.map(s => s.name));
    for (const a of after) pairs.push([byName.get(a.name), a]);
    for (const b of before) if (!names.has(b.name)) pairs.push([b, undefined]);
  }
  const out: FileDiff[] = [];
  for (const [b, a] of pairs) {
    if (b?.text === a?.text) continue;
    const hunks = diffLines(b?.text ?? '', a?.text ?? '', { context });
    if (hunks.length === 0) continue;
    out.push({ ...(b === undefined ? {} : { before: b.name }), ...(a === undefined ? {} : { after: a.name }), hunks });
  }
  return out;
}

/**
 * The diff of two sets of manifest files (multi-document YAML or JSON): the objects added,
 * removed, renamed and changed, each change explained in a reviewer's terms (probe windows before
 * → after, ports, images, resources, replicas, security posture, exemptions), and the text hunks
 * of the files that differ, paired by name. A `kustomization.yaml` is compared as text only: its
 * content is not applied as an object.
 *
 * @throws ManifestReadError when a file is not YAML manifests or its YAML does not parse
 */
export function diffManifests(before: readonly DiffSource[], after: readonly DiffSource[], options: ManifestDiffOptions = {}): ManifestDiff {
  const b = read(before);
  const a = read(after);
  const diff = diffSides(
    sideObjects(b.manifests, i => b.files[i]),
    sideObjects(a.manifests, i => a.files[i]),
  );
  return { ...diff, files: fileDiffs(before, after, options.context) };
}
