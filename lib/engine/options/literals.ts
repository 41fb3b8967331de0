/**
 * A value outside a union of string literals (and string templates, such as
 * `metadata.labels['${string}']`): the values the union takes, as an `Unsupported value` lists
 * them, and the one a misspelt string meant.
 *
 * @packageDocumentation
 */
import { closest } from '../../values/suggest';
import { SchemaType } from './schema';

/** What an `Unsupported value` says of a value outside a union. */
export interface UnsupportedValue {
  /** The values the union takes; a template as its form (`metadata.labels['<string>']`). */
  readonly supported: readonly string[];
  /** The literal the value meant, if one is near enough. */
  readonly suggestion?: string;
}

/**
 * The supported values of a union of string literals, or of string literals and templates when a
 * string is given; `undefined` for another union (its type is reported instead).
 */
export function unsupportedOf(of: readonly SchemaType[], value: unknown): UnsupportedValue | undefined {
  const literals = of.flatMap(t => (t.k === 'literal' && typeof t.value === 'string' ? [t.value] : []));
  const templates = of.filter(t => t.k === 'template').length;
  if (literals.length + templates !== of.length || (templates > 0 && typeof value !== 'string')) return undefined;
  const supported = of.map(t => (t.k === 'template' ? t.text.replace(/\$\{(string|number)\}/g, '<$1>') : String((t as { value: string }).value)));
  return { supported, suggestion: typeof value === 'string' ? nearLiteral(value, literals) : undefined };
}

/**
 * The literal a misspelt string meant: one that differs only in case, the value without a Linux
 * capability's `CAP_` prefix (`CAP_NET_BIND_SERVICE` → `NET_BIND_SERVICE`), or one a typo or two away.
 */
function nearLiteral(value: string, literals: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  const bare = lower.startsWith('cap_') ? lower.slice(4) : undefined;
  return (
    literals.find(l => l.toLowerCase() === lower) ??
    (bare === undefined ? undefined : literals.find(l => l.toLowerCase() === bare)) ??
    // a typo, not another value of the union (`status.phase` is not `status.podIP`)
    closest(value, [...literals].sort(), Math.min(2, Math.max(1, Math.floor(value.length / 3))))
  );
}
