import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// The synth command runs a TypeScript entry in its own process in any app: with the app's own
// `typescript` when no loader is registered, its JavaScript cached by content. Each case runs in a
// process of its own, since a loader, once registered, stays for the process.

const ROOT = path.join(__dirname, '..');

/** Runs the loader on `entry` in a fresh process; what the entry exported and which compiler files loaded. */
function run(entry: string): { status: number | null; out: { registered: boolean; value: unknown; compiler: boolean } | undefined; stderr: string } {
  const script = `
    require(${JSON.stringify(path.join(ROOT, 'scripts/register.js'))});
    const { registerTypeScript } = require(${JSON.stringify(path.join(ROOT, 'lib/synth/typescript-loader.ts'))});
    delete require.extensions['.ts'];
    const before = new Set(Object.keys(require.cache));
    const registered = registerTypeScript(${JSON.stringify(entry)});
    const value = require(${JSON.stringify(entry)}).value;
    const compiler = Object.keys(require.cache).some(f => !before.has(f) && /[\\\\/]typescript[\\\\/]lib[\\\\/]typescript\\.js$/.test(f));
    process.stdout.write(JSON.stringify({ registered, value, compiler }));`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, out: r.status === 0 ? JSON.parse(r.stdout) : undefined, stderr: r.stderr };
}

let app: string;

beforeAll(() => {
  // inside the repository, so that the app resolves the repository's typescript as its own
  fs.mkdirSync(path.join(ROOT, 'build'), { recursive: true });
  app = fs.mkdtempSync(path.join(ROOT, 'build', 'ts-loader-app-'));
  fs.writeFileSync(path.join(app, 'package.json'), '{ "name": "app", "private": true }\n');
  fs.writeFileSync(
    path.join(app, 'tsconfig.json'),
    '{\n  // comments, as tsc allows\n  "compilerOptions": { "target": "ES2020", "module": "ESNext", "strict": true, "outDir": "out" }\n}\n',
  );
  fs.writeFileSync(path.join(app, 'shapes.ts'), 'export enum Kind { Pod = "Pod" }\nexport interface Named { readonly name: string }\n');
  fs.writeFileSync(
    path.join(app, 'main.ts'),
    "import { Kind, Named } from './shapes';\nconst web: Named = { name: 'web' };\nexport const value: string = `${Kind.Pod}/${web.name}`;\n",
  );
});

afterAll(() => app && fs.rmSync(app, { recursive: true, force: true }));

test("an app's TypeScript runs through its own typescript and its tsconfig, cached; a changed file is transpiled again", () => {
  // WHEN the entry is loaded (the second run, from the cache, is the package test's)
  const first = run(path.join(app, 'main.ts'));
  // THEN it runs (types stripped, the enum and the import kept, ESNext modules made CommonJS)
  expect(first.stderr).toBe('');
  expect(first.out).toEqual({ registered: true, value: 'Pod/web', compiler: true });
  expect(fs.readdirSync(path.join(app, 'node_modules/.cache/cdk8s-pod-patterns/ts')).filter(f => f.endsWith('.js'))).toHaveLength(2);
  // and a file that changed is transpiled again, not taken from the cache
  fs.writeFileSync(path.join(app, 'main.ts'), 'export const value: number = 6 * 7;\n');
  expect(run(path.join(app, 'main.ts')).out).toEqual({ registered: true, value: 42, compiler: true });
});

test('an app without typescript is told what to install', () => {
  const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'ts-loader-bare-'));
  try {
    fs.writeFileSync(path.join(bare, 'package.json'), '{}\n');
    fs.writeFileSync(path.join(bare, 'main.ts'), 'export const value = 1;\n');
    const r = run(path.join(bare, 'main.ts'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(
      /main\.ts is TypeScript, and neither a TypeScript loader .* nor the "typescript" package is installed in the app: npm install --save-dev typescript/,
    );
  } finally {
    fs.rmSync(bare, { recursive: true, force: true });
  }
});
