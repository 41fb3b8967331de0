#!/usr/bin/env node
/**
 * The command line: `check` validates YAML manifests, `synth` synthesizes a cdk8s app atomically.
 *
 * Exit codes: 0 no errors (warnings allowed), 1 at least one error, 2 a usage or input problem.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseYaml } from 'yaml';
import { formatHuman, formatJson, formatSarif, summarize } from './_output-formats';
import { POLICY_PROFILES, PolicyProfile } from './policy';
import { checkSources, YamlSource } from './check';
import { checkSynthesis, synthesize, SynthError } from './synth';

/** The streams and folder a run of the CLI works with (the process's own by default). */
export interface CliIo {
  readonly stdout: { write(s: string): unknown; isTTY?: boolean };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

const TOOL = 'cdk8s-pod-patterns';
/** Inputs this large are refused rather than parsed. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
const YAML_FILE = /\.(ya?ml|json)$/i;

const CHECK_USAGE = `  ${TOOL} check [--format human|json|sarif] [--policy baseline|restricted|recommended] <file|folder|->...
      Checks Kubernetes manifests (multi-document YAML or JSON) against the Kubernetes 1.27
      validation rules and the checks the apiserver misses. Folders are searched for .yaml,
      .yml and .json files; '-' (or no argument, with piped input) reads standard input.
      --policy also runs the Pod Security profile (baseline, restricted) or the recommended
      set (restricted plus probes, image tags, resources).
`;

const SYNTH_USAGE = `  ${TOOL} synth [--app <command> | --entry <module>] [--output <folder>] [--kustomization] [--check]
      Synthesizes the cdk8s app of cdk8s.yaml into its output folder, replacing the folder
      only when the app succeeds. --kustomization also writes kustomization.yaml listing the
      manifests. --check changes nothing: it fails, showing a diff, when the folder is stale.
      --entry runs the app module in this process instead of the app command.
`;

const EXIT_CODES = 'Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage or input problem.\n';

/** The usage of one command, or of all. */
function usage(command?: 'check' | 'synth'): string {
  const commands = command === 'check' ? CHECK_USAGE : command === 'synth' ? SYNTH_USAGE : `${CHECK_USAGE}${SYNTH_USAGE}`;
  return `Usage:\n${commands}\n${EXIT_CODES}`;
}

const HELP_FLAGS: readonly string[] = ['--help', '-h'];

/** A problem with the command line: exit code 2, with the usage. */
class UsageError extends Error {}

/** A problem with an input (missing, unreadable, not YAML): exit code 2, one line. */
class InputError extends Error {}

/** The package version: package.json is one folder up from lib/, two from build/lib/. */
function version(): string {
  for (const up of ['..', '../..']) {
    const file = path.join(__dirname, up, 'package.json');
    if (fs.existsSync(file)) return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return '0.0.0';
}

/** Runs the CLI; resolves with the exit code. Never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'check' || command === 'synth') {
      if (rest.some(a => HELP_FLAGS.includes(a))) {
        io.stdout.write(usage(command));
        return 0;
      }
      return command === 'check' ? await check(rest, io) : await synth(rest, io);
    }
    if (command === 'help' && (rest[0] === 'check' || rest[0] === 'synth')) {
      io.stdout.write(usage(rest[0]));
      return 0;
    }
    if (command === 'help' || (command !== undefined && HELP_FLAGS.includes(command))) {
      io.stdout.write(usage());
      return 0;
    }
    if (command === '--version') {
      io.stdout.write(`${version()}\n`);
      return 0;
    }
    throw new UsageError(command === undefined ? 'a command is required' : `unknown command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`${TOOL}: ${e.message}\n\n${usage(command === 'check' || command === 'synth' ? command : undefined)}`);
      return 2;
    }
    if (e instanceof InputError) {
      io.stderr.write(`${TOOL}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof SynthError) {
      io.stderr.write(`${TOOL} synth: ${e.message}\n`);
      return 1;
    }
    io.stderr.write(`${TOOL}: ${(e as Error).message}\n`);
    return 2;
  }
}

interface Flags {
  readonly values: Record<string, string>;
  readonly positional: string[];
}

function parseFlags(args: readonly string[], known: readonly string[]): Flags {
  const values: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-' || !a.startsWith('-')) {
      positional.push(a);
      continue;
    }
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const name = flag.replace(/^--?/, '');
    if (!known.includes(name)) throw new UsageError(`unknown option "${flag}"`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new UsageError(`option "${flag}" needs a value`);
    values[name] = value;
  }
  return { values, positional };
}

async function check(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positional } = parseFlags(args, ['format', 'policy']);
  const format = values.format ?? 'human';
  if (!['human', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be human, json or sarif, not "${format}"`);
  const policy = values.policy;
  if (policy !== undefined && !isProfile(policy)) throw new UsageError(`--policy must be ${POLICY_PROFILES.join(', ')}, not "${policy}"`);
  const inputs = positional.length > 0 ? positional : io.stdin.isTTY ? [] : ['-'];
  if (inputs.length === 0) throw new UsageError('give files or folders to check, or pipe manifests to standard input');
  const sources: YamlSource[] = [];
  for (const input of inputs) {
    if (input === '-') sources.push({ name: '<stdin>', text: await readStdin(io) });
    else for (const file of expand(input, io.cwd)) sources.push({ name: file, text: readFile(file, io.cwd) });
  }
  for (const s of sources) {
    if (s.text.trim() === '') throw new InputError(`${s.name} is empty: there is no manifest to check`);
  }
  const progress = io.stderr.isTTY && sources.length > 20;
  const result = checkSources(sources, {
    policy,
    onProgress: progress ? (done, manifests) => io.stderr.write(`\rchecked ${done}/${sources.length} files, ${manifests} manifests`) : undefined,
  });
  if (progress) io.stderr.write('\r\u001b[K');
  // a source that is not YAML at all is an input problem: one line, none of its content
  const notYaml = result.findings.find(f => f.rule === 'not-yaml');
  if (notYaml) throw new InputError(`${notYaml.file} ${notYaml.message}`);
  if (result.manifests === 0 && result.findings.length === 0) throw new InputError(`no manifests found in ${inputs.join(', ')}`);
  const summary = summarize(result, sources.length);
  if (format === 'json') io.stdout.write(formatJson(result, summary));
  else if (format === 'sarif') io.stdout.write(formatSarif(result, TOOL, version()));
  else io.stdout.write(formatHuman(result, summary, io.stdout.isTTY === true && !io.env.NO_COLOR));
  return summary.errors > 0 ? 1 : 0;
}

function isProfile(p: string): p is PolicyProfile {
  return (POLICY_PROFILES as readonly string[]).includes(p);
}

/** A file, or the YAML and JSON files below a folder, in a stable order. */
function expand(input: string, cwd: string): string[] {
  const full = path.resolve(cwd, input);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch {
    throw new InputError(`${input}: no such file or folder`);
  }
  if (!stat.isDirectory()) return [input];
  const found: string[] = [];
  const walk = (dir: string, shown: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const rel = path.join(shown, entry.name);
      if (entry.isDirectory()) walk(path.join(dir, entry.name), rel);
      else if (YAML_FILE.test(entry.name)) found.push(rel);
    }
  };
  walk(full, input);
  if (found.length === 0) throw new InputError(`${input}: no .yaml, .yml or .json files in this folder`);
  return found;
}

function readFile(file: string, cwd: string): string {
  const full = path.resolve(cwd, file);
  let size: number;
  try {
    size = fs.statSync(full).size;
  } catch {
    throw new InputError(`${file}: no such file`);
  }
  if (size >= MAX_INPUT_BYTES) throw new InputError(`${file} is ${(size / 1024 / 1024).toFixed(0)} MB; inputs of 50 MB or more are refused`);
  let buf: Buffer;
  try {
    buf = fs.readFileSync(full);
  } catch (e) {
    throw new InputError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return decode(buf, file);
}

function readStdin(io: CliIo): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    io.stdin.on('data', (chunk: Buffer | string) => {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += b.length;
      if (size >= MAX_INPUT_BYTES) {
        reject(new InputError('standard input is 50 MB or more; inputs that large are refused'));
        io.stdin.removeAllListeners('data');
        // stop reading: the process must end even while the producer keeps writing
        (io.stdin as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
        return;
      }
      chunks.push(b);
    });
    io.stdin.on('error', e => reject(new InputError(`standard input cannot be read (${e.message})`)));
    io.stdin.on('end', () => {
      try {
        resolve(decode(Buffer.concat(chunks), '<stdin>'));
      } catch (e) {
        reject(e);
      }
    });
  });
}

/** UTF-8 text, or an input problem: binary files are refused, not parsed. */
function decode(buf: Buffer, name: string): string {
  if (buf.includes(0)) throw new InputError(`${name} is a binary file, not YAML`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  if (text.includes('\uFFFD')) throw new InputError(`${name} is not UTF-8 text, so not YAML`);
  return text.replace(/^\uFEFF/, '');
}

async function synth(args: readonly string[], io: CliIo): Promise<number> {
  const switches = new Set<string>(args.filter(a => a === '--check' || a === '--kustomization'));
  const { values, positional } = parseFlags(
    args.filter(a => !switches.has(a)),
    ['app', 'output', 'entry'],
  );
  if (positional.length > 0) throw new UsageError(`synth takes no arguments, only options (got "${positional[0]}")`);
  const config = readCdk8sConfig(io.cwd);
  const app = values.app ?? config.app ?? '';
  if (!app && !values.entry) throw new UsageError('no app to run: give --app "<command>" or an "app:" in cdk8s.yaml');
  const output = values.output ?? config.output ?? 'dist';
  const options = { app, entry: values.entry, output, cwd: io.cwd, kustomization: switches.has('--kustomization') };
  if (switches.has('--check')) {
    const { upToDate, diff } = await checkSynthesis(options);
    if (upToDate) {
      io.stdout.write(`${output}/ is up to date.\n`);
      return 0;
    }
    io.stdout.write(diff);
    io.stderr.write(`${TOOL} synth --check: ${output}/ is stale; run the synth command and commit the result\n`);
    return 1;
  }
  const { files } = await synthesize(options);
  io.stdout.write(`Synthesized ${files.length} file${files.length === 1 ? '' : 's'} into ${output}/:\n${files.map(f => `  - ${output}/${f}\n`).join('')}`);
  return 0;
}

function readCdk8sConfig(cwd: string): { app?: string; output?: string } {
  const file = path.join(cwd, 'cdk8s.yaml');
  if (!fs.existsSync(file)) return {};
  let config: unknown;
  try {
    config = parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InputError(`cdk8s.yaml is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (typeof config !== 'object' || config === null) throw new InputError('cdk8s.yaml must be a mapping with an "app:" key');
  const { app, output } = config as Record<string, unknown>;
  if (app !== undefined && typeof app !== 'string') throw new InputError('cdk8s.yaml: "app" must be a command line (a string)');
  if (output !== undefined && typeof output !== 'string') throw new InputError('cdk8s.yaml: "output" must be a folder (a string)');
  return { app, output };
}

if (require.main === module) {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env }).then(
    code => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
