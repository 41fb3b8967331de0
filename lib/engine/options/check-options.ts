/**
 * The run-time check of a builder's arguments against the schema generated from its signature:
 * what the compiler checks for a TypeScript caller, for a JavaScript caller and for options held in
 * a variable or spread into a call (which the compiler's excess-property check does not see).
 * Unknown keys (with a did-you-mean), a manifest's spellings (with what to write instead), JSON
 * types, literal unions, non-empty arrays and classes, recursively, each reported at its path
 * (`ports[1].nmae`). A check walks the given value only.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../values/json';
import { Segment } from '../../values/path';
import { closest } from '../../values/suggest';
import { BuilderCheck } from '../builder-check';
import { Reporter } from '../reporter';
import { PROPS_ENTRIES, PROPS_OBJECTS } from './props-schema.generated';
import { unsupportedOf } from './literals';
import { bareName, CLASS_NAMES, factoriesOf, SchemaObject, schemaObject, SchemaType, schemaType } from './schema';

/** A public builder whose arguments the schema describes: `LivenessProbe.exec`, `Deployment` (its constructor), `applyTypedProbes`. */
export type BuilderName = keyof typeof PROPS_ENTRIES;

/** The name of an option object of the schema. */
export type OptionObjectName = keyof typeof PROPS_OBJECTS;

/** How to check one builder's arguments. */
export interface CheckArgumentsOptions {
  /**
   * Option objects whose keys the builder also takes, typed as there, because it reports them in
   * its own words: a probe factory's options of the other probe kinds (`successThreshold` on a
   * liveness probe is "only for readiness probes", not an unknown key). None when not given.
   */
  readonly alsoKeysOf?: readonly OptionObjectName[];
}

interface Param {
  readonly name: string;
  readonly optional: boolean;
  readonly type: SchemaType;
  /** An option object: its keys' paths start at the object (`ports[1].name`), not at the parameter's name. */
  readonly options: boolean;
}

const PARAMS = new Map<string, readonly Param[]>();

function paramsOf(builder: BuilderName): readonly Param[] {
  let params = PARAMS.get(builder);
  if (params === undefined) {
    params = (PROPS_ENTRIES[builder] as readonly string[]).map(p => {
      const m = /^(\w+)(\??): (.*)$/.exec(p)!;
      const type = schemaType(m[3]);
      return { name: m[1], optional: m[2] === '?', type, options: type.k === 'object' && !type.open };
    });
    PARAMS.set(builder, params);
  }
  return params;
}

/**
 * Checks the arguments of `builder`, a public builder, against its schema, and throws a
 * `ValidationError` naming `where` for any it breaks: before the builder reads its options, so
 * that a value of the wrong type never reaches its code.
 */
export function checkArguments(where: string, builder: BuilderName, args: readonly unknown[], options: CheckArgumentsOptions = {}): void {
  const check = new BuilderCheck();
  const params = paramsOf(builder);
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    const value = args[i];
    if (value === undefined) {
      if (!p.optional) check.r.required('sdk-option-type', [p.name], `must be ${describe(p.type)}`);
    } else if (p.options && isObject(value)) {
      const type = options.alsoKeysOf ? withKeysOf(builder, p.type as SchemaObject, options.alsoKeysOf) : (p.type as SchemaObject);
      checkObject(check.r, type, value, []);
    } else {
      checkValue(check.r, p.type, value, [p.name]);
    }
  }
  check.throwIfErrors(where);
}

const WITH_KEYS = new Map<string, SchemaObject>();

/** `type`, the options of `builder`, with the keys of the objects `names` that it does not have, optional (made once per builder). */
function withKeysOf(builder: BuilderName, type: SchemaObject, names: readonly OptionObjectName[]): SchemaObject {
  const id = `${builder}+${names.join('+')}`;
  let merged = WITH_KEYS.get(id);
  if (merged === undefined) {
    const fields = new Map(type.fields);
    for (const name of names) {
      for (const [key, f] of schemaObject(name).fields) if (!fields.has(key) && f.advice === undefined) fields.set(key, { ...f, optional: true });
    }
    merged = { ...type, fields };
    WITH_KEYS.set(id, merged);
  }
  return merged;
}

/** Whether a value is an object literal (not an instance of a class). */
function isPlainObject(value: unknown): value is JsonObject {
  if (!isObject(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const hasOwn = Object.prototype.hasOwnProperty;

/*
 * The walk keeps the path of the value it is at in one array, a key pushed on the way down and
 * popped on the way up; a finding gets a copy. A check that finds nothing allocates no path.
 */

/** Checks a value of any type: reports what it breaks at `path`. */
function checkValue(r: Reporter, type: SchemaType, value: unknown, path: Segment[]): void {
  switch (type.k) {
    case 'object':
      if (isObject(value)) checkObject(r, type, value, path);
      else wrongType(r, type, value, path);
      return;
    case 'array':
      if (!Array.isArray(value)) return wrongType(r, type, value, path);
      if (type.nonEmpty && value.length === 0) r.invalid('sdk-option-type', path.slice(), value, 'must have at least one item');
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        checkValue(r, type.of, value[i], path);
        path.pop();
      }
      return;
    case 'map':
      if (!isObject(value)) return wrongType(r, type, value, path);
      for (const key in value) {
        if (!hasOwn.call(value, key)) continue;
        path.push({ key });
        checkValue(r, type.of, value[key], path);
        path.pop();
      }
      return;
    case 'union':
      return checkUnion(r, type.of, value, path);
    default:
      if (!matches(type, value)) wrongType(r, type, value, path);
  }
}

/** Checks an option object: its keys, their values, the required ones; of a reference, its required fields only. */
function checkObject(r: Reporter, type: SchemaObject, value: JsonObject, path: Segment[]): void {
  const required = requiredKeys(type);
  if (type.open) {
    const missing = required.filter(key => !(key in value));
    if (missing.length > 0) wrongType(r, type, value, path, `; it has no ${listOf(missing, 'or')}`);
    return;
  }
  for (const key in value) {
    if (!hasOwn.call(value, key)) continue;
    const f = type.fields.get(key);
    path.push(key);
    if (f === undefined) {
      r.decoding('sdk-unknown-option', path.slice(), 'Unknown field', value[key], `unknown option ${JSON.stringify(key)}`, closest(key, knownKeys(type)));
    } else if (f.advice !== undefined) {
      spelling(r, key, f.advice, value[key], path);
    } else if (value[key] !== undefined) {
      checkValue(r, f.type(), value[key], path);
    }
    path.pop();
  }
  for (const key of required) {
    if (value[key] === undefined) r.required('sdk-option-type', [...path, key], `must be ${describe(type.fields.get(key)!.type())}`);
  }
}

/** Reports a manifest's spelling at `path`, with what to write instead. */
function spelling(r: Reporter, key: string, advice: string, value: unknown, path: readonly Segment[]): void {
  r.decoding('sdk-unknown-option', path.slice(), 'Unknown field', value, `${JSON.stringify(key)} is how a manifest writes it: ${advice}`);
}

const KNOWN_KEYS = new WeakMap<SchemaObject, readonly string[]>();
const REQUIRED_KEYS = new WeakMap<SchemaObject, readonly string[]>();

/** The keys a did-you-mean may suggest, sorted: not the manifest spellings. */
function knownKeys(type: SchemaObject): readonly string[] {
  let keys = KNOWN_KEYS.get(type);
  if (keys === undefined) {
    keys = [...type.fields]
      .filter(([, f]) => f.advice === undefined)
      .map(([key]) => key)
      .sort();
    KNOWN_KEYS.set(type, keys);
  }
  return keys;
}

/** The keys an object must have. */
function requiredKeys(type: SchemaObject): readonly string[] {
  let keys = REQUIRED_KEYS.get(type);
  if (keys === undefined) {
    keys = [...type.fields].filter(([, f]) => !f.optional).map(([key]) => key);
    REQUIRED_KEYS.set(type, keys);
  }
  return keys;
}

/**
 * A union: a value matches a literal, a primitive or a class of it, or is an object, an array or a
 * map checked against the first such member. Nothing matches: a literal union says which values
 * it takes (and one that differs in case); an object that only an advice member knows gets the
 * advice (`livenessProbe: { httpGet: ... }`).
 */
function checkUnion(r: Reporter, of: readonly SchemaType[], value: unknown, path: Segment[]): void {
  for (const t of of) {
    if (t.k === 'object' ? isObject(value) && !t.spellingOnly : t.k === 'array' ? Array.isArray(value) : t.k === 'map' ? isObject(value) : matches(t, value)) {
      if (t.k === 'object' || t.k === 'array' || t.k === 'map') checkValue(r, t, value, path);
      return;
    }
  }
  const unsupported = unsupportedOf(of, value);
  if (unsupported !== undefined) {
    r.unsupported('sdk-option-type', path.slice(), value, unsupported.supported, unsupported.suggestion);
    return;
  }
  if (isPlainObject(value)) {
    const advice = of.flatMap(t => (t.k === 'object' && t.spellingOnly ? [...t.fields].filter(([key]) => key in value) : []));
    if (advice.length > 0) {
      for (const [key, f] of advice) spelling(r, key, f.advice!, value[key], [...path, key]);
      return;
    }
  }
  wrongType(r, { k: 'union', of }, value, path);
}

/** Whether a value is of a primitive, literal, template or class type. */
function matches(type: SchemaType, value: unknown): boolean {
  switch (type.k) {
    case 'any':
      return true;
    case 'never':
      return false;
    case 'primitive':
      return type.name === 'null' ? value === null : type.name === 'object' ? typeof value === 'object' && value !== null : typeof value === type.name;
    case 'literal':
      return value === type.value;
    case 'template':
      return typeof value === 'string' && type.pattern.test(value);
    case 'class':
      return isInstance(value, type.ctor);
    default:
      return false;
  }
}

/**
 * Whether a value is an instance of the class `name`, by the names of the constructors on its
 * prototype chain (the engine loads no cdk8s: a `Duration` is recognised by its class's name). An
 * instance of a class the schema does not know (a bundler renamed the classes) is given the
 * benefit of the doubt; a plain object, an array, a primitive or an instance of another class of
 * the schema (a `ReadinessProbe` given as `livenessProbe`) is not one.
 */
function isInstance(value: unknown, name: string): boolean {
  if (!isObject(value)) return false;
  let proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return false;
  let known = false;
  while (proto !== null && proto !== Object.prototype && typeof proto === 'object') {
    const ctor = (proto as { constructor?: { name?: unknown } }).constructor;
    const ctorName = typeof ctor?.name === 'string' ? ctor.name : '';
    if (ctorName === name) return true;
    known ||= CLASS_NAMES.has(ctorName);
    proto = Object.getPrototypeOf(proto);
  }
  return !known;
}

/** Reports a value of the wrong JSON type: `must be a number`, `must be a Duration (from Duration.millis, seconds, …)`. */
function wrongType(r: Reporter, type: SchemaType, value: unknown, path: readonly Segment[], more = ''): void {
  r.decoding('sdk-option-type', path.slice(), 'Wrong type', shown(value), `must be ${describe(type)}${more}`);
}

/** The value as a message shows it: itself when it is JSON, else a description (`a ConfigMap`), never a whole construct. */
function shown(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return typeof value === 'function' ? described('a function') : value;
  if (isPlainObject(value) || Array.isArray(value)) {
    try {
      JSON.stringify(value);
      return value;
    } catch {
      return described(Array.isArray(value) ? 'an array' : 'an object');
    }
  }
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } }).constructor?.name;
  return typeof (value as { toHumanString?: unknown }).toHumanString === 'function' ? value : described(name ? article(name) : 'an object');
}

/** A value that messages show as `text`, unquoted (as a finding renders a `Duration`). */
function described(text: string): { toHumanString(): string } {
  return { toHumanString: () => text };
}

/** What a type takes, in words: `a string`, `"HTTP" or "HTTPS"`, `a Duration (from Duration.millis, seconds, …)`. */
export function describe(type: SchemaType): string {
  switch (type.k) {
    case 'any':
      return 'any value';
    case 'never':
      return 'left out';
    case 'primitive':
      return type.name === 'undefined' || type.name === 'null' ? type.name : article(type.name);
    case 'literal':
      return JSON.stringify(type.value);
    case 'template':
      return `a string of the form ${type.text}`;
    case 'class': {
      const name = bareName(type.name);
      const factories = (factoriesOf(type.name) ?? []).filter(f => !/^is[A-Z]/.test(f));
      if (factories.length === 0) return article(name);
      return `${article(name)} (from ${name}.${listOf(factories, 'or')})`;
    }
    case 'array':
      return type.nonEmpty ? 'a non-empty array' : 'an array';
    case 'map':
      return 'an object';
    case 'union': {
      const taken = type.of.filter(t => !(t.k === 'object' && t.spellingOnly));
      // `undefined` is what an optional field's absence is: not worth saying beside the types it takes
      const defined = taken.filter(t => !(t.k === 'primitive' && t.name === 'undefined'));
      const words = [...new Set((defined.length > 0 ? defined : taken).map(describe))];
      return words.length === 0 ? 'left out' : listOf(words, 'or');
    }
    case 'object':
      return type.open && type.name ? `${article(type.name)} (an object with ${listOf([...type.fields.keys()], 'and')})` : 'an object';
  }
}

/** `a, b and c`. */
function listOf(words: readonly string[], last: 'and' | 'or'): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}

function article(name: string): string {
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;
}
