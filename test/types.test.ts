/**
 * Proves that the marked lines of each file of test/types/ (typos.ts: the tutorial's typos;
 * the others: names that cross objects, such as Service target ports, volume mounts and
 * Secret keys) fail to compile with the expected message, and that the correct forms beside
 * them compile. `tsc --noEmit` (part of `npm test`) fails
 * when a `@ts-expect-error` line compiles; this test also pins what the compiler says.
 * Compiled with the repo's options and Node.js's types (not jest's, which the file does not use);
 * only this file is type-checked, lib/ is tsc's business.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const DIR = path.join(__dirname, 'types');
const FILES = fs
  .readdirSync(DIR)
  .filter(f => f.endsWith('.ts'))
  .sort();
const DIRECTIVE = /^\s*\/\/ @ts-expect-error: (.*)$/;

interface Expectation {
  /** 0-based line of the statement the directive applies to. */
  readonly line: number;
  readonly fragment: string;
}

/** Compiles the file with its directives blanked out; returns its expectations and diagnostics by line. */
function compileWithoutDirectives(FILE: string): { expectations: Expectation[]; diagnostics: Map<number, string[]> } {
  const lines = fs.readFileSync(FILE, 'utf8').split('\n');
  const expectations: Expectation[] = [];
  const stripped = lines.map((text, i) => {
    const m = DIRECTIVE.exec(text);
    if (!m) return text;
    expectations.push({ line: i + 1, fragment: m[1] });
    return '';
  });
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(__dirname, '..', 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: d => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile;
  host.readFile = f => (path.resolve(f) === FILE ? stripped.join('\n') : readFile(f));
  // the repo's options, without jest's globals, which the file does not use (and whose types are a third of the program)
  const program = ts.createProgram([FILE], { ...config.options, noEmit: true, types: ['node'] }, host);
  const diagnostics = new Map<number, string[]>();
  // every file's options and syntax, but only this file's semantics: tsc type-checks lib/ (npm test runs it first)
  const file = program.getSourceFile(FILE)!;
  const found = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...program.getSemanticDiagnostics(file),
  ];
  for (const d of found) {
    if (!d.file || path.resolve(d.file.fileName) !== FILE || d.start === undefined) {
      throw new Error(`unexpected diagnostic: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
    const line = d.file.getLineAndCharacterOfPosition(d.start).line;
    diagnostics.set(line, [...(diagnostics.get(line) ?? []), ts.flattenDiagnosticMessageText(d.messageText, '\n')]);
  }
  return { expectations, diagnostics };
}

describe.each(FILES)('compile-time safety: %s', name => {
  // GIVEN the file with its @ts-expect-error directives removed
  // WHEN it is compiled
  const { expectations, diagnostics } = compileWithoutDirectives(path.join(DIR, name));

  test('the file holds cases', () => {
    expect(expectations.length).toBeGreaterThanOrEqual(name === 'typos.ts' ? 30 : 5);
  });

  test.each(expectations.map(e => [e.line + 1, e.fragment] as const))('line %i fails to compile: %s', (lineNumber, fragment) => {
    // THEN the line after each directive has an error whose message contains the fragment
    const messages = diagnostics.get(lineNumber - 1) ?? [];
    expect(messages.join('\n')).toContain(fragment);
  });

  test('every correct form compiles: no error outside the marked lines', () => {
    const marked = new Set(expectations.map(e => e.line));
    const stray = [...diagnostics.entries()].filter(([line]) => !marked.has(line));
    expect(stray).toEqual([]);
  });
});
