/**
 * `cdk8s-pod-patterns convert`: the app written into --out (atomically, never into a non-empty
 * folder without --force), the report on standard output, exit codes (0 done, 1 TODOs left,
 * 2 a usage or input problem), standard input, --harden and --help. The convert command, like
 * check, loads no cdk8s module.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { main } from '../lib/cli/main';

const ROOT = path.join(__dirname, '..');
const TUTORIAL = path.join(ROOT, 'test', 'fixtures', 'tutorial');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process in `cwd`, with `stdin` as piped input (or a terminal when undefined). */
async function run(args: string[], cwd: string, stdin?: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const input = new PassThrough() as PassThrough & { isTTY?: boolean };
  if (stdin === undefined) input.isTTY = true;
  else input.end(stdin);
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: input,
    cwd,
    env: {},
  });
  return { code, stdout, stderr };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convert-cli-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('convert', () => {
  test('writes the app of the tutorial and prints the report: exit 0', async () => {
    const r = await run(['convert', path.join(TUTORIAL, 'goproxy.yaml'), path.join(TUTORIAL, 'liveness-exec.yaml'), '--out', 'app'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'app')).sort()).toEqual(['goproxy.ts', 'liveness-exec.ts', 'main.ts']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('converted 2 objects of 2 files into app: goproxy.ts, liveness-exec.ts, main.ts');
    expect(r.stdout).toContain('repaired (each a // fixed: comment in the code): 7\n');
    expect(r.stdout).toContain('  goproxy.yaml Pod/goproxy: spec.containers[0].readinessProve → readinessProbe [unknown-field]\n');
    expect(r.stdout).toContain('opt-outs (typed exemptions that keep what the input says, each with the reason "converted from <file>"): 16\n');
    expect(fs.readFileSync(path.join(dir, 'app', 'goproxy.ts'), 'utf8')).toContain("const converted = { reason: 'converted from goproxy.yaml' };");
  });

  test('a folder of manifests, and standard input', async () => {
    const folder = await run(['convert', path.join(ROOT, 'test', 'fixtures', 'convert'), '--out', 'corpus'], dir);
    expect(folder.code).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'corpus'))).toContain('main.ts');
    const stdin = await run(['convert', '-', '--out', 'piped'], dir, fs.readFileSync(path.join(TUTORIAL, 'go-test.yaml'), 'utf8'));
    expect(stdin.code).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'piped')).sort()).toEqual(['main.ts', 'manifests.ts']);
    expect(fs.readFileSync(path.join(dir, 'piped', 'manifests.ts'), 'utf8')).toContain("reason: 'converted from <stdin>'");
  });

  test('--harden lists what changed instead of opting out', async () => {
    const r = await run(['convert', path.join(TUTORIAL, 'go-test.yaml'), '--out', 'app', '--harden'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('opt-outs');
    expect(r.stdout).toContain("hardened (the library's secure defaults instead of what the input said or left out): 8\n");
    expect(fs.readFileSync(path.join(dir, 'app', 'go-test.ts'), 'utf8')).not.toContain('exemptions');
  });

  test('TODOs left: the files are written, exit 1', async () => {
    fs.writeFileSync(
      path.join(dir, 'bad.yaml'),
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: bad\nspec:\n  hostPIC: true\n  containers:\n    - name: app\n      image: nginx:1.25\n',
    );
    const r = await run(['convert', 'bad.yaml', '--out', 'app'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('cdk8s-pod-patterns convert: 1 TODO left in the code (TODO_UNRESOLVED_…): it does not compile until they are resolved\n');
    expect(fs.readFileSync(path.join(dir, 'app', 'bad.ts'), 'utf8')).toContain('hostPIC: TODO_UNRESOLVED_unknown_field');
  });

  test('a non-empty folder is written into only with --force, which keeps its other files', async () => {
    fs.mkdirSync(path.join(dir, 'app'));
    fs.writeFileSync(path.join(dir, 'app', 'package.json'), '{}\n');
    fs.writeFileSync(path.join(dir, 'app', 'go-test.ts'), 'old\n');
    const refused = await run(['convert', path.join(TUTORIAL, 'go-test.yaml'), '--out', 'app'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('cdk8s-pod-patterns: app is not empty: give --force to write the app into it (its files of the same names are replaced)\n');
    expect(fs.readFileSync(path.join(dir, 'app', 'go-test.ts'), 'utf8')).toBe('old\n');
    const forced = await run(['convert', path.join(TUTORIAL, 'go-test.yaml'), '--out', 'app', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'app')).sort()).toEqual(['go-test.ts', 'main.ts', 'package.json']);
    expect(fs.readFileSync(path.join(dir, 'app', 'go-test.ts'), 'utf8')).toContain('export class GoTest extends Chart');
    expect(fs.readdirSync(dir).filter(f => f.startsWith('.'))).toEqual([]);
  });

  test('an input that cannot be converted changes nothing: exit 2, one line', async () => {
    const fragment = await run(['convert', path.join(TUTORIAL, 'startup-probe-fragment.yaml'), '--out', 'app'], dir);
    expect(fragment.code).toBe(2);
    expect(fragment.stderr).toMatch(
      /^cdk8s-pod-patterns: .*startup-probe-fragment\.yaml \(document 1\) has no kind: it is a fragment \(ports, livenessProbe, startupProbe\)/,
    );
    expect(fragment.stderr.split('\n')).toHaveLength(2);
    expect(fs.existsSync(path.join(dir, 'app'))).toBe(false);
    const missing = await run(['convert', 'nope.yaml', '--out', 'app'], dir);
    expect([missing.code, missing.stderr]).toEqual([2, 'cdk8s-pod-patterns: nope.yaml: no such file or folder\n']);
  });

  test('usage problems: exit 2 with the usage', async () => {
    const noOut = await run(['convert', path.join(TUTORIAL, 'go-test.yaml')], dir);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('convert needs --out <folder>');
    expect(noOut.stderr).toContain('cdk8s-pod-patterns convert <file|folder|->... --out <folder> [--harden] [--force]');
    const noInput = await run(['convert', '--out', 'app'], dir);
    expect([noInput.code, noInput.stderr.split('\n')[0]]).toEqual([
      2,
      'cdk8s-pod-patterns: give files or folders to convert, or pipe manifests to standard input',
    ]);
    const unknown = await run(['convert', 'x.yaml', '--out', 'app', '--typed'], dir);
    expect([unknown.code, unknown.stderr.split('\n')[0]]).toEqual([2, 'cdk8s-pod-patterns: unknown option "--typed"']);
  });

  test('--help', async () => {
    const r = await run(['convert', '--help'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--harden keeps');
    expect((await run(['--help'], dir)).stdout).toContain(' convert <file|folder|->...');
  });

  test('loads no cdk8s module', () => {
    const record = path.join(dir, 'loaded.json');
    const preload = path.join(dir, 'record.js');
    fs.writeFileSync(
      preload,
      `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(Object.keys(require.cache))));\n`,
    );
    const r = spawnSync(process.execPath, ['-r', preload, 'scripts/cli.js', 'convert', 'test/fixtures/tutorial/go-test.yaml', '--out', path.join(dir, 'out')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const loaded = JSON.parse(fs.readFileSync(record, 'utf8')) as string[];
    expect(loaded.some(f => f.includes(path.join('lib', 'convert', 'convert.ts')))).toBe(true);
    expect(loaded.filter(f => /node_modules[\\/](cdk8s|constructs|cdk8s-plus-27)[\\/]/.test(f))).toEqual([]);
  });
});
