/**
 * Base64 as Go's `encoding/json` decodes a `[]byte` field (`base64.StdEncoding`: the standard
 * alphabet, padded, line breaks skipped): the values of Secret `data` and ConfigMap `binaryData`.
 *
 * @packageDocumentation
 */

/** The bytes of a value, or why Go cannot decode it (`illegal base64 data at input byte 4`). */
export type Decoded = { readonly bytes: Uint8Array; readonly error?: undefined } | { readonly bytes?: undefined; readonly error: string };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = 61; // '='
const LF = 10;
const CR = 13;
const NO_DIGIT = -1;

/** The 6-bit value of each byte, or -1. */
const DIGITS: Int8Array = (() => {
  const t = new Int8Array(256).fill(NO_DIGIT);
  for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i;
  return t;
})();

function corrupt(offset: number): Decoded {
  return { error: `illegal base64 data at input byte ${offset}` };
}

function isNewline(c: number): boolean {
  return c === LF || c === CR;
}

/**
 * `base64.StdEncoding.Decode` of the UTF-8 bytes of `text`, with Go's error offsets: a quantum of
 * four characters at a time, `\r` and `\n` skipped, `=` only as the padding of the last quantum.
 */
export function decodeBase64(text: string): Decoded {
  const src = Buffer.from(text, 'utf8');
  const out: number[] = [];
  const quantum = [0, 0, 0, 0];
  let si = 0;
  while (si < src.length) {
    let length = 4;
    for (let j = 0; j < 4; j++) {
      if (si === src.length) {
        if (j === 0) return { bytes: Uint8Array.from(out) };
        return corrupt(si - j);
      }
      const c = src[si++];
      const digit = DIGITS[c];
      if (digit !== NO_DIGIT) {
        quantum[j] = digit;
        continue;
      }
      if (isNewline(c)) {
        j--;
        continue;
      }
      if (c !== PAD || j < 2) return corrupt(si - 1);
      if (j === 2) {
        // "==": the second '=' must follow, line breaks aside
        while (si < src.length && isNewline(src[si])) si++;
        if (si === src.length) return corrupt(src.length);
        if (src[si] !== PAD) return corrupt(si - 1);
        si++;
      }
      while (si < src.length && isNewline(src[si])) si++;
      if (si < src.length) return corrupt(si);
      length = j;
      break;
    }
    for (let j = length; j < 4; j++) quantum[j] = 0;
    const bits = (quantum[0] << 18) | (quantum[1] << 12) | (quantum[2] << 6) | quantum[3];
    const bytes = [(bits >> 16) & 0xff, (bits >> 8) & 0xff, bits & 0xff];
    for (let k = 0; k < length - 1; k++) out.push(bytes[k]);
  }
  return { bytes: Uint8Array.from(out) };
}
