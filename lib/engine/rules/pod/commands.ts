/**
 * Commands the kubelet runs without a shell: a container's `command`, and the `exec` handlers of
 * its probes and lifecycle hooks. Their first element names the executable, as it is: a command
 * written as one string (`['cat /tmp/healthy']`) looks for an executable named
 * `cat /tmp/healthy`, and always fails.
 *
 * @packageDocumentation
 */
import { Path } from '../../../values/path';
import { Reporter } from '../../reporter';

/** What only a shell understands: pipes, redirections, variables, globs, command lists. */
const SHELL_SYNTAX = /[|&;<>$`*?(){}[\]~'"\\]/;

/** `['cat', '/tmp/healthy']`, as a suggestion reads it. */
function listOf(words: readonly string[]): string {
  return `[${words.map(w => `'${w.replace(/'/g, "\\'")}'`).join(', ')}]`;
}

/**
 * Reports a command whose first element is empty or contains whitespace (`exec-command-words`).
 * `path` is the command's path; the finding is at its first element.
 */
export function checkCommandWords(r: Reporter, command: unknown, path: Path): void {
  if (!Array.isArray(command) || command.length === 0) return;
  const first: unknown = command[0];
  if (typeof first !== 'string') return;
  const at = [...path, 0];
  const words = first.trim().split(/\s+/);
  if (first.trim() === '') {
    r.advise('exec-command-words', at, first, 'is empty: the first element names the executable to run');
    return;
  }
  if (!/\s/.test(first)) return;
  const rest = command.slice(1).filter((a): a is string => typeof a === 'string');
  const shell = listOf(['sh', '-c', [first.trim(), ...rest].join(' ')]);
  const detail =
    words.length === 1
      ? "has whitespace around the executable's name: the kubelet runs no shell and looks for an executable of that whole name, which always fails"
      : `contains ${first.includes(' ') ? 'spaces' : 'whitespace'}: the kubelet runs no shell and looks for an executable of that whole name, which always fails`;
  const fix =
    words.length === 1
      ? `write ${listOf([words[0], ...rest])}`
      : SHELL_SYNTAX.test(first)
        ? `to run it in a shell, write ${shell}`
        : `give each word its own element, ${listOf([...words, ...rest])}, or run a shell, ${shell}`;
  r.advise('exec-command-words', at, first, `${detail}; ${fix}`);
}
