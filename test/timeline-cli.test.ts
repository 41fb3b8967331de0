/**
 * The `timeline` command: the same inputs as `check` (files, folders, standard input), the human,
 * JSON and Markdown formats, the SVG picture, and one clear line with exit code 2 for bad input.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { main } from '../lib/cli/main';

const ROOT = path.join(__dirname, '..');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process, with `stdin` as piped input (or a terminal when undefined). */
async function run(args: string[], stdin?: string, cwd = ROOT): Promise<Run> {
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

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: app
          image: registry.k8s.io/pause:3.9
          livenessProbe:
            tcpSocket:
              port: 8080
            periodSeconds: 5
            timeoutSeconds: 5
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
`;

describe('timeline: the tutorial app (dist/)', () => {
  test('human: one block per container with the four windows', async () => {
    const r = await run(['timeline', 'dist']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(
      [
        'Pod/liveness-exec, container liveness (dist/liveness-exec.k8s.yaml)',
        '  first Ready          [0, 2] s after the container starts',
        '  startup deadline     —',
        '  liveness detection   [10, 16] s to the restart decision; the container gets 30 s to stop, then a restart',
        '  readiness detection  —',
      ].join('\n'),
    );
    expect(r.stdout).toContain('  startup deadline     [290, 303] s after the container starts, if it never answers');
    expect(r.stdout).toMatch(/^7 containers, 0 findings\. Windows are \[earliest, latest\] seconds/m);
  });

  test('json: an array, one entry per container, windows as { earliest, latest } or null', async () => {
    const r = await run(['timeline', 'dist', '--format', 'json']);
    expect(r.code).toBe(0);
    const entries = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(entries.map(e => `${e.object} ${e.container}`)).toEqual([
      'Pod/go-test go-test',
      'Deployment/goproxy goproxy',
      'Pod/liveness-exec liveness',
      'Pod/liveness-http liveness',
      'Pod/multi-container web',
      'Pod/multi-container poller',
      'Pod/startup-probe app',
    ]);
    expect(entries[1]).toEqual({
      object: 'Deployment/goproxy',
      container: 'goproxy',
      file: 'dist/goproxy.k8s.yaml',
      firstReady: { earliest: 4, latest: 15 },
      startupDeadline: null,
      livenessDetection: { earliest: 40, latest: 61 },
      readinessDetection: { earliest: 20, latest: 31 },
      findings: [],
    });
  });

  test('markdown: a table to paste in a pull request', async () => {
    const r = await run(['timeline', 'dist/startup-probe.k8s.yaml', 'dist/liveness-http.k8s.yaml', '--format=markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      '| object | container | first Ready | startup deadline | liveness detection | readiness detection | findings |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| `Pod/startup-probe` | `app` | [0, 12] s | [290, 303] s | [0, 11] s | — | — |',
      '| `Pod/liveness-http` | `liveness` | [0, 2] s | — | [6, 10] s | — | — |',
    ]);
  });

  test('--svg writes the picture', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-'));
    try {
      const r = await run(['timeline', 'dist/liveness-exec.k8s.yaml', '--svg', path.join(dir, 'exec.svg')]);
      expect(r.code).toBe(0);
      const svg = fs.readFileSync(path.join(dir, 'exec.svg'), 'utf8');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg).toContain('Pod/liveness-exec liveness: first Ready [0, 2] s');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('timeline: findings', () => {
  test('from standard input: a Service before pods without readiness probe, a timeout as long as the period', async () => {
    const r = await run(['timeline', '--format', 'json'], DEPLOYMENT);
    expect(r.code).toBe(0);
    const [entry] = JSON.parse(r.stdout) as { file: string; findings: Record<string, unknown>[] }[];
    expect(entry.file).toBe('<stdin>');
    expect(entry.findings.map(f => [f.rule, f.severity, f.path])).toEqual([
      ['probe-timeout-period', 'warning', 'spec.template.spec.containers[0].livenessProbe.timeoutSeconds'],
      ['service-readiness-missing', 'warning', 'spec.template.spec.containers[0]'],
    ]);
    // the engine's finding shape
    expect(Object.keys(entry.findings[0]).sort()).toEqual(['detail', 'kind', 'name', 'object', 'path', 'rule', 'segments', 'severity', 'type', 'value']);
    expect(entry.findings[1].detail).toMatch(/^Service "web" selects the pods of Deployment "web", and none of their containers has a readinessProbe/);
  });

  test('human: each finding under its container, with its rule', async () => {
    const r = await run(['timeline', '-'], DEPLOYMENT);
    expect(r.stdout).toContain('  warning: spec.template.spec.containers[0].livenessProbe.timeoutSeconds: Warning: 5: the livenessProbe of container "app"');
    expect(r.stdout).toMatch(/\[service-readiness-missing\]\n/);
    expect(r.stdout).toMatch(/^1 container, 2 findings\./m);
  });

  test('a manifest that check finds errors in: a note on standard error, and the timelines as written', async () => {
    const r = await run(['timeline', 'test/fixtures/tutorial/goproxy.yaml']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^cdk8s-pod-patterns timeline: \d+ errors in these manifests \(see cdk8s-pod-patterns check\)/);
    // readinessProve is no readiness probe
    expect(r.stdout).toContain('  readiness detection  —');
  });
});

describe('timeline: usage and input problems (exit 2, one line)', () => {
  test.each([
    [['timeline', 'nothing-here.yaml'], 'cdk8s-pod-patterns: nothing-here.yaml: no such file or folder\n'],
    [['timeline', 'README.md'], 'cdk8s-pod-patterns: README.md is not a YAML manifest file: none of its documents is a mapping\n'],
  ])('%j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(message);
    expect(r.stdout).toBe('');
  });

  test('YAML that does not parse: the file, line and column', async () => {
    const r = await run(['timeline', '-'], 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cdk8s-pod-patterns: <stdin>:4:1: .*tabs/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('no Pod or workload', async () => {
    const r = await run(['timeline', '-'], 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n');
    expect(r).toMatchObject({ code: 2, stderr: 'cdk8s-pod-patterns: no Pod or workload with containers in -\n' });
  });

  test('empty input', async () => {
    const r = await run(['timeline', '-'], '\n');
    expect(r).toMatchObject({ code: 2, stderr: 'cdk8s-pod-patterns: <stdin> is empty: there is no manifest to read\n' });
  });

  test('a bad --format, and no input: the usage', async () => {
    const bad = await run(['timeline', 'dist', '--format', 'sarif']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^cdk8s-pod-patterns: --format must be human, json, markdown, not "sarif"\n\nUsage:\n {2}cdk8s-pod-patterns timeline/);
    const none = await run(['timeline']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^cdk8s-pod-patterns: give files or folders of manifests/);
  });

  test('--help, and help timeline', async () => {
    for (const args of [
      ['timeline', '--help'],
      ['help', 'timeline'],
    ]) {
      const r = await run(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage:\n {2}cdk8s-pod-patterns timeline \[--format human\|json\|markdown\] \[--svg <file>\] <file\|folder\|->\.\.\./);
      expect(r.stdout).toContain('run cdk8s synth, then timeline dist/');
    }
    expect((await run(['--help'])).stdout).toContain('cdk8s-pod-patterns timeline');
  });

  test('an SVG file that cannot be written', async () => {
    const r = await run(['timeline', 'dist/go-test.k8s.yaml', '--svg', 'no-such-folder/x.svg']);
    expect(r).toMatchObject({ code: 2, stderr: 'cdk8s-pod-patterns: no-such-folder/x.svg: cannot be written (ENOENT)\n' });
  });
});

describe('timeline: runs without cdk8s', () => {
  test('the command loads no cdk8s module', () => {
    // a preload records, at exit, every module the process loaded
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loaded-'));
    const record = path.join(dir, 'loaded.json');
    const preload = path.join(dir, 'record.js');
    fs.writeFileSync(
      preload,
      `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(Object.keys(require.cache))));\n`,
    );
    try {
      const r = spawnSync(process.execPath, ['-r', preload, 'scripts/cli.js', 'timeline', 'dist', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(0);
      const loaded = JSON.parse(fs.readFileSync(record, 'utf8')) as string[];
      expect(loaded.some(f => f.includes(path.join('lib', 'review', 'model.ts')))).toBe(true);
      expect(loaded.filter(f => /node_modules[\\/](cdk8s|constructs|cdk8s-plus-27)[\\/]/.test(f))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
