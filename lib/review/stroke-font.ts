/**
 * A small stroke font of this library's own, so that the timeline pictures draw their text as
 * paths: they need no font on the machine that shows them (a browser, GitHub, a renderer without
 * fonts) and look the same everywhere.
 *
 * Each glyph is a polyline drawing on a grid 4 units wide: the capitals stand from y = 1 to the
 * baseline at y = 7, the small letters from y = 3, descenders reach y = 9. A character without a
 * glyph is drawn as a box.
 *
 * @packageDocumentation
 */

/** A glyph: its width in grid units (4 unless given) and its strokes (`M` and `L` commands, `Z`). */
type Glyph = readonly [width: number, strokes: string];

const O = 'M1 1L3 1L4 2L4 6L3 7L1 7L0 6L0 2Z';

const GLYPHS: Readonly<Record<string, Glyph>> = {
  ' ': [2.5, ''],
  '0': [4, `${O}M3 2.5L1 5.5`],
  '1': [4, 'M1 2L2 1L2 7M1 7L3 7'],
  '2': [4, 'M0 2L1 1L3 1L4 2L4 3L0 7L4 7'],
  '3': [4, 'M0 1L4 1L2 3L3 3L4 4L4 6L3 7L1 7L0 6'],
  '4': [4, 'M3 7L3 1L0 5L4 5'],
  '5': [4, 'M4 1L0 1L0 4L3 4L4 5L4 6L3 7L0 7'],
  '6': [4, 'M3 1L2 1L0 3L0 6L1 7L3 7L4 6L4 5L3 4L0 4'],
  '7': [4, 'M0 1L4 1L1 7'],
  '8': [4, 'M1 1L3 1L4 2L4 3L3 4L1 4L0 3L0 2ZM1 4L0 5L0 6L1 7L3 7L4 6L4 5L3 4'],
  '9': [4, 'M1 7L2 7L4 5L4 2L3 1L1 1L0 2L0 3L1 4L4 4'],
  A: [4, 'M0 7L0 3L2 1L4 3L4 7M0 5L4 5'],
  B: [4, 'M0 1L3 1L4 2L4 3L3 4L0 4M3 4L4 5L4 6L3 7L0 7L0 1'],
  C: [4, 'M4 2L3 1L1 1L0 2L0 6L1 7L3 7L4 6'],
  D: [4, 'M0 1L2 1L4 3L4 5L2 7L0 7Z'],
  E: [4, 'M4 1L0 1L0 7L4 7M0 4L3 4'],
  F: [4, 'M4 1L0 1L0 7M0 4L3 4'],
  G: [4, 'M4 2L3 1L1 1L0 2L0 6L1 7L3 7L4 6L4 4L2 4'],
  H: [4, 'M0 1L0 7M4 1L4 7M0 4L4 4'],
  I: [2, 'M0 1L2 1M1 1L1 7M0 7L2 7'],
  J: [4, 'M4 1L4 6L3 7L1 7L0 6'],
  K: [4, 'M0 1L0 7M4 1L0 5M1 4L4 7'],
  L: [4, 'M0 1L0 7L4 7'],
  M: [5, 'M0 7L0 1L2.5 4L5 1L5 7'],
  N: [4, 'M0 7L0 1L4 7L4 1'],
  O: [4, O],
  P: [4, 'M0 7L0 1L3 1L4 2L4 3L3 4L0 4'],
  Q: [4, `${O}M2 5L4 7`],
  R: [4, 'M0 7L0 1L3 1L4 2L4 3L3 4L0 4M2 4L4 7'],
  S: [4, 'M4 2L3 1L1 1L0 2L0 3L1 4L3 4L4 5L4 6L3 7L1 7L0 6'],
  T: [4, 'M0 1L4 1M2 1L2 7'],
  U: [4, 'M0 1L0 6L1 7L3 7L4 6L4 1'],
  V: [4, 'M0 1L2 7L4 1'],
  W: [5, 'M0 1L1 7L2.5 4L4 7L5 1'],
  X: [4, 'M0 1L4 7M4 1L0 7'],
  Y: [4, 'M0 1L2 4L4 1M2 4L2 7'],
  Z: [4, 'M0 1L4 1L0 7L4 7'],
  a: [4, 'M0 3L3 3L4 4L4 7L1 7L0 6L1 5L4 5'],
  b: [4, 'M0 1L0 7L3 7L4 6L4 4L3 3L0 3'],
  c: [4, 'M4 3L1 3L0 4L0 6L1 7L4 7'],
  d: [4, 'M4 1L4 7L1 7L0 6L0 4L1 3L4 3'],
  e: [4, 'M0 5L4 5L4 4L3 3L1 3L0 4L0 6L1 7L4 7'],
  f: [3, 'M3 1L2 1L1 2L1 7M0 3L3 3'],
  g: [4, 'M4 3L4 8L3 9L1 9M4 3L1 3L0 4L0 6L1 7L4 7'],
  h: [4, 'M0 1L0 7M0 3L3 3L4 4L4 7'],
  i: [2, 'M0 3L1 3L1 7M0 7L2 7M1 1L1 1.8'],
  j: [3, 'M1 3L2 3L2 8L1 9L0 9M2 1L2 1.8'],
  k: [4, 'M0 1L0 7M4 3L0 6M1 5L4 7'],
  l: [2, 'M0 1L1 1L1 7M0 7L2 7'],
  m: [5, 'M0 7L0 3L1.5 3L2.5 4L2.5 7M2.5 4L3.5 3L4 3L5 4L5 7'],
  n: [4, 'M0 3L0 7M0 4L1 3L3 3L4 4L4 7'],
  o: [4, 'M1 3L3 3L4 4L4 6L3 7L1 7L0 6L0 4Z'],
  p: [4, 'M0 9L0 3L3 3L4 4L4 6L3 7L0 7'],
  q: [4, 'M4 9L4 3L1 3L0 4L0 6L1 7L4 7'],
  r: [3, 'M0 3L0 7M0 5L2 3L3 3'],
  s: [4, 'M4 3L1 3L0 4L1 5L3 5L4 6L3 7L0 7'],
  t: [3, 'M1 1L1 6L2 7L3 7M0 3L3 3'],
  u: [4, 'M0 3L0 6L1 7L3 7L4 6M4 3L4 7'],
  v: [4, 'M0 3L2 7L4 3'],
  w: [5, 'M0 3L1 7L2.5 5L4 7L5 3'],
  x: [4, 'M0 3L4 7M4 3L0 7'],
  y: [4, 'M0 3L0 6L1 7L4 7M4 3L4 8L3 9L0 9'],
  z: [4, 'M0 3L4 3L0 7L4 7'],
  '.': [1, 'M0.5 6.6L0.5 7'],
  ',': [1, 'M0.7 6.4L0.7 7.2L0.2 8'],
  ':': [1, 'M0.5 3.6L0.5 4M0.5 6.6L0.5 7'],
  ';': [1, 'M0.7 3.6L0.7 4M0.7 6.4L0.7 7.2L0.2 8'],
  '-': [3, 'M0 4L3 4'],
  '–': [4, 'M0 4L4 4'],
  '—': [6, 'M0 4L6 4'],
  _: [4, 'M0 8L4 8'],
  '/': [4, 'M0 7.5L4 0.5'],
  '\\': [4, 'M0 0.5L4 7.5'],
  '|': [1, 'M0.5 0.5L0.5 8.5'],
  '(': [2, 'M2 0.5L1 2L1 6L2 7.5'],
  ')': [2, 'M0 0.5L1 2L1 6L0 7.5'],
  '[': [2, 'M2 0.5L0.5 0.5L0.5 7.5L2 7.5'],
  ']': [2, 'M0 0.5L1.5 0.5L1.5 7.5L0 7.5'],
  '%': [4, 'M0 7L4 1M0 1L1 1L1 2L0 2ZM3 6L4 6L4 7L3 7Z'],
  '+': [4, 'M2 2.5L2 5.5M0.5 4L3.5 4'],
  '=': [4, 'M0.5 3L3.5 3M0.5 5L3.5 5'],
  '<': [4, 'M4 2L0 4L4 6'],
  '>': [4, 'M0 2L4 4L0 6'],
  '≤': [4, 'M4 1.5L0 3.5L4 5.5M0 7L4 7'],
  '≥': [4, 'M0 1.5L4 3.5L0 5.5M0 7L4 7'],
  '×': [4, 'M0.5 2.5L3.5 5.5M3.5 2.5L0.5 5.5'],
  '·': [1, 'M0.5 4L0.5 4.4'],
  '…': [5, 'M0.5 6.6L0.5 7M2.5 6.6L2.5 7M4.5 6.6L4.5 7'],
  '→': [6, 'M0 4L6 4M4 2L6 4L4 6'],
  "'": [1, 'M0.5 1L0.5 2.5'],
  '"': [2, 'M0.2 1L0.2 2.5M1.8 1L1.8 2.5'],
  '!': [1, 'M0.5 1L0.5 5M0.5 6.6L0.5 7'],
  '?': [4, 'M0 2L1 1L3 1L4 2L4 3L2 4.5L2 5M2 6.6L2 7'],
  '#': [4, 'M1 1L1 7M3 1L3 7M0 3L4 3M0 5L4 5'],
  '*': [4, 'M2 2L2 6M0.5 3L3.5 5M3.5 3L0.5 5'],
  '~': [4, 'M0 4.5L1 3.5L3 4.5L4 3.5'],
  '&': [4, 'M4 7L1 3L1 2L2 1L3 2L3 3L0 5L0 6L1 7L2 7L4 5'],
};

/** The box of a character that has no glyph. */
const MISSING: Glyph = [4, 'M0 1L4 1L4 7L0 7Z'];

/** Space between two glyphs, in grid units. */
const SPACING = 1.6;

/** The grid's height, from the top of the capitals' room to the bottom of the descenders: the font size spans it. */
const EM = 9;

/** One drawing command of a glyph, in grid units. */
type Command = readonly ['M' | 'L', number, number] | readonly ['Z'];

const COMMANDS = new Map<string, readonly Command[]>();

function commandsOf(strokes: string): readonly Command[] {
  let cached = COMMANDS.get(strokes);
  if (cached) return cached;
  const out: Command[] = [];
  for (const m of strokes.matchAll(/([MLZ])\s*(?:(-?[\d.]+)\s+(-?[\d.]+))?/g)) {
    out.push(m[1] === 'Z' ? ['Z'] : [m[1] as 'M' | 'L', Number(m[2]), Number(m[3])]);
  }
  cached = out;
  COMMANDS.set(strokes, cached);
  return cached;
}

function glyphOf(ch: string): Glyph {
  return GLYPHS[ch] ?? MISSING;
}

/** The width of `text` drawn at `size` pixels (the height of the grid), in pixels. */
export function textWidth(text: string, size: number): number {
  let units = 0;
  for (const ch of text) units += glyphOf(ch)[0] + SPACING;
  return Math.max(0, units - SPACING) * (size / EM);
}

/** A coordinate rounded to hundredths, so that relative steps add up exactly. */
function num(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * The path data (`d`) that draws `text` at `size` pixels, its baseline at `y` and, by `anchor`,
 * starting, centred or ending at `x`. Draw it with a stroke and no fill.
 */
export function textPath(text: string, x: number, y: number, size: number, anchor: 'start' | 'middle' | 'end' = 'start'): string {
  const unit = size / EM;
  const width = textWidth(text, size);
  let pen = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  const top = y - 7 * unit;
  const parts: string[] = [];
  for (const ch of text) {
    const [w, strokes] = glyphOf(ch);
    // a stroke starts at an absolute point and goes on by relative steps: shorter numbers
    let start: readonly [number, number] = [0, 0];
    let at: readonly [number, number] = [0, 0];
    for (const c of commandsOf(strokes)) {
      if (c[0] === 'Z') {
        parts.push('Z');
        at = start;
        continue;
      }
      const point = [num(pen + c[1] * unit), num(top + c[2] * unit)] as const;
      if (c[0] === 'M') {
        parts.push(`M${point[0]} ${point[1]}`);
        start = point;
      } else parts.push(`l${num(point[0] - at[0])} ${num(point[1] - at[1])}`);
      at = point;
    }
    pen += (w + SPACING) * unit;
  }
  return parts.join('');
}
