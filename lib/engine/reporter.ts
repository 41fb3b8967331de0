/**
 * How rules report findings: one method per apiserver error type; the severity of every finding
 * is its rule's, from the catalogue (in typed mode, its `typedSeverity` when it has one).
 *
 * @packageDocumentation
 */
import { formatPath, Path } from '../values/path';
import { RULES, RuleId } from './catalogue';
import { Finding, FindingType, Severity } from './finding';

/** The manifest (or builder value) a reporter reports on. */
export interface Subject {
  /** Index of the manifest in the input. */
  readonly object: number;
  /** Its kind, if it has one. */
  readonly kind?: string;
  /** Its `metadata.name`, if it has one. */
  readonly name?: string;
}

/** How a reporter rates findings. */
export interface ReporterOptions {
  /**
   * Whether it reports on what the typed layer builds (a builder's value, a construct's object):
   * a rule with a `typedSeverity` then has that severity, stricter than on YAML.
   */
  readonly typed?: boolean;
}

/** The severity of `rule`'s findings: its `typedSeverity` in typed mode, when it has one. */
function severityOf(rule: RuleId, typed: boolean): Severity {
  const meta = RULES[rule];
  return typed && meta.typedSeverity !== undefined ? meta.typedSeverity : meta.severity;
}

/** Collects the findings of one manifest. */
export class Reporter {
  /**
   * @param sink where findings go
   * @param subject the manifest reported on
   * @param prefix a path put before every finding's path (`['items', 3]` for an item of a List)
   * @param options how findings are rated (typed mode)
   */
  public constructor(
    private readonly sink: Finding[],
    public readonly subject: Subject,
    private readonly prefix: Path = [],
    private readonly options: ReporterOptions = {},
  ) {}

  /** Whether it reports on what the typed layer builds (see {@link ReporterOptions.typed}). */
  public get typed(): boolean {
    return this.options.typed === true;
  }

  /** How many findings the sink holds: a rule can tell whether a check of its own found anything. */
  public get count(): number {
    return this.sink.length;
  }

  /**
   * Drops the schema's `required-field` findings, from the `from`-th finding on, whose path a rule
   * of the object's kind also reports as required (a Deployment's `spec.selector`): one message,
   * with the more specific rule.
   */
  public dropRepeatedRequired(from: number): void {
    const required = new Set<string>();
    for (let i = from; i < this.sink.length; i++) {
      const f = this.sink[i];
      if (f.type === 'Required value' && f.rule !== 'required-field') required.add(f.path);
    }
    if (required.size === 0) return;
    for (let i = this.sink.length - 1; i >= from; i--) {
      const f = this.sink[i];
      if (f.rule === 'required-field' && required.has(f.path)) this.sink.splice(i, 1);
    }
  }

  /** `Invalid value: <value>: <detail>`. */
  public invalid(rule: RuleId, path: Path, value: unknown, detail: string, suggestion?: string): void {
    this.add(rule, path, 'Invalid value', value, detail, suggestion);
  }

  /** Reports each of `details` (the output of a validator of `values/`) as an invalid value. */
  public invalidEach(rule: RuleId, path: Path, value: unknown, details: readonly string[]): void {
    for (const d of details) this.invalid(rule, path, value, d);
  }

  /** `Required value[: <detail>]`. */
  public required(rule: RuleId, path: Path, detail = ''): void {
    this.add(rule, path, 'Required value', undefined, detail);
  }

  /**
   * `Unsupported value: <value>: supported values: "A", "B"`; a value that differs only in case is
   * suggested, or `suggestion` when given.
   */
  public unsupported(rule: RuleId, path: Path, value: unknown, supported: readonly string[], suggestion?: string): void {
    const near = suggestion ?? (typeof value === 'string' ? supported.find(s => s.toLowerCase() === value.toLowerCase()) : undefined);
    this.add(rule, path, 'Unsupported value', value, `supported values: ${supported.map(s => `"${s}"`).join(', ')}`, near);
  }

  /** `Duplicate value: <value>[: <detail>]`. */
  public duplicate(rule: RuleId, path: Path, value: unknown, detail = ''): void {
    this.add(rule, path, 'Duplicate value', value, detail);
  }

  /** `Forbidden: <detail>`. */
  public forbidden(rule: RuleId, path: Path, detail: string, value?: unknown): void {
    this.add(rule, path, 'Forbidden', value, detail);
  }

  /** `Not found: <value>[: <detail>]`. */
  public notFound(rule: RuleId, path: Path, value: unknown, detail = ''): void {
    this.add(rule, path, 'Not found', value, detail);
  }

  /** `Too long: <detail>`. */
  public tooLong(rule: RuleId, path: Path, detail: string): void {
    this.add(rule, path, 'Too long', undefined, detail);
  }

  /** `Too many: <count>: must have at most <max> items`. */
  public tooMany(rule: RuleId, path: Path, count: number, max: number): void {
    this.add(rule, path, 'Too many', count, `must have at most ${max} items`);
  }

  /** An unknown field or a value of the wrong JSON type (decoding errors). */
  public decoding(rule: RuleId, path: Path, type: 'Unknown field' | 'Wrong type', value: unknown, detail: string, suggestion?: string): void {
    this.add(rule, path, type, value, detail, suggestion);
  }

  /**
   * Advice: a finding of a warning or info rule (accepted by the apiserver, but worth knowing). In
   * typed mode a rule whose `typedSeverity` is an error reports an error, of type `errorType`.
   */
  public advise(rule: RuleId, path: Path, value: unknown, detail: string, suggestion?: string, errorType: FindingType = 'Invalid value'): void {
    const severity = severityOf(rule, this.typed);
    this.add(rule, path, severity === 'info' ? 'Info' : severity === 'warning' ? 'Warning' : errorType, value, detail, suggestion);
  }

  private add(rule: RuleId, path: Path, type: FindingType, value: unknown, detail: string, suggestion?: string): void {
    const segments = this.prefix.length > 0 ? [...this.prefix, ...path] : path;
    const f: { -readonly [K in keyof Finding]: Finding[K] } = {
      severity: severityOf(rule, this.typed),
      rule,
      path: formatPath(segments),
      segments,
      type,
      detail,
      object: this.subject.object,
    };
    if (value !== undefined) f.value = value;
    if (suggestion !== undefined) f.suggestion = suggestion;
    if (this.subject.kind !== undefined) f.kind = this.subject.kind;
    if (this.subject.name !== undefined) f.name = this.subject.name;
    this.sink.push(f);
  }
}
