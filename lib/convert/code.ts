/**
 * The expressions and statements of generated code, as values: what the emitters build and the
 * formatter prints.
 *
 * @packageDocumentation
 */

/** An expression of generated TypeScript. */
export type Expr = CodeExpr | StringExpr | ObjectExpr | ArrayExpr | CallExpr;

/** Code written as is: an identifier, `this`, a number, a boolean. */
export interface CodeExpr {
  readonly kind: 'code';
  readonly text: string;
}

/** A string literal. */
export interface StringExpr {
  readonly kind: 'string';
  readonly value: string;
}

/** An object literal. */
export interface ObjectExpr {
  readonly kind: 'object';
  readonly props: readonly Prop[];
  /** One property per line, even when it would fit on one. */
  readonly expand?: boolean;
}

/** A property of an object literal: `key: value`, or `...value` when `spread`. */
export interface Prop {
  readonly key: string;
  readonly value: Expr;
  /** Line comments written above the property. */
  readonly comments?: readonly string[];
  /** `...value` instead of `key: value`. */
  readonly spread?: boolean;
}

/** An array literal. */
export interface ArrayExpr {
  readonly kind: 'array';
  readonly items: readonly Expr[];
}

/** A call, `callee(args)`, or `new callee(args)`. */
export interface CallExpr {
  readonly kind: 'call';
  readonly callee: string;
  readonly args: readonly Expr[];
  readonly isNew?: boolean;
}

/** A statement of a chart's constructor or of a module. */
export interface Statement {
  /** `const name = value;`, or the expression alone when absent. */
  readonly name?: string;
  readonly value: Expr;
  /** Line comments written above it. */
  readonly comments?: readonly string[];
  /** `export const`. */
  readonly exported?: boolean;
}

/** Code as written. */
export function code(text: string): CodeExpr {
  return { kind: 'code', text };
}

/** A string literal. */
export function str(value: string): StringExpr {
  return { kind: 'string', value };
}

/** A number literal. */
export function num(value: number): CodeExpr {
  return code(String(value).replace('e+', 'e'));
}

/** A JSON scalar (string, number, boolean, null) as a literal. */
export function literal(value: string | number | boolean | null): Expr {
  if (typeof value === 'string') return str(value);
  if (typeof value === 'number') return num(value);
  return code(String(value));
}

/** An object literal of the properties whose value is defined, in order. */
export function obj(entries: readonly (Entry | Prop)[], expand = false): ObjectExpr {
  const props: Prop[] = [];
  for (const e of entries) {
    if (!isEntry(e)) props.push(e);
    else if (e[1] !== undefined) props.push({ key: e[0], value: e[1] });
  }
  return { kind: 'object', props, expand };
}

/** A property as a pair; one whose value is `undefined` is left out. */
export type Entry = readonly [string, Expr | undefined];

function isEntry(e: Entry | Prop): e is Entry {
  return Array.isArray(e);
}

/** An array literal. */
export function arr(items: readonly Expr[]): ArrayExpr {
  return { kind: 'array', items };
}

/** `callee(args)`. */
export function call(callee: string, ...args: Expr[]): CallExpr {
  return { kind: 'call', callee, args };
}

/** `new callee(args)`. */
export function construct(callee: string, ...args: Expr[]): CallExpr {
  return { kind: 'call', callee, args, isNew: true };
}

/** A map of strings (labels, annotations, data) as an object literal. */
export function strings(map: Readonly<Record<string, string>>): ObjectExpr {
  return obj(Object.entries(map).map(([k, v]) => [k, str(v)] as const));
}

/** An object literal of the properties whose value is defined, one per line when it has more than `max`. */
export function objExpanded(entries: readonly (Entry | Prop)[], max: number): ObjectExpr {
  const o = obj(entries);
  return { ...o, expand: o.props.length > max };
}

/** A JSON value as a literal (objects, arrays and scalars; `null` fields left out). */
export function json(value: unknown): Expr {
  if (Array.isArray(value)) return arr(value.map(json));
  if (typeof value === 'object' && value !== null) {
    return obj(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, v === null || v === undefined ? undefined : json(v)] as const));
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return literal(value);
  return code('null');
}
