/**
 * What the timeline pictures are drawn with: colours, text as paths of the stroke font, and the
 * few SVG elements they use, written with fixed precision so that the output is deterministic.
 *
 * @packageDocumentation
 */
import { textPath } from './stroke-font';

/** The colours of the picture (GitHub's palette, readable on white). */
export const COLORS = {
  text: '#1f2328',
  muted: '#57606a',
  rule: '#d0d7de',
  delay: '#afb8c1',
  tick: '#424a53',
  startup: '#cf222e',
  ready: '#1a7f37',
  liveness: '#bc4c00',
  readiness: '#8250df',
  declared: '#0969da',
} as const;

/** A number as the SVG writes it: at most two decimals. */
export function n(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** Text drawn as a stroked path (no font needed), `size` pixels high. */
export function text(
  s: string,
  x: number,
  y: number,
  size: number,
  options: { anchor?: 'start' | 'middle' | 'end'; color?: string; weight?: number; halo?: boolean } = {},
): string {
  if (s === '') return '';
  const width = (options.weight ?? 1) * Math.max(0.9, size / 11);
  const d = textPath(s, x, y, size, options.anchor);
  const stroke = (color: string, w: number) =>
    `<path d="${d}" fill="none" stroke="${color}" stroke-width="${n(w)}" stroke-linecap="round" stroke-linejoin="round"/>`;
  // a white halo keeps the words readable over the lines they cross
  const halo = options.halo === true ? stroke('#ffffff', width + 2.5) : '';
  return halo + stroke(options.color ?? COLORS.text, width);
}

/** A line. */
export function line(x1: number, y1: number, x2: number, y2: number, color: string, width = 1, dash?: string): string {
  const d = dash === undefined ? '' : ` stroke-dasharray="${dash}"`;
  return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${color}" stroke-width="${n(width)}"${d}/>`;
}

/** A filled rectangle, optionally see-through and outlined. */
export function rect(x: number, y: number, w: number, h: number, fill: string, options: { opacity?: number; stroke?: string } = {}): string {
  const o = options.opacity === undefined ? '' : ` fill-opacity="${n(options.opacity)}"`;
  const s = options.stroke === undefined ? '' : ` stroke="${options.stroke}" stroke-width="1"`;
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(w, 0))}" height="${n(h)}" fill="${fill}"${o}${s}/>`;
}

/** Escapes text for XML content and attributes. */
export function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
