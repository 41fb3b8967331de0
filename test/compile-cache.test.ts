/**
 * The compile cache of the compile tests (compile-cache.ts) returns a kept result only while
 * everything the compiler read and probed is unchanged: a changed, added or removed file, other
 * inputs or other code run the compiler again.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type * as TS from 'typescript';
import { cachedCompile, typescript } from './compile-cache';

let dir: string;
let cache: string;
let runs: number;

/** The messages of a program of `main.ts` in the temp folder, through the cache; counts the compiler's runs. */
function compile(inputs: unknown = null, code: readonly string[] = []): string[] {
  return cachedCompile(
    { name: 'probe', code, inputs },
    record => {
      runs++;
      const ts = typescript();
      // a program of its own, without the standard library (a few declarations stand in for it): quick
      const options: TS.CompilerOptions = { noLib: true, noEmit: true, strict: true, types: [], module: ts.ModuleKind.CommonJS };
      const program = ts.createProgram([path.join(dir, 'main.ts'), path.join(dir, 'globals.d.ts')], options, record(ts.createCompilerHost(options)));
      return ts.getPreEmitDiagnostics(program).map(d => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
    cache,
  );
}

const write = (file: string, text: string) => fs.writeFileSync(path.join(dir, file), text);

let setting: string | undefined;

beforeEach(() => {
  // the cache on, whatever the environment of this run says
  setting = process.env.COMPILE_CACHE;
  delete process.env.COMPILE_CACHE;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-cache-'));
  cache = path.join(dir, '.cache');
  runs = 0;
  write(
    'globals.d.ts',
    ['Array<T>', 'Boolean', 'Function', 'CallableFunction', 'NewableFunction', 'IArguments', 'Number', 'Object', 'RegExp', 'String']
      .map(t => `interface ${t} {}`)
      .join('\n'),
  );
  write('main.ts', "import { port } from './port';\nimport { name } from './name';\nexport const p: number = port;\nexport const n: string = name;\n");
  write('port.ts', 'export const port = 8080;\n');
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (setting === undefined) delete process.env.COMPILE_CACHE;
  else process.env.COMPILE_CACHE = setting;
});

test('the second run with nothing changed returns the first run’s messages without compiling', () => {
  const first = compile();
  expect(first).toEqual([expect.stringContaining("Cannot find module './name'")]);
  expect(compile()).toEqual(first);
  expect(runs).toBe(1);
});

test('a file the program read, changed, compiles again', () => {
  write('name.ts', "export const name = 'web';\n");
  expect(compile()).toEqual([]);
  write('port.ts', "export const port = '8080';\n");
  expect(compile()).toEqual([expect.stringContaining("Type 'string' is not assignable to type 'number'")]);
  expect(runs).toBe(2);
});

test('a file added where the compiler looked, or removed, compiles again', () => {
  expect(compile()).toHaveLength(1);
  // GIVEN the module that was missing, now written
  write('name.ts', "export const name = 'web';\n");
  // THEN the error is gone
  expect(compile()).toEqual([]);
  fs.rmSync(path.join(dir, 'port.ts'));
  expect(compile()).toEqual([expect.stringContaining("Cannot find module './port'")]);
  expect(runs).toBe(3);
});

test('other inputs or changed code compile again', () => {
  const code = path.join(dir, 'derive.js');
  fs.writeFileSync(code, '// v1\n');
  compile({ a: 1 }, [code]);
  compile({ a: 2 }, [code]);
  fs.writeFileSync(code, '// v2\n');
  compile({ a: 2 }, [code]);
  compile({ a: 2 }, [code]);
  expect(runs).toBe(3);
});

test('COMPILE_CACHE=off always compiles', () => {
  process.env.COMPILE_CACHE = 'off';
  compile();
  compile();
  expect(runs).toBe(2);
});
