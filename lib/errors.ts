/**
 * The error the SDK throws for a value that breaks a Kubernetes rule.
 */
import * as path from 'path';

/** The folders of this library's own code (sources or build): `<root>/lib` and `<root>/imports`. */
const LIBRARY_FOLDERS: readonly string[] = ['lib', 'imports'].map(f => path.join(__dirname, '..', f) + path.sep);

/** Frames kept when the library's own frames are cut from a stack, at least. */
const MIN_FRAMES = 10;

/** Whether a stack line (`    at f (/x/lib/probe.ts:10:5)`) is a call inside this library. */
function inLibrary(frame: string): boolean {
  return LIBRARY_FOLDERS.some(folder => frame.includes(folder));
}

/**
 * Makes `error`'s stack start at the user's own call: the frames inside this library, from the
 * throw up to the public method or constructor the user called, are cut. The message comes first,
 * then the user's code, and no internal file of this library.
 */
function startStackAtCaller(error: Error): void {
  const limit = Error.stackTraceLimit;
  // enough frames to keep the user's after cutting the library's; restored at once
  Error.stackTraceLimit = Math.max(typeof limit === 'number' && Number.isFinite(limit) ? limit : MIN_FRAMES, MIN_FRAMES) + 40;
  try {
    Error.captureStackTrace(error, ValidationError);
  } finally {
    Error.stackTraceLimit = limit;
  }
  const stack = error.stack;
  if (stack === undefined) return;
  const first = stack.indexOf('\n    at ');
  if (first < 0) return;
  const frames = stack.slice(first + 1).split('\n');
  // the library's frames, and the built-ins it calls (`Array.map (<anonymous>)`) between them
  let cut = 0;
  for (let i = 0; i < frames.length && (inLibrary(frames[i]) || frames[i].endsWith('(<anonymous>)')); i++) {
    if (inLibrary(frames[i])) cut = i + 1;
  }
  const kept = frames.slice(cut, cut + Math.max(typeof limit === 'number' ? limit : MIN_FRAMES, MIN_FRAMES));
  error.stack = kept.length > 0 ? `${stack.slice(0, first)}\n${kept.join('\n')}` : stack.slice(0, first);
}

/**
 * Thrown by builders and constructs for a value that breaks a rule. The message names
 * where (the builder or the construct path), the field, the value and the rule:
 * `[chart/GoTest] Container 'go-test': 'ports[0].number' (0) is invalid: must be between 1 and 65535, inclusive`.
 * Its stack starts at the call in the user's code, not inside this library.
 */
export class ValidationError extends Error {
  public constructor(where: string, message: string) {
    super(`${where}: ${message}`);
    this.name = 'ValidationError';
    startStackAtCaller(this);
  }
}

/**
 * Throws a {@link ValidationError}. Every one of the library's validation errors is thrown here:
 * the comment on the `throw` line tells Node.js not to print this line of the library above the
 * message when the error is not caught, so a user sees the message first, then their own code.
 */
export function raise(where: string, message: string): never {
  throw new ValidationError(where, message); // node-do-not-add-exception-line
}
