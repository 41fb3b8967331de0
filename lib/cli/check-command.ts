/**
 * `check`: validates YAML manifests with the rules engine, in human, JSON or SARIF form.
 *
 * @packageDocumentation
 */
import { checkSources } from '../check/sources';
import { formatHuman, formatJson, formatSarif, summarize } from '../check/formats';
import { isPolicyProfile, POLICY_PROFILES } from '../policy/profiles';
import { YamlSource } from '../check/sources';
import { expand, readFile, readStdin } from './inputs';
import { CliIo, InputError, parseFlags, TOOL, UsageError } from './io';

export async function check(args: readonly string[], io: CliIo, version: string): Promise<number> {
  const { values, positional } = parseFlags(args, ['format', 'policy']);
  const format = values.format ?? 'human';
  if (!['human', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be human, json or sarif, not "${format}"`);
  const policy = values.policy;
  if (policy !== undefined && !isPolicyProfile(policy)) throw new UsageError(`--policy must be ${POLICY_PROFILES.join(', ')}, not "${policy}"`);
  const inputs = positional.length > 0 ? positional : io.stdin.isTTY ? [] : ['-'];
  if (inputs.length === 0) throw new UsageError('give files or folders to check, or pipe manifests to standard input');
  const { count, sources } = await oneAtATime(inputs, io);
  const progress = io.stderr.isTTY && count > 20;
  const result = checkSources(sources, {
    policy,
    onProgress: progress ? (done, manifests) => io.stderr.write(`\rchecked ${done}/${count} files, ${manifests} manifests`) : undefined,
  });
  if (progress) io.stderr.write('\r\u001b[K');
  // a source that is not YAML at all is an input problem: one line, none of its content
  const notYaml = result.findings.find(f => f.rule === 'not-yaml');
  if (notYaml) throw new InputError(`${notYaml.file} ${notYaml.message}`);
  if (result.manifests === 0 && result.findings.length === 0) throw new InputError(`no manifests found in ${inputs.join(', ')}`);
  const summary = summarize(result, count);
  if (format === 'json') io.stdout.write(formatJson(result, summary));
  else if (format === 'sarif') io.stdout.write(formatSarif(result, TOOL, version));
  else io.stdout.write(formatHuman(result, summary, io.stdout.isTTY === true && !io.env.NO_COLOR));
  return summary.errors > 0 ? 1 : 0;
}

/**
 * The sources of `inputs`, each file read only when `check` reaches it (and let go after), so
 * that memory is bounded by the largest file, not by all of them. Standard input is read first.
 */
async function oneAtATime(inputs: readonly string[], io: CliIo): Promise<{ count: number; sources: Iterable<YamlSource> }> {
  const files: (string | YamlSource)[] = [];
  for (const input of inputs) {
    if (input === '-') files.push({ name: '<stdin>', text: await readStdin(io) });
    else files.push(...expand(input, io.cwd));
  }
  function* read(): Generator<YamlSource> {
    for (const f of files) {
      const source = typeof f === 'string' ? { name: f, text: readFile(f, io.cwd) } : f;
      if (source.text.trim() === '') throw new InputError(`${source.name} is empty: there is no manifest to check`);
      yield source;
    }
  }
  return { count: files.length, sources: read() };
}
