/**
 * What `check` keeps of a document after it has been checked: where its objects are (for the
 * messages that name another object, such as the first definition of a duplicate or the pods a
 * Service selects), and where the fields are at which the rules across objects may report later.
 * Line numbers and locations, not the document's text or its parsed form.
 *
 * @packageDocumentation
 */
import { objectsOf } from '../engine/input';
import { isObject } from '../values/json';
import { Path } from '../values/path';
import { locate, Location, SourceManifest } from '../yaml/reader';

/** Separates the parts of a key; no path segment holds it. */
const SEP = '\u0000';

function keyOf(object: number, path: Path): string {
  let key = String(object);
  for (const s of path) key += SEP + (typeof s === 'object' ? s.key : String(s));
  return key;
}

/** A field located in a source, kept for a finding that comes after its document was let go. */
export interface KeptLocation {
  readonly file: string;
  readonly document: number;
  readonly at: Location;
}

/** Where the objects of the checked documents are, and the fields the rules across objects may name. */
export class Places {
  /** `object SEP prefix` → `file:line` of each object (and list item) of the documents read so far. */
  private readonly places = new Map<string, string>();
  private readonly kept = new Map<string, KeptLocation>();
  private current: { object: number; file: string; m: SourceManifest } | undefined;

  /** `file:line` of the object at `prefix` in manifest `object`: how messages name where it is. */
  public placeOf(object: number, prefix: Path): string {
    const c = this.current;
    if (c && c.object === object) return `${c.file}:${locate(c.m, prefix).line}`;
    return this.places.get(keyOf(object, prefix)) ?? `manifest ${object + 1}`;
  }

  /** The document being checked: its objects are placed from it, lazily, until {@link done}. */
  public reading(object: number, file: string, m: SourceManifest): void {
    this.current = { object, file, m };
  }

  /**
   * Keeps the place of each object of the document being checked, and the location of each of
   * `later`, then lets the document go.
   */
  public done(later: readonly Path[]): void {
    const c = this.current;
    if (!c) return;
    for (const { manifest, prefix } of objectsOf([c.m.value])) {
      if (isObject(manifest)) this.places.set(keyOf(c.object, prefix), `${c.file}:${locate(c.m, prefix).line}`);
    }
    for (const path of later) this.kept.set(keyOf(c.object, path), { file: c.file, document: c.m.document, at: locate(c.m, path) });
    this.current = undefined;
  }

  /** The location kept for `path` of manifest `object`. */
  public locationOf(object: number, path: Path): KeptLocation | undefined {
    return this.kept.get(keyOf(object, path));
  }
}
