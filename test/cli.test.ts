/**
 * The `check` command on the tutorial's own YAML (transcribed by hand into test/fixtures/tutorial),
 * its formats, and its exit-code contract: 0 no errors, 1 errors, 2 usage or input problem.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { main } from '../lib/cli/main';

const ROOT = path.join(__dirname, '..');
const FIXTURES = 'test/fixtures/tutorial';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process, with `stdin` as piped input (or a terminal when undefined). */
async function run(args: string[], stdin?: string, opts: { tty?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const input = new PassThrough() as PassThrough & { isTTY?: boolean };
  if (stdin === undefined) input.isTTY = true;
  else input.end(stdin);
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.tty },
    stdin: input,
    cwd: ROOT,
    env: {},
  });
  return { code, stdout, stderr };
}

async function json(args: string[]): Promise<{ code: number; findings: Record<string, unknown>[]; summary: Record<string, number> }> {
  const r = await run([...args, '--format', 'json']);
  return { code: r.code, ...JSON.parse(r.stdout) };
}

describe('check: the tutorial YAML', () => {
  test('go-test.yaml is valid: exit 0', async () => {
    const r = await run(['check', `${FIXTURES}/go-test.yaml`]);
    expect(r.stdout).toBe('0 errors, 0 warnings, 0 infos in 1 manifest (1 file)\n');
    expect(r.code).toBe(0);
  });

  test('liveness-exec.yaml: names → name, livenessProve → livenessProbe, k8c.gcr.io → registry.k8s.io', async () => {
    const r = await json(['check', `${FIXTURES}/liveness-exec.yaml`]);
    expect(r.code).toBe(1);
    const typos = r.findings.map(f => [f.line, f.column, f.severity, f.path, f.suggestion]);
    expect(typos).toEqual(
      expect.arrayContaining([
        [6, 3, 'error', 'metadata.names', 'name'],
        [10, 12, 'warning', 'spec.containers[0].image', 'registry.k8s.io/busybox'],
        [15, 5, 'error', 'spec.containers[0].livenessProve', 'livenessProbe'],
      ]),
    );
    expect(r.findings.find(f => f.path === 'metadata.name')?.message).toBe('metadata.name: Required value: name or generateName is required');
  });

  test('liveness-http.yaml: the same typos, found again', async () => {
    const r = await json(['check', `${FIXTURES}/liveness-http.yaml`]);
    expect(r.code).toBe(1);
    expect(r.findings.filter(f => f.suggestion).map(f => [f.path, f.suggestion])).toEqual([
      ['metadata.names', 'name'],
      ['spec.containers[0].image', 'registry.k8s.io/busybox'],
      ['spec.containers[0].livenessProve', 'livenessProbe'],
    ]);
  });

  test('goproxy.yaml: readinessProve, and port:8080 without a space explained', async () => {
    const r = await json(['check', `${FIXTURES}/goproxy.yaml`]);
    expect(r.code).toBe(1);
    const byPath = Object.fromEntries(r.findings.map(f => [f.path, f]));
    expect(byPath['spec.containers[0].readinessProve'].suggestion).toBe('readinessProbe');
    expect(byPath['spec.containers[0].livenessProbe.tcpSocket'].message).toBe(
      'spec.containers[0].livenessProbe.tcpSocket: Wrong type: "port:8080": must be an object, not the string "port:8080" ' +
        '(YAML read "port:8080" as one string because there is no space after the colon; write "port: 8080")',
    );
    expect(byPath['spec.containers[0].livenessProbe.tcpSocket'].line).toBe(20);
    expect(byPath['spec.containers[0].image'].suggestion).toBe('registry.k8s.io/goproxy:0.1');
  });

  test('the startup-probe fragment is not a manifest: apiVersion and kind are required', async () => {
    const r = await json(['check', `${FIXTURES}/startup-probe-fragment.yaml`]);
    expect(r.code).toBe(1);
    expect(r.findings.map(f => f.message)).toEqual(['apiVersion: Required value', 'kind: Required value']);
  });

  test('kubectl get -o yaml output (a List, with status and managed fields) is valid', async () => {
    const r = await json(['check', `${FIXTURES}/kubectl-get-pod-list.yaml`]);
    expect(r.findings.filter(f => f.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
  });

  test('a folder: every file, in a stable order, validated together', async () => {
    const r = await run(['check', FIXTURES]);
    expect(r.code).toBe(1);
    const files = [
      ...new Set(
        r.stdout
          .split('\n')
          .filter(l => l.includes(': error: '))
          .map(l => l.split(':')[0]),
      ),
    ];
    expect(files).toEqual([
      `${FIXTURES}/goproxy.yaml`,
      `${FIXTURES}/liveness-exec.yaml`,
      `${FIXTURES}/liveness-http.yaml`,
      `${FIXTURES}/startup-probe-fragment.yaml`,
    ]);
    expect(r.stdout).toMatch(/\n\d+ errors, \d+ warnings, \d+ infos? in 6 manifests \(6 files\)\n$/);
  });
});

describe('check: YAML pitfalls explained', () => {
  const pod = (extra: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: demo\n${extra}spec:\n  containers:\n  - name: app\n    image: busybox:1.36\n`;

  test('yes/no/on in a string map are YAML 1.1 booleans', async () => {
    const r = await run(['check', '-', '--format', 'json'], pod('  labels:\n    enabled: yes\n'));
    const [f] = JSON.parse(r.stdout).findings;
    expect(f.message).toBe(
      'metadata.labels[enabled]: Wrong type: true: must be a string, not the boolean true (YAML 1.1, which kubectl uses, reads an unquoted yes as the boolean true; write "yes" in quotes)',
    );
    expect([f.line, f.column]).toEqual([6, 14]);
    expect(r.code).toBe(1);
  });

  test('a quoted number in an integer field', async () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: demo\nspec:\n  containers:\n  - name: app\n    image: busybox:1.36\n    ports:\n    - containerPort: "8080"\n';
    const r = await run(['check', '-', '--format', 'json'], text);
    const [f] = JSON.parse(r.stdout).findings;
    expect(f.message).toBe(
      'spec.containers[0].ports[0].containerPort: Wrong type: "8080": must be an integer, not the string "8080" (the quotes make "8080" a string; write 8080 without quotes)',
    );
  });

  test('tabs and duplicate keys', async () => {
    const r = await run(['check', '-'], 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n');
    expect(r.stdout).toContain(
      '<stdin>:5:3: error: [document 1] Map keys must be unique: the same key appears twice in one mapping; kubectl rejects the document (strict decoding), and a tool that accepts it keeps only one of the values [yaml-syntax]',
    );
    const tabs = await run(['check', '-'], 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: a\n');
    expect(tabs.stdout).toContain(
      '<stdin>:4:1: error: [document 1] Tabs are not allowed as indentation: YAML does not allow tabs for indentation; indent with spaces [yaml-syntax]',
    );
    expect(tabs.code).toBe(1);
  });
});

describe('check --policy', () => {
  test('restricted: the tutorial pods, which set no security context, fail Pod Security', async () => {
    const r = await json(['check', `${FIXTURES}/go-test.yaml`, '--policy', 'restricted']);
    expect(r.code).toBe(1);
    expect([...new Set(r.findings.map(f => f.rule))].sort()).toEqual([
      'allow-privilege-escalation',
      'capabilities-restricted',
      'run-as-non-root',
      'seccomp-restricted',
    ]);
  });

  test('restricted: dist/ passes with no finding above info', async () => {
    const r = await json(['check', 'dist', '--policy', 'restricted']);
    expect(r.findings.filter(f => f.severity !== 'info')).toEqual([]);
    expect(r.code).toBe(0);
  });

  test('recommended: also the checks platform teams run', async () => {
    const r = await json(['check', `${FIXTURES}/liveness-exec.yaml`, '--policy', 'recommended']);
    const rules = new Set(r.findings.map(f => f.rule));
    for (const rule of ['image-tag-latest', 'resources-missing', 'naked-pod']) expect(rules).toContain(rule);
    // a container that declares a port and has no readiness probe (liveness-exec declares none)
    const served = await json(['check', `${FIXTURES}/go-test.yaml`, '--policy', 'recommended']);
    expect(served.findings.map(f => f.rule)).toContain('readiness-probe-missing');
    expect(rules).not.toContain('readiness-probe-missing');
  });

  test('an unknown profile is a usage error', async () => {
    const r = await run(['check', 'dist', '--policy', 'strict']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('cdk8s-pod-patterns: --policy must be baseline, restricted, recommended, not "strict"');
  });
});

describe('check: formats', () => {
  test('SARIF 2.1.0 with rules, levels and regions', async () => {
    const r = await run(['check', `${FIXTURES}/liveness-exec.yaml`, '--format', 'sarif']);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const [run0] = sarif.runs;
    expect(run0.tool.driver.name).toBe('cdk8s-pod-patterns');
    const typo = run0.results.find(
      (x: { ruleId: string; message: { text: string } }) => x.ruleId === 'unknown-field' && x.message.text.includes('livenessProve'),
    );
    expect(typo.level).toBe('error');
    expect(typo.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: `${FIXTURES}/liveness-exec.yaml` },
      region: { startLine: 15, startColumn: 5 },
    });
    expect(run0.tool.driver.rules[typo.ruleIndex].id).toBe('unknown-field');
    expect(run0.results.find((x: { level: string }) => x.level === 'warning')).toBeDefined();
  });

  test('human output: colour only on a terminal', async () => {
    const plain = await run(['check', `${FIXTURES}/liveness-exec.yaml`]);
    expect(plain.stdout).not.toContain('\u001b[');
    expect(plain.stdout).toContain(
      `${FIXTURES}/liveness-exec.yaml:15:5: error: [document 1 Pod/<no name>] spec.containers[0].livenessProve: unknown field "livenessProve"; did you mean "livenessProbe"? [unknown-field]\n`,
    );
    const tty = await run(['check', `${FIXTURES}/liveness-exec.yaml`], undefined, { tty: true });
    expect(tty.stdout).toContain('\u001b[31merror\u001b[0m');
  });
});

describe('check: exit code 2 for usage and input problems, with a clear message', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'check-input-'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('a missing file is one line, without the usage', async () => {
    const r = await run(['check', 'no/such/file.yaml']);
    expect([r.code, r.stderr]).toEqual([2, 'cdk8s-pod-patterns: no/such/file.yaml: no such file or folder\n']);
  });

  test.each([
    [['check', '--format', 'xml', `${FIXTURES}/go-test.yaml`], 'cdk8s-pod-patterns: --format must be human, json or sarif, not "xml"\n'],
    [['check', '--colour', 'x'], 'cdk8s-pod-patterns: unknown option "--colour"\n'],
    [['check'], 'cdk8s-pod-patterns: give files or folders to check, or pipe manifests to standard input\n'],
    [['lint'], 'cdk8s-pod-patterns: unknown command "lint"\n'],
  ])('%j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stderr).toContain('Usage:');
  });

  test('a file that is not YAML at all is one line naming it, without its content', async () => {
    fs.writeFileSync(path.join(tmp, 'notes.txt'), 'Remember to rotate the keys: every Monday.\nOwner: the platform team\nsecret-looking-token-9f8e7d\n');
    fs.writeFileSync(path.join(tmp, 'random.yaml'), `${'QmFzZTY0IHRleHQgdGhhdCBpcyBub3QgWUFNTA'.repeat(40)}\n`);
    for (const file of ['README.md', 'LICENSE', path.join(tmp, 'notes.txt'), path.join(tmp, 'random.yaml')]) {
      const r = await run(['check', file]);
      // THEN exit 2, one line that names the file, nothing of its content
      expect([file, r.code, r.stdout, r.stderr]).toEqual([
        file,
        2,
        '',
        `cdk8s-pod-patterns: ${file} is not a YAML manifest file: none of its documents is a mapping (is it the file you meant?)\n`,
      ]);
    }
  });

  test('broken YAML meant as a manifest keeps its located syntax errors, without echoing the text', async () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n     ports: [ {containerPort: 80 }\n';
    const r = await run(['check', '-'], text);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<stdin>:8:12: error: \[document 1\] .+ \[yaml-syntax\]$/m);
    expect(r.stdout).not.toContain('containerPort');
  });

  test('a document with very many syntax errors shows the first ten and counts the rest', async () => {
    const broken = `apiVersion: v1\nkind: ConfigMap\n${Array.from({ length: 30 }, (_, i) => `  }key${i}: [\n`).join('')}`;
    const many = await run(['check', '-', '--format', 'json'], broken);
    const findings = JSON.parse(many.stdout).findings as { rule: string; message: string }[];
    expect(findings.length).toBe(11);
    expect(findings[10].message).toMatch(/^\d+ more YAML syntax errors in this document, not shown/);
  });

  test('binary, empty, not UTF-8 and huge inputs', async () => {
    fs.writeFileSync(path.join(tmp, 'image.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    fs.writeFileSync(path.join(tmp, 'empty.yaml'), '\n\n');
    fs.writeFileSync(path.join(tmp, 'latin1.yaml'), Buffer.from('name: caf\xe9\n', 'latin1'));
    const huge = path.join(tmp, 'huge.yaml');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 50 * 1024 * 1024);
    const cases: [string, string][] = [
      ['image.yaml', 'is a binary file, not YAML'],
      ['empty.yaml', 'is empty: there is no manifest to check'],
      ['latin1.yaml', 'is not UTF-8 text, so not YAML'],
      ['huge.yaml', 'is 50 MB; inputs of 50 MB or more are refused'],
    ];
    for (const [file, message] of cases) {
      const r = await run(['check', path.join(tmp, file)]);
      expect([file, r.code, r.stderr.split('\n')[0]]).toEqual([file, 2, `cdk8s-pod-patterns: ${path.join(tmp, file)} ${message}`]);
    }
  });

  test('endless standard input is refused at 50 MB, and reading stops', async () => {
    const { Readable } = await import('stream');
    const chunk = Buffer.alloc(1024 * 1024, 'a: b\n');
    const endless = new Readable({
      read() {
        this.push(chunk);
      },
    }) as import('stream').Readable & { isTTY?: boolean };
    let stderr = '';
    const code = await main(['check', '-'], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (stderr += s) },
      stdin: endless,
      cwd: ROOT,
      env: {},
    });
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('cdk8s-pod-patterns: standard input is 50 MB or more; inputs that large are refused');
    expect(endless.destroyed).toBe(true);
  });

  test('findings are ordered by source, then by position', async () => {
    const r = await json(['check', `${FIXTURES}/liveness-http.yaml`, `${FIXTURES}/goproxy.yaml`]);
    const files = r.findings.map(f => f.file);
    expect(files).toEqual([...files].sort((a, b) => (a === b ? 0 : a === `${FIXTURES}/liveness-http.yaml` ? -1 : 1)));
  });

  test('a folder without YAML files', async () => {
    fs.mkdirSync(path.join(tmp, 'nothing'));
    const r = await run(['check', path.join(tmp, 'nothing')]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`cdk8s-pod-patterns: ${path.join(tmp, 'nothing')}: no .yaml, .yml or .json files in this folder`);
  });
});

describe('help', () => {
  test.each([[['--help']], [['-h']], [['help']]])('%j prints the usage of every command and exits 0', async args => {
    const r = await run(args);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^Usage:\n {2}cdk8s-pod-patterns check .*\n[\s\S]* {2}cdk8s-pod-patterns synth /);
  });

  test.each([
    [['check', '--help'], 'check'],
    [['check', '-h', 'dist'], 'check'],
    [['synth', '--help'], 'synth'],
    [['synth', '--check', '-h'], 'synth'],
    [['help', 'synth'], 'synth'],
  ])('%j prints the usage of %s and exits 0', async (args, command) => {
    const r = await run(args);
    const other = command === 'check' ? 'synth' : 'check';
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(`cdk8s-pod-patterns ${command} [`);
    expect(r.stdout).not.toContain(`cdk8s-pod-patterns ${other} [`);
    expect(r.stdout).toContain('Exit codes: 0 no errors');
  });
});

describe('the real process', () => {
  const cli = [path.join(ROOT, 'scripts/cli.js')];

  test('reads standard input and exits 1 on errors, without a stack trace', () => {
    const r = spawnSync(process.execPath, [...cli, 'check'], { input: 'apiVersion: v1\nkind: pod\nmetadata:\n  name: x\n', encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      '<stdin>:2:7: error: [document 1 pod/x] kind: Invalid value: "pod": no kind "pod" is registered for version "v1"; did you mean "Pod"? [kind-registered]',
    );
    expect(r.stderr).toBe('');
  });

  test('exits 2 on a missing file, without a stack trace', () => {
    const r = spawnSync(process.execPath, [...cli, 'check', 'missing.yaml'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('dist/ passes check with no error', () => {
    expect(() => execFileSync(process.execPath, [...cli, 'check', path.join(ROOT, 'dist')], { encoding: 'utf8' })).not.toThrow();
  });
});
