/**
 * The proof that the package works for others: `npm pack`, install the tarball into a fresh
 * cdk8s app (offline, from the local npm cache), type-check an app that imports the constructs
 * and probe builders, synthesize it, and read the YAML.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';

const ROOT = path.join(__dirname, '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');

/** Builds the package unless build/ is newer than every source file. */
function ensureBuilt(): void {
  const built = path.join(ROOT, 'build/lib/index.js');
  const newest = Math.max(...['lib', 'imports'].flatMap(d => fs.readdirSync(path.join(ROOT, d)).map(f => fs.statSync(path.join(ROOT, d, f)).mtimeMs)));
  if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < newest) execFileSync(process.execPath, [TSC, '-p', ROOT], { stdio: 'pipe' });
}

function versionOf(pkg: string): string {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

let work: string;
let tarball: string;

beforeAll(() => {
  ensureBuilt();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'consumer-'));
  const packed = JSON.parse(execFileSync(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' })) as [
    { filename: string; files: { path: string }[] },
  ];
  tarball = path.join(work, packed[0].filename);
  fs.writeFileSync(path.join(work, 'files.json'), JSON.stringify(packed[0].files.map(f => f.path)));
}, 120_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test('the tarball holds only what a consumer needs', () => {
  const files: string[] = JSON.parse(fs.readFileSync(path.join(work, 'files.json'), 'utf8'));
  expect(files).toEqual(
    expect.arrayContaining([
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'build/lib/index.js',
      'build/lib/index.d.ts',
      'build/lib/cli.js',
      'build/imports/k8s.js',
    ]),
  );
  // compiled JavaScript, declarations, their maps, and the TypeScript sources the maps point to
  expect(
    files.filter(
      f => !/^(package\.json|README\.md|LICENSE|CHANGELOG\.md|build\/(lib|imports)\/.+\.(js|d\.ts|js\.map|d\.ts\.map)|(lib|imports)\/[^/]+\.ts)$/.test(f),
    ),
  ).toEqual([]);
  expect(files.some(f => f.startsWith('dist/') || f.startsWith('test/') || f.startsWith('build/test/'))).toBe(false);
});

test('a fresh cdk8s app installs it offline, type-checks, synthesizes and gets valid YAML', () => {
  // GIVEN a fresh app that depends on the tarball and provides the peer dependencies once
  const app = path.join(work, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify({
      name: 'consumer-app',
      private: true,
      dependencies: {
        'cdk8s-pod-patterns': `file:${tarball}`,
        cdk8s: versionOf('cdk8s'),
        'cdk8s-plus-27': versionOf('cdk8s-plus-27'),
        constructs: versionOf('constructs'),
      },
    }),
  );
  fs.copyFileSync(path.join(__dirname, 'fixtures/consumer-app/main.ts'), path.join(app, 'main.ts'));
  fs.writeFileSync(
    path.join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'CommonJS', moduleResolution: 'node', strict: true, skipLibCheck: true, outDir: 'out', types: [] },
      files: ['main.ts'],
    }),
  );
  // WHEN it is installed from the local cache only, compiled with tsc, and run
  execFileSync(NPM, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: app, stdio: 'pipe' });
  execFileSync(process.execPath, [TSC, '-p', app], { cwd: app, stdio: 'pipe' });
  execFileSync(process.execPath, ['out/main.js'], { cwd: app, stdio: 'pipe', env: { ...process.env, CDK8S_OUTDIR: path.join(app, 'dist') } });
  // THEN one copy of constructs, and the YAML of all three
  expect(fs.existsSync(path.join(app, 'node_modules/cdk8s-pod-patterns/node_modules/constructs'))).toBe(false);
  const docs = parseAllDocuments(fs.readFileSync(path.join(app, 'dist/consumer.k8s.yaml'), 'utf8')).map(d => d.toJS());
  expect(docs.map(d => `${d.kind}/${d.metadata.name}`)).toEqual(['Deployment/api', 'Service/api', 'Pod/worker', 'Deployment/web']);
  const web = docs[3].spec.template.spec.containers[0];
  expect(web.readinessProbe).toEqual({ httpGet: { path: '/', port: 'http' }, periodSeconds: 5 });
  expect(docs[2].spec.containers[0].startupProbe).toEqual({ httpGet: { path: '/healthz', port: 'http' }, failureThreshold: 24, periodSeconds: 5 });
  // and the CLI the package ships
  const bin = path.join(app, 'node_modules/.bin/cdk8s-pod-patterns');
  expect(execFileSync(bin, ['check', 'dist'], { cwd: app, encoding: 'utf8' })).toMatch(/^0 errors/m);
}, 120_000);
