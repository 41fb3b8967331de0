/**
 * One lane of a timeline picture: the timeline of one container on a time axis of its own, one
 * row per probe and a row for Ready.
 *
 * @packageDocumentation
 */
import { ProbeSettings } from './settings';
import { COLORS, line, rect, text } from './svg-parts';
import { ContainerTimeline } from './timelines';
import { textWidth } from './stroke-font';
import { formatSeconds, TimeWindow } from './window';

/** Where the lanes are drawn: the plot's left and right edges. */
export interface LaneFrame {
  /** The x of 0 s, in pixels. */
  readonly left: number;
  /** The x of the axis' end, in pixels. */
  readonly right: number;
}

const ROW = 30;
const HEADER = 34;
const AXIS = 30;
const GAP = 14;

/** The axis steps a lane chooses from, in seconds. */
const STEPS = [1, 2, 5, 10, 20, 25, 30, 50, 60, 100, 120, 300, 600, 1200, 3600];

/** The moment the picture lets the application stop answering: given, or once the container is Ready and every probe has run. */
export function stopMoment(t: ContainerTimeline, given: number | undefined): number | null {
  if (t.firstReady === null || (t.livenessDetection === null && t.readinessDetection === null)) return null;
  if (given !== undefined) return given;
  const after = Math.max(t.firstReady.latest, t.firstProbes.livenessProbe?.latest ?? 0, t.firstProbes.readinessProbe?.latest ?? 0);
  return Math.ceil((after + 1) / 5) * 5;
}

function axisOf(t: ContainerTimeline, stop: number | null): { end: number; step: number } {
  const ends: number[] = [10, t.firstReady?.latest ?? 0, t.startupDeadline?.latest ?? 0, t.settings.declaredStartSeconds ?? 0];
  for (const w of [t.firstProbes.startupProbe, t.firstProbes.readinessProbe, t.firstProbes.livenessProbe]) ends.push(w?.latest ?? 0);
  if (stop !== null) {
    ends.push(stop + (t.livenessDetection?.latest ?? 0), stop + (t.readinessDetection?.latest ?? 0));
  }
  const max = Math.max(...ends) * 1.05;
  const step = STEPS.find(s => max / s <= 10) ?? 3600;
  return { end: Math.ceil(max / step) * step, step };
}

/** How many rows a lane has: one per probe, and Ready. */
function rowsOf(t: ContainerTimeline): ('startupProbe' | 'readinessProbe' | 'livenessProbe' | 'ready')[] {
  const rows: ('startupProbe' | 'readinessProbe' | 'livenessProbe' | 'ready')[] = [];
  if (t.settings.startupProbe) rows.push('startupProbe');
  if (t.settings.readinessProbe) rows.push('readinessProbe');
  if (t.settings.livenessProbe) rows.push('livenessProbe');
  rows.push('ready');
  return rows;
}

/** The height of a lane, in pixels. */
export function laneHeight(t: ContainerTimeline): number {
  return HEADER + rowsOf(t).length * ROW + AXIS + GAP;
}

const ROW_LABELS = { startupProbe: 'startup', readinessProbe: 'readiness', livenessProbe: 'liveness', ready: 'Ready' } as const;

/** Draws the lane of `t` with its top at `top`; `stop` is when the application stops answering (none when it never starts). */
export function drawLane(t: ContainerTimeline, top: number, frame: LaneFrame, stop: number | null): string {
  const { end, step } = axisOf(t, stop);
  const x = (s: number) => frame.left + (Math.min(Math.max(s, 0), end) / end) * (frame.right - frame.left);
  const out: string[] = [];
  const declared = t.settings.declaredStartSeconds;
  out.push(text(`${t.object} · ${t.container}`, 16, top + 16, 13, { weight: 1.2 }));
  const note = declared === null ? 'seconds after the container starts' : `seconds after the container starts; the application answers from ${declared} s`;
  out.push(text(note, frame.right, top + 16, 10, { anchor: 'end', color: COLORS.muted }));
  const rows = rowsOf(t);
  const rowsTop = top + HEADER;
  const rowsBottom = rowsTop + rows.length * ROW;
  const mids = rows.map((_, i) => rowsTop + i * ROW + ROW / 2);
  rows.forEach((row, i) => {
    out.push(text(ROW_LABELS[row], frame.left - 10, mids[i] + 4, 11, { anchor: 'end' }));
    out.push(line(frame.left, mids[i], frame.right, mids[i], COLORS.rule));
  });
  // container start, declared start, the moment the application stops answering: under the rows' drawings
  out.push(line(x(0), rowsTop, x(0), rowsBottom, COLORS.text, 1.5));
  if (declared !== null && declared > 0) {
    out.push(line(x(declared), rowsTop - 4, x(declared), rowsBottom, COLORS.declared, 1.5, '2 3'));
    out.push(text('answers', x(declared) + 3, rowsTop - 4, 9, { color: COLORS.declared }));
  }
  if (stop !== null) {
    out.push(line(x(stop), rowsTop - 4, x(stop), rowsBottom, COLORS.text, 1.2, '5 3'));
    out.push(text(`stops answering (${formatSeconds(stop)} s)`, x(stop) + 3, rowsTop - 4, 9));
  }
  rows.forEach((row, i) => {
    if (row === 'ready') out.push(...readyRow(t, mids[i], x, end, stop));
    else out.push(...probeRow(t, row, mids[i], x, end, stop));
  });
  // the time axis
  out.push(line(frame.left, rowsBottom + 4, frame.right, rowsBottom + 4, COLORS.muted));
  for (let s = 0; s <= end + 1e-9; s += step) {
    out.push(line(x(s), rowsBottom + 4, x(s), rowsBottom + 8, COLORS.muted));
    out.push(text(formatSeconds(s), x(s), rowsBottom + 20, 10, { anchor: 'middle', color: COLORS.muted }));
  }
  out.push(text('seconds', frame.left - 10, rowsBottom + 20, 10, { anchor: 'end', color: COLORS.muted }));
  return out.join('\n');
}

/** A shaded window, with its bounds written above it. */
function band(w: TimeWindow, mid: number, x: (s: number) => number, color: string, label: string): string[] {
  const left = x(w.earliest);
  const width = Math.max(x(w.latest) - left, 2);
  const words = `${label} [${formatSeconds(w.earliest)}, ${formatSeconds(w.latest)}]`;
  // the words stay within the plot: centred on the window, or against the edge it is near
  const half = textWidth(words, 9) / 2;
  const centre = Math.min(Math.max(left + width / 2, x(0) + half), x(Infinity) - half);
  return [rect(left, mid - 7, width, 14, color, { opacity: 0.3, stroke: color }), text(words, centre, mid - 10, 9, { anchor: 'middle', color, halo: true })];
}

/** The ticks of a probe at one possible phase: on the initial delay, every period, from `from`; at most `count`. */
function ticks(p: ProbeSettings, from: number, until: number, mid: number, x: (s: number) => number, count = Infinity): string[] {
  const out: string[] = [];
  let k = Math.max(0, Math.ceil((from - p.initialDelaySeconds) / p.periodSeconds - 1e-9));
  for (let n = 0; n < count; k++, n++) {
    const at = p.initialDelaySeconds + k * p.periodSeconds;
    if (at > until) break;
    out.push(line(x(at), mid - 5, x(at), mid + 5, COLORS.tick, 1.5));
  }
  return out;
}

function probeRow(
  t: ContainerTimeline,
  row: 'startupProbe' | 'readinessProbe' | 'livenessProbe',
  mid: number,
  x: (s: number) => number,
  end: number,
  stop: number | null,
): string[] {
  const p = t.settings[row]!;
  const out: string[] = [];
  if (p.initialDelaySeconds > 0) out.push(rect(x(0), mid - 3, x(p.initialDelaySeconds) - x(0), 6, COLORS.delay));
  const first = t.firstProbes[row];
  if (row === 'startupProbe') {
    const deadline = t.startupDeadline!;
    // the startup window: probes run until the application answers, or until the kubelet gives up
    out.push(rect(x(0), mid - 2, x(deadline.latest) - x(0), 4, COLORS.startup, { opacity: 0.15 }));
    out.push(...ticks(p, 0, Math.min(deadline.latest, end), mid, x, p.failureThreshold));
    out.push(...band(deadline, mid, x, COLORS.startup, 'killed if never started'));
    return out;
  }
  if (first !== null) {
    // at the phase drawn, the startup probe succeeds on its first tick after the application answers; liveness ticks after that tick
    const s = t.settings.startupProbe;
    const answers = t.settings.declaredStartSeconds ?? 0;
    const started = s === null ? 0 : s.initialDelaySeconds + Math.max(0, Math.ceil((answers - s.initialDelaySeconds) / s.periodSeconds)) * s.periodSeconds;
    out.push(...ticks(p, s === null ? 0 : started + (row === 'livenessProbe' ? 0.001 : 0), end, mid, x));
  }
  const detection = row === 'livenessProbe' ? t.livenessDetection : t.readinessDetection;
  if (stop !== null && detection !== null) {
    const at = { earliest: stop + detection.earliest, latest: stop + detection.latest };
    out.push(...band(at, mid, x, row === 'livenessProbe' ? COLORS.liveness : COLORS.readiness, row === 'livenessProbe' ? 'restart' : 'NotReady'));
  }
  return out;
}

function readyRow(t: ContainerTimeline, mid: number, x: (s: number) => number, end: number, stop: number | null): string[] {
  const ready = t.firstReady;
  if (ready === null) return [text('never: a probe kills the container before it answers', x(0) + 6, mid + 4, 10, { color: COLORS.startup })];
  const out = band(ready, mid, x, COLORS.ready, 'Ready');
  const notReady = stop !== null && t.readinessDetection !== null ? stop + t.readinessDetection.earliest : end;
  if (notReady > ready.latest) out.unshift(rect(x(ready.latest), mid - 3, x(notReady) - x(ready.latest), 6, COLORS.ready));
  return out;
}
