/**
 * `diff`: the semantic diff of two manifest sets (two files or folders, or the files committed at
 * a git ref against the working tree's), in human, JSON or Markdown form, failing with
 * `--fail-on` conditions.
 *
 * @packageDocumentation
 */
import * as fs from 'fs';
import * as path from 'path';
import { diffManifests, ManifestReadError } from '../review/diff';
import { DIFF_FORMATS, DiffFormat, formatManifestDiff } from '../review/diff-formats';
import { FailCondition, failuresOf, parseFailOn } from '../review/diff-fail-on';
import { DiffSource, ManifestDiff } from '../review/diff-model';
import { readGitSides } from './git-sources';
import { readSources } from './inputs';
import { CliIo, InputError, parseFlags, TOOL, UsageError } from './io';

/** The folder `diff --git` compares when given no path. */
const DEFAULT_GIT_PATH = 'dist';

function isFormat(s: string): s is DiffFormat {
  return (DIFF_FORMATS as readonly string[]).includes(s);
}

/** One side: a file, standard input, or a folder's files named from the folder (so that the two folders' files pair by name). */
async function readSide(input: string, io: CliIo): Promise<DiffSource[]> {
  const sources = await readSources([input], io, 'no manifest to diff');
  const full = path.resolve(io.cwd, input);
  if (input === '-' || !fs.statSync(full).isDirectory()) return sources;
  return sources.map(s => ({ name: path.relative(full, path.resolve(io.cwd, s.name)).split(path.sep).join('/'), text: s.text }));
}

function conditionsOf(spec: string | undefined): FailCondition[] {
  if (spec === undefined) return [];
  try {
    return parseFailOn(spec);
  } catch (e) {
    throw new UsageError(`--fail-on: ${(e as Error).message}`);
  }
}

function contextOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]{1,3}$/.test(value)) throw new UsageError(`--context must be a number of lines, not "${value}"`);
  return Number(value);
}

/** Runs `diff` with its arguments; resolves with the exit code: 1 when a `--fail-on` condition holds, else 0. */
export async function diff(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positional } = parseFlags(args, ['format', 'fail-on', 'git', 'context']);
  const format = values.format ?? 'human';
  if (!isFormat(format)) throw new UsageError(`--format must be ${DIFF_FORMATS.join(', ')}, not "${format}"`);
  const conditions = conditionsOf(values['fail-on']);
  const context = contextOf(values.context);
  let before: DiffSource[];
  let after: DiffSource[];
  if (values.git !== undefined) {
    ({ before, after } = await readGitSides(values.git, positional.length > 0 ? positional : [DEFAULT_GIT_PATH], io));
  } else {
    if (positional.length !== 2) throw new UsageError('give two files or folders (before, then after), or --git <ref>');
    if (positional[0] === '-' && positional[1] === '-') throw new UsageError('only one side can be standard input');
    before = await readSide(positional[0], io);
    after = await readSide(positional[1], io);
  }
  let result: ManifestDiff;
  try {
    result = diffManifests(before, after, { context });
  } catch (e) {
    if (e instanceof ManifestReadError) throw new InputError(e.message);
    throw e;
  }
  const failures = failuresOf(result, conditions);
  io.stdout.write(formatManifestDiff(result, format, failures));
  if (failures.length === 0) return 0;
  const held = [...new Set(failures.map(f => f.condition))];
  io.stderr.write(`${TOOL} diff: --fail-on ${held.join(', ')}: ${failures.length} change${failures.length === 1 ? '' : 's'} (see the output)\n`);
  return 1;
}
