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

/** One js-yaml type that stands for every YAML 1.1 implicit scalar (null, bool, int, float). */
// js-yaml calls construct() right after a resolve() that returned true: remember that answer
let last: { source: string; value: unknown } | undefined;
const YAML11_SCALARS = new jsyaml.Type('tag:yaml.org,2002:yaml11-scalar', {
  kind: 'scalar',
  resolve: (data: string | null) => {
    if (data === null) return false;
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

const SEPARATOR = /^(---|\.\.\.)(\s|$)/;

/**
 * Splits a multi-document source at its `---` and `...` lines. A document separator always
 * starts a line, and the content of block scalars is indented, so a line-level split is exact
 * for what YAML allows there.
 */
export function splitDocuments(text: string): Chunk[] {
  const lines = text.split('\n');
  const chunks: Chunk[] = [];
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = SEPARATOR.exec(lines[i]);
    if (!m) continue;
    chunks.push({ text: lines.slice(start, i).join('\n'), line: start });
    // content after `--- ` on the same line belongs to the next document: keep it, in its column
    const rest = m[1] === '---' ? lines[i].slice(3) : '';
    if (rest.trim() !== '' && !rest.trim().startsWith('#')) {
      lines[i] = `   ${rest}`;
      start = i;
    } else {
      start = i + 1;
    }
  }
  chunks.push({ text: lines.slice(start).join('\n'), line: start });
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
