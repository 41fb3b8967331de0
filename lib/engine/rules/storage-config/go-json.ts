/**
 * `json.Unmarshal(data, &map[string]interface{}{})` of Go: the error it returns for bytes that are
 * not a JSON object (`null` decodes), worded as Go's scanner and decoder word it. The content of
 * docker-config Secrets is checked this way.
 *
 * @packageDocumentation
 */

const END = 'unexpected end of JSON input';

/** A syntax error of Go's scanner: thrown inside, returned as text. */
class JsonSyntaxError {
  public constructor(public readonly message: string) {}
}

/** `quoteChar` of Go's scanner: a byte as a quoted character (`'x'`, `'\n'`, `'\''`). */
function quoteChar(c: number): string {
  if (c === 0x27) return "'\\''";
  if (c === 0x22) return `'"'`;
  const escapes: Record<number, string> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r', 0x5c: '\\\\' };
  if (escapes[c] !== undefined) return `'${escapes[c]}'`;
  if (c < 0x20 || c === 0x7f) return `'\\x${c.toString(16).padStart(2, '0')}'`;
  // a byte above 0x7f becomes the rune of the same number; strconv.Quote escapes the unprintable ones
  if ((c >= 0x80 && c <= 0xa0) || c === 0xad) return `'\\u00${c.toString(16).padStart(2, '0')}'`;
  return `'${String.fromCharCode(c)}'`;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

/** A scan of the whole input, as `checkValid` runs it before decoding. */
class Scanner {
  private i = 0;

  public constructor(private readonly b: Uint8Array) {}

  /** The first error of the input, if any. */
  public check(): string | undefined {
    try {
      this.value();
      this.skipSpace();
      if (this.i < this.b.length) this.fail('after top-level value');
      return undefined;
    } catch (e) {
      if (e instanceof JsonSyntaxError) return e.message;
      throw e;
    }
  }

  private fail(context: string): never {
    if (this.i >= this.b.length) throw new JsonSyntaxError(END);
    throw new JsonSyntaxError(`invalid character ${quoteChar(this.b[this.i])} ${context}`);
  }

  private peek(): number {
    if (this.i >= this.b.length) throw new JsonSyntaxError(END);
    return this.b[this.i];
  }

  private skipSpace(): void {
    while (this.i < this.b.length && isSpace(this.b[this.i])) this.i++;
  }

  private value(): void {
    this.skipSpace();
    const c = this.peek();
    if (c === 0x7b) this.object();
    else if (c === 0x5b) this.array();
    else if (c === 0x22) this.string();
    else if (c === 0x2d || isDigit(c)) this.number();
    else if (c === 0x74) this.literal('true');
    else if (c === 0x66) this.literal('false');
    else if (c === 0x6e) this.literal('null');
    else this.fail('looking for beginning of value');
  }

  private object(): void {
    this.i++;
    this.skipSpace();
    if (this.peek() === 0x7d) {
      this.i++;
      return;
    }
    for (;;) {
      if (this.peek() !== 0x22) this.fail('looking for beginning of object key string');
      this.string();
      this.skipSpace();
      if (this.peek() !== 0x3a) this.fail('after object key');
      this.i++;
      this.value();
      this.skipSpace();
      const c = this.peek();
      this.i++;
      if (c === 0x7d) return;
      if (c !== 0x2c) {
        this.i--;
        this.fail('after object key:value pair');
      }
      this.skipSpace();
    }
  }

  private array(): void {
    this.i++;
    this.skipSpace();
    if (this.peek() === 0x5d) {
      this.i++;
      return;
    }
    for (;;) {
      this.value();
      this.skipSpace();
      const c = this.peek();
      this.i++;
      if (c === 0x5d) return;
      if (c !== 0x2c) {
        this.i--;
        this.fail('after array element');
      }
    }
  }

  private string(): void {
    this.i++;
    for (;;) {
      const c = this.peek();
      if (c === 0x22) {
        this.i++;
        return;
      }
      if (c < 0x20) this.fail('in string literal');
      this.i++;
      if (c !== 0x5c) continue;
      const e = this.peek();
      if (e === 0x75) {
        this.i++;
        for (let k = 0; k < 4; k++) {
          if (!isHex(this.peek())) this.fail('in \\u hexadecimal character escape');
          this.i++;
        }
      } else if ('"\\/bfnrt'.includes(String.fromCharCode(e))) {
        this.i++;
      } else {
        this.fail('in string escape code');
      }
    }
  }

  private digits(): void {
    while (this.i < this.b.length && isDigit(this.b[this.i])) this.i++;
  }

  private number(): void {
    if (this.b[this.i] === 0x2d) {
      this.i++;
      if (!isDigit(this.peek())) this.fail('in numeric literal');
    }
    if (this.b[this.i++] !== 0x30) this.digits();
    if (this.i < this.b.length && this.b[this.i] === 0x2e) {
      this.i++;
      if (!isDigit(this.peek())) this.fail('after decimal point in numeric literal');
      this.digits();
    }
    if (this.i < this.b.length && (this.b[this.i] === 0x65 || this.b[this.i] === 0x45)) {
      this.i++;
      if (this.peek() === 0x2b || this.peek() === 0x2d) this.i++;
      if (!isDigit(this.peek())) this.fail('in exponent of numeric literal');
      this.digits();
    }
  }

  private literal(word: string): void {
    this.i++;
    for (let k = 1; k < word.length; k++) {
      if (this.peek() !== word.charCodeAt(k)) this.fail(`in literal ${word} (expecting '${word[k]}')`);
      this.i++;
    }
  }
}

/** What a top-level JSON value is, in the words of Go's `UnmarshalTypeError`. */
function kindOf(first: number): string | undefined {
  if (first === 0x7b || first === 0x6e) return undefined; // an object, or null: both decode into a map
  if (first === 0x5b) return 'array';
  if (first === 0x22) return 'string';
  if (first === 0x74 || first === 0x66) return 'bool';
  return 'number';
}

/**
 * The error of `json.Unmarshal` of `bytes` into a `map[string]interface{}`, or `undefined` when
 * they decode: a JSON object, or `null`.
 */
export function unmarshalMapError(bytes: Uint8Array): string | undefined {
  const syntax = new Scanner(bytes).check();
  if (syntax !== undefined) return syntax;
  let i = 0;
  while (isSpace(bytes[i])) i++;
  const kind = kindOf(bytes[i]);
  return kind === undefined ? undefined : `json: cannot unmarshal ${kind} into Go value of type map[string]interface {}`;
}
