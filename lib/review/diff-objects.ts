/**
 * The semantic diff of two sets of objects: objects matched by API group, kind, namespace and
 * name (the version of the API may change); a removed and an added object of the same group and
 * kind whose content beyond `metadata` is equal is a rename; each changed object's fields
 * explained (probe windows, security posture, exemptions, images, ports, resources, replicas).
 *
 * @packageDocumentation
 */
import { objectsOf } from '../engine/input';
import { isObject, JsonObject } from '../values/json';
import { Path } from '../values/path';
import { explainExemptions } from './diff-exemptions';
import { explainField } from './diff-explain';
import { fieldChanges } from './diff-fields';
import { CHANGE_KINDS, DiffChange, ManifestDiff, ObjectDiff, ObjectRef } from './diff-model';
import { Explained, podPair, startsWith, templateOf } from './diff-pod';
import { explainProbes } from './diff-probes';
import { explainSecurity } from './diff-security';

/** An object of one side, with its identity. */
export interface SideObject {
  /** Its manifest. */
  readonly manifest: JsonObject;
  /** Its name, as the diff shows it. */
  readonly ref: ObjectRef;
  /** API group, kind, namespace and name: what matches it with the other side. */
  readonly key: string;
  /** API group and kind: what a rename keeps. */
  readonly type: string;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** The objects of manifests (lists unpacked), each with its identity; `fileOf` names the file of the i-th manifest. */
export function sideObjects(manifests: readonly unknown[], fileOf: (index: number) => string | undefined = () => undefined): SideObject[] {
  const out: SideObject[] = [];
  const seen = new Map<string, number>();
  for (const { manifest, object } of objectsOf(manifests)) {
    if (!isObject(manifest)) continue;
    const apiVersion = str(manifest.apiVersion) ?? '';
    const kind = str(manifest.kind) ?? '<no kind>';
    const meta = isObject(manifest.metadata) ? manifest.metadata : {};
    const name = str(meta.name) ?? '<no name>';
    const namespace = str(meta.namespace);
    const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
    const type = `${group}|${kind}`;
    let key = `${type}|${namespace ?? ''}|${name}`;
    // the same object twice on one side: the later ones are matched in order
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    if (n > 0) key += `|${n}`;
    const file = fileOf(object);
    const label = `${kind}/${name}${namespace === undefined ? '' : ` -n ${namespace}`}`;
    const ref: ObjectRef = { apiVersion, kind, ...(namespace === undefined ? {} : { namespace }), name, label, ...(file === undefined ? {} : { file }) };
    out.push({ manifest, ref, key, type });
  }
  return out;
}

/** The changes in the order the formats list them: by kind, the riskiest first; the container named in each explanation. */
function ordered(changes: readonly DiffChange[]): DiffChange[] {
  return changes
    .map((c, i) => ({ c: c.container === undefined ? c : { ...c, explanation: `container ${c.container}: ${c.explanation}` }, i }))
    .sort((x, y) => CHANGE_KINDS.indexOf(x.c.kind) - CHANGE_KINDS.indexOf(y.c.kind) || x.i - y.i)
    .map(x => x.c);
}

/** The explained changes between two versions of an object; raw changes at `skip` paths are left out. */
export function objectChanges(before: JsonObject, after: JsonObject, skip: readonly Path[] = []): DiffChange[] {
  const pair = podPair(before, after);
  const parts: Explained[] = [explainExemptions(before, after)];
  if (pair !== undefined) parts.push(explainProbes(pair), explainSecurity(pair));
  const changes = parts.flatMap(p => p.changes);
  const kind = str(after.kind) ?? '';
  for (const c of fieldChanges(before, after)) {
    if (skip.some(p => startsWith(c.path, p)) || parts.some(p => p.consumes(c.path))) continue;
    changes.push(explainField(c, kind, pair?.templatePath));
  }
  return ordered(changes);
}

/** What a new object brings that a reviewer must see: its exemptions, and what weakens the posture of its pods. */
export function newObjectChanges(after: JsonObject): DiffChange[] {
  const changes = explainExemptions(undefined, after).changes;
  const t = templateOf(after);
  if (t !== undefined) changes.push(...explainSecurity({ templatePath: t.path, before: {}, after: t.node }, true).changes);
  return ordered(changes);
}

function withoutMetadata(m: JsonObject): JsonObject {
  const { metadata: _metadata, ...rest } = m;
  return rest;
}

/** JSON with the keys of every object sorted: equal for objects equal but for key order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObject(v)) {
    const keys = Object.keys(v)
      .filter(k => v[k] !== undefined)
      .sort();
    return `{${keys.map(k => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** Beyond this many removed objects of a kind, a rename must be equal but for key order (no field-by-field search). */
const MAX_RENAME_SEARCH = 50;

/** The removed objects, found by content beyond metadata: exactly (but for key order) at once, else field by field when they are few. */
class Renames {
  private readonly byContent = new Map<string, SideObject[]>();
  private readonly byType = new Map<string, SideObject[]>();

  constructor(removed: readonly SideObject[]) {
    for (const r of removed) {
      const key = `${r.type}\u0000${canonical(withoutMetadata(r.manifest))}`;
      this.byContent.set(key, [...(this.byContent.get(key) ?? []), r]);
      this.byType.set(r.type, [...(this.byType.get(r.type) ?? []), r]);
    }
  }

  /** The removed object that `a` renames, taken out of the candidates; `undefined` when none. */
  take(a: SideObject): SideObject | undefined {
    const content = withoutMetadata(a.manifest);
    const same = this.byType.get(a.type) ?? [];
    let found = this.byContent.get(`${a.type}\u0000${canonical(content)}`)?.find(r => same.includes(r));
    if (found === undefined && same.length <= MAX_RENAME_SEARCH) found = same.find(r => fieldChanges(withoutMetadata(r.manifest), content).length === 0);
    if (found !== undefined) same.splice(same.indexOf(found), 1);
    return found;
  }

  /** The removed objects that nothing renamed. */
  left(removed: readonly SideObject[]): SideObject[] {
    return removed.filter(r => this.byType.get(r.type)?.includes(r) === true);
  }
}

/** The semantic diff of two sides: the objects that differ, and the counts (no text hunks). */
export function diffSides(before: readonly SideObject[], after: readonly SideObject[]): ManifestDiff {
  const byKey = new Map(before.map(o => [o.key, o]));
  const afterKeys = new Set(after.map(o => o.key));
  const removed = before.filter(o => !afterKeys.has(o.key));
  const renames = new Renames(removed);
  const objects: ObjectDiff[] = [];
  let unchanged = 0;
  for (const a of after) {
    const b = byKey.get(a.key);
    if (b !== undefined) {
      if (fieldChanges(b.manifest, a.manifest).length === 0) unchanged++;
      else objects.push({ status: 'changed', object: a.ref, changes: objectChanges(b.manifest, a.manifest) });
      continue;
    }
    const r = renames.take(a);
    if (r !== undefined) {
      const changes = objectChanges(r.manifest, a.manifest, [
        ['metadata', 'name'],
        ['metadata', 'namespace'],
      ]);
      objects.push({ status: 'renamed', object: a.ref, from: r.ref, changes });
      continue;
    }
    objects.push({ status: 'added', object: a.ref, changes: newObjectChanges(a.manifest) });
  }
  for (const r of renames.left(removed)) objects.push({ status: 'removed', object: r.ref, changes: [] });
  const count = (s: ObjectDiff['status']) => objects.filter(o => o.status === s).length;
  return {
    objects,
    summary: { added: count('added'), removed: count('removed'), renamed: count('renamed'), changed: count('changed'), unchanged },
    files: [],
  };
}

/**
 * The semantic diff of two sets of objects (plain JSON: parsed YAML, or the manifests of an app):
 * objects added, removed, renamed and changed, each change explained. Lists are unpacked; keyed
 * lists in another order are no change. Never throws: values of the wrong type are compared as
 * they are. {@link diffManifests} does the same for YAML files, with their text hunks.
 */
export function diffObjects(before: readonly unknown[], after: readonly unknown[]): ManifestDiff {
  return diffSides(sideObjects(before), sideObjects(after));
}
