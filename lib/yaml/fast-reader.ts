/**
 * A fast reader for well-formed YAML: js-yaml, taught the YAML 1.1 scalars that kubectl reads
 * (unquoted `yes`/`on` are booleans, `0644` is octal), with the very resolution rules of the
 * `yaml` package's YAML 1.1 schema, so that both readers give the same values. Timestamps stay
 * strings, as they do for kubectl. Anything js-yaml refuses goes to the `yaml` package, which
 * explains the problem with its position.
 *
 * @packageDocumentation
 */
import * as jsyaml from 'js-yaml';
import { isScalar, Schema } from 'yaml';

interface ScalarTag {
  readonly tag: string;
  readonly test?: RegExp;
  readonly default?: boolean | string;
  resolve(value: string, onError: (message: string) => void, options: object): unknown;
}

/** The implicit scalar tags of YAML 1.1, in the order the `yaml` package tries them, timestamps excluded. */
const SCALAR_TAGS: readonly ScalarTag[] = (new Schema({ schema: 'yaml-1.1' }).tags as unknown as ScalarTag[]).filter(
  t => t.test !== undefined && t.default === true && t.tag !== 'tag:yaml.org,2002:timestamp',
);

/** Resolves a plain scalar as the `yaml` package's YAML 1.1 schema does. */
function resolveScalar(source: string): { readonly matched: boolean; readonly value?: unknown } {
  for (const t of SCALAR_TAGS) {
    if (!t.test!.test(source)) continue;
    const value = t.resolve(source, () => undefined, {});
    // some tags answer with a Scalar node that keeps the source format
    return { matched: true, value: isScalar(value) ? value.value : value };
  }
  return { matched: false };
}

/**
 * Whether a plain scalar can be anything but a string in YAML 1.1: the null, boolean, integer
 * and float forms start with `~`, a digit, a sign or a dot, or are one of a few words (`null`,
 * `yes`, `no`, `true`, `false`, `on`, `off` in their spellings), or an exponent (`e5`). Most plain
 * scalars (keys, names, images) are rejected here without a regular expression.
 */
export function mayBeImplicit(s: string): boolean {
  if (s.length === 0) return true;
  const c = s.charCodeAt(0);
  // digits, '+', '-', '.', '~'
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126) return true;
  // e, E: an exponent such as e5 or E-3
  if ((c | 0x20) === 0x65) return s.length > 1 && (isDigit(s.charCodeAt(1)) || s.charCodeAt(1) === 43 || s.charCodeAt(1) === 45);
  return s.length <= 5 && WORDS.has(s);
}

/** The words that YAML 1.1 reads as null or a boolean. */
const WORDS: ReadonlySet<string> = new Set('null Null NULL y Y yes Yes YES true True TRUE on On ON n N no No NO false False FALSE off Off OFF'.split(' '));

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** One js-yaml type that stands for every YAML 1.1 implicit scalar (null, bool, int, float). */
// js-yaml calls construct() right after a resolve() that returned true: remember that answer
let last: { source: string; value: unknown } | undefined;
const YAML11_SCALARS = new jsyaml.Type('tag:yaml.org,2002:yaml11-scalar', {
  kind: 'scalar',
  resolve: (data: string | null) => {
    if (data === null || !mayBeImplicit(data)) return false;
    const r = resolveScalar(data);
    last = r.matched ? { source: data, value: r.value } : undefined;
    return r.matched;
  },
  construct: (data: string | null) => (data === null ? null : last?.source === data ? last.value : resolveScalar(data).value),
});

const SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [YAML11_SCALARS] });

/** A document's text and where it starts in its source (0-based line). */
export interface Chunk {
  readonly text: string;
  readonly line: number;
}

const WHITESPACE = /\s/;

/** Whether the line at `at` is a document separator: `---` or `...`, then whitespace or the end of the line. */
function separatorAt(text: string, at: number): '---' | '...' | undefined {
  const c = text.charCodeAt(at);
  if (c !== 45 && c !== 46) return undefined;
  if (text.charCodeAt(at + 1) !== c || text.charCodeAt(at + 2) !== c) return undefined;
  const next = at + 3;
  if (next < text.length && text[next] !== '\n' && !WHITESPACE.test(text[next])) return undefined;
  return c === 45 ? '---' : '...';
}

/**
 * Splits a multi-document source at its `---` and `...` lines. A document separator always
 * starts a line, and the content of block scalars is indented, so a line-level split is exact
 * for what YAML allows there. Each chunk is a slice of the source (no line is copied), except
 * for content after `--- ` on the separator's line, which starts the next chunk in its column.
 */
export function splitDocuments(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  // the chunk being read: from offset `from` (after `prefix`), starting at line `startLine`
  let from = 0;
  let prefix = '';
  let startLine = 0;
  let line = 0;
  for (let at = 0; at <= text.length; line++) {
    const end = text.indexOf('\n', at);
    const sep = separatorAt(text, at);
    if (sep) {
      chunks.push({ text: prefix + (at > from ? text.slice(from, at - 1) : ''), line: startLine });
      const lineEnd = end < 0 ? text.length : end;
      const rest = sep === '---' ? text.slice(at + 3, lineEnd) : '';
      const trimmed = rest.trim();
      if (trimmed !== '' && !trimmed.startsWith('#')) {
        // content after `--- ` on the same line belongs to the next document: keep it, in its column
        prefix = '   ';
        from = at + 3;
        startLine = line;
      } else {
        prefix = '';
        from = end < 0 ? text.length + 1 : end + 1;
        startLine = line + 1;
      }
    }
    if (end < 0) break;
    at = end + 1;
  }
  chunks.push({ text: prefix + (from <= text.length ? text.slice(from) : ''), line: startLine });
  // what stands before a leading `---` is no document of its own when it is only blank or comments
  if (chunks.length > 1 && isBlank(chunks[0].text)) chunks.shift();
  return chunks;
}

function isBlank(text: string): boolean {
  return text.split('\n').every(l => l.trim() === '' || l.trim().startsWith('#') || l.startsWith('%'));
}

/** Loads one document, or throws when js-yaml refuses it (the caller then asks the `yaml` package). */
export function loadFast(text: string): unknown {
  return jsyaml.load(text, { schema: SCHEMA, json: false });
}
