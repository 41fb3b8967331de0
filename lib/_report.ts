/**
 * How rules report findings: one method per apiserver error type.
 *
 * @internal
 * @packageDocumentation
 */
import { formatPath, Path } from './_path';
import { Finding, FindingType, Severity } from './finding';

/** The manifest a reporter reports on. */
export interface Subject {
  readonly object: number;
  readonly kind?: string;
  readonly name?: string;
}

/** Collects the findings of one manifest. */
export class Reporter {
  public constructor(
    private readonly sink: Finding[],
    public readonly subject: Subject,
  ) {}

  /** `Invalid value: <value>: <detail>`. */
  public invalid(rule: string, path: Path, value: unknown, detail: string, suggestion?: string): void {
    this.add('error', rule, path, 'Invalid value', value, detail, suggestion);
  }

  /** Reports each of `details` (the output of a primitive validator) as an invalid value. */
  public invalidEach(rule: string, path: Path, value: unknown, details: readonly string[]): void {
    for (const d of details) this.invalid(rule, path, value, d);
  }

  /** `Required value[: <detail>]`. */
  public required(rule: string, path: Path, detail = ''): void {
    this.add('error', rule, path, 'Required value', undefined, detail);
  }

  /** `Unsupported value: <value>: supported values: "A", "B"`. */
  public unsupported(rule: string, path: Path, value: unknown, supported: readonly string[]): void {
    const near = typeof value === 'string' ? supported.find(s => s.toLowerCase() === value.toLowerCase()) : undefined;
    this.add('error', rule, path, 'Unsupported value', value, `supported values: ${supported.map(s => `"${s}"`).join(', ')}`, near);
  }

  /** `Duplicate value: <value>[: <detail>]`. */
  public duplicate(rule: string, path: Path, value: unknown, detail = ''): void {
    this.add('error', rule, path, 'Duplicate value', value, detail);
  }

  /** `Forbidden: <detail>`. */
  public forbidden(rule: string, path: Path, detail: string): void {
    this.add('error', rule, path, 'Forbidden', undefined, detail);
  }

  /** `Not found: <value>[: <detail>]`. */
  public notFound(rule: string, path: Path, value: unknown, detail = ''): void {
    this.add('error', rule, path, 'Not found', value, detail);
  }

  /** `Too long: <detail>`. */
  public tooLong(rule: string, path: Path, detail: string): void {
    this.add('error', rule, path, 'Too long', undefined, detail);
  }

  /** A finding with a severity and type of the caller's choice (decoding errors, warnings, infos). */
  public report(severity: Severity, rule: string, path: Path, type: FindingType, value: unknown, detail: string, suggestion?: string): void {
    this.add(severity, rule, path, type, value, detail, suggestion);
  }

  /** Accepted by the apiserver, but worth a warning. */
  public warning(rule: string, path: Path, value: unknown, detail: string, suggestion?: string): void {
    this.add('warning', rule, path, 'Warning', value, detail, suggestion);
  }

  /** For information only. */
  public info(rule: string, path: Path, detail: string): void {
    this.add('info', rule, path, 'Info', undefined, detail);
  }

  private add(severity: Severity, rule: string, segments: Path, type: FindingType, value: unknown, detail: string, suggestion?: string): void {
    const f: { -readonly [K in keyof Finding]: Finding[K] } = {
      severity,
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
