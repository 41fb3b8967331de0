/**
 * The report of a conversion in words: what was cleaned, repaired, opted out of, hardened,
 * carried over as written, written out as Kubernetes' defaults, and the TODOs left.
 *
 * @packageDocumentation
 */
import { ConvertNote, ConvertReport } from './model';

const SECTIONS: readonly (readonly [keyof ConvertReport, string])[] = [
  ['cleaned', 'cleaned (what the cluster added)'],
  ['repaired', 'repaired (each a // fixed: comment in the code)'],
  ['optOuts', 'opt-outs (typed exemptions that keep what the input says, each with the reason "converted from <file>")'],
  ['hardened', "hardened (the library's secure defaults instead of what the input said or left out)"],
  ['carried', 'carried over as written (L1 classes or ApiObject)'],
  ['normalized', "Kubernetes' defaults written out or left out (the same object to the apiserver)"],
  ['skipped', 'skipped (not objects)'],
  ['todos', 'TODO (a TODO_UNRESOLVED_… in the code, which does not compile until it is resolved)'],
];

function line(n: ConvertNote): string {
  const where = n.path !== undefined && n.path !== '' ? `${n.path}: ` : '';
  const rule = n.rule !== undefined && !n.text.includes(`[${n.rule}]`) ? ` [${n.rule}]` : '';
  return `  ${n.file} ${n.object}: ${where}${n.text}${rule}\n`;
}

/** Notes of one object, one line: `container web: a, b; pod: c`. */
function grouped(notes: readonly ConvertNote[]): string {
  const objects = new Map<string, ConvertNote[]>();
  for (const n of notes) objects.set(`${n.file} ${n.object}`, [...(objects.get(`${n.file} ${n.object}`) ?? []), n]);
  return [...objects]
    .map(([object, list]) => {
      const subjects = new Map<string, string[]>();
      for (const n of list) {
        const at = n.text.indexOf(': ');
        const [subject, what] = at < 0 ? ['', n.text] : [n.text.slice(0, at), n.text.slice(at + 2)];
        subjects.set(subject, [...(subjects.get(subject) ?? []), what]);
      }
      return `  ${object}: ${[...subjects].map(([subject, whats]) => `${subject === '' ? '' : `${subject}: `}${whats.join(', ')}`).join('; ')}\n`;
    })
    .join('');
}

/** The report as text: a heading for each kind of note there is, and its notes (opt-outs and hardenings a line per object). */
export function formatReport(report: ConvertReport): string {
  return SECTIONS.filter(([key]) => report[key].length > 0)
    .map(
      ([key, heading]) =>
        `${heading}: ${report[key].length}\n${key === 'optOuts' || key === 'hardened' ? grouped(report[key]) : report[key].map(line).join('')}`,
    )
    .join('\n');
}
