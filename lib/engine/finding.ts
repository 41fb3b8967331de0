/**
 * The one shape of every problem this library reports, and the one way to render it.
 *
 * The rules engine reports findings on manifests; the builders and constructs throw them in a
 * {@link ValidationError}; `check` locates them in YAML files. All of them render a finding with
 * {@link formatFinding}, so a rule reads the same wherever it fires:
 * `spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive`.
 *
 * @packageDocumentation
 */
import { Path } from '../values/path';
import type { RuleId } from './catalogue';

/** How serious a finding is: errors fail synthesis and `check`; warnings and infos do not. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * The kind of problem, in the apiserver's terms (`field.ErrorType`), plus the decoding errors
 * (`unknown field`, a JSON type mismatch) and the advice of warnings and infos.
 */
export type FindingType =
  | 'Invalid value'
  | 'Required value'
  | 'Unsupported value'
  | 'Duplicate value'
  | 'Forbidden'
  | 'Not found'
  | 'Too long'
  | 'Too many'
  | 'Unknown field'
  | 'Wrong type'
  | 'Warning'
  | 'Info';

/** One problem of one manifest, or of one value given to a builder. */
export interface Finding {
  /** How serious it is. */
  readonly severity: Severity;
  /** The rule's identifier in the rule catalogue (`RULES`), e.g. `probe-port-declared`. */
  readonly rule: RuleId;
  /**
   * The field path in the apiserver's notation, e.g. `spec.containers[0].livenessProbe.httpGet.port`:
   * from the manifest's root for the engine, from the value given for a builder
   * (`ports[0].containerPort` of a container, `period` of a probe's options).
   */
  readonly path: string;
  /**
   * The same path as segments, to locate the field in a YAML source: field names (strings),
   * list indexes (numbers) and map keys (`{ key: 'cpu' }`).
   */
  readonly segments: Path;
  /** The kind of problem. */
  readonly type: FindingType;
  /** The offending value, when there is one. */
  readonly value?: unknown;
  /** The rule in plain words, e.g. `must be between 1 and 65535, inclusive`. */
  readonly detail: string;
  /** A fix to try, e.g. `livenessProbe` for `livenessProve`. */
  readonly suggestion?: string;
  /** Index of the manifest in the list that was checked (0 for a builder's value). */
  readonly object: number;
  /** The manifest's kind, if it has one. */
  readonly kind?: string;
  /** The manifest's `metadata.name`, if it has one. */
  readonly name?: string;
}

/** Values are cut to about this many characters in messages: a message never echoes a whole file. */
const MAX_VALUE_CHARS = 300;

/** A value that renders itself for people, as cdk8s' `Duration` does (`500 millis`). */
interface HumanReadable {
  toHumanString(): string;
}

function isHumanReadable(value: unknown): value is HumanReadable {
  return typeof value === 'object' && value !== null && typeof (value as Partial<HumanReadable>).toHumanString === 'function';
}

/**
 * Renders a value as the apiserver does in its messages: strings quoted, the rest as JSON, a
 * duration in words (`5 minutes`); long values cut. A number JSON cannot hold is shown as itself
 * (`NaN`, `Infinity`), not as JSON's `null`, so that a message says where it came from.
 */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS - 3)}...` : value);
  if (value === undefined) return 'null';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (isHumanReadable(value)) return value.toHumanString();
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > MAX_VALUE_CHARS ? `${json.slice(0, MAX_VALUE_CHARS - 3)}...` : json;
}

/**
 * The finding in the apiserver's words:
 * `spec.containers[0].livenessProbe.httpGet.port: Invalid value: "livenes-port": must name a port of the container`.
 */
export function formatFinding(f: Finding): string {
  let text: string;
  if (f.type === 'Unknown field') {
    // an unknown field says it all in its detail: `unknown field "livenessProve"`
    text = `${f.path}: ${f.detail}`;
  } else {
    const parts = [f.path === '' ? '<root>' : f.path, f.type];
    if ('value' in f && f.type !== 'Required value' && f.type !== 'Forbidden' && f.type !== 'Too long') parts.push(formatValue(f.value));
    if (f.detail) parts.push(f.detail);
    text = parts.join(': ');
  }
  return f.suggestion ? `${text}; did you mean "${f.suggestion}"?` : text;
}

/** The finding and its rule's id, as construct errors and synth-time reports show it: `<finding> [container-port]`. */
export function formatFindingWithRule(f: Finding): string {
  return `${formatFinding(f)} [${f.rule}]`;
}

/** `Deployment "web"`, or `Deployment #3` for an object without a name: how messages name another object. */
export function formatSubject(subject: { readonly kind?: string; readonly name?: string; readonly object: number }): string {
  const kind = subject.kind ?? 'object';
  return subject.name !== undefined ? `${kind} "${subject.name}"` : `${kind} #${subject.object}`;
}
