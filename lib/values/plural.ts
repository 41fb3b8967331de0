/**
 * Counts in messages and reports: `1 error`, `2 errors`.
 *
 * @packageDocumentation
 */

/** `n` and the word, in the plural unless `n` is 1 (the word's plural takes an `s`). */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
