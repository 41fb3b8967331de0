/**
 * Atomic synthesis for GitOps repositories: the output folder is replaced whole when the app
 * succeeds, and left exactly as it was when the app fails, is killed or the disk is full.
 *
 * `cdk8s synth` deletes its output folder before it runs the app, so a failing app leaves no
 * manifests behind. This runs the app into a fresh sibling folder instead and swaps it in.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import { withFastYaml, YamlClass } from '../yaml/writer';
import { registerTypeScript } from './typescript-loader';

/** Options of {@link synthesize}. */
export interface SynthesizeOptions {
  /**
   * The command that runs the cdk8s app, as in `cdk8s.yaml` (`app:`). Run by a shell.
   * Ignored when `entry` is given; one of the two is required.
   *
   * @default - none; `entry` must be given
   */
  readonly app?: string;
  /**
   * A module to run in this process instead of the `app` command, e.g. `main.ts`: one Node.js
   * process instead of two. A TypeScript module runs through the `.ts` loader registered already
   * (ts-node, swc), or else is transpiled with the app's own `typescript`, cached by content
   * (`typescript-loader.ts`). While it runs, cdk8s writes its YAML through a faster writer that
   * produces the same bytes.
   *
   * @default - the `app` command runs in a process of its own
   */
  readonly entry?: string;
  /** The output folder, e.g. `dist`. */
  readonly output: string;
  /**
   * The folder the app runs in.
   *
   * @default process.cwd()
   */
  readonly cwd?: string;

  /**
   * Also write `kustomization.yaml` into the output folder, listing every manifest, so that
   * Argo CD, Flux or `kubectl apply -k` can point at the folder.
   *
   * @default false
   */
  readonly kustomization?: boolean;
}

/** The `kustomization.yaml` that lists the manifests of a folder. */
export function kustomization(files: readonly string[]): string {
  const resources = files.filter(f => f !== KUSTOMIZATION && /\.ya?ml$/.test(f));
  return ['apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', 'resources:', ...resources.map(f => `  - ${f}`), ''].join('\n');
}

const KUSTOMIZATION = 'kustomization.yaml';

/** What {@link synthesize} wrote. */
export interface SynthesizeResult {
  /** The files now in the output folder, sorted. */
  readonly files: string[];
}

/** A synthesis that did not replace the output folder; its message says why. */
export class SynthError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'SynthError';
  }
}

/** Names of the sibling folders: `.dist.synth-<pid>-<random>` while running, `.dist.previous-<pid>` while swapping. */
function siblings(output: string): { parent: string; base: string } {
  const abs = path.resolve(output);
  return { parent: path.dirname(abs), base: path.basename(abs) };
}

/**
 * Whether a process is running, also one of another user (which the signal check may not touch).
 *
 * @internal
 */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Puts back an output folder that a synthesis killed in the middle of its swap left aside,
 * and removes the temporary folders of syntheses that are no longer running.
 */
export function recover(output: string): void {
  const { parent, base } = siblings(output);
  if (!fs.existsSync(parent)) return;
  const out = path.join(parent, base);
  for (const entry of fs.readdirSync(parent).sort()) {
    const m = /^\.(.+)\.(synth|previous)-(\d+)(-.*)?$/.exec(entry);
    if (!m || m[1] !== base || pidAlive(Number(m[3]))) continue;
    const full = path.join(parent, entry);
    if (m[2] === 'previous' && !fs.existsSync(out)) fs.renameSync(full, out);
    else fs.rmSync(full, { recursive: true, force: true });
  }
}

/** Runs `command` in a shell with the output folder set; resolves with its exit code or signal. */
function runApp(command: string, cwd: string, outdir: string): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, { cwd, shell: true, stdio: 'inherit', env: { ...process.env, CDK8S_OUTDIR: outdir } });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve({ code, signal });
    });
  });
}

/** cdk8s' `Yaml` class and version as the app module resolves them, if it resolves cdk8s. */
function cdk8sOf(load: NodeJS.Require): { yaml?: YamlClass; version?: string } {
  try {
    const yaml = (load('cdk8s') as { Yaml?: YamlClass }).Yaml;
    let version: string | undefined;
    try {
      version = (load('cdk8s/package.json') as { version?: string }).version;
    } catch {
      // a cdk8s that hides its package.json: the writer checks itself
    }
    return { yaml, version };
  } catch {
    return {};
  }
}

/**
 * Runs the app module in this process, with the output folder set. While it runs, cdk8s writes
 * its YAML through the fast writer of `yaml/writer.ts`: the same bytes in less time.
 */
function runEntry(entry: string, outdir: string, output: string): void {
  const previous = process.env.CDK8S_OUTDIR;
  process.env.CDK8S_OUTDIR = outdir;
  try {
    // Node's own require (with any require hook, e.g. for .ts), and a fresh copy of the app
    // each time: a second synthesis in the same process must run the app again
    const load = createRequire(entry);
    const file = load.resolve(entry);
    // TypeScript runs as it is: through the loader registered already, or the app's own compiler
    if (/\.ts$/.test(file)) registerTypeScript(file);
    delete load.cache[file];
    const { yaml, version } = cdk8sOf(load);
    if (yaml) withFastYaml(yaml, () => load(file), version);
    else load(file);
  } catch (e) {
    const full = e instanceof Error ? e.message : String(e);
    // Node's "Require stack" after a missing module is noise here
    const message = (e as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' ? full.split('\n')[0] : full;
    throw new SynthError(`the app failed: ${message}\n${output} is unchanged`);
  } finally {
    if (previous === undefined) delete process.env.CDK8S_OUTDIR;
    else process.env.CDK8S_OUTDIR = previous;
  }
}

/** Flushes every file of a folder, and the folder itself, to disk. */
function flush(dir: string): void {
  for (const f of fs.readdirSync(dir)) {
    const fd = fs.openSync(path.join(dir, f), 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Runs the app into a temporary sibling of the output folder, then replaces the output folder
 * with it in two renames. Any failure before the swap leaves the output folder untouched.
 */
export async function synthesize(options: SynthesizeOptions): Promise<SynthesizeResult> {
  const cwd = options.cwd ?? process.cwd();
  const output = path.resolve(cwd, options.output);
  const { parent, base } = siblings(output);
  fs.mkdirSync(parent, { recursive: true });
  recover(output);
  const tmp = fs.mkdtempSync(path.join(parent, `.${base}.synth-${process.pid}-`));
  try {
    if (options.entry !== undefined) {
      runEntry(path.resolve(cwd, options.entry), tmp, options.output);
    } else if (options.app === undefined || options.app === '') {
      throw new SynthError(`give the app command or an entry module; ${options.output} is unchanged`);
    } else {
      const { code, signal } = await runApp(options.app, cwd, tmp);
      if (signal) throw new SynthError(`the app was stopped by ${signal}; ${options.output} is unchanged`);
      if (code !== 0) throw new SynthError(`the app failed (exit code ${code}); ${options.output} is unchanged`);
    }
    let files = fs.readdirSync(tmp).sort();
    if (files.length === 0) throw new SynthError(`the app wrote no manifests (does it call app.synth()?); ${options.output} is unchanged`);
    if (options.kustomization) {
      fs.writeFileSync(path.join(tmp, KUSTOMIZATION), kustomization(files));
      files = fs.readdirSync(tmp).sort();
    }
    flush(tmp);
    if (fs.existsSync(output)) {
      const previous = path.join(parent, `.${base}.previous-${process.pid}`);
      fs.rmSync(previous, { recursive: true, force: true });
      fs.renameSync(output, previous);
      try {
        fs.renameSync(tmp, output);
      } catch (e) {
        fs.renameSync(previous, output);
        throw e;
      }
      fs.rmSync(previous, { recursive: true, force: true });
    } else {
      fs.renameSync(tmp, output);
    }
    return { files };
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    if (e instanceof SynthError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new SynthError(`${err.code ? `${err.code}: ` : ''}${err.message}; ${options.output} is unchanged`);
  }
}
