/**
 * `synth` replaces the output folder whole on success, and never leaves it empty, partial or
 * mixed: not when the app fails, not when it is killed halfway, not when the disk is full.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkSynthesis, diffFolders } from '../lib/synth/check-synthesis';
import { recover, synthesize, SynthError } from '../lib/synth/synthesize';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-test-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A fake cdk8s app: writes the given files into CDK8S_OUTDIR, then does `then`. */
function app(files: Record<string, string>, then = ''): string {
  const script = path.join(dir, `app-${Object.keys(files).join('-') || 'none'}.js`);
  fs.writeFileSync(
    script,
    `const fs = require('fs'), path = require('path');\n` +
      `for (const [f, text] of Object.entries(${JSON.stringify(files)})) fs.writeFileSync(path.join(process.env.CDK8S_OUTDIR, f), text);\n` +
      then,
  );
  return `"${process.execPath}" "${script}"`;
}

function tree(folder: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(folder)
      .sort()
      .map(f => [f, fs.readFileSync(path.join(folder, f), 'utf8')]),
  );
}

const OLD = { 'a.k8s.yaml': 'kind: Pod # old a\n', 'b.k8s.yaml': 'kind: Pod # old b\n' };

function withOldDist(): string {
  const out = path.join(dir, 'dist');
  fs.mkdirSync(out);
  for (const [f, text] of Object.entries(OLD)) fs.writeFileSync(path.join(out, f), text);
  return out;
}

/** Nothing but dist/ and the app scripts is left in the folder: no temporary folders. */
function leftovers(): string[] {
  return fs.readdirSync(dir).filter(f => f.startsWith('.'));
}

test('success replaces the folder whole: a removed chart disappears', async () => {
  const out = withOldDist();
  const result = await synthesize({ app: app({ 'a.k8s.yaml': 'kind: Pod # new a\n', 'c.k8s.yaml': 'kind: Pod # new c\n' }), output: 'dist', cwd: dir });
  expect(result.files).toEqual(['a.k8s.yaml', 'c.k8s.yaml']);
  expect(tree(out)).toEqual({ 'a.k8s.yaml': 'kind: Pod # new a\n', 'c.k8s.yaml': 'kind: Pod # new c\n' });
  expect(leftovers()).toEqual([]);
});

test('the first synthesis creates the folder', async () => {
  await synthesize({ app: app({ 'a.k8s.yaml': 'x\n' }), output: 'out/dist', cwd: dir });
  expect(tree(path.join(dir, 'out', 'dist'))).toEqual({ 'a.k8s.yaml': 'x\n' });
});

test('a failing app leaves the folder exactly as it was', async () => {
  const out = withOldDist();
  const failing = app({ 'a.k8s.yaml': 'half\n' }, "console.error('Validation failed'); process.exit(1);");
  await expect(synthesize({ app: failing, output: 'dist', cwd: dir })).rejects.toThrow(new SynthError('the app failed (exit code 1); dist is unchanged'));
  expect(tree(out)).toEqual(OLD);
  expect(leftovers()).toEqual([]);
});

test('an app killed halfway leaves the folder exactly as it was', async () => {
  const out = withOldDist();
  const killed = app({ 'a.k8s.yaml': 'half\n' }, "process.kill(process.pid, 'SIGKILL');");
  await expect(synthesize({ app: killed, output: 'dist', cwd: dir })).rejects.toThrow(SynthError);
  expect(tree(out)).toEqual(OLD);
  expect(leftovers()).toEqual([]);
});

test('a full disk (no byte may be written) leaves the folder exactly as it was', async () => {
  const out = withOldDist();
  // ulimit -f 0: every write of the app fails, as on a full disk
  const full = `ulimit -f 0; exec 2>/dev/null; ${app({ 'a.k8s.yaml': 'kind: Pod\n'.repeat(1000) })}`;
  await expect(synthesize({ app: full, output: 'dist', cwd: dir })).rejects.toThrow(SynthError);
  expect(tree(out)).toEqual(OLD);
  expect(leftovers()).toEqual([]);
});

test('an app that writes nothing does not empty the folder', async () => {
  const out = withOldDist();
  await expect(synthesize({ app: app({}), output: 'dist', cwd: dir })).rejects.toThrow(
    new SynthError('the app wrote no manifests (does it call app.synth()?); dist is unchanged'),
  );
  expect(tree(out)).toEqual(OLD);
});

test('a command that cannot run leaves the folder as it was', async () => {
  const out = withOldDist();
  await expect(synthesize({ app: 'no-such-command-here', output: 'dist', cwd: dir })).rejects.toThrow(/^the app failed \(exit code 127\); dist is unchanged$/);
  expect(tree(out)).toEqual(OLD);
});

test('recover() puts back a folder that a synthesis killed during its swap left aside, and removes stale temporary folders', () => {
  // GIVEN the state a synthesis killed between its two renames leaves: no dist/, the old one aside
  const dead = 999999;
  const aside = path.join(dir, `.dist.previous-${dead}`);
  fs.mkdirSync(aside);
  fs.writeFileSync(path.join(aside, 'a.k8s.yaml'), 'old\n');
  fs.mkdirSync(path.join(dir, `.dist.synth-${dead}-abc`));
  // WHEN
  recover(path.join(dir, 'dist'));
  // THEN
  expect(tree(path.join(dir, 'dist'))).toEqual({ 'a.k8s.yaml': 'old\n' });
  expect(leftovers()).toEqual([]);
});

describe('kustomization and --check', () => {
  test('--kustomization lists every manifest, sorted', async () => {
    await synthesize({ app: app({ 'b.k8s.yaml': 'b\n', 'a.k8s.yaml': 'a\n' }), output: 'dist', cwd: dir, kustomization: true });
    expect(fs.readFileSync(path.join(dir, 'dist', 'kustomization.yaml'), 'utf8')).toBe(
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - a.k8s.yaml\n  - b.k8s.yaml\n',
    );
  });

  test('checkSynthesis fails with a diff on a hand-edited file and passes after a re-synth, touching nothing', async () => {
    const command = app({ 'a.k8s.yaml': 'kind: Pod\nmetadata:\n  name: a\nspec: {}\n' });
    await synthesize({ app: command, output: 'dist', cwd: dir });
    const file = path.join(dir, 'dist', 'a.k8s.yaml');
    fs.writeFileSync(file, 'kind: Pod\nmetadata:\n  name: edited\nspec: {}\n');
    const stale = await checkSynthesis({ app: command, output: 'dist', cwd: dir });
    expect(stale.upToDate).toBe(false);
    expect(stale.diff).toBe(
      '--- dist/a.k8s.yaml\n+++ dist/a.k8s.yaml (synthesized)\n@@ -1,4 +1,4 @@\n kind: Pod\n metadata:\n-  name: edited\n+  name: a\n spec: {}\n',
    );
    expect(fs.readFileSync(file, 'utf8')).toContain('edited');
    await synthesize({ app: command, output: 'dist', cwd: dir });
    expect(await checkSynthesis({ app: command, output: 'dist', cwd: dir })).toEqual({ upToDate: true, diff: '' });
  });

  test('a file the app no longer writes, or a new one, shows in the diff', () => {
    const a = path.join(dir, 'a');
    const b = path.join(dir, 'b');
    fs.mkdirSync(a);
    fs.mkdirSync(b);
    fs.writeFileSync(path.join(a, 'old.yaml'), 'x\n');
    fs.writeFileSync(path.join(b, 'new.yaml'), 'y\n');
    expect(diffFolders(a, b, 'dist')).toBe(
      '--- /dev/null\n+++ dist/new.yaml (synthesized)\n@@ -0,0 +1 @@\n+y\n--- dist/old.yaml\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n',
    );
  });
});

describe('an entry module run in this process', () => {
  test('runs again on a second synthesis, and a missing module is one clear line', () => {
    // in a process of its own: jest's module registry is not Node's
    const entry = path.join(dir, 'entry.js');
    fs.writeFileSync(entry, "require('fs').writeFileSync(require('path').join(process.env.CDK8S_OUTDIR, 'a.k8s.yaml'), 'a\\n');\n");
    const script = `
      require(${JSON.stringify(path.join(__dirname, '../scripts/register.js'))});
      const { synthesize } = require(${JSON.stringify(path.join(__dirname, '../lib/synth/synthesize.ts'))});
      const { checkSynthesis } = require(${JSON.stringify(path.join(__dirname, '../lib/synth/check-synthesis.ts'))});
      (async () => {
        const o = { entry: ${JSON.stringify(entry)}, output: 'dist', cwd: ${JSON.stringify(dir)} };
        await synthesize(o);
        const second = await checkSynthesis(o);
        const missing = await synthesize({ ...o, entry: 'missing.js' }).catch(e => e.message);
        process.stdout.write(JSON.stringify({ second, missing }));
      })();`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
    expect(out).toEqual({
      second: { upToDate: true, diff: '' },
      missing: `the app failed: Cannot find module '${path.join(dir, 'missing.js')}'\ndist is unchanged`,
    });
  });

  test('a failing check names the folder it checks, not its temporary one', async () => {
    await expect(checkSynthesis({ app: 'exit 3', output: 'dist', cwd: dir })).rejects.toThrow(
      new SynthError('the app failed (exit code 3); dist was not checked'),
    );
  });
});
