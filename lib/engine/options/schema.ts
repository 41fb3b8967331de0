/**
 * The run-time schema of the builders' arguments, read from its notation (see
 * `scripts/gen-props-schema.ts`, which writes `props-schema.generated.ts` from the builders'
 * signatures): each type is parsed once, when a builder first needs it.
 *
 * @packageDocumentation
 */
import { OPEN_OBJECTS, PROPS_CLASSES, PROPS_OBJECTS } from './props-schema.generated';

/** A type of the schema. */
export type SchemaType =
  | { readonly k: 'any' }
  | { readonly k: 'never' }
  | { readonly k: 'primitive'; readonly name: 'string' | 'number' | 'boolean' | 'undefined' | 'null' | 'object' | 'function' }
  | { readonly k: 'literal'; readonly value: string | number | boolean }
  | { readonly k: 'template'; readonly text: string; readonly pattern: RegExp }
  | { readonly k: 'class'; readonly name: string; readonly ctor: string }
  | { readonly k: 'array'; readonly of: SchemaType; readonly nonEmpty: boolean }
  | { readonly k: 'map'; readonly of: SchemaType }
  | { readonly k: 'union'; readonly of: readonly SchemaType[] }
  | SchemaObject;

/** An option object: its fields, or, when `open`, the fields a reference must have (a ConfigMap is a `ConfigMapRef`). */
export interface SchemaObject {
  readonly k: 'object';
  /** Its name in the schema (`ContainerProps`), when it has one. */
  readonly name?: string;
  readonly fields: ReadonlyMap<string, SchemaField>;
  /** A reference that classes implement: only its required fields are looked for; other keys are allowed. */
  readonly open: boolean;
  /** Every field is a manifest's spelling: an object that only gives advice (`livenessProbe: { httpGet: ... }`). */
  readonly spellingOnly: boolean;
}

/** A field of an option object. */
export interface SchemaField {
  readonly optional: boolean;
  /** For a manifest's spelling that the builder does not take (`initialDelaySeconds`): what to write instead. */
  readonly advice?: string;
  /** The field's type, parsed when first needed. */
  readonly type: () => SchemaType;
}

const ANY: SchemaType = { k: 'any' };
const NEVER: SchemaType = { k: 'never' };
const PRIMITIVES = ['string', 'number', 'boolean', 'undefined', 'null', 'object', 'function'] as const;

const named = new Map<string, SchemaObject>();
const parsed = new Map<string, SchemaType>();

/** The type that `notation` writes, parsed once. */
export function schemaType(notation: string): SchemaType {
  let t = parsed.get(notation);
  if (t === undefined) {
    t = new Parser(notation).parse();
    parsed.set(notation, t);
  }
  return t;
}

/** The option object `name` of the schema. */
export function schemaObject(name: string): SchemaObject {
  let o = named.get(name);
  if (o === undefined) {
    const fields = (PROPS_OBJECTS as Readonly<Record<string, Readonly<Record<string, string>>>>)[name];
    if (fields === undefined) throw new Error(`the props schema has no object ${name}`);
    const map = new Map<string, SchemaField>();
    // the objects it extends (`&`), then its own fields
    for (const base of fields['&']?.split('&') ?? []) for (const [key, f] of schemaObject(base).fields) map.set(key, f);
    for (const [key, notation] of Object.entries(fields)) if (key !== '&') map.set(key, field(notation));
    o = {
      k: 'object',
      name,
      fields: map,
      open: OPEN_OBJECTS.includes(name),
      spellingOnly: map.size > 0 && [...map.values()].every(f => f.advice !== undefined),
    };
    named.set(name, o);
  }
  return o;
}

/** The static methods of a class of the schema (its factories), if it is one. */
export function factoriesOf(className: string): readonly string[] | undefined {
  return PROPS_CLASSES[className];
}

/** The names of every class of the schema, as their constructors are named (`Container`, not `kplus.Container`). */
export const CLASS_NAMES: ReadonlySet<string> = new Set(Object.keys(PROPS_CLASSES).map(bareName));

/** `kplus.Container` → `Container`: the name of the class's constructor. */
export function bareName(className: string): string {
  return className.slice(className.lastIndexOf('.') + 1);
}

function field(notation: string): SchemaField {
  if (notation.startsWith('!')) return { optional: true, advice: notation.slice(1), type: () => NEVER };
  const optional = notation.startsWith('?');
  const text = optional ? notation.slice(1) : notation;
  let t: SchemaType | undefined;
  return { optional, type: () => (t ??= schemaType(text)) };
}

/** Reads the notation: unions of intersections of array/primary types. */
class Parser {
  private i = 0;

  public constructor(private readonly s: string) {}

  public parse(): SchemaType {
    const t = this.union();
    if (this.i !== this.s.length) this.fail('end');
    return t;
  }

  private union(): SchemaType {
    const of = [this.intersection()];
    while (this.eat('|')) of.push(this.intersection());
    return of.length === 1 ? of[0] : unionOf(of);
  }

  private intersection(): SchemaType {
    let t = this.postfix();
    while (this.eat('&')) t = intersect(t, this.postfix());
    return t;
  }

  private postfix(): SchemaType {
    let t = this.primary();
    for (;;) {
      if (this.eat('[]')) t = { k: 'array', of: t, nonEmpty: false };
      else if (this.eat('[+]')) t = { k: 'array', of: t, nonEmpty: true };
      else return t;
    }
  }

  private primary(): SchemaType {
    const c = this.s[this.i];
    if (this.eat('(')) return this.closing(this.union(), ')');
    if (this.eat('{')) return this.closing({ k: 'map', of: this.union() }, '}');
    if (c === '"') return { k: 'literal', value: this.json(/^"(?:[^"\\]|\\.)*"/) as string };
    if (c === '`') return this.template();
    if (c === '@') {
      this.i++;
      const name = this.name();
      return { k: 'class', name, ctor: bareName(name) };
    }
    if (/[-0-9]/.test(c)) return { k: 'literal', value: this.json(/^-?[0-9.e+-]+/) as number };
    const word = this.name();
    if (word === 'true' || word === 'false') return { k: 'literal', value: word === 'true' };
    if (word === 'unknown') return ANY;
    if (word === 'never') return NEVER;
    const primitive = PRIMITIVES.find(p => p === word);
    return primitive !== undefined ? { k: 'primitive', name: primitive } : schemaObject(word);
  }

  private template(): SchemaType {
    const end = this.s.indexOf('`', this.i + 1);
    if (end < 0) this.fail('`');
    const text = this.s.slice(this.i + 1, end);
    this.i = end + 1;
    const pattern = text
      .split(/(\$\{(?:string|number)\})/)
      .map(part =>
        part === '${string}'
          ? '[\\s\\S]*'
          : part === '${number}'
            ? '[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?'
            : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('');
    return { k: 'template', text, pattern: new RegExp(`^${pattern}$`) };
  }

  private name(): string {
    const m = /^[A-Za-z_$][\w$.]*/.exec(this.s.slice(this.i));
    if (!m) this.fail('a name');
    this.i += m[0].length;
    return m[0];
  }

  private json(re: RegExp): unknown {
    const m = re.exec(this.s.slice(this.i));
    if (!m) this.fail('a literal');
    this.i += m[0].length;
    return JSON.parse(m[0]);
  }

  private closing(t: SchemaType, close: string): SchemaType {
    if (!this.eat(close)) this.fail(close);
    return t;
  }

  private eat(token: string): boolean {
    if (!this.s.startsWith(token, this.i)) return false;
    this.i += token.length;
    return true;
  }

  private fail(expected: string): never {
    throw new Error(`props schema: expected ${expected} at ${this.i} of ${this.s}`);
  }
}

/**
 * A union. Its option objects are merged into one, as a JavaScript caller sees them: a key of any
 * of them is known, with the union of its types, and required when all require it (a startup
 * probe's `budget` or `failureThreshold`; which goes with which is the builder's rule). Objects
 * that only give advice stay apart.
 */
function unionOf(of: readonly SchemaType[]): SchemaType {
  const flat = of.flatMap(t => (t.k === 'union' ? t.of : [t])).filter(t => t.k !== 'never');
  const objects = flat.filter((t): t is SchemaObject => t.k === 'object' && !t.open && !t.spellingOnly);
  if (objects.length < 2) return flat.length === 1 ? flat[0] : { k: 'union', of: flat };
  /** The union of the types of a key, made when first needed. */
  const merged = (having: readonly SchemaField[]): (() => SchemaType) => {
    let t: SchemaType | undefined;
    return () => (t ??= unionOf(having.filter(f => f.advice === undefined).map(f => f.type())));
  };
  const fields = new Map<string, SchemaField>();
  for (const key of new Set(objects.flatMap(o => [...o.fields.keys()]))) {
    const having = objects.map(o => o.fields.get(key)).filter((f): f is SchemaField => f !== undefined);
    const advice = having.find(f => f.advice !== undefined)?.advice;
    const optional = having.length < objects.length || having.some(f => f.optional);
    fields.set(
      key,
      advice !== undefined && having.every(f => f.advice !== undefined) ? { optional: true, advice, type: () => NEVER } : { optional, type: merged(having) },
    );
  }
  const rest = flat.filter(t => !objects.includes(t as SchemaObject));
  const object: SchemaObject = { k: 'object', fields, open: false, spellingOnly: false };
  return rest.length === 0 ? object : { k: 'union', of: [object, ...rest] };
}

/** An intersection of option objects: the fields of both (a probe's handler options and its timing). */
function intersect(a: SchemaType, b: SchemaType): SchemaType {
  if (a.k === 'union') return unionOf(a.of.map(t => intersect(t, b)));
  if (b.k === 'union') return unionOf(b.of.map(t => intersect(a, t)));
  if (a.k !== 'object' || b.k !== 'object') throw new Error('props schema: only option objects intersect');
  const fields = new Map(a.fields);
  for (const [key, f] of b.fields) fields.set(key, f);
  return { k: 'object', fields, open: a.open && b.open, spellingOnly: false };
}
