/**
 * Reading manifests from YAML text the way `kubectl` does (YAML 1.1: unquoted `yes`/`on` are
 * booleans), keeping positions so that findings point at a line and column, and explaining the
 * YAML pitfalls that turn a typo into a different value.
 *
 * @packageDocumentation
 */
import {
  Document,
  DocumentOptions,
  isMap,
  ParseOptions,
  SchemaOptions,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Node,
  parseAllDocuments,
  parseDocument,
  YAMLError,
} from 'yaml';
import { Chunk, loadFast, splitDocuments } from './fast-reader';
import { locateInOutline, outline } from './line-locator';
import { Path } from '../values/path';

/** A document parsed with positions: built only when a finding needs a line and column. */
interface Positioned {
  readonly doc: Document;
  readonly lineCounter: LineCounter;
  /** Lines before the text that `doc` was parsed from. */
  readonly lineOffset: number;
}

/** One manifest read from a source, with what is needed to locate its fields. */
export interface SourceManifest {
  /** The manifest as plain data. */
  readonly value: unknown;
  /** 1-based index of the YAML document in its source. */
  readonly document: number;
  /** The document with positions, parsed on first use. */
  readonly positioned: () => Positioned;
  /** Where the document's mapping starts, found without parsing it; `undefined` when only a parse can tell. */
  readonly root?: () => Location | undefined;
  /** Where a field is, found from the document's lines (`line-locator.ts`); `undefined` when only a parse can tell. */
  readonly byLines?: (path: Path, atKey: boolean) => Location | undefined;
}

/** A YAML syntax problem, explained. */
export interface YamlProblem {
  readonly document: number;
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly message: string;
}

/** The manifests and the YAML problems of one source. */
export interface ParsedSource {
  readonly manifests: SourceManifest[];
  readonly problems: YamlProblem[];
  /** How many YAML documents the source holds. */
  readonly documents: number;
}

const EXPLAIN: Readonly<Record<string, string>> = {
  TAB_AS_INDENT: 'YAML does not allow tabs for indentation; indent with spaces',
  DUPLICATE_KEY:
    'the same key appears twice in one mapping; kubectl rejects the document (strict decoding), and a tool that accepts it keeps only one of the values',
  BAD_INDENT: 'the indentation does not line up with the mapping or list it belongs to',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  BLOCK_AS_IMPLICIT_KEY: 'a key spans several lines; is a colon or a space after a colon missing?',
  MULTILINE_IMPLICIT_KEY: 'a key spans several lines; is a colon or a space after a colon missing?',
  UNEXPECTED_TOKEN: 'unexpected character',
};

/** YAML 1.1, as kubectl reads it, but with timestamps left as strings (as kubectl leaves them). */
const PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  uniqueKeys: true,
  prettyErrors: false,
  customTags: tags => tags.filter(t => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:timestamp'),
};

/**
 * Parses a multi-document YAML source. Never throws on bad YAML: problems are returned.
 * Well-formed documents take the fast reader; positions are computed only for documents that
 * have findings.
 */
export function parseSource(text: string): ParsedSource {
  const manifests: SourceManifest[] = [];
  const { problems, documents } = readSource(text, m => manifests.push(m));
  return { manifests, problems, documents };
}

/**
 * Reads a multi-document YAML source one document at a time, handing each manifest to `visit`
 * as soon as it is read, so that a caller can check it and let it go before the next one is
 * read. Well-formed documents take the fast reader; from the first document that it cannot read
 * (broken YAML, or anchors, whose expansion the `yaml` package bounds), the `yaml` package reads
 * the rest of the source and explains its problems. Never throws on bad YAML.
 */
export function readSource(text: string, visit: (m: SourceManifest) => void): { problems: YamlProblem[]; documents: number } {
  const chunks = splitDocuments(text);
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    // anchors make aliases possible: the yaml package bounds their expansion, js-yaml does not
    if (chunk.text.includes('&') && ANCHOR.test(chunk.text)) return readSlow(text, visit, i + 1);
    let value: unknown;
    try {
      value = loadFast(chunk.text);
    } catch {
      return readSlow(text, visit, i + 1);
    }
    if (value === null || value === undefined) continue;
    const isMapping = typeof value === 'object' && !Array.isArray(value);
    visit({ value, document: i + 1, positioned: positionedLazily(chunk), root: isMapping ? () => rootOf(chunk) : undefined, byLines: outlinedLazily(chunk) });
  }
  return { problems: [], documents: chunks.length };
}

/** Locates fields from a chunk's lines, outlined on first use. */
function outlinedLazily(chunk: Chunk): (path: Path, atKey: boolean) => Location | undefined {
  let outlined: ReturnType<typeof outline> | null = null;
  return (path, atKey) => {
    if (outlined === null) outlined = outline(chunk.text);
    return outlined && locateInOutline(outlined, chunk.line, path, atKey);
  };
}

/** A chunk's document with positions, parsed on first use. */
function positionedLazily(chunk: Chunk): () => Positioned {
  let positioned: Positioned | undefined;
  return () => {
    if (!positioned) {
      const lineCounter = new LineCounter();
      positioned = { doc: parseDocument(chunk.text, { ...PARSE_OPTIONS, lineCounter }), lineCounter, lineOffset: chunk.line };
    }
    return positioned;
  };
}

const ANCHOR = /(^|[\s[{,])&[^\s]/m;

/** Syntax errors reported per document; the rest are counted. */
const MAX_PROBLEMS = 10;

/** A line that names an `apiVersion` or a `kind` key, as every manifest has, even a broken one. */
const MANIFEST_KEY = /^[ \t]*(- +)?["']?(apiVersion|kind)["']?[ \t]*:/m;

/**
 * What a line that starts in column 0 holds in YAML: a key (plain or quoted), a list item, a
 * document marker, a directive, a comment, or a flow collection's bracket.
 */
const YAML_AT_COLUMN_0 = /^(#|%|---|\.\.\.|- |-$|\? |[[\]{}]|"[^"]*"\s*:|'[^']*'\s*:|[^\s#'"][^:#]*:(\s|$))/;

/** Whether most lines that start in column 0 are not YAML (prose, as in a README or a licence). */
function mostlyProse(text: string): boolean {
  let lines = 0;
  let prose = 0;
  for (const line of text.split('\n')) {
    if (line === '' || /^\s/.test(line)) continue;
    lines++;
    if (!YAML_AT_COLUMN_0.test(line)) prose++;
  }
  return prose * 2 > lines;
}

/**
 * Whether a source is not YAML manifests at all (a README, a licence, random text): no document
 * of it is a mapping or a list, and it names no `apiVersion` or `kind`, or most of its lines are
 * prose. Broken YAML that was meant to be a manifest keeps its located syntax errors.
 */
export function isNotManifests(text: string, parsed: ParsedSource): boolean {
  if (parsed.manifests.some(m => typeof m.value === 'object' && m.value !== null)) return false;
  return !MANIFEST_KEY.test(text) || mostlyProse(text);
}

/** Reads the documents of a source from `from` (1-based) on with the `yaml` package, which explains their problems. */
function readSlow(text: string, visit: (m: SourceManifest) => void, from: number): { problems: YamlProblem[]; documents: number } {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter });
  const problems: YamlProblem[] = [];
  const list = Array.isArray(docs) ? docs : [];
  list.forEach((doc, i) => {
    const document = i + 1;
    if (document < from) return;
    for (const e of doc.errors.slice(0, MAX_PROBLEMS)) problems.push(problem(e, document, lineCounter));
    if (doc.errors.length > MAX_PROBLEMS) {
      const pos = lineCounter.linePos(doc.errors[MAX_PROBLEMS].pos[0]);
      const more = doc.errors.length - MAX_PROBLEMS;
      problems.push({
        document,
        line: pos.line,
        column: pos.col,
        code: 'MORE_ERRORS',
        message: `${more} more YAML syntax error${more === 1 ? '' : 's'} in this document, not shown: the first ones often cause the rest`,
      });
    }
    if (doc.errors.length > 0 || doc.contents === null) return;
    const positioned: Positioned = { doc, lineCounter, lineOffset: 0 };
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      // aliases that would expand without bound ("billion laughs"): refuse the document
      const pos = lineCounter.linePos(doc.range[0]);
      problems.push({ document, line: pos.line, column: pos.col, code: 'ALIAS_COUNT', message: `${(e as Error).message}: this document is not read` });
      return;
    }
    // a document's manifest (a list stays whole: the engine unpacks lists as kubectl does)
    if (value !== null && value !== undefined) visit({ value, document, positioned: () => positioned });
  });
  return { problems, documents: list.length };
}

/** What can start a document's mapping as its first key: not a property, an explicit key or a sequence. */
const PLAIN_START = /[^&!?%*|>@`\-[\]{},#'"]/;

/**
 * Where the mapping of a well-formed document starts: its first key (or `{`), after blank lines
 * and comments. The `yaml` package puts the mapping there too; `undefined` for what only it
 * can place (an anchor or tag before the mapping, an explicit key).
 */
function rootOf(chunk: Chunk): Location | undefined {
  const text = chunk.text;
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (c === '#') {
      const end = text.indexOf('\n', i);
      if (end < 0) return undefined;
      i = end - 1;
      continue;
    }
    if (c !== '{' && c !== '"' && c !== "'" && !PLAIN_START.test(c)) return undefined;
    return { line: chunk.line + line + 1, column: i - lineStart + 1 };
  }
  return undefined;
}

/** The parser's messages that quote the offending text: only their first words are kept. */
const QUOTES_SOURCE = /^(Unexpected [\w-]+ token in YAML stream|Not a YAML token)\b/;

function problem(e: YAMLError, document: number, lc: LineCounter): YamlProblem {
  const pos = e.linePos?.[0] ?? lc.linePos(e.pos[0]);
  // the position is given separately, and the file's content is never echoed
  const message = e.message.replace(/ at line \d+, column \d+:?(\n[\s\S]*)?$/, '');
  const first = QUOTES_SOURCE.exec(message)?.[1] ?? message.split('\n')[0];
  const why = EXPLAIN[e.code];
  return { document, line: pos.line, column: pos.col, code: e.code, message: why ? `${first}: ${why}` : first };
}

/** Where a field is: its line and column, and the YAML node (the key for a missing or unknown field). */
export interface Location {
  readonly line: number;
  readonly column: number;
  /** The source text of the scalar found, without its quotes, e.g. `yes` or `8080`. */
  readonly source?: string;
  /** Whether that scalar was quoted in the source. */
  readonly quoted?: boolean;
}

/**
 * Finds `path` in the document. A path that does not exist (a missing required field) resolves
 * to the deepest part of it that does. The document's lines answer when they can; the `yaml`
 * package parses the document when they cannot, and gives the same answer.
 */
export function locate(m: SourceManifest, path: Path, atKey = false): Location {
  if (path.length === 0) {
    const root = m.root?.();
    if (root) return root;
  }
  const byLines = m.byLines?.(path, atKey);
  if (byLines) return byLines;
  const { doc, lineCounter: lc, lineOffset } = m.positioned();
  let node: unknown = doc.contents;
  let at: Node | undefined = doc.contents ?? undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const name = typeof seg === 'object' ? seg.key : String(seg);
      const pair = node.items.find(p => isPair(p) && isScalar(p.key) && String(p.key.value) === name);
      if (!pair) break;
      at = (isScalar(pair.key) ? pair.key : at) as Node;
      node = pair.value;
      if (atKey && i === path.length - 1) break;
      if (isScalar(node) || isMap(node) || isSeq(node)) at = isScalar(node) ? node : (pair.key as Node);
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) break;
      node = item;
      if (isScalar(item) || isMap(item) || isSeq(item)) at = item as Node;
    } else {
      break;
    }
  }
  const offset = at?.range?.[0] ?? 0;
  const pos = lc.linePos(offset);
  const line = pos.line + lineOffset;
  if (!isScalar(at) || at.source === undefined) return { line, column: pos.col };
  return { line, column: pos.col, source: String(at.source), quoted: at.type === 'QUOTE_DOUBLE' || at.type === 'QUOTE_SINGLE' };
}
