/**
 * Locating a field of a block-style document from its lines, without a YAML parser: the
 * documents that tools write (kubectl, Helm, cdk8s, controller generators) are block mappings and
 * sequences of one-line scalars, so the line and column of a key or a value follow from the
 * indentation. Anything that only a parser can place (flow collections, multi-line or escaped
 * scalars, anchors, tags, explicit keys, tabs, keys that YAML 1.1 reads as another value) makes it
 * answer `undefined`, and the `yaml` package places it instead. Where it answers, it answers as the
 * `yaml` package does (tests compare the two on every field of many documents).
 *
 * @packageDocumentation
 */
import { Path } from '../values/path';
import { mayBeImplicit } from './fast-reader';

/** Where a field is, as {@link locate} of `reader.ts` says it. */
export interface LineLocation {
  readonly line: number;
  readonly column: number;
  readonly source?: string;
  readonly quoted?: boolean;
}

/** A node of the outline: a position (0-based line, 1-based column), and what is below it. */
type Outline =
  | { readonly kind: 'map'; readonly line: number; readonly col: number; readonly entries: Entry[] }
  | { readonly kind: 'seq'; readonly line: number; readonly col: number; readonly items: (Outline | null)[] }
  /** `source` is `undefined` for a scalar whose value only a parser can tell (escapes, line folding) */
  | { readonly kind: 'scalar'; readonly line: number; readonly col: number; readonly source: string | undefined; readonly quoted: boolean }
  /** a value whose inside is not outlined: a flow collection (`block: false`) or a block scalar */
  | { readonly kind: 'opaque'; readonly line: number; readonly col: number; readonly block: boolean };

interface Entry {
  readonly key: string;
  readonly line: number;
  readonly col: number;
  /** The key as a scalar: `locate` names a key with its source, as it names a value. */
  readonly source: string;
  readonly quoted: boolean;
  /** `null`: an empty value, which only a parser can place. */
  readonly value: Outline | null;
}

/** Thrown inside the outliner when only a parser can tell. */
class NotSimple extends Error {}

/** One line of the document: its indentation and its content (without a trailing `\r`). */
interface Line {
  readonly indent: number;
  readonly text: string;
}

/** A plain key as tools write them: `app.kubernetes.io/name`, `tls.crt`, `containerPort`. */
const PLAIN_KEY = /^[A-Za-z0-9_./-][A-Za-z0-9_./:-]*$/;
const KEY_END = /:(?:[ ]|$)/;

class Outliner {
  private i = 0;

  /** `lines`: the lines with content (`undefined` for blank and comment lines); `raw`: every line as written. */
  public constructor(
    private readonly lines: (Line | undefined)[],
    private readonly raw: readonly string[],
  ) {}

  /** The index of the next line with content, from `i` on. */
  private next(i: number): number {
    while (i < this.lines.length && this.lines[i] === undefined) i++;
    return i;
  }

  public document(): Outline | undefined {
    const i = this.next(0);
    if (i >= this.lines.length) return undefined;
    const node = this.node(i, this.lines[i]!.indent, this.lines[i]!.indent);
    if (this.next(this.i) < this.lines.length) throw new NotSimple();
    return node;
  }

  /** The node whose content starts at line `i`, column `col` (0-based), in a block of indentation `indent`. */
  private node(i: number, col: number, indent: number): Outline {
    const text = this.lines[i]!.text;
    const rest = text.slice(col);
    if (rest === '-' || rest.startsWith('- ')) return this.seq(i, col);
    if (keyOf(rest) !== undefined) return this.map(i, col);
    const q = rest[0];
    if (q === '"' || q === "'") return this.quoted(i, col, q);
    this.i = i + 1;
    const value = scalar(rest, i, col);
    if (value.kind === 'opaque') {
      this.skipDeeper(indent);
      return value;
    }
    // a plain scalar that goes on on the more indented lines below is folded into one value
    const n = this.next(this.i);
    if (n >= this.lines.length || this.lines[n]!.indent <= indent) return value;
    this.skipDeeper(indent);
    return { kind: 'scalar', line: value.line, col: value.col, source: undefined, quoted: false };
  }

  /** A quoted scalar from line `i`, column `col`, to its closing quote, on this line or a later one. */
  private quoted(i: number, col: number, q: string): Outline {
    let line = i;
    let at = col + 1;
    let exact = true;
    for (;;) {
      const text = this.raw[line];
      let close = -1;
      for (let k = at; k < text.length; k++) {
        const c = text[k];
        if (q === '"' && c === '\\') {
          exact = false;
          k++;
        } else if (c === q) {
          if (q === "'" && text[k + 1] === "'") {
            exact = false;
            k++;
            continue;
          }
          close = k;
          break;
        }
      }
      if (close >= 0) {
        const after = text
          .slice(close + 1)
          .replace(/\r$/, '')
          .trim();
        if (after !== '' && !after.startsWith('#')) throw new NotSimple();
        this.i = line + 1;
        const source = exact && line === i ? text.slice(col + 1, close) : undefined;
        return { kind: 'scalar', line: i, col: col + 1, source, quoted: true };
      }
      line++;
      at = 0;
      exact = false;
      if (line >= this.raw.length) throw new NotSimple();
    }
  }

  /** Skips the lines more indented than `indent` (the content of a block scalar). */
  private skipDeeper(indent: number): void {
    let n = this.next(this.i);
    while (n < this.lines.length && this.lines[n]!.indent > indent) n = this.next(n + 1);
    this.i = n;
  }

  private map(i: number, col: number): Outline {
    const entries: Entry[] = [];
    const at = { line: i, col: col + 1 };
    for (let first = true; ; first = false) {
      if (!first) {
        i = this.next(this.i);
        if (i >= this.lines.length || this.lines[i]!.indent !== col) break;
      }
      const rest = this.lines[i]!.text.slice(col);
      const key = keyOf(rest);
      if (key === undefined) {
        if (first || rest === '-' || rest.startsWith('- ')) throw new NotSimple();
        break;
      }
      let v = key.end;
      while (rest[v] === ' ') v++;
      const after = rest.slice(v);
      let value: Outline | null;
      if (after === '' || after.startsWith('#')) {
        // the value is on the next lines: more indented, or a sequence at the key's column
        const n = this.next(i + 1);
        const line = this.lines[n];
        if (line && (line.indent > col || (line.indent === col && (line.text.slice(col) === '-' || line.text.slice(col).startsWith('- '))))) {
          value = this.node(n, line.indent, col);
        } else {
          value = null;
          this.i = i + 1;
        }
      } else {
        value = this.node(i, col + v, col);
      }
      entries.push({ key: key.name, line: i, col: col + 1, source: key.name, quoted: key.quoted, value });
    }
    return { kind: 'map', line: at.line, col: at.col, entries };
  }

  private seq(i: number, col: number): Outline {
    const items: (Outline | null)[] = [];
    const at = { line: i, col: col + 1 };
    for (;;) {
      const text = this.lines[i]!.text;
      let c = col + 1;
      while (text[c] === ' ') c++;
      const rest = text.slice(c);
      if (rest === '' || rest.startsWith('#')) {
        const n = this.next(i + 1);
        const line = this.lines[n];
        if (line && line.indent > col) items.push(this.node(n, line.indent, col));
        else {
          items.push(null);
          this.i = i + 1;
        }
      } else if (rest === '-' || rest.startsWith('- ')) {
        throw new NotSimple();
      } else {
        items.push(this.node(i, c, col));
      }
      i = this.next(this.i);
      if (i >= this.lines.length || this.lines[i]!.indent !== col) break;
      const next = this.lines[i]!.text.slice(col);
      if (next !== '-' && !next.startsWith('- ')) break;
    }
    return { kind: 'seq', line: at.line, col: at.col, items };
  }
}

/** The key of a `key: value` line, and where its `:` ends; `undefined` when the line is no such entry. */
function keyOf(rest: string): { name: string; end: number; quoted: boolean } | undefined {
  const q = rest[0];
  if (q === '"' || q === "'") {
    const close = rest.indexOf(q, 1);
    if (close < 0) return undefined;
    const name = rest.slice(1, close);
    if (rest[close + 1] !== ':' || (rest.length > close + 2 && rest[close + 2] !== ' ')) return undefined;
    if (name.includes('\\') || name.includes("'")) throw new NotSimple();
    return { name, end: close + 2, quoted: true };
  }
  const m = KEY_END.exec(rest);
  if (!m) return undefined;
  const name = rest.slice(0, m.index);
  if (!PLAIN_KEY.test(name) || name.endsWith(':') || mayBeImplicit(name) || name.startsWith('-')) {
    // `- x: y` is a sequence item, told apart by the caller; anything else here needs a parser
    if (name.includes('#') || name.includes(' ')) return undefined;
    throw new NotSimple();
  }
  return { name, end: m.index + 1, quoted: false };
}

/** A value on one line that is not quoted: a plain scalar, or a value only its key can name. */
function scalar(rest: string, line: number, col: number): Outline {
  const at = { line, col: col + 1 };
  const c = rest[0];
  if (c === '|' || c === '>') return { kind: 'opaque', ...at, block: true };
  if (c === '{' || c === '[') {
    if (!balanced(rest)) throw new NotSimple();
    return { kind: 'opaque', ...at, block: false };
  }
  if ('&*!%@`?,]}#'.includes(c)) throw new NotSimple();
  const comment = rest.search(/[ ]#/);
  const source = (comment < 0 ? rest : rest.slice(0, comment)).trimEnd();
  if (source.includes(': ') || source.endsWith(':')) throw new NotSimple();
  return { kind: 'scalar', ...at, source, quoted: false };
}

/** Whether a flow collection closes on its own line (no bracket inside quotes). */
function balanced(rest: string): boolean {
  if (/["']/.test(rest)) return false;
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) {
        const after = rest.slice(i + 1).trim();
        return after === '' || after.startsWith('#');
      }
    }
  }
  return false;
}

/** The outline of a document's text, or `undefined` when only a parser can tell its structure. */
export function outline(text: string): Outline | undefined {
  if (text.includes('\t') || /^%/m.test(text)) return undefined;
  const raw = text.split('\n');
  const lines: (Line | undefined)[] = raw.map(r => {
    const t = r.endsWith('\r') ? r.slice(0, -1) : r;
    let indent = 0;
    while (t[indent] === ' ') indent++;
    return indent === t.length || t[indent] === '#' ? undefined : { indent, text: t };
  });
  try {
    return new Outliner(lines, raw).document();
  } catch (e) {
    if (e instanceof NotSimple) return undefined;
    throw e;
  }
}

/**
 * Finds `path` in an outlined document as `locate` of `reader.ts` does: a missing field resolves
 * to the deepest part that exists; a collection is placed at its key; `atKey` places the last
 * segment at its key. `undefined` when the answer needs a parser.
 */
export function locateInOutline(root: Outline, lineOffset: number, path: Path, atKey: boolean): LineLocation | undefined {
  let node: Outline | null = root;
  let at: { line: number; col: number; source?: string; quoted?: boolean } = root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (node === null) return undefined;
    // the inside of a flow collection, or a block scalar's text: only a parser can tell
    if (node.kind === 'opaque') return undefined;
    if (node.kind === 'scalar') break;
    if (node.kind === 'map') {
      const name = typeof seg === 'object' ? seg.key : String(seg);
      const entry: Entry | undefined = node.entries.find(e => e.key === name);
      if (!entry) break;
      at = entry;
      node = entry.value;
      if (atKey && i === path.length - 1) break;
      // a scalar is placed where it is, a collection at its key; an empty value needs a parser
      if (node === null || (node.kind === 'opaque' && node.block)) return undefined;
      if (node.kind === 'scalar') at = node;
    } else {
      if (typeof seg !== 'number') break;
      const item: Outline | null | undefined = node.items[seg];
      if (item === undefined) break;
      if (item === null || (item.kind === 'opaque' && item.block)) return undefined;
      node = item;
      at = item;
    }
  }
  const line = at.line + lineOffset + 1;
  if ('kind' in at && at.kind === 'scalar' && at.source === undefined) return undefined;
  return at.source === undefined ? { line, column: at.col } : { line, column: at.col, source: at.source, quoted: at.quoted };
}
