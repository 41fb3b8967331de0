/**
 * Compiles test files whose lines are marked to fail, the way `tsc` would, and returns what the
 * compiler says on each line. A line after `// @ts-expect-error: <fragment>` must fail with a
 * message containing <fragment>; the directives are blanked out before compiling, so that the
 * compiler reports the errors they would hide.
 *
 * The files are compiled with the repo's options and Node.js's types (not jest's, which they do not
 * use), in one program; only their own semantics are checked: lib/ is tsc's business (`npm test`
 * runs it first).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/** The directive of `tsc`, with the fragment of the message expected on the next line. */
export const TS_EXPECT_ERROR = /^\s*\/\/ @ts-expect-error: (.*)$/;

/** A line that must fail to compile. */
export interface Expectation {
  /** 0-based line of the statement the directive applies to (the line after it). */
  readonly line: number;
  /** A fragment of the compiler's message. */
  readonly fragment: string;
  /** Whether the directive was `// @ts-expect-error:` (and not another of the directives given). */
  readonly tsDirective: boolean;
}

/** A file, compiled. */
export interface Compiled {
  /** Its lines, as written. */
  readonly lines: readonly string[];
  /** The lines that must fail, from its directives. */
  readonly expectations: readonly Expectation[];
  /** The compiler's messages, by 0-based line. */
  readonly diagnostics: ReadonlyMap<number, readonly string[]>;
}

/**
 * Compiles `files` with every line matching a directive blanked out, in one program. A directive
 * is `// @ts-expect-error: <fragment>` or one of `more` (each with the fragment as its first
 * group); a diagnostic outside the files throws.
 */
export function compileWithoutDirectives(files: readonly string[], more: readonly RegExp[] = []): ReadonlyMap<string, Compiled> {
  const sources = new Map<string, { lines: string[]; expectations: Expectation[]; stripped: string }>();
  for (const file of files.map(f => path.resolve(f))) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const expectations: Expectation[] = [];
    const stripped = lines.map((text, i) => {
      const directive = TS_EXPECT_ERROR.exec(text);
      const m = directive ?? more.map(re => re.exec(text)).find(found => found !== null);
      if (!m) return text;
      expectations.push({ line: i + 1, fragment: m[1], tsDirective: directive !== null });
      return '';
    });
    sources.set(file, { lines, expectations, stripped: stripped.join('\n') });
  }
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
  host.readFile = f => sources.get(path.resolve(f))?.stripped ?? readFile(f);
  // the repo's options, without jest's globals, which the files do not use (and whose types are a third of the program)
  const program = ts.createProgram([...sources.keys()], { ...config.options, noEmit: true, types: ['node'] }, host);
  const byFile = new Map<string, Map<number, string[]>>([...sources.keys()].map(f => [f, new Map()]));
  // every file's options and syntax, but only these files' semantics
  const found = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...[...sources.keys()].flatMap(f => program.getSemanticDiagnostics(program.getSourceFile(f))),
  ];
  for (const d of found) {
    const diagnostics = d.file ? byFile.get(path.resolve(d.file.fileName)) : undefined;
    if (!d.file || !diagnostics || d.start === undefined) {
      throw new Error(`unexpected diagnostic: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
    const line = d.file.getLineAndCharacterOfPosition(d.start).line;
    diagnostics.set(line, [...(diagnostics.get(line) ?? []), ts.flattenDiagnosticMessageText(d.messageText, '\n')]);
  }
  return new Map([...sources.entries()].map(([file, s]) => [file, { lines: s.lines, expectations: s.expectations, diagnostics: byFile.get(file)! }] as const));
}

/**
 * Type-checks files that exist only in memory (`path` → text; absolute paths below the repo, so
 * that imports resolve as the repo's own files do), in one program with the repo's options and
 * the global types `types` (Node.js's by default). Returns each file's messages (`line: message`, 1-based lines); only these
 * files' semantics are checked.
 */
export function compileInMemory(files: ReadonlyMap<string, string>, types: readonly string[] = ['node']): ReadonlyMap<string, readonly string[]> {
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
  const options = { ...config.options, noEmit: true, incremental: false, types: [...types] };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile;
  const fileExists = host.fileExists;
  host.readFile = f => files.get(path.resolve(f)) ?? readFile(f);
  host.fileExists = f => files.has(path.resolve(f)) || fileExists(f);
  const folders = new Set([...files.keys()].map(f => path.dirname(f)));
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = d => folders.has(path.resolve(d)) || (directoryExists?.(d) ?? true);
  const program = ts.createProgram([...files.keys()], options, host);
  const out = new Map<string, string[]>([...files.keys()].map(f => [f, []]));
  const found = [
    ...program.getOptionsDiagnostics(),
    ...[...files.keys()].flatMap(f => [
      ...program.getSyntacticDiagnostics(program.getSourceFile(f)),
      ...program.getSemanticDiagnostics(program.getSourceFile(f)),
    ]),
  ];
  for (const d of found) {
    const file = d.file ? path.resolve(d.file.fileName) : undefined;
    const list = file !== undefined ? out.get(file) : undefined;
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || list === undefined || d.start === undefined) throw new Error(`unexpected diagnostic: ${message}`);
    list.push(`${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ${message}`);
  }
  return out;
}

/**
 * The public API as the compiler sees it: lib/index.ts, its type checker and its source file. Only
 * declarations are read, nothing is type-checked: the ES2022 library of tsconfig.json (not the
 * default, which adds the DOM), and no `@types` package.
 */
export function publicApi(): { program: ts.Program; checker: ts.TypeChecker; index: ts.SourceFile } {
  const file = path.join(__dirname, '..', 'lib', 'index.ts');
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  return { program, checker: program.getTypeChecker(), index: program.getSourceFile(file)! };
}
