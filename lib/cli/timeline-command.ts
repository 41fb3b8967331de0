/**
 * `timeline`: the probe timelines of the containers of YAML manifests (the same inputs as
 * `check`), in human, JSON or Markdown form, and as an SVG picture with `--svg <file>`.
 *
 * @packageDocumentation
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkSources } from '../check/sources';
import { formatTimelines, TIMELINE_FORMATS, TimelineFormat } from '../review/formats';
import { renderTimelineSvg } from '../review/svg';
import { probeTimelines } from '../review/timelines';
import { isNotManifests, parseSource } from '../yaml/reader';
import { readSources } from './inputs';
import { CliIo, InputError, parseFlags, TOOL, UsageError } from './io';

function isFormat(s: string): s is TimelineFormat {
  return (TIMELINE_FORMATS as readonly string[]).includes(s);
}

/** Runs `timeline` with its arguments; resolves with the exit code (0, or throws a usage or input problem). */
export async function timeline(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positional } = parseFlags(args, ['format', 'svg']);
  const format = values.format ?? 'human';
  if (!isFormat(format)) throw new UsageError(`--format must be ${TIMELINE_FORMATS.join(', ')}, not "${format}"`);
  if (values.svg === '') throw new UsageError('--svg needs a file name');
  const inputs = positional.length > 0 ? positional : io.stdin.isTTY ? [] : ['-'];
  if (inputs.length === 0) throw new UsageError('give files or folders of manifests, or pipe manifests to standard input');
  const sources = await readSources(inputs, io, 'no manifest to read');
  const manifests: unknown[] = [];
  const files: string[] = [];
  for (const source of sources) {
    const parsed = parseSource(source.text);
    if (isNotManifests(source.text, parsed)) throw new InputError(`${source.name} is not a YAML manifest file: none of its documents is a mapping`);
    const problem = parsed.problems[0];
    if (problem !== undefined) throw new InputError(`${source.name}:${problem.line}:${problem.column}: ${problem.message}`);
    for (const m of parsed.manifests) {
      manifests.push(m.value);
      files.push(source.name);
    }
  }
  const timelines = probeTimelines(manifests);
  if (timelines.length === 0) throw new InputError(`no Pod or workload with containers in ${inputs.join(', ')}`);
  // the timelines read the probes as written: a misspelt probe field is no probe at all
  const errors = checkSources(sources).findings.filter(f => f.severity === 'error').length;
  if (errors > 0) {
    io.stderr.write(
      `${TOOL} timeline: ${errors} error${errors === 1 ? '' : 's'} in these manifests (see ${TOOL} check); the timelines read the fields as written\n`,
    );
  }
  if (values.svg !== undefined) writeSvg(path.resolve(io.cwd, values.svg), values.svg, renderTimelineSvg(timelines));
  io.stdout.write(formatTimelines(timelines, format, i => files[i]));
  return 0;
}

function writeSvg(file: string, shown: string, svg: string): void {
  try {
    fs.writeFileSync(file, svg);
  } catch (e) {
    throw new InputError(`${shown}: cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
