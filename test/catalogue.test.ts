/**
 * The rule catalogue: every rule has its data, every rule fires on an example of its own (the
 * table below is typed by rule id, so a rule added to the catalogue without an example does not
 * compile), the policy profiles are read from it, and the README's rule tables are written from it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { POLICY_CHECKS, POLICY_PROFILES, RuleId, RULES } from '../lib';
import { LivenessExecPod } from '../lib';
import { OBJECT_RULES } from '../lib/engine/rules/by-kind';
import { CHECKED_KINDS } from '../lib/engine/rules/kinds';
import { renderRuleTables, RULE_TABLES_END, RULE_TABLES_START } from '../scripts/rule-tables';
import { EXAMPLES } from './examples';
import { thrown } from './examples/support';
import { testChart } from './support';

describe('the rule catalogue', () => {
  test.each(Object.keys(RULES) as RuleId[])('%s has its data', id => {
    const rule = RULES[id];
    expect(rule.description).toMatch(/^\S.*\.$/);
    expect(rule.source).not.toBe('');
    expect(['error', 'warning', 'info']).toContain(rule.severity);
    if (rule.origin === 'pod-security' || rule.origin === 'best-practice') {
      expect(rule.profiles?.length).toBeGreaterThan(0);
      expect(rule.recommendation).toBeDefined();
    } else {
      expect(rule.profiles).toBeUndefined();
    }
  });

  test.each(Object.keys(EXAMPLES) as RuleId[])('%s fires on its example, with its severity', id => {
    const findings = EXAMPLES[id]().filter(f => f.rule === id);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.severity).toBe(RULES[id].severity);
  });

  test('the profiles nest: every check of a profile runs in the stronger ones too', () => {
    for (const check of POLICY_CHECKS) {
      const first = POLICY_PROFILES.indexOf(check.profiles[0]);
      expect(check.profiles).toEqual(POLICY_PROFILES.slice(first));
    }
  });

  test('a construct that breaks no rule reports none: the example chart of the tutorial', () => {
    expect(thrown(() => new LivenessExecPod(testChart(), 'LivenessExec'))).toEqual([]);
  });
});

describe("the README's table of what is checked, kind by kind", () => {
  test('lists every kind that has rules of its own', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    const start = readme.indexOf('<!-- coverage:');
    const table = readme.slice(start, readme.indexOf('\n\n', readme.indexOf('| Kind |', start)));
    expect(start).toBeGreaterThan(0);
    for (const key of new Set([...Object.keys(OBJECT_RULES), ...Object.keys(CHECKED_KINDS)])) expect(table).toContain(`\`${key}\``);
  });
});

describe("the README's rule tables", () => {
  test('are written from the catalogue (npm run docs writes them)', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    const start = readme.indexOf(RULE_TABLES_START);
    const end = readme.indexOf(RULE_TABLES_END);
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start, end + RULE_TABLES_END.length)).toBe(renderRuleTables());
  });
});
