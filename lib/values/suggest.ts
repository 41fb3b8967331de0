/**
 * Did-you-mean: the closest candidate to a misspelt word (`livenessProve` → `livenessProbe`).
 *
 * @packageDocumentation
 */

/**
 * The candidate closest to `word` by Damerau–Levenshtein distance (optimal string alignment:
 * insertions, deletions, substitutions and transpositions of adjacent characters), if that distance
 * is at most `max(1, floor(word.length / 3))` (or `maxDistance`). Ties go to the first candidate in
 * sorted order.
 */
export function suggest(word: string, candidates: readonly string[], maxDistance?: number): string | undefined {
  return closest(word, [...candidates].sort(), maxDistance);
}

/** `suggest()` on candidates that are already sorted. */
export function closest(word: string, sorted: readonly string[], maxDistance?: number): string | undefined {
  const max = maxDistance ?? Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const c of sorted) {
    if (Math.abs(c.length - word.length) >= bestDistance) continue;
    const d = distance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Damerau–Levenshtein distance (optimal string alignment). */
function distance(a: string, b: string): number {
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur[j] = v;
    }
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[n];
}
