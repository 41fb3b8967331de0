/**
 * Time windows: when something can happen, from its earliest to its latest moment, in seconds.
 *
 * The kubelet's probe ticks have a phase that no manifest says (they are anchored to the moment
 * the kubelet created its probe workers, not to the container's start), so every moment of a probe
 * timeline is a window, never one number.
 *
 * @packageDocumentation
 */

/**
 * When something can happen: from `earliest` to `latest` seconds, both counted from the same
 * moment (the container's start, or the moment the application stops answering). `latest` is a
 * bound that is approached but, for most windows, not reached (the tick phase lies in `[0, period)`).
 */
export interface TimeWindow {
  /** The earliest moment, in seconds (0 or more). */
  readonly earliest: number;
  /** The latest moment, in seconds (`earliest` or more). */
  readonly latest: number;
}

/** A window of two bounds, rounded to milliseconds (so that sums of periods print as written). */
export function windowOf(earliest: number, latest: number): TimeWindow {
  return { earliest: round(earliest), latest: round(Math.max(earliest, latest)) };
}

/** The window `w` moved `by` seconds later. */
export function shift(w: TimeWindow, by: number): TimeWindow {
  return windowOf(w.earliest + by, w.latest + by);
}

/** The window of `max(a, b)` for `a` in `x` and `b` in `y`. */
export function later(x: TimeWindow, y: TimeWindow): TimeWindow {
  return windowOf(Math.max(x.earliest, y.earliest), Math.max(x.latest, y.latest));
}

/** `[a, b] s`, or `—` for no window: how the human and Markdown formats write a window. */
export function formatWindow(w: TimeWindow | null): string {
  return w === null ? '—' : `[${formatSeconds(w.earliest)}, ${formatSeconds(w.latest)}] s`;
}

/** Seconds as short as they are exact: `40`, `0.5`. */
export function formatSeconds(s: number): string {
  return String(round(s));
}

function round(s: number): number {
  return Math.round(s * 1000) / 1000;
}
