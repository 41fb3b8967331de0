/**
 * Compiles test files whose lines are marked to fail, the way `tsc` would, and returns what the
 * compiler says on each line. A line after `// @ts-expect-error: <fragment>` must fail with a
 * message containing <fragment>; the directives are blanked out before compiling, so that the
 * compiler reports the errors they would hide.
 *
 * The files are compiled with the repo's options and Node.js's types (not jest's, which they do not
 * use), in one program; only their own semantics are checked: lib/ is tsc's business (`npm test`
 * runs it first). What the compiler says is kept while nothing it read changes (compile-cache.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import type * as TS from 'typescript';
import { cachedCompile, typescript } from './compile-cache';

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
  const found = cachedCompile(
    {
      name: `directives-${path.basename(path.dirname([...sources.keys()][0] ?? 'none'))}`,
      code: [__filename],
      inputs: [...sources].map(([f, s]) => [f, s.stripped]),
    },
    record => {
      const ts = typescript();
      // the repo's options, without jest's globals, which the files do not use (and whose types are a third of the program)
      const options = { ...repoOptions(), noEmit: true, types: ['node'] };
      const host = record(ts.createCompilerHost(options));
      const readFile = host.readFile;
      host.readFile = f => sources.get(path.resolve(f))?.stripped ?? readFile(f);
      const program = ts.createProgram([...sources.keys()], options, host);
      // every file's options and syntax, but only these files' semantics
      return [
        ...program.getOptionsDiagnostics(),
        ...program.getGlobalDiagnostics(),
        ...program.getSyntacticDiagnostics(),
        ...[...sources.keys()].flatMap(f => program.getSemanticDiagnostics(program.getSourceFile(f))),
      ].map(d => located(ts, d));
    },
  );
  const byFile = new Map<string, Map<number, string[]>>([...sources.keys()].map(f => [f, new Map()]));
  for (const d of found) {
    const diagnostics = d.file !== undefined ? byFile.get(d.file) : undefined;
    if (!diagnostics || d.line === undefined) throw new Error(`unexpected diagnostic: ${d.message}`);
    diagnostics.set(d.line, [...(diagnostics.get(d.line) ?? []), d.message]);
  }
  return new Map([...sources.entries()].map(([file, s]) => [file, { lines: s.lines, expectations: s.expectations, diagnostics: byFile.get(file)! }] as const));
}

/** tsconfig.json's compiler options. */
export function repoOptions(): TS.CompilerOptions {
  const ts = typescript();
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
  return config.options;
}

/** A diagnostic as plain data: its file (absolute), 0-based line and message. */
interface Located {
  readonly file?: string;
  readonly line?: number;
  readonly message: string;
}

function located(ts: typeof TS, d: TS.Diagnostic): Located {
  return {
    file: d.file ? path.resolve(d.file.fileName) : undefined,
    line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : undefined,
    message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  };
}

/**
 * Type-checks files that exist only in memory (`path` → text; absolute paths below the repo, so
 * that imports resolve as the repo's own files do), in one program with the repo's options and
 * the global types `types` (Node.js's by default). Returns each file's messages (`line: message`,
 * 1-based lines); only these files' semantics are checked. `name` names the cache entry.
 */
export function compileInMemory(name: string, files: ReadonlyMap<string, string>, types: readonly string[] = ['node']): ReadonlyMap<string, readonly string[]> {
  const found = cachedCompile({ name: `in-memory-${name}`, code: [__filename], inputs: { files: [...files], types } }, record => {
    const ts = typescript();
    const options = { ...repoOptions(), noEmit: true, incremental: false, types: [...types] };
    const host = record(ts.createCompilerHost(options));
    const readFile = host.readFile;
    const fileExists = host.fileExists;
    host.readFile = f => files.get(path.resolve(f)) ?? readFile(f);
    host.fileExists = f => files.has(path.resolve(f)) || fileExists(f);
    const folders = new Set([...files.keys()].map(f => path.dirname(f)));
    const directoryExists = host.directoryExists?.bind(host);
    host.directoryExists = d => folders.has(path.resolve(d)) || (directoryExists?.(d) ?? true);
    const program = ts.createProgram([...files.keys()], options, host);
    return [
      ...program.getOptionsDiagnostics(),
      ...[...files.keys()].flatMap(f => [
        ...program.getSyntacticDiagnostics(program.getSourceFile(f)),
        ...program.getSemanticDiagnostics(program.getSourceFile(f)),
      ]),
    ].map(d => located(ts, d));
  });
  const out = new Map<string, string[]>([...files.keys()].map(f => [f, []]));
  for (const d of found) {
    const list = d.file !== undefined ? out.get(d.file) : undefined;
    if (list === undefined || d.line === undefined) throw new Error(`unexpected diagnostic: ${d.message}`);
    list.push(`${d.line + 1}: ${d.message}`);
  }
  return out;
}

/** The public API as the compiler sees it: lib/index.ts, its type checker and its source file. */
export interface PublicApi {
  readonly ts: typeof TS;
  readonly program: TS.Program;
  readonly checker: TS.TypeChecker;
  readonly index: TS.SourceFile;
}

/**
 * What `derive` reads off the public API (lib/index.ts, its type checker and its source file),
 * kept while lib/ and `code` (the files of `derive` and what it calls) are unchanged. Only
 * declarations are read, nothing is type-checked: the ES2022 library of tsconfig.json (not the
 * default, which adds the DOM), and no `@types` package.
 */
export function fromPublicApi<T>(name: string, code: readonly string[], derive: (api: PublicApi) => T): T {
  return cachedCompile({ name: `public-api-${name}`, code: [__filename, ...code], inputs: null }, record => {
    const ts = typescript();
    const file = path.join(__dirname, '..', 'lib', 'index.ts');
    const options: TS.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
    };
    const program = ts.createProgram([file], options, record(ts.createCompilerHost(options)));
    return derive({ ts, program, checker: program.getTypeChecker(), index: program.getSourceFile(file)! });
  });
}
