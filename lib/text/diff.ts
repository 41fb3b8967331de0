/**
 * Line diffs of texts as unified-diff hunks: Myers' algorithm (the `diff` package), bounded.
 *
 * Myers' algorithm costs O((N + M) · D) for D changed lines, so a large file with a few changes
 * is diffed in milliseconds. A pair of texts with more than {@link MAX_EDITS} changed lines gets
 * (by default) a coarser diff instead of an unbounded search: the common first and last lines are kept as
 * context and everything between is shown removed and added. Both are valid unified diffs.
 *
 * @packageDocumentation
 */
import { diffArrays } from 'diff';

/** Beyond this many changed lines the exact search stops (about a second for 100,000 lines). */
export const MAX_EDITS = 4000;

/** One line of a hunk: kept (`' '`), removed (`'-'`) or added (`'+'`). */
export interface DiffLine {
  /** Kept (`' '`), removed (`'-'`) or added (`'+'`). */
  readonly op: ' ' | '-' | '+';
  /** The line, without its line break. */
  readonly text: string;
}

/** A hunk: where it starts in each text (1-based) and how many lines it spans there. */
export interface Hunk {
  /** Its first line in the old text (1-based; the line before, for an empty side). */
  readonly oldStart: number;
  /** How many lines of the old text it spans. */
  readonly oldLines: number;
  /** Its first line in the new text (1-based; the line before, for an empty side). */
  readonly newStart: number;
  /** How many lines of the new text it spans. */
  readonly newLines: number;
  /** Its lines, kept, removed and added, in order. */
  readonly lines: readonly DiffLine[];
}

/** Options of {@link diffLines}. */
export interface DiffOptions {
  /** Unchanged lines shown around each change; 3 when not given. */
  readonly context?: number;
  /** Beyond this many changed lines, the coarse diff instead of the exact search; {@link MAX_EDITS} when not given. */
  readonly maxEdits?: number;
}

/** The texts split into lines; a final newline does not start an extra line. */
function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Each line of both texts in order, marked kept, removed or added. */
function edits(a: readonly string[], b: readonly string[], maxEdits: number): DiffLine[] {
  const exact = diffArrays(a as string[], b as string[], { maxEditLength: maxEdits });
  const out: DiffLine[] = [];
  if (exact !== undefined) {
    for (const change of exact) {
      const op = change.added ? '+' : change.removed ? '-' : ' ';
      for (const text of change.value) out.push({ op, text });
    }
    return out;
  }
  // too many changes for the exact search: common head and tail, the rest replaced
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  for (let i = 0; i < head; i++) out.push({ op: ' ', text: a[i] });
  for (let i = head; i < a.length - tail; i++) out.push({ op: '-', text: a[i] });
  for (let i = head; i < b.length - tail; i++) out.push({ op: '+', text: b[i] });
  for (let i = a.length - tail; i < a.length; i++) out.push({ op: ' ', text: a[i] });
  return out;
}

/** The hunks that turn `before` into `after`, with `context` lines around each change; none when equal. */
export function diffLines(before: string, after: string, options: DiffOptions = {}): Hunk[] {
  const context = options.context ?? 3;
  const all = edits(splitLines(before), splitLines(after), options.maxEdits ?? MAX_EDITS);
  const hunks: Hunk[] = [];
  // line numbers (0-based) in each text of every entry of `all`
  let oldLine = 0;
  let newLine = 0;
  const positions = all.map(l => {
    const at = { old: oldLine, new: newLine };
    if (l.op !== '+') oldLine++;
    if (l.op !== '-') newLine++;
    return at;
  });
  let k = 0;
  while (k < all.length) {
    if (all[k].op === ' ') {
      k++;
      continue;
    }
    const start = Math.max(0, k - context);
    // extend over changes separated by at most 2 × context kept lines
    let end = k;
    let lastChange = k;
    while (end < all.length && end - lastChange <= 2 * context) {
      if (all[end].op !== ' ') lastChange = end;
      end++;
    }
    end = Math.min(all.length, lastChange + 1 + context);
    const lines = all.slice(start, end);
    const oldLines = lines.filter(l => l.op !== '+').length;
    const newLines = lines.filter(l => l.op !== '-').length;
    hunks.push({
      // an empty side starts at the line before, as `diff -u` writes it
      oldStart: oldLines === 0 ? positions[start].old : positions[start].old + 1,
      oldLines,
      newStart: newLines === 0 ? positions[start].new : positions[start].new + 1,
      newLines,
      lines,
    });
    k = end;
  }
  return hunks;
}

/** `start,count` of a hunk header; a count of 1 is left out, as `diff -u` and git write it. */
function range(start: number, count: number): string {
  return count === 1 ? String(start) : `${start},${count}`;
}

/** The hunks as unified-diff text (`@@ -a,b +c,d @@` headers and their lines). */
export function formatHunks(hunks: readonly Hunk[]): string {
  let out = '';
  for (const h of hunks) {
    out += `@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@\n`;
    for (const l of h.lines) out += `${l.op}${l.text}\n`;
  }
  return out;
}
