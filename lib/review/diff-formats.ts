/**
 * A manifest diff in words: for people (one block per object, then the text hunks), as JSON (the
 * diff itself, hunks as unified-diff text) and as Markdown for a pull-request comment (a table per
 * object, the text diff folded, cut to fit GitHub's comment size).
 *
 * @packageDocumentation
 */
import { formatHunks } from '../text/diff';
import { plural } from '../values/plural';
import { DiffFailure } from './diff-fail-on';
import { DiffChange, FileDiff, ManifestDiff, ObjectDiff } from './diff-model';

/** The formats of {@link formatManifestDiff}. */
export type DiffFormat = 'human' | 'json' | 'markdown';

/** The formats, as the command line takes them. */
export const DIFF_FORMATS: readonly DiffFormat[] = ['human', 'json', 'markdown'];

/** GitHub refuses comments over 65,536 characters: the Markdown stays below this. */
export const MAX_MARKDOWN_CHARS = 60000;

function summaryLine(diff: ManifestDiff): string {
  const s = diff.summary;
  return `${s.changed} changed, ${s.added} added, ${s.removed} removed, ${s.renamed} renamed, ${s.unchanged} unchanged`;
}

/** Whether a change needs a reviewer's attention: an exemption added or a protection dropped. */
function isRisk(c: DiffChange): boolean {
  return c.weakens === true;
}

function risks(diff: ManifestDiff): number {
  return diff.objects.reduce((n, o) => n + o.changes.filter(isRisk).length, 0);
}

function heading(o: ObjectDiff): string {
  const from = o.from === undefined ? '' : ` (was ${o.from.label})`;
  return `${o.object.label}${from}`;
}

function fileText(f: FileDiff): string {
  return `--- ${f.before ?? '/dev/null'}\n+++ ${f.after ?? '/dev/null'}\n${formatHunks(f.hunks)}`;
}

function human(diff: ManifestDiff, failures: readonly DiffFailure[]): string {
  const blocks: string[] = [];
  for (const o of diff.objects) {
    const file = o.object.file === undefined ? '' : ` (${o.object.file})`;
    const lines = [`${heading(o)}: ${o.status}${file}`];
    for (const c of o.changes) lines.push(`  ${isRisk(c) ? '!' : ' '} ${c.kind.padEnd(12)} ${c.explanation}`);
    blocks.push(lines.join('\n'));
  }
  const n = risks(diff);
  const tail = n > 0 ? `; ${plural(n, 'change')} weaken${n === 1 ? 's' : ''} the security posture (marked !)` : '';
  blocks.push(diff.objects.length === 0 ? `No object differs (${diff.summary.unchanged} unchanged).` : `${summaryLine(diff)}${tail}.`);
  if (failures.length > 0) blocks.push(failures.map(f => `fails ${f.condition}: ${f.object}: ${f.reason}`).join('\n'));
  let out = `${blocks.join('\n\n')}\n`;
  if (diff.files.length > 0) out += `\n${diff.files.map(fileText).join('')}`;
  return out;
}

function json(diff: ManifestDiff, failures: readonly DiffFailure[]): string {
  const files = diff.files.map(f => ({
    ...(f.before === undefined ? {} : { before: f.before }),
    ...(f.after === undefined ? {} : { after: f.after }),
    diff: formatHunks(f.hunks),
  }));
  return `${JSON.stringify({ summary: diff.summary, objects: diff.objects, files, failures }, null, 2)}\n`;
}

/** `|` ends a table cell and a line break the row; `<` would start HTML. */
function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, ' ');
}

/** A code span that holds any text: a run of backticks one longer than any inside. */
function code(s: string): string {
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map(m => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return longest > 0 ? `${ticks} ${s} ${ticks}` : `${ticks}${s}${ticks}`;
}

function objectMarkdown(o: ObjectDiff): string {
  const file = o.object.file === undefined ? '' : ` in ${code(o.object.file)}`;
  const from = o.from === undefined ? '' : ` (was ${code(o.from.label)})`;
  const lines = [`**${code(o.object.label)}** ${o.status}${from}${file}`];
  if (o.changes.length > 0) {
    lines.push('', '| | change | what |', '| --- | --- | --- |');
    for (const c of o.changes) lines.push(`| ${isRisk(c) ? '⚠️' : ''} | ${c.kind} | ${cell(c.explanation)} |`);
  }
  return lines.join('\n');
}

/** Text cut at a line to at most `max` characters, with a note of what was left out. */
function cutLines(text: string, max: number): { text: string; cut: number } {
  if (text.length <= max) return { text, cut: 0 };
  const end = text.lastIndexOf('\n', max);
  const kept = text.slice(0, end < 0 ? 0 : end + 1);
  return {
    text: kept,
    cut: text
      .slice(kept.length)
      .split('\n')
      .filter(l => l !== '').length,
  };
}

function markdown(diff: ManifestDiff, failures: readonly DiffFailure[]): string {
  const parts = [`### Manifest diff: ${summaryLine(diff)}`];
  const n = risks(diff);
  if (n > 0)
    parts.push(
      `> [!WARNING]\n> ${plural(n, 'change')} weaken${n === 1 ? 's' : ''} the security posture (marked ⚠️): an exemption added or a protection dropped.`,
    );
  if (failures.length > 0) {
    parts.push(
      `**Fails** ${failures
        .map(f => code(f.condition))
        .filter((c, i, all) => all.indexOf(c) === i)
        .join(', ')}:\n\n${failures.map(f => `- ${code(f.object)} (${code(f.condition)}): ${cell(f.reason)}`).join('\n')}`,
    );
  }
  if (diff.objects.length === 0) parts.push(`No object differs (${diff.summary.unchanged} unchanged).`);
  for (const o of diff.objects) parts.push(objectMarkdown(o));
  let out = parts.join('\n\n');
  const cutObjects = cutLines(out, MAX_MARKDOWN_CHARS - 2000);
  if (cutObjects.cut > 0) out = `${cutObjects.text}\n_… ${plural(cutObjects.cut, 'more line')} left out: run the diff with --format human for all of it._`;
  if (diff.files.length > 0) {
    const text = diff.files.map(fileText).join('');
    const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map(m => m[0].length + 1)));
    const room = MAX_MARKDOWN_CHARS - out.length - 300;
    const body = cutLines(text, Math.max(0, room));
    const note = body.cut > 0 ? `\n_… ${plural(body.cut, 'more line')} of the text diff left out._\n` : '';
    out += `\n\n<details><summary>Text diff: ${plural(diff.files.length, 'file')}</summary>\n\n${fence}diff\n${body.text}${fence}\n${note}\n</details>`;
  }
  return `${out}\n`;
}

/**
 * A manifest diff in a format: `human` (one block per object: `Kind/name: status (file)` and one
 * line per change, `!` marking what weakens the posture; a summary; the failures; the text
 * hunks), `json` (`summary`, `objects` as {@link ObjectDiff}, `files` with `before`, `after` and
 * `diff` as unified-diff text, `failures`) or `markdown` (for a pull-request comment: a table per
 * object, the text diff folded in `<details>`, at most {@link MAX_MARKDOWN_CHARS} characters).
 *
 * @param failures the conditions that hold (see {@link failuresOf}), to show with the diff
 */
export function formatManifestDiff(diff: ManifestDiff, format: DiffFormat, failures: readonly DiffFailure[] = []): string {
  if (format === 'json') return json(diff, failures);
  if (format === 'markdown') return markdown(diff, failures);
  return human(diff, failures);
}
