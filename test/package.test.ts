/**
 * The proof that the package works for others: `npm pack`, install the tarball into a cdk8s app,
 * type-check an app that imports the constructs and probe builders, synthesize it with the synth
 * command the package ships (`synth --entry main.ts`: the app's TypeScript run in that process,
 * transpiled by the app's own `typescript`, then from the cache), and read the YAML.
 *
 * The install works whatever the state of the npm cache: `--prefer-offline` takes what the cache
 * has and asks the registry for the rest (on a fresh machine, `npm ci` leaves the packages' tarballs
 * in the cache but not the metadata that resolving the peer dependencies needs).
 *
 * The app lives in node_modules/.cache/consumer-app-<key>, where the key hashes the versions of
 * the peers (cdk8s, cdk8s-plus-27, constructs) and of typescript, the package's own dependencies
 * and the major versions of node and npm. The app is installed with npm once per key and reused; each later run
 * depends on a tarball named after its content and unpacks it in place of the package, as npm
 * does when only that package changed (no install per run). The test then checks that the installed package is the tarball
 * of this run, file for file, and that the app loads no module from outside its own folder (the
 * folder sits inside this repo, whose node_modules Node and tsc would otherwise fall back on).
 * When anything fails in the cached app (install, compile, run, or an installed package that is
 * not this run's tarball), the app is wiped and the whole run repeated once from a clean install.
 * The tarball of the same inputs (package.json, npm's version, every file under `files`) and what
 * the compiler said of the same app are kept between runs: neither changes unless its inputs do.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { pidAlive } from '../lib/synth/synthesize';
import { filesOf, sha256 } from '../scripts/files';
import { cachedCompile, typescript } from './compile-cache';

const ROOT = path.join(__dirname, '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
const PEERS = ['cdk8s', 'cdk8s-plus-27', 'constructs'];
/** What `cdk8s init typescript-app` puts in every TypeScript app besides the peers: its compiler. */
const APP_TOOLS = ['typescript'];

/**
 * Removes the compiled files of sources that no longer exist, then builds the package unless every
 * source file's JavaScript in build/ is newer than it (`npm test` has just run tsc). tsc, being
 * incremental, does not rewrite the output of a source whose content did not change (a checkout
 * that touched it): once tsc has run, such outputs are marked current, or every run would build again.
 */
function ensureBuilt(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/prune-build.js')], { stdio: 'pipe' });
  const builtOf = (dir: string, f: string) => path.join(ROOT, 'build', dir, f.replace(/\.ts$/, '.js'));
  const stale = ['lib', 'imports'].flatMap(dir =>
    filesOf(path.join(ROOT, dir))
      .filter(f => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .filter(f => {
        const built = builtOf(dir, f);
        return !fs.existsSync(built) || fs.statSync(built).mtimeMs < fs.statSync(path.join(ROOT, dir, f)).mtimeMs;
      })
      .map(f => builtOf(dir, f)),
  );
  if (stale.length === 0) return;
  execFileSync(process.execPath, [TSC, '-p', ROOT], { stdio: 'pipe' });
  const now = new Date();
  for (const built of stale) if (fs.existsSync(built)) fs.utimesSync(built, now, now);
}

let npmVersionKnown: string | undefined;

/** The version of the npm that runs the tests: from its user agent, else asked (which costs a process). */
function npmVersion(): string {
  npmVersionKnown ??= /\bnpm\/([\d.]+)/.exec(process.env.npm_config_user_agent ?? '')?.[1] ?? execFileSync(NPM, ['--version'], { encoding: 'utf8' }).trim();
  return npmVersionKnown;
}

function versionOf(pkg: string): string {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The folder of the cached app: one per set of peers, dependencies, node and npm major versions. */
function consumerAppDir(): string {
  const { dependencies } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const npmMajor = npmVersion().split('.')[0];
  const key = sha256(
    JSON.stringify({
      peers: Object.fromEntries([...PEERS, ...APP_TOOLS].map(p => [p, versionOf(p)])),
      dependencies: dependencies ?? {},
      node: process.versions.node.split('.')[0],
      npm: npmMajor,
    }),
  ).slice(0, 16);
  return path.join(ROOT, 'node_modules/.cache', `consumer-app-${key}`);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs `fn` while holding `<dir>.lock`, so that two test runs at once do not share the app. A lock whose process is gone is stale. */
function withLock<T>(dir: string, fn: () => T): T {
  const lock = `${dir}.lock`;
  const mine = `${lock}.${process.pid}`;
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  fs.writeFileSync(mine, String(process.pid));
  const deadline = Date.now() + 90_000;
  try {
    for (;;) {
      try {
        fs.linkSync(mine, lock);
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      let owner: number;
      try {
        owner = Number(fs.readFileSync(lock, 'utf8'));
      } catch {
        continue; // released meanwhile
      }
      if (!pidAlive(owner)) breakStaleLock(lock, mine);
      else if (Date.now() > deadline) throw new Error(`${lock} is held by process ${owner}`);
      else sleep(200);
    }
  } finally {
    fs.rmSync(mine, { force: true });
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

/**
 * Takes a stale lock away under a name of this process's own (a rename: of two processes that
 * found it stale, one gets it), then puts it back if it turns out to be a new, live owner's.
 */
function breakStaleLock(lock: string, mine: string): void {
  const taken = `${mine}.stale`;
  try {
    fs.renameSync(lock, taken);
  } catch {
    return; // another process took it first
  }
  try {
    const owner = Number(fs.readFileSync(taken, 'utf8'));
    if (pidAlive(owner)) {
      try {
        fs.linkSync(taken, lock);
      } catch {
        // a third process took the lock in that instant: the one case this lock does not cover
      }
    }
  } finally {
    fs.rmSync(taken, { force: true });
  }
}

/** The files a process loaded, recorded at exit by the preload the app gets (see below). */
function loadedFiles(records: string): string[] {
  return fs.readdirSync(records).flatMap(f => JSON.parse(fs.readFileSync(path.join(records, f), 'utf8')) as string[]);
}

/** Files of `files` outside every folder of `allowed`. */
function outside(files: string[], allowed: string[]): string[] {
  return files.map(f => path.resolve(f)).filter(f => !allowed.some(dir => f.startsWith(dir + path.sep)));
}

/**
 * `tsc -p <app> --noEmit`, with the repo's typescript, in this process: the files of the program
 * (as `--listFiles` prints them); throws with the compiler's messages when the app does not
 * compile. What the compiler said is kept while nothing it read changed (compile-cache.ts).
 */
function typeCheck(app: string): string[] {
  const tsconfig = path.join(app, 'tsconfig.json');
  const { files, errors } = cachedCompile(
    { name: 'consumer-app', code: [__filename], inputs: { app, tsconfig: fs.readFileSync(tsconfig, 'utf8') } },
    record => {
      const ts = typescript();
      const config = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
      if (!config) throw new Error(`${tsconfig} could not be read`);
      const options = { ...config.options, noEmit: true };
      const program = ts.createProgram(config.fileNames, options, record(ts.createCompilerHost(options)));
      return {
        files: program.getSourceFiles().map(f => f.fileName),
        errors: ts
          .getPreEmitDiagnostics(program)
          .map(d => ts.formatDiagnostic(d, { getCanonicalFileName: f => f, getCurrentDirectory: () => app, getNewLine: () => '\n' })),
      };
    },
  );
  if (errors.length > 0) throw new Error(`the app does not compile:\n${errors.join('')}`);
  return files;
}

let work: string;
let tarball: string;
/** The tarball's files, relative to the package root, and the sha256 of each, read right after packing. */
let packedFiles: { path: string; sha256: string }[];

/**
 * Everything `npm pack` reads: package.json, npm's version, and the path, mode and content of
 * every file under the entries of package.json's `files` (npm's own ignore rules apply inside
 * them, so all files count). The same key means the same tarball.
 */
function packKey(npmVersion: string): string {
  const { files = [] } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { files?: string[] };
  const entries = files.flatMap(entry => {
    const full = path.join(ROOT, entry);
    // an entry this key cannot follow (a glob, a missing path) would leave files out of it
    if (!fs.existsSync(full)) throw new Error(`package.json "files" entry "${entry}" is not a path of the repo: the pack cache cannot key it`);
    return fs.statSync(full).isDirectory() ? filesOf(full).map(f => `${entry}/${f}`) : [entry];
  });
  const ignoreFiles = ['.gitignore', '.npmignore'].filter(f => fs.existsSync(path.join(ROOT, f)));
  return sha256(
    JSON.stringify({
      npm: npmVersion,
      packageJson: fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'),
      ignore: ignoreFiles.map(f => [f, fs.readFileSync(path.join(ROOT, f), 'utf8')]),
      files: entries.map(f => [f, fs.statSync(path.join(ROOT, f)).mode, sha256(fs.readFileSync(path.join(ROOT, f)))]),
    }),
  );
}

/**
 * `npm pack` into `dest`: the tarball and its file list. A tarball packed from exactly the same
 * inputs (see packKey) is taken from node_modules/.cache instead of packing again.
 */
function pack(dest: string): { tarball: string; files: string[] } {
  const cache = path.join(ROOT, 'node_modules/.cache/cdk8s-pod-patterns-tests/pack');
  const key = packKey(npmVersion());
  const listing = path.join(cache, 'listing.json');
  try {
    const kept = JSON.parse(fs.readFileSync(listing, 'utf8')) as { key: string; filename: string; files: string[] };
    if (kept.key === key) {
      fs.copyFileSync(path.join(cache, kept.filename), path.join(dest, kept.filename));
      return { tarball: path.join(dest, kept.filename), files: kept.files };
    }
  } catch {
    // nothing kept yet: pack
  }
  const packed = JSON.parse(execFileSync(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', dest], { cwd: ROOT, encoding: 'utf8' })) as [
    { filename: string; files: { path: string }[] },
  ];
  const result = { tarball: path.join(dest, packed[0].filename), files: packed[0].files.map(f => f.path) };
  fs.rmSync(cache, { recursive: true, force: true });
  fs.mkdirSync(cache, { recursive: true });
  fs.copyFileSync(result.tarball, path.join(cache, packed[0].filename));
  fs.writeFileSync(listing, JSON.stringify({ key, filename: packed[0].filename, files: result.files }));
  return result;
}

beforeAll(() => {
  ensureBuilt();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'consumer-'));
  const packed = pack(work);
  tarball = packed.tarball;
  packedFiles = packed.files.map(f => ({ path: f, sha256: sha256(fs.readFileSync(path.join(ROOT, f))) }));
}, 120_000);

afterAll(() => work && fs.rmSync(work, { recursive: true, force: true }));

test('the tarball holds only what a consumer needs', () => {
  const files = packedFiles.map(f => f.path);
  expect(files).toEqual(
    expect.arrayContaining([
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'build/lib/index.js',
      'build/lib/index.d.ts',
      'build/lib/cli/main.js',
      'build/lib/check/index.js',
      'build/imports/k8s.js',
    ]),
  );
  // compiled JavaScript, declarations, their maps, the TypeScript sources the maps point to, and the READMEs of lib/'s parts
  expect(
    files.filter(
      f =>
        !/^(package\.json|README\.md|LICENSE|CHANGELOG\.md|build\/(lib|imports)\/.+\.(js|d\.ts|js\.map|d\.ts\.map)|(lib|imports)\/.+\.ts|lib\/(.+\/)?README\.md)$/.test(
          f,
        ),
    ),
  ).toEqual([]);
  expect(files.some(f => f.startsWith('dist/') || f.startsWith('test/') || f.startsWith('build/test/'))).toBe(false);
});

test('the published typings show no internal member, and reach cdk8s-plus-27 through its public entry only', () => {
  const typings = packedFiles.filter(f => f.path.endsWith('.d.ts'));
  expect(typings.length).toBeGreaterThan(40);
  const offending: string[] = [];
  for (const { path: file } of typings) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    text.split('\n').forEach((line, i) => {
      // a member whose name starts with an underscore (`_toKube()`, `readonly _spec`), or a deep import
      if (/^\s+(?:(?:public|protected|static|readonly|declare)\s+)*_\w*\??\s*[(:<]/.test(line) || /cdk8s-plus-27\/lib/.test(line))
        offending.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  expect(offending).toEqual([]);
});

test("a cdk8s app installs it, type-checks, synthesizes with the package's synth command and gets valid YAML", () => {
  const app = consumerAppDir();
  withLock(app, () => {
    // GIVEN an app that depends on this run's tarball, named after its content, and provides the peer dependencies once
    const name = `cdk8s-pod-patterns-${sha256(fs.readFileSync(tarball)).slice(0, 16)}.tgz`;
    const prepare = () => {
      fs.mkdirSync(app, { recursive: true });
      for (const f of fs.readdirSync(app)) if (f.endsWith('.tgz') && f !== name) fs.rmSync(path.join(app, f));
      for (const d of ['out', 'dist', 'dist-again']) fs.rmSync(path.join(app, d), { recursive: true, force: true });
      fs.copyFileSync(tarball, path.join(app, name));
      fs.writeFileSync(
        path.join(app, 'package.json'),
        JSON.stringify({
          name: 'consumer-app',
          private: true,
          dependencies: { 'cdk8s-pod-patterns': `file:./${name}`, ...Object.fromEntries(PEERS.map(p => [p, versionOf(p)])) },
          devDependencies: Object.fromEntries(APP_TOOLS.map(p => [p, versionOf(p)])),
        }),
      );
      fs.copyFileSync(path.join(__dirname, 'fixtures/consumer-app/main.ts'), path.join(app, 'main.ts'));
      fs.writeFileSync(
        path.join(app, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            lib: ['ES2022'],
            module: 'CommonJS',
            moduleResolution: 'node',
            strict: true,
            skipLibCheck: true,
            outDir: 'out',
            types: [],
          },
          files: ['main.ts'],
        }),
      );
      // records, at exit, every module the process loaded
      fs.writeFileSync(
        path.join(app, 'record-loads.js'),
        "process.on('exit', () => require('fs').writeFileSync(`${process.env.RECORD_LOADS}/${process.pid}.json`, JSON.stringify(Object.keys(require.cache))));\n",
      );
    };
    const installed = path.join(app, 'node_modules/cdk8s-pod-patterns');
    /** The files in which the installed package differs from this run's tarball. */
    const notFromTarball = () => {
      const files = fs.existsSync(installed) ? filesOf(installed, ['node_modules']) : [];
      const extra = files.filter(f => !packedFiles.some(p => p.path === f));
      const differing = packedFiles.filter(f => !files.includes(f.path) || sha256(fs.readFileSync(path.join(installed, f.path))) !== f.sha256);
      return [...extra, ...differing.map(f => f.path)].sort();
    };
    /** Whether an earlier run installed the app: its peers, its tools and the package's command. */
    const installedOnce = () =>
      [...PEERS, ...APP_TOOLS].every(p => fs.existsSync(path.join(app, 'node_modules', p, 'package.json'))) &&
      fs.existsSync(path.join(app, 'node_modules/.bin/cdk8s-pod-patterns'));
    const records = path.join(work, 'loads');
    // the loads of a second synthesis, from the transpile cache
    const recordsAgain = path.join(work, 'loads-again');
    const preload = `--require ${JSON.stringify(path.join(app, 'record-loads.js'))}`;
    const env = { ...process.env, RECORD_LOADS: records, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${preload}`.trim() };
    const bin = path.join(app, 'node_modules/.bin/cdk8s-pod-patterns');
    const run = () => {
      prepare();
      for (const dir of [records, recordsAgain]) {
        fs.rmSync(dir, { recursive: true, force: true });
        fs.mkdirSync(dir);
      }
      if (installedOnce()) {
        // the peers and tools are installed: only this package changed, so put the tarball in its
        // place, as npm would (a failure below reinstalls everything from scratch)
        const unpacked = path.join(work, 'unpacked');
        fs.rmSync(unpacked, { recursive: true, force: true });
        fs.mkdirSync(unpacked);
        execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
        fs.rmSync(installed, { recursive: true, force: true });
        fs.renameSync(path.join(unpacked, 'package'), installed);
        // npm makes the commands of a package executable when it installs them (a tarball's files are 0644)
        const { bin: commands } = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as { bin: Record<string, string> };
        for (const file of Object.values(commands)) fs.chmodSync(path.join(installed, file), 0o755);
      } else {
        execFileSync(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: app, stdio: 'pipe' });
      }
      const stale = notFromTarball();
      if (stale.length > 0) throw new Error(`the installed package is not this run's tarball: ${stale.join(', ')}`);
      const compiled = typeCheck(app);
      // the README's command: main.ts runs in the synth command's process, transpiled by the app's
      // own typescript; the second time from the transpile cache
      fs.rmSync(path.join(app, 'node_modules/.cache/cdk8s-pod-patterns'), { recursive: true, force: true });
      execFileSync(bin, ['synth', '--entry', 'main.ts'], { cwd: app, stdio: 'pipe', env });
      execFileSync(bin, ['synth', '--entry', 'main.ts', '--output', 'dist-again'], { cwd: app, stdio: 'pipe', env: { ...env, RECORD_LOADS: recordsAgain } });
      const checked = execFileSync(path.join(app, 'node_modules/.bin/cdk8s-pod-patterns'), ['check', 'dist'], { cwd: app, encoding: 'utf8', env });
      // the subpath export: the engine on its own, without cdk8s
      const standalone = execFileSync(
        process.execPath,
        [
          '-e',
          "const { validateManifests, RULES } = require('cdk8s-pod-patterns/check'); " +
            "const f = validateManifests([{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c' }] } }]); " +
            'process.stdout.write(JSON.stringify({ rules: f.map(x => x.rule), known: f.every(x => x.rule in RULES), loaded: Object.keys(require.cache) }))',
        ],
        { cwd: app, encoding: 'utf8' },
      );
      return {
        compiled,
        checked,
        standalone: JSON.parse(standalone) as { rules: string[]; known: boolean; loaded: string[] },
      };
    };
    // WHEN it is installed (from the cache where it can), type-checked with tsc, and synthesized by the CLI the package ships;
    // if that fails in the cached app, once more from scratch
    const cached = fs.existsSync(path.join(app, 'node_modules'));
    let result: ReturnType<typeof run>;
    try {
      result = run();
    } catch (e) {
      if (!cached) throw e;
      console.warn(`${app} failed (${(e as Error).message}): installing from scratch`);
      fs.rmSync(app, { recursive: true, force: true });
      result = run();
    }
    // THEN the installed package is this run's tarball, file for file
    expect(filesOf(installed, ['node_modules'])).toEqual(packedFiles.map(f => f.path).sort());
    expect(notFromTarball()).toEqual([]);
    // and tsc and node found everything inside the app
    const appDirs = [app, fs.realpathSync(app)];
    const tsLib = path.join(ROOT, 'node_modules/typescript/lib');
    expect(result.compiled.map(f => path.basename(f))).toContain('main.ts');
    expect(outside(result.compiled, [...appDirs, tsLib, fs.realpathSync(tsLib)])).toEqual([]);
    const loaded = loadedFiles(records);
    const real = fs.realpathSync(app);
    expect(loaded).toContain(path.join(real, 'main.ts'));
    expect(loaded).toContain(path.join(real, 'node_modules/cdk8s-pod-patterns/build/lib/cli/main.js'));
    expect(loaded).toContain(path.join(real, 'node_modules/typescript/lib/typescript.js'));
    expect(outside(loaded, appDirs)).toEqual([]);
    // a synthesis whose files have not changed loads no compiler, and writes the same
    const loadedAgain = loadedFiles(recordsAgain);
    expect(loadedAgain).toContain(path.join(real, 'main.ts'));
    expect(loadedAgain.filter(f => f.includes(`${path.sep}typescript${path.sep}`))).toEqual([]);
    expect(outside(loadedAgain, appDirs)).toEqual([]);
    expect(fs.readFileSync(path.join(app, 'dist-again/consumer.k8s.yaml'), 'utf8')).toBe(fs.readFileSync(path.join(app, 'dist/consumer.k8s.yaml'), 'utf8'));
    // one copy of constructs, and the YAML of all three
    expect(fs.existsSync(path.join(installed, 'node_modules/constructs'))).toBe(false);
    const docs = parseAllDocuments(fs.readFileSync(path.join(app, 'dist/consumer.k8s.yaml'), 'utf8')).map(d => d.toJS());
    expect(docs.map(d => `${d.kind}/${d.metadata.name}`)).toEqual(['Deployment/api', 'Service/api', 'Pod/worker', 'Deployment/web']);
    const web = docs[3].spec.template.spec.containers[0];
    expect(web.readinessProbe).toEqual({ httpGet: { path: '/', port: 'http' }, periodSeconds: 5 });
    expect(docs[2].spec.containers[0].startupProbe).toEqual({ httpGet: { path: '/healthz', port: 'http' }, failureThreshold: 24, periodSeconds: 5 });
    // and the CLI the package ships
    expect(result.checked).toMatch(/^0 errors/m);
    // and cdk8s-pod-patterns/check, which loads no cdk8s module
    expect(result.standalone.rules).toContain('container-image');
    expect(result.standalone.known).toBe(true);
    expect(result.standalone.loaded.filter(f => /node_modules[\\/](cdk8s|constructs|cdk8s-plus-27)[\\/]/.test(f))).toEqual([]);
    expect(result.standalone.loaded).toContain(path.join(fs.realpathSync(app), 'node_modules/cdk8s-pod-patterns/build/lib/check/index.js'));
  });
}, 120_000);
