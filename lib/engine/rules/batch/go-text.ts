/**
 * The few pieces of Go's standard library whose words reach the apiserver's CronJob messages:
 * `strings.Fields` and `strings.TrimSpace` (Unicode white space), `strconv.Atoi` and its errors,
 * `strconv.Quote`, and the quoting of the `time` package's errors.
 *
 * @packageDocumentation
 */

/** Go's `unicode.IsSpace`: the white space `strings.Fields` splits on. */
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const FIELD_SEPARATORS = new RegExp(`[${GO_SPACE}]+`);
const OUTER_SPACE = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');
/** What `strconv.IsPrint` accepts: letters, marks, numbers, punctuation, symbols and the ASCII space. */
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };

const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

/** `strings.Fields`: the words of `s`, split on runs of Unicode white space. */
export function goFields(s: string): string[] {
  return s.split(FIELD_SEPARATORS).filter(w => w !== '');
}

/** `strings.TrimSpace`. */
export function goTrimSpace(s: string): string {
  return s.replace(OUTER_SPACE, '');
}

/** `fmt.Sprintf("%s", words)` of a `[]string`: `[a b c]`. */
export function goStringSlice(words: readonly string[]): string {
  return `[${words.join(' ')}]`;
}

/** `strconv.Quote`: a double-quoted Go string literal. */
export function goQuote(s: string): string {
  let out = '"';
  for (const c of s) {
    if (c === '"' || c === '\\') out += `\\${c}`;
    else if (PRINTABLE.test(c)) out += c;
    else out += escapeRune(c);
  }
  return `${out}"`;
}

function escapeRune(c: string): string {
  const code = c.codePointAt(0)!;
  if (SHORT_ESCAPES[c] !== undefined) return SHORT_ESCAPES[c];
  if (code < 0x80) return `\\x${hex(code, 2)}`;
  if (code < 0x10000) return `\\u${hex(code, 4)}`;
  return `\\U${hex(code, 8)}`;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/**
 * The `time` package's own quoting (of durations and locations in its errors): bytes outside
 * printable ASCII as `\xNN`, `"` and `\` escaped.
 */
export function goTimeQuote(s: string): string {
  let out = '"';
  for (const c of s) {
    const code = c.codePointAt(0)!;
    if (code >= 0x80 || code < 0x20) {
      for (const b of new TextEncoder().encode(c)) out += `\\x${hex(b, 2)}`;
    } else {
      out += c === '"' || c === '\\' ? `\\${c}` : c;
    }
  }
  return `${out}"`;
}

/** The result of {@link goAtoi}: the number, or Go's error text. */
export type AtoiResult = { readonly value: bigint; readonly error?: undefined } | { readonly value?: undefined; readonly error: string };

/**
 * `strconv.Atoi` on a 64-bit platform: an optional sign and decimal digits, within int64. The
 * error is worded as Go words it (`strconv.Atoi: parsing "x": invalid syntax`).
 */
export function goAtoi(s: string): AtoiResult {
  const syntax = { error: `strconv.Atoi: parsing ${goQuote(s)}: invalid syntax` };
  const range = { error: `strconv.Atoi: parsing ${goQuote(s)}: value out of range` };
  let digits = s;
  let negative = false;
  if (digits.startsWith('+') || digits.startsWith('-')) {
    negative = digits.startsWith('-');
    digits = digits.slice(1);
  }
  if (digits === '') return syntax;
  // ParseUint stops at the first overflow, before it sees a later invalid character
  const cutoff = UINT64_MAX / 10n + 1n;
  let n = 0n;
  for (const c of digits) {
    if (c < '0' || c > '9') return syntax;
    if (n >= cutoff) return range;
    n = n * 10n + BigInt(c.charCodeAt(0) - 48);
    if (n > UINT64_MAX) return range;
  }
  if (negative ? n > INT64_MAX + 1n : n > INT64_MAX) return range;
  return { value: negative ? -n : n };
}
