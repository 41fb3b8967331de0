/**
 * The README's rule tables, written from the rule catalogue: one table per origin of the rules
 * (decoding, the apiserver, what it misses, Pod Security, best practices, the builders).
 * `npm run docs` writes them between the markers; test/catalogue.test.ts checks they are current.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES, RuleId, RuleOrigin } from '../lib/engine/catalogue';

export const RULE_TABLES_START = '<!-- rule tables: written by npm run docs from lib/engine/catalogue -->';
export const RULE_TABLES_END = '<!-- end of rule tables -->';

const ORIGINS: readonly [RuleOrigin, string][] = [
  ['decoding', 'Reading and decoding'],
  ['apiserver', 'The Kubernetes 1.27 apiserver (errors)'],
  ['apiserver-warning', 'Warnings of the apiserver'],
  ['beyond-apiserver', 'What the apiserver accepts but fails at run time'],
  ['notice', 'Notices'],
  ['pod-security', 'Pod Security Standards (profiles baseline and restricted)'],
  ['best-practice', 'Best practices (profile recommended)'],
  ['sdk', 'The typed builders'],
];

/** `|` and line breaks would end a table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The tables, with their markers. */
export function renderRuleTables(): string {
  const ids = Object.keys(RULES) as RuleId[];
  const sections = ORIGINS.map(([origin, title]) => {
    const rules = ids.filter(id => RULES[id].origin === origin);
    const withProfiles = origin === 'pod-security' || origin === 'best-practice';
    const header = withProfiles
      ? '| rule | severity | profiles | requires | source |\n| --- | --- | --- | --- | --- |'
      : '| rule | severity | requires | source |\n| --- | --- | --- | --- |';
    const rows = rules.map(id => {
      const r = RULES[id];
      const profiles = withProfiles ? ` ${(r.profiles ?? []).join(', ')} |` : '';
      // a rule stricter in typed code says so: `warning (error in typed code)`
      const severity = r.typedSeverity !== undefined && r.typedSeverity !== r.severity ? `${r.severity} (${r.typedSeverity} in typed code)` : r.severity;
      return `| \`${id}\` | ${severity} |${profiles} ${cell(r.description)} | ${cell(r.source)} |`;
    });
    return `#### ${title} (${rules.length})\n\n${header}\n${rows.join('\n')}`;
  });
  return `${RULE_TABLES_START}\n\n${sections.join('\n\n')}\n\n${RULE_TABLES_END}`;
}

/** Writes the tables into README.md between the markers; true when it changed. */
export function writeRuleTables(root: string): boolean {
  const file = path.join(root, 'README.md');
  const readme = fs.readFileSync(file, 'utf8');
  const start = readme.indexOf(RULE_TABLES_START);
  const end = readme.indexOf(RULE_TABLES_END);
  if (start < 0 || end < start) throw new Error(`README.md has no rule tables markers (${RULE_TABLES_START} ... ${RULE_TABLES_END})`);
  const next = readme.slice(0, start) + renderRuleTables() + readme.slice(end + RULE_TABLES_END.length);
  if (next === readme) return false;
  fs.writeFileSync(file, next);
  return true;
}
