/**
 * Names in generated code: variables from object names (`shop-api` → `shopApi`), classes and
 * construct ids (`ShopApi`), each unique in its scope and never a reserved word.
 *
 * @packageDocumentation
 */

/** Words that cannot name a variable, and the names the generated code itself uses. */
const RESERVED = new Set([
  ...'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await any boolean number string symbol object never unknown undefined arguments eval async of'.split(
    ' ',
  ),
  'scope',
  'id',
  'props',
  'k8s',
]);

/** The words of a name: `shop-api.v2` → `shop`, `api`, `v2`; `readinessProbe` → `readiness`, `probe`. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(w => w !== '')
    .map(w => w.toLowerCase());
}

/** `shop-api` → `shopApi`; a name that starts with a digit gets a leading `_`. */
export function camelCase(name: string): string {
  const ws = words(name);
  const out = ws.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
  if (out === '') return 'value';
  return /^[0-9]/.test(out) ? `_${out}` : out;
}

/** `shop-api` → `ShopApi`. */
export function pascalCase(name: string): string {
  const c = camelCase(name).replace(/^_/, 'N');
  return c[0].toUpperCase() + c.slice(1);
}

/** Names taken in one scope: each new one is made unique with a suffix. */
export class Scope {
  private readonly taken = new Set<string>();

  public constructor(taken: Iterable<string> = []) {
    for (const t of taken) this.taken.add(t);
  }

  /** Whether `name` is taken (or reserved). */
  public has(name: string): boolean {
    return this.taken.has(name) || RESERVED.has(name);
  }

  /** Gives `name` back. */
  public release(name: string): void {
    this.taken.delete(name);
  }

  /** Takes `name`, or the first of `name` + each of `suffixes`, then `name2`, `name3`, ... that is free. */
  public take(name: string, ...suffixes: string[]): string {
    for (const candidate of [name, ...suffixes.map(s => name + s)]) {
      if (!this.has(candidate)) {
        this.taken.add(candidate);
        return candidate;
      }
    }
    for (let i = 2; ; i++) {
      const candidate = `${name}${i}`;
      if (!this.has(candidate)) {
        this.taken.add(candidate);
        return candidate;
      }
    }
  }
}
