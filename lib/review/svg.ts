/**
 * The probe timelines as a picture: one lane per container, on a time axis in seconds, with a
 * legend. A self-contained SVG (text drawn as paths of a stroke font of this library, no font or
 * other file needed), the same bytes for the same input.
 *
 * @packageDocumentation
 */
import { COLORS, line, n, rect, text, xml } from './svg-parts';
import { drawLane, laneHeight, stopMoment } from './svg-lane';
import { ContainerTimeline } from './timelines';
import { formatWindow } from './window';
import { textWidth } from './stroke-font';

const WIDTH = 960;
const FRAME = { left: 104, right: WIDTH - 28 };
const TITLE = 40;

/** A lane as the legend sees it: its timeline and when its application stops answering. */
interface Drawn {
  readonly t: ContainerTimeline;
  readonly stop: number | null;
}

const any = (drawn: readonly Drawn[], f: (d: Drawn) => boolean) => drawn.some(f);
const probed = (d: Drawn) => d.t.settings.startupProbe !== null || d.t.settings.readinessProbe !== null || d.t.settings.livenessProbe !== null;
const delayed = (d: Drawn) =>
  [d.t.settings.startupProbe, d.t.settings.readinessProbe, d.t.settings.livenessProbe].some(p => p !== null && p.initialDelaySeconds > 0);

/** The legend's entries: how each is drawn, what it means, and whether a picture shows it. */
const LEGEND: readonly { readonly draw: (x: number, y: number) => string; readonly label: string; readonly shown: (d: Drawn) => boolean }[] = [
  { draw: (x, y) => line(x + 2, y - 10, x + 2, y + 2, COLORS.text, 1.5), label: 'container start', shown: () => true },
  { draw: (x, y) => rect(x, y - 7, 16, 6, COLORS.delay), label: 'initial delay', shown: delayed },
  { draw: (x, y) => line(x + 8, y - 9, x + 8, y + 1, COLORS.tick, 1.5), label: 'probe tick (one phase of many)', shown: probed },
  { draw: (x, y) => rect(x, y - 6, 16, 4, COLORS.startup, { opacity: 0.15 }), label: 'startup window', shown: d => d.t.startupDeadline !== null },
  {
    draw: (x, y) => rect(x, y - 11, 16, 12, COLORS.startup, { opacity: 0.3, stroke: COLORS.startup }),
    label: 'startup probe gives up',
    shown: d => d.t.startupDeadline !== null,
  },
  {
    draw: (x, y) => rect(x, y - 11, 16, 12, COLORS.ready, { opacity: 0.3, stroke: COLORS.ready }),
    label: 'Ready becomes possible',
    shown: d => d.t.firstReady !== null,
  },
  { draw: (x, y) => rect(x, y - 7, 16, 6, COLORS.ready), label: 'Ready', shown: d => d.t.firstReady !== null },
  {
    draw: (x, y) => line(x + 2, y - 12, x + 2, y + 2, COLORS.declared, 1.5, '2 3'),
    label: 'declared start time',
    shown: d => (d.t.settings.declaredStartSeconds ?? 0) > 0,
  },
  { draw: (x, y) => line(x + 2, y - 12, x + 2, y + 2, COLORS.text, 1.2, '5 3'), label: 'the application stops answering', shown: d => d.stop !== null },
  {
    draw: (x, y) => rect(x, y - 11, 16, 12, COLORS.liveness, { opacity: 0.3, stroke: COLORS.liveness }),
    label: 'restart decided (liveness)',
    shown: d => d.stop !== null && d.t.livenessDetection !== null,
  },
  {
    draw: (x, y) => rect(x, y - 11, 16, 12, COLORS.readiness, { opacity: 0.3, stroke: COLORS.readiness }),
    label: 'NotReady (readiness)',
    shown: d => d.stop !== null && d.t.readinessDetection !== null,
  },
];

function legend(top: number, drawn: readonly Drawn[]): { svg: string; height: number } {
  const out: string[] = [
    text('Windows run from the earliest to the latest moment: the kubelet ticks at a phase no manifest says.', 16, top + 14, 10, { color: COLORS.muted }),
  ];
  let x = 16;
  let y = top + 38;
  for (const item of LEGEND.filter(i => any(drawn, i.shown))) {
    const width = 24 + textWidth(item.label, 10) + 22;
    if (x + width > WIDTH - 16) {
      x = 16;
      y += 22;
    }
    out.push(item.draw(x, y));
    out.push(text(item.label, x + 24, y, 10));
    x += width;
  }
  return { svg: out.join('\n'), height: y - top + 14 };
}

/** What a reader without the picture gets: every window in words. */
function description(timelines: readonly ContainerTimeline[]): string {
  return timelines
    .map(
      t =>
        `${t.object} ${t.container}: first Ready ${formatWindow(t.firstReady)}, startup deadline ${formatWindow(t.startupDeadline)}, ` +
        `liveness detection ${formatWindow(t.livenessDetection)}, readiness detection ${formatWindow(t.readinessDetection)}.`,
    )
    .join(' ');
}

/**
 * The probe timelines of `timelines` as an SVG picture: one lane per container with its start,
 * the initial delays, the probe ticks (at one phase: the real grid is shifted by up to a period),
 * the startup probe's deadline, when Ready becomes possible, and the liveness and readiness
 * detection windows after the application stops answering, each lane on a time axis in seconds,
 * then a legend. Text is drawn as paths, so the picture needs no font; the output is deterministic.
 *
 * @param timelines the timelines to draw, e.g. from {@link probeTimelines}
 * @param stopsAnsweringAt when the application stops answering, in seconds after the container
 *   starts, by `Kind/name/container` (`{ 'Pod/liveness-exec/liveness': 30 }`); a container not
 *   named stops answering at the first multiple of 5 s after it is Ready and every probe has run
 */
export function renderTimelineSvg(timelines: readonly ContainerTimeline[], stopsAnsweringAt: Readonly<Record<string, number>> = {}): string {
  const body: string[] = [];
  let y = TITLE;
  body.push(text('Probe timelines (kubelet 1.27)', 16, 26, 15, { weight: 1.3 }));
  const drawn: Drawn[] = [];
  for (const t of timelines) {
    const stop = stopMoment(t, stopsAnsweringAt[`${t.object}/${t.container}`]);
    drawn.push({ t, stop });
    body.push(`<g>\n${drawLane(t, y, FRAME, stop)}\n</g>`);
    y += laneHeight(t);
  }
  if (timelines.length === 0) {
    body.push(text('No containers.', 16, y + 16, 11));
    y += 28;
  }
  const l = legend(y, drawn);
  body.push(l.svg);
  const height = Math.ceil(y + l.height + 10);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${n(height)}" role="img" aria-labelledby="title desc">`,
    `<title id="title">Probe timelines</title>`,
    `<desc id="desc">${xml(description(timelines))}</desc>`,
    rect(0, 0, WIDTH, height, '#ffffff'),
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
