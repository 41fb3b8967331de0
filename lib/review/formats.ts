/**
 * The probe timelines in words: for people (one block per container), as JSON (one entry per
 * container) and as a Markdown table to paste in a pull request.
 *
 * @packageDocumentation
 */
import { formatFinding, formatFindingWithRule } from '../engine/finding';
import { plural } from '../values/plural';
import { ContainerTimeline } from './timelines';
import { formatSeconds, formatWindow, TimeWindow } from './window';

/** The formats of {@link formatTimelines}. */
export type TimelineFormat = 'human' | 'json' | 'markdown';

/** The formats, as the command line takes them. */
export const TIMELINE_FORMATS: readonly TimelineFormat[] = ['human', 'json', 'markdown'];

/** How a format names the file of a manifest (its index in the input), when it knows it. */
export type FileOf = (manifestIndex: number) => string | undefined;

const FOOTNOTE =
  'Windows are [earliest, latest] seconds: first Ready and the startup deadline after the container starts, the detections after ' +
  'the application stops answering (the latest bound includes the probe timeout). The kubelet ticks at a phase no manifest says.';

function detectionNote(t: ContainerTimeline): string {
  const k = t.livenessKill;
  if (k === null) return '';
  const restart = k.restart === null ? 'no restart (restartPolicy Never)' : 'then a restart';
  return `; the container gets ${formatSeconds(k.gracePeriodSeconds)} s to stop, ${restart}`;
}

function human(timelines: readonly ContainerTimeline[], fileOf: FileOf): string {
  const blocks = timelines.map(t => {
    const file = fileOf(t.manifestIndex);
    const rows: [string, TimeWindow | null, string][] = [
      ['first Ready', t.firstReady, t.firstReady === null ? ' (never: a probe kills the container before it answers)' : ' after the container starts'],
      ['startup deadline', t.startupDeadline, t.startupDeadline === null ? '' : ' after the container starts, if it never answers'],
      ['liveness detection', t.livenessDetection, t.livenessDetection === null ? '' : ` to the restart decision${detectionNote(t)}`],
      ['readiness detection', t.readinessDetection, t.readinessDetection === null ? '' : ' to NotReady'],
    ];
    const lines = [`${t.object}, container ${t.container}${file === undefined ? '' : ` (${file})`}`];
    for (const [label, w, note] of rows) lines.push(`  ${label.padEnd(20)} ${formatWindow(w)}${w === null && note === '' ? '' : note}`);
    for (const f of t.findings) lines.push(`  ${f.severity}: ${formatFindingWithRule(f)}`);
    return lines.join('\n');
  });
  const findings = timelines.reduce((sum, t) => sum + t.findings.length, 0);
  blocks.push(`${plural(timelines.length, 'container')}, ${plural(findings, 'finding')}. ${FOOTNOTE}`);
  return `${blocks.join('\n\n')}\n`;
}

function json(timelines: readonly ContainerTimeline[], fileOf: FileOf): string {
  const entries = timelines.map(t => {
    const file = fileOf(t.manifestIndex);
    return {
      object: t.object,
      container: t.container,
      ...(file === undefined ? {} : { file }),
      firstReady: t.firstReady,
      startupDeadline: t.startupDeadline,
      livenessDetection: t.livenessDetection,
      readinessDetection: t.readinessDetection,
      findings: t.findings,
    };
  });
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** `|` ends a table cell; a line break ends the row. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function markdown(timelines: readonly ContainerTimeline[]): string {
  const lines = [
    '| object | container | first Ready | startup deadline | liveness detection | readiness detection | findings |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const t of timelines) {
    const rules = [...new Set(t.findings.map(f => `\`${f.rule}\``))].join(', ');
    const windows = [t.firstReady, t.startupDeadline, t.livenessDetection, t.readinessDetection].map(formatWindow);
    lines.push(`| \`${cell(t.object)}\` | \`${cell(t.container)}\` | ${windows.join(' | ')} | ${rules === '' ? '—' : rules} |`);
  }
  lines.push('', FOOTNOTE);
  const findings = timelines.flatMap(t =>
    t.findings.map(f => `- **${cell(t.object)}** \`${cell(t.container)}\` (${f.severity}, \`${f.rule}\`): ${formatFinding(f)}`),
  );
  if (findings.length > 0) lines.push('', ...findings);
  return `${lines.join('\n')}\n`;
}

/**
 * The timelines in a format: `human` (one block per container: the object as `Kind/name`, the
 * container, the four windows as `[a, b] s` or `—`, the findings), `json` (an array, one entry per
 * container: `object`, `container`, `file` when `fileOf` names it, the four windows as
 * `{ "earliest": s, "latest": s }` or `null`, and `findings` in the engine's finding shape) or
 * `markdown` (a table for a pull request, then the findings).
 *
 * @param fileOf names the file of a manifest, by its index in the input
 */
export function formatTimelines(timelines: readonly ContainerTimeline[], format: TimelineFormat, fileOf: FileOf = () => undefined): string {
  if (format === 'json') return json(timelines, fileOf);
  if (format === 'markdown') return markdown(timelines);
  return human(timelines, fileOf);
}
