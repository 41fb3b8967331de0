/**
 * The `diff` command: two folders or files, or `--git <ref>` against a temporary repository of
 * two commits; the human, JSON and Markdown formats; `--fail-on` (exit 1); and one clear line
 * with exit code 2 for bad input.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { main } from '../lib/cli/main';

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

/** A Deployment `api` with a readiness probe of period `period`, and its Service. */
function manifests(period: number, extra = ''): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 2
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api${extra}
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:2.1.0
          ports:
            - name: http
              containerPort: 8080
          readinessProbe:
            tcpSocket:
              port: http
            periodSeconds: ${period}
          securityContext:
            runAsNonRoot: true
            readOnlyRootFilesystem: true
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector:
    app: api
  ports:
    - name: http
      port: 80
      targetPort: http
`;
}

const EXEMPTION = `
      annotations:
        exempt.cdk8s-pod-patterns/read-only-root-filesystem: "api:writable root filesystem (caches)"`;

let tmp: string;

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(tmp, file)), { recursive: true });
  fs.writeFileSync(path.join(tmp, file), text);
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'diff-cli-'));
  write('before/api.yaml', manifests(10));
  write('after/api.yaml', manifests(30, EXEMPTION));
  write('after/worker.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: worker\ndata:\n  queue: jobs\n');
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('diff of two folders', () => {
  test('human: the objects, each change explained, the summary and the hunks; exit 0', async () => {
    const r = await run(['diff', 'before', 'after'], tmp);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Deployment/api: changed (api.yaml)\n');
    expect(r.stdout).toContain('  ! exemption    exemption read-only-root-filesystem added: api:writable root filesystem (caches)\n');
    expect(r.stdout).toContain('    probe-window container api: readiness detection [20, 31] s → [60, 91] s (up to 60 s later)\n');
    expect(r.stdout).toContain('    probe        container api: readinessProbe.periodSeconds 10 → 30\n');
    expect(r.stdout).toContain('ConfigMap/worker: added (worker.yaml)\n');
    expect(r.stdout).toContain('1 changed, 1 added, 0 removed, 0 renamed, 1 unchanged; 1 change weakens the security posture (marked !).');
    expect(r.stdout).toContain('--- /dev/null\n+++ worker.yaml\n@@ -0,0 +1,6 @@\n');
  });

  test('json and markdown', async () => {
    const json = await run(['diff', '--format', 'json', 'before', 'after'], tmp);
    const parsed = JSON.parse(json.stdout) as { summary: Record<string, number>; objects: { status: string }[]; files: { after: string; diff: string }[] };
    expect(parsed.summary).toEqual({ added: 1, removed: 0, renamed: 0, changed: 1, unchanged: 1 });
    expect(parsed.objects.map(o => o.status)).toEqual(['changed', 'added']);
    expect(parsed.files.map(f => f.after)).toEqual(['api.yaml', 'worker.yaml']);
    const md = await run(['diff', '--format=markdown', 'before', 'after'], tmp);
    expect(md.stdout).toMatch(/^### Manifest diff: 1 changed, 1 added, 0 removed, 0 renamed, 1 unchanged\n/);
    expect(md.stdout).toContain('**`Deployment/api`** changed in `api.yaml`\n\n| | change | what |\n| --- | --- | --- |\n| ⚠️ | exemption |');
    expect(md.stdout).toContain('</details>\n');
  });

  test('two files, and standard input for one side', async () => {
    const r = await run(['diff', 'before/api.yaml', '-'], tmp, manifests(10).replace('replicas: 2', 'replicas: 4'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('    replicas     replicas 2 → 4\n');
    expect(r.stdout).toContain('--- before/api.yaml\n+++ <stdin>\n');
  });

  test('--fail-on: exit 1 when a condition holds, with the reasons; 0 when none does', async () => {
    const failing = await run(['diff', '--fail-on', 'exemption-added,window-grows:50%', 'before', 'after'], tmp);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('fails exemption-added: Deployment/api: exemption read-only-root-filesystem added');
    expect(failing.stdout).toContain('fails window-grows:50%: Deployment/api: container api: readiness detection');
    expect(failing.stderr).toBe('cdk8s-pod-patterns diff: --fail-on exemption-added, window-grows:50%: 2 changes (see the output)\n');
    const passing = await run(['diff', '--fail-on', 'security-weakened,object-removed,window-grows:60', 'before', 'after'], tmp);
    expect(passing.code).toBe(0);
    expect(passing.stderr).toBe('');
  });
});

describe('diff --git <ref>', () => {
  let repo: string;
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull },
    });
    if (r.status !== 0) throw new Error(r.stderr);
  };

  beforeAll(() => {
    repo = path.join(tmp, 'repo');
    fs.mkdirSync(path.join(repo, 'dist'), { recursive: true });
    git('init', '-q');
    fs.writeFileSync(path.join(repo, 'dist', 'api.k8s.yaml'), manifests(10));
    fs.writeFileSync(path.join(repo, 'dist', 'README.md'), '# not a manifest\n');
    git('add', '.');
    git('commit', '-q', '-m', 'first');
    fs.writeFileSync(path.join(repo, 'dist', 'api.k8s.yaml'), manifests(10).replace('api:2.1.0', 'api:2.2.0'));
    git('commit', '-q', '-am', 'second');
    // the working tree: a longer readiness period, not committed
    fs.writeFileSync(path.join(repo, 'dist', 'api.k8s.yaml'), manifests(30).replace('api:2.1.0', 'api:2.2.0'));
  });

  test('the files committed at the ref against the working tree, dist/ by default', async () => {
    const head = await run(['diff', '--git', 'HEAD'], repo);
    expect(head.code).toBe(0);
    expect(head.stdout).toContain('Deployment/api: changed (dist/api.k8s.yaml)\n');
    expect(head.stdout).toContain('readiness detection [20, 31] s → [60, 91] s');
    expect(head.stdout).not.toContain('image');
    expect(head.stdout).toContain('--- dist/api.k8s.yaml\n+++ dist/api.k8s.yaml\n');
    const first = await run(['diff', '--git', 'HEAD~1', '--fail-on', 'image-changed', 'dist'], repo);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('image ghcr.io/acme/api: tag 2.1.0 → 2.2.0');
  });

  test('from a subfolder, with a path relative to it', async () => {
    const r = await run(['diff', '--git', 'HEAD', '--format', 'json', '.'], path.join(repo, 'dist'));
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { files: { before: string }[] }).files.map(f => f.before)).toEqual(['api.k8s.yaml']);
  });

  test('a path that is new in the working tree: its objects are added', async () => {
    fs.mkdirSync(path.join(repo, 'extra'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'extra', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n');
    const r = await run(['diff', '--git', 'HEAD', '--fail-on', 'object-added', 'extra'], repo);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ConfigMap/extra: added (extra/cm.yaml)');
  });

  test('an unknown ref, a folder outside git, a path with no manifests: one line, exit 2', async () => {
    const unknown = await run(['diff', '--git', 'no-such-branch'], repo);
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      'cdk8s-pod-patterns: unknown git ref "no-such-branch" (in CI, fetch it first: actions/checkout with fetch-depth: 0)\n',
    ]);
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'no-git-'));
    const noRepo = await run(['diff', '--git', 'HEAD'], outside);
    fs.rmSync(outside, { recursive: true, force: true });
    expect(noRepo.code).toBe(2);
    expect(noRepo.stderr).toMatch(/^cdk8s-pod-patterns: .* is not in a git repository: diff --git <ref> reads the manifests committed at <ref>\n$/);
    const none = await run(['diff', '--git', 'HEAD', 'nowhere'], repo);
    expect([none.code, none.stderr]).toEqual([2, 'cdk8s-pod-patterns: no .yaml, .yml or .json files in nowhere, neither at HEAD nor in the working tree\n']);
    const option = await run(['diff', '--git', '--format'], repo);
    expect(option.code).toBe(2);
  });
});

describe('diff: usage and input problems (exit 2)', () => {
  test.each([
    [['diff', 'before'], 'give two files or folders (before, then after), or --git <ref>'],
    [['diff', '--format', 'sarif', 'before', 'after'], '--format must be human, json, markdown, not "sarif"'],
    [['diff', '--fail-on', 'everything', 'before', 'after'], '--fail-on: unknown condition "everything"'],
    [['diff', '--fail-on', 'window-grows:soon', 'before', 'after'], '--fail-on: "window-grows:soon": the bound must be seconds'],
    [['diff', '--context', 'many', 'before', 'after'], '--context must be a number of lines, not "many"'],
  ])('%j: the message and the usage', async (args, message) => {
    const r = await run(args, tmp);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cdk8s-pod-patterns: ${message}`);
    expect(r.stderr).toContain('Usage:\n  cdk8s-pod-patterns diff ');
  });

  test('a missing folder or YAML that does not parse: one line, no stack trace', async () => {
    write('broken/x.yaml', 'kind: Pod\nmetadata: {name: [\n');
    const missing = await run(['diff', 'before', 'gone'], tmp);
    expect([missing.code, missing.stderr]).toEqual([2, 'cdk8s-pod-patterns: gone: no such file or folder\n']);
    const broken = await run(['diff', 'before', 'broken'], tmp);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^cdk8s-pod-patterns: x\.yaml:\d+:\d+: [^\n]+\n$/);
  });

  test('--help and help diff print the usage', async () => {
    for (const args of [
      ['diff', '--help'],
      ['help', 'diff'],
    ]) {
      const r = await run(args, tmp);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage:\n {2}cdk8s-pod-patterns diff \[--format human\|json\|markdown\] \[--fail-on <conditions>\]/);
      expect(r.stdout).toContain('window-grows:<seconds>');
    }
  });
});
