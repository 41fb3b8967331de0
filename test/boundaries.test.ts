/**
 * The parts of lib/ and their arrows: each folder's README says what it may import, ESLint fails
 * an import across the arrows (a planted violation), and the parts that run without cdk8s load
 * no cdk8s module (`cdk8s-pod-patterns/check` and the `check` command).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ESLint } from 'eslint';

const ROOT = path.join(__dirname, '..');
const { PARTS, WITHOUT_CDK8S } = require('../scripts/lib-parts') as { PARTS: Record<string, string[]>; WITHOUT_CDK8S: string[] };

/** Modules of cdk8s, constructs and cdk8s-plus-27 among loaded files. */
function cdk8sModules(files: readonly string[]): string[] {
  return files.filter(f => /node_modules[\\/](cdk8s|constructs|cdk8s-plus-27)[\\/]/.test(f));
}

describe('the parts of lib/', () => {
  test('every folder of lib/ is a part, and every part a folder', () => {
    const folders = fs
      .readdirSync(path.join(ROOT, 'lib'), { withFileTypes: true })
      .filter(e => e.isDirectory())
      .map(e => e.name)
      .sort();
    expect(folders).toEqual(Object.keys(PARTS).sort());
  });

  test.each(Object.keys(PARTS))('lib/%s/README.md says what the part may import, as ESLint enforces it', part => {
    const readme = fs.readFileSync(path.join(ROOT, 'lib', part, 'README.md'), 'utf8');
    const line = /^May import: (.*)$/m.exec(readme)?.[1] ?? '';
    const named = [...line.matchAll(/`lib\/([a-z-]+)`/g)].map(m => m[1]).sort();
    expect(named).toEqual([...PARTS[part]].sort());
    expect(line.includes('Runs without cdk8s.')).toBe(WITHOUT_CDK8S.includes(part));
  });

  test('no hand-written file in lib/ is over 15 KB', () => {
    const big: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (e.name.endsWith('.ts') && !e.name.includes('.generated.') && fs.statSync(full).size > 15 * 1024) big.push(path.relative(ROOT, full));
      }
    };
    walk(path.join(ROOT, 'lib'));
    expect(big).toEqual([]);
  });
});

describe('ESLint keeps the arrows', () => {
  // the configuration is passed in: jest cannot run ESLint's own (dynamic) import of eslint.config.js
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: require('../eslint.config.js') });

  /** The messages of no-restricted-imports for `code` placed at `file`. */
  async function violations(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
    return result.messages.filter(m => m.ruleId === 'no-restricted-imports').map(m => m.message);
  }

  test.each([
    ['lib/engine/planted.ts', "import { Duration } from 'cdk8s';\nexport const x = Duration;\n", 'lib/engine runs without cdk8s'],
    ['lib/engine/rules/planted.ts', "import { k8s } from '../../../imports/k8s';\nexport const x = k8s;\n", 'it may not import the L1 classes'],
    [
      'lib/engine/planted.ts',
      "import { policyRuleSet } from '../policy/rule-set';\nexport const x = policyRuleSet;\n",
      'lib/engine may import only lib/values',
    ],
    [
      'lib/values/planted.ts',
      "import { Container } from '../containers/container';\nexport const x = Container;\n",
      'lib/values may import only its own files',
    ],
    ['lib/workloads/planted.ts', "import { main } from '../cli/main';\nexport const x = main;\n", 'lib/workloads may import only'],
    ['lib/check/planted.ts', "import { Pod } from '../workloads/pod';\nexport const x = Pod;\n", 'lib/check may import only'],
    ['lib/index.ts', "export { main } from './cli/main';\n", 'nothing in the library imports the CLI'],
  ])('%s: a planted import fails', async (file, code, message) => {
    const found = await violations(file, code);
    expect(found.join('\n')).toContain(message);
  });

  test('an import along an arrow passes', async () => {
    expect(await violations('lib/policy/planted.ts', "import { Reporter } from '../engine/reporter';\nexport const x = Reporter;\n")).toEqual([]);
  });
});

describe('what runs without cdk8s loads no cdk8s module', () => {
  test('requiring lib/check (the cdk8s-pod-patterns/check entry point) and validating', () => {
    const script = `
      const { validateManifests } = require('./lib/check');
      const findings = validateManifests([{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'nginx:1.25' }] } }], { policy: 'restricted' });
      process.stdout.write(JSON.stringify({ findings: findings.length, loaded: Object.keys(require.cache) }));`;
    const r = spawnSync(process.execPath, ['-r', './scripts/register.js', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const { findings, loaded } = JSON.parse(r.stdout) as { findings: number; loaded: string[] };
    expect(findings).toBeGreaterThan(0);
    expect(loaded.some(f => f.includes(path.join('lib', 'engine', 'validate.ts')))).toBe(true);
    expect(cdk8sModules(loaded)).toEqual([]);
  });

  test('the check command', () => {
    // a preload records, at exit, every module the process loaded
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loaded-'));
    const record = path.join(dir, 'loaded.json');
    const preload = path.join(dir, 'record.js');
    fs.writeFileSync(
      preload,
      `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(Object.keys(require.cache))));\n`,
    );
    const r = spawnSync(process.execPath, ['-r', preload, 'scripts/cli.js', 'check', 'dist'], { cwd: ROOT, encoding: 'utf8' });
    const loaded = JSON.parse(fs.readFileSync(record, 'utf8')) as string[];
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^0 errors/m);
    expect(loaded.some(f => f.includes(path.join('lib', 'cli', 'check-command.ts')))).toBe(true);
    expect(cdk8sModules(loaded)).toEqual([]);
  });
});
