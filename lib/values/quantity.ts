/**
 * Quantities (`500m`, `1.5Gi`, `1e3`): `k8s.io/apimachinery/pkg/api/resource`, parsed to numbers.
 *
 * @packageDocumentation
 */

const QUANTITY_FORMAT = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
const QUANTITY_SUFFIX = "unable to parse quantity's suffix";
/** `eEinumkKMGTP`, by character code. */
const SUFFIX_CHAR: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (const c of 'eEinumkKMGTP') t[c.charCodeAt(0)] = 1;
  return t;
})();
/** Exact powers of ten (10^0 .. 10^22 are exact doubles). */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Significant digits kept; the rest only scale the value. */
const MAX_DIGITS = 17;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function scaled(mantissa: number, exp10: number): number {
  if (mantissa === 0) return 0;
  if (exp10 >= 0) return mantissa * (exp10 < POW10.length ? POW10[exp10] : 10 ** exp10);
  return mantissa / (-exp10 < POW10.length ? POW10[-exp10] : 10 ** -exp10);
}

/** Decimal exponent of a one-letter SI suffix, or NaN. */
function decimalSuffix(c: string): number {
  switch (c) {
    case 'n':
      return -9;
    case 'u':
      return -6;
    case 'm':
      return -3;
    case 'k':
      return 3;
    case 'M':
      return 6;
    case 'G':
      return 9;
    case 'T':
      return 12;
    case 'P':
      return 15;
    case 'E':
      return 18;
    default:
      return NaN;
  }
}

/** Binary exponent of `Ki`..`Ei` (first letter), or NaN. */
function binarySuffix(c: string): number {
  switch (c) {
    case 'K':
      return 10;
    case 'M':
      return 20;
    case 'G':
      return 30;
    case 'T':
      return 40;
    case 'P':
      return 50;
    case 'E':
      return 60;
    default:
      return NaN;
  }
}

/** A parsed quantity: its value, or why the apiserver cannot decode it. */
export type ParsedQuantity = { readonly value: number; readonly error?: undefined } | { readonly value?: undefined; readonly error: string };

const FORMAT_ERROR: ParsedQuantity = { error: QUANTITY_FORMAT };
const SUFFIX_ERROR: ParsedQuantity = { error: QUANTITY_SUFFIX };

/**
 * `resource.ParseQuantity`, to a number (exact for the usual spellings: `500m`, `1.5Gi`, `1e3`),
 * or the apiserver's reason when it cannot decode the quantity. Allocates nothing for valid input
 * beyond the result.
 */
export function parseQuantity(s: string): ParsedQuantity {
  const end = s.length;
  if (end === 0) {
    return FORMAT_ERROR;
  }
  let i = 0;
  let negative = false;
  const c0 = s.charCodeAt(0);
  if (c0 === 45) {
    negative = true;
    i++;
  } else if (c0 === 43) {
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let exp10 = 0;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) break;
    if (digits < MAX_DIGITS) {
      mantissa = mantissa * 10 + (c - 48);
      if (mantissa > 0) digits++;
    } else {
      exp10++;
    }
  }
  if (i < end && s.charCodeAt(i) === 46) {
    for (i++; i < end; i++) {
      const c = s.charCodeAt(i);
      if (!isDigit(c)) break;
      if (digits < MAX_DIGITS) {
        mantissa = mantissa * 10 + (c - 48);
        if (mantissa > 0) digits++;
        exp10--;
      }
    }
  }
  // suffix: SI letters, then an optional sign and digits (an exponent)
  const suffixStart = i;
  while (i < end && SUFFIX_CHAR[s.charCodeAt(i)] === 1) i++; // out-of-range indexes read undefined
  if (i < end && (s[i] === '-' || s[i] === '+')) i++;
  while (i < end && isDigit(s.charCodeAt(i))) i++;
  if (i < end) {
    return FORMAT_ERROR;
  }
  const suffixLength = end - suffixStart;
  let value: number;
  if (suffixLength === 0) {
    value = scaled(mantissa, exp10);
  } else if (suffixLength === 1 && !Number.isNaN(decimalSuffix(s[suffixStart]))) {
    value = scaled(mantissa, exp10 + decimalSuffix(s[suffixStart]));
  } else if (suffixLength === 2 && s[suffixStart + 1] === 'i' && !Number.isNaN(binarySuffix(s[suffixStart]))) {
    value = scaled(mantissa, exp10) * 2 ** binarySuffix(s[suffixStart]);
  } else if (suffixLength > 1 && (s[suffixStart] === 'e' || s[suffixStart] === 'E')) {
    // strconv.ParseInt of the rest: an optional sign, then at least one digit
    let j = suffixStart + 1;
    let expNegative = false;
    if (s[j] === '-' || s[j] === '+') {
      expNegative = s[j] === '-';
      j++;
    }
    if (j === end) {
      return SUFFIX_ERROR;
    }
    let exponent = 0;
    for (; j < end; j++) {
      const c = s.charCodeAt(j);
      if (!isDigit(c)) {
        return SUFFIX_ERROR;
      }
      exponent = exponent * 10 + (c - 48);
    }
    value = scaled(mantissa, exp10 + (expNegative ? -exponent : exponent));
  } else {
    return SUFFIX_ERROR;
  }
  return { value: negative ? -value : value };
}

/** A quantity field (a string or a JSON number), parsed. */
export function quantityOf(v: string | number): ParsedQuantity {
  return typeof v === 'number' ? { value: v } : parseQuantity(v);
}
