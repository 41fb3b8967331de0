/**
 * A fast YAML writer for synthesized manifests, byte for byte the text that cdk8s' own
 * `Yaml.stringify` writes (the `yaml` package, YAML 1.1, `lineWidth: 0`, `keepUndefined`).
 *
 * Writing YAML is about half of what `app.synth()` costs for a large app. The manifests cdk8s
 * resolves are plain JSON trees, and for those the `yaml` package's output follows a few fixed
 * rules: two-space indentation, sequences indented under their key, `{}` and `[]` for empty
 * collections, and scalars that do not depend on where they stand as long as they fit on one line.
 * This writer follows those rules and asks cdk8s' own writer for everything else:
 *
 * - a string that is not obviously plain (`8080`, `yes`, `a: b`, `""`, …), a number that is not a
 *   safe integer, and a key that is not obviously plain are written by cdk8s' writer once
 *   (remembered) and the answer is reused;
 * - a whole document goes to cdk8s' writer when it holds anything else: a multi-line scalar,
 *   an object seen twice (the `yaml` package writes an alias), a class instance, an array
 *   subclass, a `toJSON` method, an iterable object, a key of 1,024 characters or more (the
 *   `yaml` package writes long keys as explicit `? key` entries), or a key that starts a line
 *   like a document marker.
 *
 * A differential test compares the two writers on every manifest of the repository and on
 * generated documents full of edge cases.
 *
 * @packageDocumentation
 */

/** cdk8s' `Yaml` class: its `stringify(...docs)` is what `app.synth()` writes with. */
export interface YamlClass {
  stringify(...docs: unknown[]): string;
}

/** The words YAML 1.1 reads as booleans or null: written quoted. */
const RESERVED = new Set([
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'n',
  'N',
  'no',
  'No',
  'NO',
  'true',
  'True',
  'TRUE',
  'false',
  'False',
  'FALSE',
  'on',
  'On',
  'ON',
  'off',
  'Off',
  'OFF',
  'null',
  'Null',
  'NULL',
]);

/**
 * Strings that every YAML 1.1 writer leaves plain, wherever they stand: a letter or `/` first,
 * then letters, digits, `.`, `_`, `/`, `-` and `:` (never last, and never followed by a space
 * since there are no spaces). No timestamp or indicator starts so, and the only number that does
 * is a YAML 1.1 float without a mantissa (`e5`, `E-3`): strings that start like one are excluded.
 */
const PLAIN = /^(?![eE][-+]?[0-9])[A-Za-z/](?:[A-Za-z0-9._/:-]*[A-Za-z0-9._/-])?$/;

/** Keys shorter than this are never explicit `? key` entries (the `yaml` package's limit is 1,024 characters). */
const MAX_IMPLICIT_KEY = 1024;

/**
 * Keys whose quoting depends on their depth (a document marker at the start of any line, also
 * after U+2028 or U+2029): such documents go to cdk8s' writer.
 */
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;

/** Thrown inside a document to hand it to cdk8s' writer. */
const UNSUPPORTED = Symbol('unsupported');

/** At most this many remembered scalars: unique strings must not grow memory without end. */
const MEMO_LIMIT = 50_000;

/**
 * The cdk8s versions whose writer this one was verified against, document for document (cdk8s
 * bundles the `yaml` package it writes with). With any other version, the writer checks itself.
 */
export const VERIFIED_CDK8S_VERSIONS: readonly string[] = ['2.70.106'];

/** Documents compared with cdk8s' writer when the installed cdk8s was not verified. */
export const SELF_CHECKED_DOCUMENTS = 50;

/** A writer bound to one cdk8s `Yaml` class (and so to the `yaml` package it writes with). */
export class YamlWriter {
  private readonly values = new Map<unknown, string>();
  private readonly keys = new Map<string, string>();
  private seen = new Set<object>();
  private handedOverCount = 0;
  /** Documents still to compare with cdk8s' writer before this one is trusted. */
  private toCheck: number;
  /** Set when a compared document differed: from then on, cdk8s' writer writes everything. */
  private diverged = false;

  /**
   * @param fallback cdk8s' own `Yaml.stringify`, called with `Yaml` as `this`
   * @param selfCheck how many of the first documents to write both ways and compare; on the first
   *   difference, this writer stops and cdk8s' writer writes the rest
   */
  public constructor(
    private readonly fallback: (...docs: unknown[]) => string,
    selfCheck = 0,
  ) {
    this.toCheck = selfCheck;
  }

  /** Whether a self-check found a document this writer wrote differently: it then writes nothing more. */
  public get divergent(): boolean {
    return this.diverged;
  }

  /** How many documents were handed whole to cdk8s' writer. */
  public get handedOver(): number {
    return this.handedOverCount;
  }

  /** What `Yaml.stringify(...docs)` returns, documents separated by `---`. */
  public stringify(docs: readonly unknown[]): string {
    let out = '';
    for (let i = 0; i < docs.length; i++) {
      if (i > 0) out += '---\n';
      out += this.document(docs[i]);
    }
    return out;
  }

  /** One document, by this writer when it can, else by cdk8s'. */
  public document(doc: unknown): string {
    if (this.diverged) return this.fallback(doc);
    if (this.toCheck > 0) {
      this.toCheck--;
      const expected = this.fallback(doc);
      if (this.write(doc) !== expected) this.diverged = true;
      return expected;
    }
    return this.write(doc);
  }

  private write(doc: unknown): string {
    if (doc === undefined) return '\n';
    if (isPlainObject(doc) && !isEmpty(doc)) {
      this.seen = new Set();
      try {
        return this.map(doc, '');
      } catch (e) {
        if (e !== UNSUPPORTED) throw e;
      }
    }
    this.handedOverCount++;
    return this.fallback(doc);
  }

  /** The lines of a non-empty map at `indent`, the first one without its indentation. */
  private map(obj: Record<string, unknown>, indent: string): string {
    this.visit(obj);
    let out = '';
    let first = true;
    for (const k in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, k)) continue;
      out += first ? '' : indent;
      first = false;
      out += this.key(k);
      out += ':';
      out += this.nested(obj[k], indent);
    }
    return out;
  }

  /** The lines of a non-empty sequence at `indent`, the first one without its indentation. */
  private seq(arr: readonly unknown[], indent: string): string {
    this.visit(arr);
    let out = '';
    const inner = indent + '  ';
    for (let i = 0; i < arr.length; i++) {
      if (i > 0) out += indent;
      out += '- ';
      const v = arr[i];
      if (Array.isArray(v)) {
        if (!isPlainArray(v)) throw UNSUPPORTED;
        out += v.length === 0 ? this.empty(v, '[]\n') : this.seq(v, inner);
      } else if (v !== null && typeof v === 'object') {
        if (!isPlainObject(v)) throw UNSUPPORTED;
        out += isEmpty(v) ? this.empty(v, '{}\n') : this.map(v, inner);
      } else {
        out += this.scalar(v);
        out += '\n';
      }
    }
    return out;
  }

  /** What follows `key:` for a value of a map at `indent`. */
  private nested(v: unknown, indent: string): string {
    if (Array.isArray(v)) {
      if (!isPlainArray(v)) throw UNSUPPORTED;
      if (v.length === 0) return this.empty(v, ' []\n');
      const inner = indent + '  ';
      return '\n' + inner + this.seq(v, inner);
    }
    if (v !== null && typeof v === 'object') {
      if (!isPlainObject(v)) throw UNSUPPORTED;
      if (isEmpty(v)) return this.empty(v, ' {}\n');
      const inner = indent + '  ';
      return '\n' + inner + this.map(v, inner);
    }
    return ' ' + this.scalar(v) + '\n';
  }

  /** An empty collection, written in flow style: `text`. */
  private empty(obj: object, text: string): string {
    this.visit(obj);
    return text;
  }

  /** The `yaml` package writes an object met twice in a document as an alias. */
  private visit(obj: object): void {
    if (this.seen.has(obj)) throw UNSUPPORTED;
    this.seen.add(obj);
  }

  private key(k: string): string {
    if (k.length < MAX_IMPLICIT_KEY && PLAIN.test(k) && !RESERVED.has(k)) return k;
    const known = this.keys.get(k);
    if (known !== undefined) return known;
    if (DOCUMENT_MARKER.test(k)) throw UNSUPPORTED;
    // `{ <key>: 0 }` is written `<key>: 0`: the key's form is what precedes `: 0`
    const text = this.fallback({ [k]: 0 });
    if (!text.endsWith(': 0\n') || text.indexOf('\n') !== text.length - 1) throw UNSUPPORTED;
    return remember(this.keys, k, text.slice(0, -4));
  }

  private scalar(v: unknown): string {
    switch (typeof v) {
      case 'string':
        if (PLAIN.test(v) && !RESERVED.has(v)) return v;
        break;
      case 'number':
        if (Number.isSafeInteger(v) && !Object.is(v, -0)) return String(v);
        break;
      case 'boolean':
        return v ? 'true' : 'false';
      case 'undefined':
        return 'null';
      case 'object':
        if (v === null) return 'null';
        throw UNSUPPORTED;
      default:
        throw UNSUPPORTED;
    }
    const known = this.values.get(v);
    if (known !== undefined) return known;
    // `{ a: <value> }` is written `a: <value>`: the value's form is what follows `a: `
    const text = this.fallback({ a: v });
    if (!text.startsWith('a: ') || text.indexOf('\n') !== text.length - 1) throw UNSUPPORTED;
    return remember(this.values, v, text.slice(3, -1));
  }
}

function remember<K>(memo: Map<K, string>, key: K, text: string): string {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, text);
  return text;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  // the `yaml` package calls toJSON() and writes an iterable object as a sequence: such objects are left to it
  return typeof (v as { toJSON?: unknown }).toJSON !== 'function' && !(Symbol.iterator in v);
}

/** An array the `yaml` package writes as a plain sequence: no subclass, no `toJSON` of its own. */
function isPlainArray(v: unknown[]): boolean {
  return Object.getPrototypeOf(v) === Array.prototype && !Object.prototype.hasOwnProperty.call(v, 'toJSON');
}

function isEmpty(v: object): boolean {
  for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k)) return false;
  return true;
}

/**
 * Runs `fn` with cdk8s' `Yaml.stringify` (and so `app.synth()`) writing through a
 * {@link YamlWriter}; puts the original back afterwards, also when `fn` throws. With a cdk8s other
 * than the versions the writer was verified against (`cdk8sVersion`), it compares its first
 * documents with cdk8s' writer and falls back to it on the first difference.
 *
 * Only what `fn` synthesizes before it returns is written fast: an app that synthesizes later
 * (after an `await`) gets cdk8s' own writer, with the same output. A `Yaml.stringify` that `fn`
 * itself replaces is overwritten by the original when `fn` returns.
 */
export function withFastYaml<T>(yaml: YamlClass, fn: () => T, cdk8sVersion?: string): T {
  const original = Object.getOwnPropertyDescriptor(yaml, 'stringify');
  if (!original || typeof original.value !== 'function') return fn();
  const fallback = original.value as (...docs: unknown[]) => string;
  const verified = cdk8sVersion !== undefined && VERIFIED_CDK8S_VERSIONS.includes(cdk8sVersion);
  const writer = new YamlWriter((...docs) => fallback.apply(yaml, docs), verified ? 0 : SELF_CHECKED_DOCUMENTS);
  Object.defineProperty(yaml, 'stringify', { ...original, value: (...docs: unknown[]) => writer.stringify(docs) });
  try {
    return fn();
  } finally {
    Object.defineProperty(yaml, 'stringify', original);
  }
}
