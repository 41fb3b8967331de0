/**
 * DNS labels at compile time: the checks a name written as a string literal gets from the
 * compiler (a container's name), before the full rule runs (at most 63 characters, ...).
 *
 * @packageDocumentation
 */

/**
 * Compile-time check of a DNS-1123 label written as a string literal: resolves to the name itself
 * when it may be one, and to an explanatory string literal otherwise, so that the compiler's error
 * reads as the rule: `Type '"Web"' is not assignable to type '"error: a container name must be lowercase"'`.
 * A name that is not a literal (a `string` variable) is checked at run time only, as is the length.
 */
export type DnsLabelName<C extends string, What extends string> = string extends C
  ? string
  : C extends ''
    ? `error: a ${What} name cannot be empty`
    : C extends `${string}${' ' | '_' | '.' | '/' | ':'}${string}`
      ? `error: a ${What} name may only contain a-z, 0-9 and '-'`
      : C extends `-${string}` | `${string}-`
        ? `error: a ${What} name starts and ends with a letter or digit`
        : C extends Lowercase<C>
          ? C
          : `error: a ${What} name must be lowercase`;
