/**
 * What the manifest rules engine reports.
 */

/** A step of a field path: a field name, an array index, or a map key (`limits[cpu]`). */
export type Segment =
  | string
  | number
  | {
      /** The key of a map entry, e.g. `cpu` in `limits[cpu]`. */
      readonly key: string;
    };

/** A field path from the root of a manifest, as segments. */
export type Path = readonly Segment[];

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
  | 'Unknown field'
  | 'Wrong type'
  | 'Warning'
  | 'Info';

/** One problem of one manifest. */
export interface Finding {
  /** How serious it is. */
  readonly severity: Severity;
  /** The rule's identifier, e.g. `probe-port-declared` or `container-port`. */
  readonly rule: string;
  /** The field path in the apiserver's notation, e.g. `spec.containers[0].livenessProbe.httpGet.port`. */
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
  /** Index of the manifest in the list that was checked. */
  readonly object: number;
  /** The manifest's kind, if it has one. */
  readonly kind?: string;
  /** The manifest's `metadata.name`, if it has one. */
  readonly name?: string;
}

/** Values are cut to about this many characters in messages: a message never echoes a whole file. */
const MAX_VALUE_CHARS = 300;

/** Renders a value as the apiserver does in its messages: strings quoted, the rest as JSON; long values cut. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS - 3)}...` : value);
  if (value === undefined) return 'null';
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > MAX_VALUE_CHARS ? `${json.slice(0, MAX_VALUE_CHARS - 3)}...` : json;
}

/**
 * The finding as the apiserver would word it:
 * `spec.containers[0].livenessProbe.httpGet.port: Invalid value: "livenes-port": must name a port of the container`.
 */
export function formatFinding(f: Finding): string {
  // an unknown field says it all in its detail: `unknown field "livenessProve"`
  if (f.type === 'Unknown field') return withSuggestion(`${f.path}: ${f.detail}`, f);
  const parts = [f.path === '' ? '<root>' : f.path, f.type];
  if ('value' in f && f.type !== 'Required value' && f.type !== 'Forbidden' && f.type !== 'Too long') parts.push(formatValue(f.value));
  if (f.detail) parts.push(f.detail);
  return withSuggestion(parts.join(': '), f);
}

function withSuggestion(text: string, f: Finding): string {
  return f.suggestion ? `${text}; did you mean "${f.suggestion}"?` : text;
}
