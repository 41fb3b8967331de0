/**
 * The three output formats of `check`: human, JSON and SARIF 2.1.0.
 *
 * @packageDocumentation
 */
import { isRuleId, RULES } from '../engine/catalogue';
import { Severity } from '../engine/finding';
import { plural } from '../values/plural';
import { CheckResult, LocatedFinding } from './sources';

/** Counts of findings by severity. */
export interface Summary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly files: number;
  readonly documents: number;
  readonly manifests: number;
}

export function summarize(result: CheckResult, files: number): Summary {
  const count = (s: Severity) => result.findings.filter(f => f.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info'), files, documents: result.documents, manifests: result.manifests };
}

const COLORS: Readonly<Record<Severity, string>> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';

/** `file:line:col: severity: message [rule]`, one finding a line, then a summary. */
export function formatHuman(result: CheckResult, summary: Summary, color: boolean): string {
  const lines = result.findings.map(f => {
    const sev = color ? `${COLORS[f.severity]}${f.severity}${RESET}` : f.severity;
    const where = color ? `${BOLD}${f.file}:${f.line}:${f.column}${RESET}` : `${f.file}:${f.line}:${f.column}`;
    const object = f.object ? ` ${f.object}` : '';
    return `${where}: ${sev}: [document ${f.document}${object}] ${f.message} [${f.rule}]`;
  });
  lines.push(
    `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')} ` +
      `in ${plural(summary.manifests, 'manifest')} (${plural(summary.files, 'file')})`,
  );
  return `${lines.join('\n')}\n`;
}

function plain(f: LocatedFinding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    file: f.file,
    line: f.line,
    column: f.column,
    document: f.document,
    severity: f.severity,
    rule: f.rule,
    object: f.object ?? null,
    path: f.path,
    message: f.message,
    suggestion: f.suggestion ?? null,
  };
  if (f.finding) {
    out.type = f.finding.type;
    out.detail = f.finding.detail;
    if ('value' in f.finding) out.value = f.finding.value;
  }
  return out;
}

/** One JSON object: the summary and every finding. */
export function formatJson(result: CheckResult, summary: Summary): string {
  return `${JSON.stringify({ summary, findings: result.findings.map(plain) }, null, 2)}\n`;
}

const SARIF_LEVEL: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, so that code-review tools annotate the offending lines. */
export function formatSarif(result: CheckResult, toolName: string, version: string): string {
  const ruleIds = [...new Set(result.findings.map(f => f.rule))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: toolName,
            version,
            rules: ruleIds.map(id => ({ id, name: id, shortDescription: { text: isRuleId(id) ? RULES[id].description : id } })),
          },
        },
        results: result.findings.map(f => ({
          ruleId: f.rule,
          ruleIndex: ruleIds.indexOf(f.rule),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.object ? `${f.object}: ${f.message}` : f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.split('\\').join('/') },
                region: { startLine: f.line, startColumn: f.column },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
