/**
 * Atomic synthesis for GitOps repositories: the output folder is replaced whole when the app
 * succeeds, and left exactly as it was when the app fails, is killed or the disk is full.
 *
 * `cdk8s synth` deletes its output folder before it runs the app, so a failing app leaves no
 * manifests behind. This runs the app into a fresh sibling folder instead and swaps it in.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** Options of {@link synthesize}. */
export interface SynthesizeOptions {
  /** The command that runs the cdk8s app, as in `cdk8s.yaml` (`app:`). Run by a shell. */
  readonly app: string;
  /** The output folder, e.g. `dist`. */
  readonly output: string;
  /**
   * The folder the app runs in.
   *
   * @default process.cwd()
   */
  readonly cwd?: string;
}

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

function pidAlive(pid: number): boolean {
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
    const { code, signal } = await runApp(options.app, cwd, tmp);
    if (signal) throw new SynthError(`the app was stopped by ${signal}; ${options.output} is unchanged`);
    if (code !== 0) throw new SynthError(`the app failed (exit code ${code}); ${options.output} is unchanged`);
    const files = fs.readdirSync(tmp).sort();
    if (files.length === 0) throw new SynthError(`the app wrote no manifests (does it call app.synth()?); ${options.output} is unchanged`);
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
