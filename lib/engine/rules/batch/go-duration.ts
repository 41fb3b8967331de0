/**
 * Go's `time.ParseDuration` (Go 1.20, which builds Kubernetes 1.27), as far as a validator needs
 * it: whether a duration such as `1h30m` or `90s` parses, and Go's error text when it does not.
 * The cron parser reads `@every <duration>` with it.
 *
 * @packageDocumentation
 */
import { goTimeQuote } from './go-text';

const NANOS: ReadonlyMap<string, bigint> = new Map([
  ['ns', 1n],
  ['us', 1_000n],
  ['\u00b5s', 1_000n], // U+00B5 micro sign
  ['\u03bcs', 1_000n], // U+03BC Greek mu
  ['ms', 1_000_000n],
  ['s', 1_000_000_000n],
  ['m', 60_000_000_000n],
  ['h', 3_600_000_000_000n],
]);

const LIMIT = 1n << 63n;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** The error of `time.ParseDuration(s)`, or `undefined` when `s` is a duration. */
export function goDurationError(s: string): string | undefined {
  const invalid = `time: invalid duration ${goTimeQuote(s)}`;
  let rest = s;
  let negative = false;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    negative = rest.startsWith('-');
    rest = rest.slice(1);
  }
  if (rest === '0') return undefined;
  if (rest === '') return invalid;
  let total = 0n;
  while (rest !== '') {
    if (!(rest[0] === '.' || isDigit(rest[0]))) return invalid;
    // [0-9]*
    let i = 0;
    let whole = 0n;
    for (; isDigit(rest[i]); i++) {
      if (whole > LIMIT / 10n) return invalid;
      whole = whole * 10n + BigInt(rest.charCodeAt(i) - 48);
      if (whole > LIMIT) return invalid;
    }
    const before = i > 0;
    rest = rest.slice(i);
    // (\.[0-9]*)?
    let fraction = 0;
    let scale = 1;
    let after = false;
    if (rest.startsWith('.')) {
      rest = rest.slice(1);
      let j = 0;
      let overflow = false;
      for (; isDigit(rest[j]); j++) {
        if (overflow) continue;
        const next = fraction * 10 + (rest.charCodeAt(j) - 48);
        if (next > Number.MAX_SAFE_INTEGER) {
          overflow = true;
          continue;
        }
        fraction = next;
        scale *= 10;
      }
      after = j > 0;
      rest = rest.slice(j);
    }
    if (!before && !after) return invalid;
    // the unit: everything up to the next digit or '.'
    let k = 0;
    while (k < rest.length && rest[k] !== '.' && !isDigit(rest[k])) k++;
    if (k === 0) return `time: missing unit in duration ${goTimeQuote(s)}`;
    const unitName = rest.slice(0, k);
    rest = rest.slice(k);
    const unit = NANOS.get(unitName);
    if (unit === undefined) return `time: unknown unit ${goTimeQuote(unitName)} in duration ${goTimeQuote(s)}`;
    if (whole > LIMIT / unit) return invalid;
    let value = whole * unit;
    if (fraction > 0) {
      value += BigInt(Math.trunc(fraction * (Number(unit) / scale)));
      if (value > LIMIT) return invalid;
    }
    total += value;
    if (total > LIMIT) return invalid;
  }
  if (!negative && total > LIMIT - 1n) return invalid;
  return undefined;
}
