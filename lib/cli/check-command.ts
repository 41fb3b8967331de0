/**
 * `check`: validates YAML manifests with the rules engine, in human, JSON or SARIF form.
 *
 * @packageDocumentation
 */
import { checkSources } from '../check/sources';
import { formatHuman, formatJson, formatSarif, summarize } from '../check/formats';
import { isPolicyProfile, POLICY_PROFILES } from '../policy/profiles';
import { readSources } from './inputs';
import { CliIo, InputError, parseFlags, TOOL, UsageError } from './io';

export async function check(args: readonly string[], io: CliIo, version: string): Promise<number> {
  const { values, positional } = parseFlags(args, ['format', 'policy']);
  const format = values.format ?? 'human';
  if (!['human', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be human, json or sarif, not "${format}"`);
  const policy = values.policy;
  if (policy !== undefined && !isPolicyProfile(policy)) throw new UsageError(`--policy must be ${POLICY_PROFILES.join(', ')}, not "${policy}"`);
  const inputs = positional.length > 0 ? positional : io.stdin.isTTY ? [] : ['-'];
  if (inputs.length === 0) throw new UsageError('give files or folders to check, or pipe manifests to standard input');
  const sources = await readSources(inputs, io, 'no manifest to check');
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
  else if (format === 'sarif') io.stdout.write(formatSarif(result, TOOL, version));
  else io.stdout.write(formatHuman(result, summary, io.stdout.isTTY === true && !io.env.NO_COLOR));
  return summary.errors > 0 ? 1 : 0;
}
