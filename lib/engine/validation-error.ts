/**
 * The error the builders and constructs throw for a value that breaks a rule: it carries the
 * engine's findings, rendered as the engine renders them.
 *
 * @packageDocumentation
 */
import * as path from 'path';
import { Finding, formatFindingWithRule } from './finding';

/** The folders of this library's own code (sources or build): `<root>/lib` and `<root>/imports`. */
const LIBRARY_FOLDERS: readonly string[] = ['lib', 'imports'].map(f => path.join(__dirname, '..', '..', f) + path.sep);

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
 * Thrown by builders and constructs for values that break rules. It names where (the builder or
 * the construct path and the container) and carries the findings, one line each, in the engine's
 * words with the rule id:
 * `[go-test/GoTest] Container "go-test": ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive [container-port]`.
 * Its stack starts at the call in the user's code, not inside this library.
 */
export class ValidationError extends Error {
  /** Where the values were given: a builder (`LivenessProbe.httpGet`), or a construct path and container. */
  public readonly where: string;
  /** The problems, as the rules engine reports them. */
  public readonly findings: readonly Finding[];

  /**
   * @param where the builder, or the construct path (and container) the values were given to
   * @param findings at least one finding
   */
  public constructor(where: string, findings: readonly Finding[]) {
    super(findings.map(f => `${where}: ${formatFindingWithRule(f)}`).join('\n'));
    this.name = 'ValidationError';
    this.where = where;
    this.findings = findings;
    startStackAtCaller(this);
  }
}

/**
 * Throws a {@link ValidationError} when there are error findings. Every one of the library's
 * validation errors is thrown here: the comment on the `throw` line tells Node.js not to print this
 * line of the library above the message when the error is not caught, so a user sees the message
 * first, then their own code.
 */
export function throwIfErrors(where: string, findings: readonly Finding[]): void {
  const errors = findings.filter(f => f.severity === 'error');
  if (errors.length > 0) throw new ValidationError(where, errors); // node-do-not-add-exception-line
}

/**
 * Throws the findings of `error` again, said of a place that contains the old one (a construct path
 * before a container's name: `[chart/Pod] Container "web"`).
 */
export function rethrowWithin(where: string, error: ValidationError): never {
  throw new ValidationError(`${where} ${error.where}`, error.findings); // node-do-not-add-exception-line
}
