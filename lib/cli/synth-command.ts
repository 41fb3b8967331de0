/**
 * `synth`: synthesizes the cdk8s app of `cdk8s.yaml` atomically, or checks that its output folder
 * is up to date (`--check`).
 *
 * @packageDocumentation
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseYaml } from 'yaml';
import { checkSynthesis } from '../synth/check-synthesis';
import { synthesize } from '../synth/synthesize';
import { CliIo, InputError, parseFlags, TOOL, UsageError } from './io';

export async function synth(args: readonly string[], io: CliIo): Promise<number> {
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
