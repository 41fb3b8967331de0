#!/usr/bin/env node
/**
 * The command line: `check` validates YAML manifests, `synth` synthesizes a cdk8s app atomically,
 * `timeline` shows the probe timelines of the containers of YAML manifests, `diff` explains the
 * changes between two manifest sets for code review, `convert` writes a typed cdk8s app of YAML
 * manifests.
 *
 * Exit codes: 0 no errors (warnings allowed), 1 at least one error (for `diff`, a `--fail-on`
 * condition holds), 2 a usage or input problem.
 *
 * @packageDocumentation
 */
import * as fs from 'fs';
import * as path from 'path';
import { SynthError } from '../synth/synthesize';
import { check } from './check-command';
import { convert } from './convert-command';
import { diff } from './diff-command';
import { CliIo, InputError, TOOL, UsageError } from './io';
import { synth } from './synth-command';
import { timeline } from './timeline-command';
import { Command, COMMANDS, HELP_FLAGS, usage } from './usage';

export { CliIo } from './io';

/** The package version: package.json is two folders up from lib/cli/, three from build/lib/cli/. */
function version(): string {
  for (const up of ['../..', '../../..']) {
    const file = path.join(__dirname, up, 'package.json');
    if (fs.existsSync(file)) return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return '0.0.0';
}

/** Runs the CLI; resolves with the exit code. Never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const isCommand = (c: string | undefined): c is Command => (COMMANDS as readonly (string | undefined)[]).includes(c);
  try {
    if (isCommand(command)) {
      if (rest.some(a => HELP_FLAGS.includes(a))) {
        io.stdout.write(usage(command));
        return 0;
      }
      if (command === 'check') return await check(rest, io, version());
      if (command === 'diff') return await diff(rest, io);
      if (command === 'convert') return await convert(rest, io);
      return command === 'synth' ? await synth(rest, io) : await timeline(rest, io);
    }
    if (command === 'help' && isCommand(rest[0])) {
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
      io.stderr.write(`${TOOL}: ${e.message}\n\n${usage(isCommand(command) ? command : undefined)}`);
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
