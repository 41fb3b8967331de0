/**
 * The consumer app of `scripts/bench.ts`: a new cdk8s TypeScript app of ten services, built from
 * this package as it is published (`npm pack`), with its peers and the `typescript` that `cdk8s init`
 * puts in every TypeScript app (and `ts-node`, which its `cdk8s.yaml` runs). Timed cold, a new
 * process each run, into a temporary output folder:
 *
 *   synth      node_modules/.bin/cdk8s-pod-patterns synth --entry main.ts (the README's command,
 *              without npx's own start-up; the app's TypeScript transpiled by the package's loader,
 *              cached by content); the first run after clearing that cache is reported apart
 *   npx        the same through `npx`
 *   ts-node    node_modules/.bin/ts-node main.ts, what `cdk8s synth` runs for such an app (the
 *              cdk8s CLI's own start-up not included)
 *
 * Both write the same bytes (checked). The app is installed once per set of versions into
 * node_modules/.cache/bench-consumer-<key>, and this run's tarball into it each time.
 */
import { execFileSync, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const APP_PACKAGES = ['cdk8s', 'cdk8s-plus-27', 'constructs', 'typescript', 'ts-node', '@types/node'];

/** What {@link measureConsumerSynth} measured, in ms. */
export interface ConsumerSynthResult {
  /** Median of the cold runs of the synth command (the transpile cache filled). */
  readonly ms: number;
  readonly runs_ms: number[];
  /** The first run, with an empty transpile cache (the app's `typescript` loaded). */
  readonly first_run_ms: number;
  /** Median through `npx cdk8s-pod-patterns synth --entry main.ts`. */
  readonly npx_ms: number;
  /** Median of `ts-node main.ts`, as `cdk8s synth` runs the app. */
  readonly ts_node_ms: number;
  readonly documents: number;
  readonly command: string;
}

function versionOf(pkg: string): string {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The app's main.ts: ten services of a shop, each a ConfigMap, a Deployment, a Service and a budget. */
export function consumerMain(services = 10): string {
  return `import { App, Chart, Duration, Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-27';
import { ConfigMap, Container, Deployment, EnvValue, LivenessProbe, PodDisruptionBudget, ReadinessProbe, Secret, Service, Volume } from 'cdk8s-pod-patterns';

const app = new App();
const chart = new Chart(app, 'shop', { namespace: 'shop' });
const db = Secret.external('shop-db', ['password']);

function service(name: string, replicas: number): void {
  const config = new ConfigMap(chart, \`\${name}-config\`, { name: \`\${name}-config\`, data: { LOG_LEVEL: 'info', 'app.yaml': 'cache: 5m\\n' } });
  const container = Container.of({
    name,
    image: \`ghcr.io/example/\${name}:1.4.2\`,
    ports: [
      { name: 'http', number: 8080 },
      { name: 'metrics', number: 9090 },
    ],
    env: { LOG_LEVEL: EnvValue.fromConfigMap(config, 'LOG_LEVEL'), DB_PASSWORD: EnvValue.fromSecret(db, 'password') },
    mounts: [{ volume: Volume.fromConfigMap(config, { items: { 'app.yaml': 'app.yaml' } }), path: '/etc/app', readOnly: true }],
    writablePaths: ['/tmp'],
    readinessProbe: ReadinessProbe.httpGet({ path: '/ready', port: 'http', period: Duration.seconds(5) }),
    livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'http', initialDelay: Duration.seconds(10) }),
    resources: {
      cpu: { request: Cpu.millis(250), limit: Cpu.units(1) },
      memory: { request: Size.mebibytes(256), limit: Size.mebibytes(512) },
    },
  });
  const deployment = new Deployment(chart, name, { name, replicas, containers: [container] });
  new Service(chart, \`\${name}-service\`, { selector: deployment, ports: [{ name: 'http', port: 80, targetPort: 'http' }] });
  new PodDisruptionBudget(chart, \`\${name}-budget\`, { selector: deployment, maxUnavailable: 1 });
}

for (let i = 0; i < ${services}; i++) service(\`svc-\${i}\`, 2 + (i % 3));

app.synth();
`;
}

/** The tsconfig.json of a new cdk8s TypeScript app (the options \`cdk8s init typescript-app\` writes). */
const TSCONFIG = {
  compilerOptions: {
    alwaysStrict: true,
    declaration: true,
    experimentalDecorators: true,
    inlineSourceMap: true,
    inlineSources: true,
    lib: ['es2020'],
    module: 'CommonJS',
    noEmitOnError: true,
    noFallthroughCasesInSwitch: true,
    noImplicitAny: true,
    noImplicitReturns: true,
    noImplicitThis: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    resolveJsonModule: true,
    strict: true,
    strictNullChecks: true,
    strictPropertyInitialization: true,
    stripInternal: true,
    target: 'ES2020',
    skipLibCheck: true,
  },
  include: ['**/*.ts'],
  exclude: ['node_modules'],
};

/** Packs this package (built by the caller) and installs it into the cached consumer app; returns the app's folder. */
export function prepareConsumerApp(progress: (line: string) => void): string {
  const key = createHash('sha256')
    .update(JSON.stringify({ packages: APP_PACKAGES.map(versionOf), node: process.versions.node.split('.')[0] }))
    .digest('hex')
    .slice(0, 16);
  const app = path.join(ROOT, 'node_modules', '.cache', `bench-consumer-${key}`);
  fs.mkdirSync(app, { recursive: true });
  progress('consumer app: npm pack, npm install into the cached app ...');
  const packed = JSON.parse(execFileSync(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', app], { cwd: ROOT, encoding: 'utf8' })) as [
    { filename: string },
  ];
  const tarball = packed[0].filename;
  for (const f of fs.readdirSync(app)) if (f.endsWith('.tgz') && f !== tarball) fs.rmSync(path.join(app, f));
  const dependencies = Object.fromEntries(APP_PACKAGES.map(p => [p, versionOf(p)]));
  fs.writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify({ name: 'bench-consumer', private: true, dependencies: { 'cdk8s-pod-patterns': `file:./${tarball}`, ...dependencies } }, null, 2),
  );
  fs.writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
  fs.writeFileSync(path.join(app, 'main.ts'), consumerMain());
  fs.writeFileSync(path.join(app, 'cdk8s.yaml'), 'language: typescript\napp: npx ts-node main.ts\nimports:\n  - k8s\n');
  execFileSync(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: app, stdio: 'pipe' });
  return app;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Runs a command in the app; its wall time in ms. Throws when it fails or writes nothing. */
function timed(app: string, command: string, args: readonly string[], out: string, env: NodeJS.ProcessEnv = process.env): number {
  fs.rmSync(out, { recursive: true, force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd: app, encoding: 'utf8', env });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 || !fs.existsSync(out) || fs.readdirSync(out).length === 0) {
    throw new Error(`consumer app: ${command} ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return ms;
}

function readFolder(dir: string): string {
  return fs
    .readdirSync(dir)
    .sort()
    .map(f => `${f}\n${fs.readFileSync(path.join(dir, f), 'utf8')}`)
    .join('\n');
}

/** Times the app's synthesis `reps` times each way, interleaved; checks both ways write the same. */
export function measureConsumerSynth(app: string, reps: number, progress: (line: string) => void): ConsumerSynthResult {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-consumer-'));
  try {
    const bin = path.join(app, 'node_modules', '.bin');
    const ours = path.join(tmp, 'ours');
    const theirs = path.join(tmp, 'theirs');
    const synth = (out: string) => timed(app, path.join(bin, 'cdk8s-pod-patterns'), ['synth', '--entry', 'main.ts', '--output', out], out);
    fs.rmSync(path.join(app, 'node_modules', '.cache', 'cdk8s-pod-patterns'), { recursive: true, force: true });
    const first = synth(ours);
    const runs: number[] = [];
    const npx: number[] = [];
    const tsNode: number[] = [];
    for (let i = 0; i < reps; i++) {
      runs.push(synth(ours));
      npx.push(timed(app, NPM === 'npm' ? 'npx' : 'npx.cmd', ['--no-install', 'cdk8s-pod-patterns', 'synth', '--entry', 'main.ts', '--output', ours], ours));
      tsNode.push(timed(app, path.join(bin, 'ts-node'), ['main.ts'], theirs, { ...process.env, CDK8S_OUTDIR: theirs }));
      progress(`  consumer synth rep ${i + 1}/${reps}: synth ${Math.round(runs[i])} ms, npx ${Math.round(npx[i])} ms, ts-node ${Math.round(tsNode[i])} ms`);
    }
    synth(ours);
    if (readFolder(ours) !== readFolder(theirs)) throw new Error('consumer app: the synth command and ts-node main.ts wrote different manifests');
    const documents = fs
      .readdirSync(ours)
      .map(f => fs.readFileSync(path.join(ours, f), 'utf8').split(/^---$/m).length)
      .reduce((a, b) => a + b, 0);
    return {
      ms: median(runs),
      runs_ms: runs.map(Math.round),
      first_run_ms: first,
      npx_ms: median(npx),
      ts_node_ms: median(tsNode),
      documents,
      command: 'node_modules/.bin/cdk8s-pod-patterns synth --entry main.ts',
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
