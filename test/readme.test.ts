/**
 * Every ```ts block of README.md (and of docs/*.md) compiles against the library as it is.
 *
 * Each block is its own module, named after its Markdown file and first line. All blocks are
 * type-checked in ONE in-memory program, with the repo's tsconfig options (strict,
 * noUnusedLocals, ...) but Node.js's types only (no jest globals), and the import
 * 'cdk8s-pod-patterns' mapped to lib/index.ts. Nothing is written to disk but the compiler's
 * answers, kept while nothing it read changes (compile-cache.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import type * as TS from 'typescript';
import { cachedCompile, typescript } from './compile-cache';
import { repoOptions } from './compile-support';

const ROOT = path.join(__dirname, '..');
/** A folder that does not exist: the blocks only live in memory, but resolve imports from the repo root. */
const VIRTUAL_DIR = path.join(ROOT, '.readme-snippets');

interface Block {
  /** The Markdown file, relative to the repo root. */
  readonly file: string;
  /** 1-based line of the block's first line of code (the line after the opening fence). */
  readonly line: number;
  readonly code: string;
  /** The in-memory module the block is compiled as. */
  readonly fileName: string;
}

/** The Markdown files whose snippets must compile. */
function markdownFiles(): string[] {
  const files = ['README.md'];
  const docs = path.join(ROOT, 'docs');
  if (fs.existsSync(docs)) {
    for (const f of fs.readdirSync(docs).sort()) if (f.endsWith('.md')) files.push(`docs/${f}`);
  }
  return files;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/;

/** The ```ts (or ```typescript) blocks of a Markdown text. */
export function tsBlocks(file: string, text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open) continue;
    const [, , fence, lang] = open;
    // the closing fence: same character, at least as long, nothing after it
    let end = i + 1;
    while (end < lines.length && !new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`).test(lines[end])) end++;
    if (lang === 'ts' || lang === 'typescript') {
      const line = i + 2;
      const name = `${file.replace(/[^A-Za-z0-9]+/g, '-')}-L${line}.ts`;
      blocks.push({ file, line, code: lines.slice(i + 1, end).join('\n') + '\n', fileName: path.join(VIRTUAL_DIR, name) });
    }
    i = end;
  }
  return blocks;
}

/** The repo's compiler options, for an in-memory type check. */
function compilerOptions(ts: typeof TS): TS.CompilerOptions {
  return {
    ...repoOptions(),
    noEmit: true,
    incremental: false,
    tsBuildInfoFile: undefined,
    composite: false,
    declaration: false,
    declarationMap: false,
    sourceMap: false,
    // each block is a module of its own, even one without import or export
    moduleDetection: ts.ModuleDetectionKind.Force,
    // a reader's app has Node.js's types, not jest's globals (whose types are a third of the program)
    types: ['node'],
    baseUrl: ROOT,
    paths: { 'cdk8s-pod-patterns': ['lib/index.ts'], 'cdk8s-pod-patterns/check': ['lib/check/index.ts'] },
  };
}

/** A control module that must NOT compile: proves that the harness reports errors at all. */
const CONTROL: Block = {
  file: '<control>',
  line: 1,
  code: "import { LivenessProbe } from 'cdk8s-pod-patterns';\nLivenessProbe.httpGet({ path: '/healthz', port: '8080' });\n",
  fileName: path.join(VIRTUAL_DIR, 'control-must-not-compile.ts'),
};

/** Type-checks the blocks and the control module in one program: the diagnostics of each, formatted, and where the import went. */
function typeCheck(blocks: readonly Block[]): { diagnostics: Map<string, string[]>; resolved: string | undefined } {
  const virtual = new Map([...blocks, CONTROL].map(b => [path.normalize(b.fileName), b]));
  const { diagnostics, resolved } = cachedCompile(
    { name: 'readme', code: [__filename, require.resolve('./compile-support')], inputs: [...virtual] },
    record => {
      const ts = typescript();
      const options = compilerOptions(ts);
      const host = record(ts.createCompilerHost(options, true));
      const { fileExists, readFile, getSourceFile } = host;
      host.fileExists = f => virtual.has(path.normalize(f)) || fileExists.call(host, f);
      host.readFile = f => virtual.get(path.normalize(f))?.code ?? readFile.call(host, f);
      host.getSourceFile = (f, languageVersion, onError, shouldCreate) => {
        const b = virtual.get(path.normalize(f));
        return b ? ts.createSourceFile(f, b.code, languageVersion, true) : getSourceFile.call(host, f, languageVersion, onError, shouldCreate);
      };
      const program = ts.createProgram({ rootNames: [...virtual.keys()], options, host });
      const result = new Map<string, string[]>();
      const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map(d => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      if (global.length > 0) throw new Error(`compiler options are broken:\n${global.join('\n')}`);
      for (const [fileName, block] of virtual) {
        const sf = program.getSourceFile(fileName)!;
        const diagnostics = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
        result.set(
          fileName,
          diagnostics.map(d => {
            const { line, character } = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : { line: 0, character: 0 };
            const where = `${block.file}:${block.line + line}:${character + 1}`;
            return `${where} (block at line ${block.line}): TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
          }),
        );
      }
      const resolved = ts.resolveModuleName('cdk8s-pod-patterns', CONTROL.fileName, options, host).resolvedModule?.resolvedFileName;
      return { diagnostics: [...result], resolved };
    },
  );
  return { diagnostics: new Map(diagnostics), resolved };
}

const blocks = markdownFiles().flatMap(f => tsBlocks(f, fs.readFileSync(path.join(ROOT, f), 'utf8')));
let diagnostics: Map<string, string[]>;
let resolved: string | undefined;

beforeAll(() => {
  ({ diagnostics, resolved } = typeCheck(blocks));
});

test('README.md has TypeScript examples to check', () => {
  expect(blocks.filter(b => b.file === 'README.md').length).toBeGreaterThanOrEqual(9);
});

test("the import 'cdk8s-pod-patterns' is the repo's lib/index.ts", () => {
  expect(resolved && path.relative(ROOT, resolved)).toBe(path.join('lib', 'index.ts'));
});

test('the harness reports a snippet that does not compile', () => {
  const control = diagnostics.get(path.normalize(CONTROL.fileName))!;
  expect(control.length).toBeGreaterThan(0);
  expect(control[0]).toContain('TS2322');
  expect(control[0]).toContain('write a port number as a number');
});

describe.each(blocks.map(b => [`${b.file}:${b.line}`, b] as const))('%s', (_name, block) => {
  test('compiles', () => {
    const found = diagnostics.get(path.normalize(block.fileName)) ?? [];
    if (found.length > 0) {
      throw new Error(`the \`\`\`ts block at ${block.file}:${block.line} does not compile:\n${found.join('\n')}`);
    }
  });
});

describe('tsBlocks', () => {
  test('finds ts blocks with the line of their first line of code, and skips other languages', () => {
    const md = ['# t', '```ts', 'const a = 1;', '```', '', '```yaml', 'a: 1', '```', '````typescript', '```ts', '````'].join('\n');
    expect(tsBlocks('x.md', md).map(b => [b.line, b.code])).toEqual([
      [3, 'const a = 1;\n'],
      [10, '```ts\n'],
    ]);
  });
});
