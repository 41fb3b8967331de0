/**
 * What every command of the CLI shares: the streams it works with, and its two kinds of failure.
 *
 * @packageDocumentation
 */

/** The streams and folder a run of the CLI works with (the process's own by default). */
export interface CliIo {
  readonly stdout: { write(s: string): unknown; isTTY?: boolean };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/** The tool's name, as messages name it. */
export const TOOL = 'cdk8s-pod-patterns';

/** A problem with the command line: exit code 2, with the usage. */
export class UsageError extends Error {}

/** A problem with an input (missing, unreadable, not YAML): exit code 2, one line. */
export class InputError extends Error {}

export interface Flags {
  readonly values: Record<string, string>;
  readonly positional: string[];
}

export function parseFlags(args: readonly string[], known: readonly string[]): Flags {
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
