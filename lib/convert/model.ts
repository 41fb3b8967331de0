/**
 * What the conversion knows of each object of the input, and what it reports: what was cleaned,
 * repaired, opted out of, carried over as written, written out as Kubernetes' defaults, and what
 * is left to do.
 *
 * @packageDocumentation
 */
import { JsonObject } from '../values/json';
import { formatPath, Path } from '../values/path';

/** One line of the conversion's report, about one object. */
export interface ConvertNote {
  /** The input file (`<stdin>` for standard input). */
  readonly file: string;
  /** The object, `Kind/name` (`Pod/go-test`). */
  readonly object: string;
  /** The field, in the apiserver's notation, when the note is about one. */
  readonly path?: string;
  /** What happened, in words. */
  readonly text: string;
  /** The rule of the engine behind it (repairs and TODOs). */
  readonly rule?: string;
}

/** The report of a conversion, by what happened. */
export interface ConvertReport {
  /** Fields a cluster added (`kubectl get -o yaml`), removed. */
  readonly cleaned: ConvertNote[];
  /** Certain mistakes, repaired, each with a `// fixed:` comment in the code. */
  readonly repaired: ConvertNote[];
  /** What could not be repaired with certainty: a `TODO_UNRESOLVED_…` in the code, which does not compile. */
  readonly todos: ConvertNote[];
  /** The typed opt-outs that keep what the input says where the secure defaults would change it. */
  readonly optOuts: ConvertNote[];
  /** With `harden`: the secure defaults that replace what the input said or left out. */
  readonly hardened: ConvertNote[];
  /** Objects carried over as written (L1 classes or `ApiObject`), and why. */
  readonly carried: ConvertNote[];
  /** Kubernetes' own defaults that the typed layer writes out, or leaves out (the same object to the apiserver). */
  readonly normalized: ConvertNote[];
  /** What is not an object to convert (a kustomization), left out. */
  readonly skipped: ConvertNote[];
}

/** An empty report. */
export function emptyReport(): ConvertReport {
  return { cleaned: [], repaired: [], todos: [], optOuts: [], hardened: [], carried: [], normalized: [], skipped: [] };
}

/** One object of the input, as it is converted. */
export interface SourceObject {
  /** The input file. */
  readonly file: string;
  /** Its position among the objects of the input. */
  readonly index: number;
  /** The manifest: cleaned and repaired as the conversion goes. */
  manifest: JsonObject;
  /** What the generated code synthesizes to: the manifest, with the defaults the typed layer writes out. */
  expected: JsonObject;
  /** Comments for the code, by field path (`// fixed: …`, `// TODO: …`). */
  readonly comments: Map<string, string[]>;
  /** Unresolved findings: the field paths where a `TODO_UNRESOLVED_…` goes, with its identifier. */
  readonly todos: Map<string, string>;
  /** Why the object is carried over as written, when the typed layer cannot say it. */
  carriedBecause?: string;
  /** The warnings typed code treats as errors (image registries, commands with spaces, ...): field path → rule. */
  strict: Map<string, string>;
  /** Fields a later Kubernetes added: the object is carried as JSON, which keeps them. */
  later: string[];
}

/** `Kind/name` of a manifest. */
export function labelOf(m: JsonObject): string {
  const meta = m.metadata;
  const name = typeof meta === 'object' && meta !== null ? (meta as JsonObject).name : undefined;
  return `${typeof m.kind === 'string' ? m.kind : 'object'}/${typeof name === 'string' ? name : '<no name>'}`;
}

/** Adds a comment for the field at `path`. */
export function comment(o: SourceObject, path: Path, text: string): void {
  const key = formatPath(path);
  o.comments.set(key, [...(o.comments.get(key) ?? []), text]);
}

/** Takes (and forgets) the comments of `path` and the fields below it. */
export function takeComments(o: SourceObject, path: Path): string[] {
  const prefix = formatPath(path);
  const out: string[] = [];
  for (const [key, texts] of [...o.comments]) {
    if (prefix === '' || key === prefix || key.startsWith(`${prefix}.`) || key.startsWith(`${prefix}[`)) {
      out.push(...texts);
      o.comments.delete(key);
    }
  }
  return out;
}

/** A deep copy of JSON. */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The value at `path`, if there is one. */
export function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const s of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[typeof s === 'object' ? s.key : s];
  }
  return v;
}

/** Sets (or with `undefined`, deletes) the value at `path`, creating objects on the way. */
export function setAt(root: JsonObject, path: Path, value: unknown): void {
  let v: Record<string | number, unknown> = root;
  for (let i = 0; i < path.length - 1; i++) {
    const s = path[i];
    const k = typeof s === 'object' ? s.key : s;
    if (typeof v[k] !== 'object' || v[k] === null) v[k] = typeof path[i + 1] === 'number' ? [] : {};
    v = v[k] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  const k = typeof last === 'object' ? last.key : last;
  if (value === undefined) {
    if (Array.isArray(v) && typeof k === 'number') v.splice(k, 1);
    else delete v[k];
  } else v[k] = value;
}
