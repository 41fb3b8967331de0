/**
 * What YAML did to a value whose type is wrong: the pitfalls that turn a typo into another value.
 *
 * - `port:8080` without a space after the colon is one string, not a mapping;
 * - unquoted `yes`, `no`, `on`, `off` are booleans in the YAML 1.1 that kubectl reads;
 * - a quoted number is a string where an integer was meant.
 *
 * @packageDocumentation
 */
import { Finding } from '../engine/finding';
import { Location } from '../yaml/reader';

/** `key:value` with no space after the colon: YAML read a mapping entry as one plain string. */
const KEY_COLON_VALUE = /^([A-Za-z_][A-Za-z0-9_.-]*):([^\s/].*)$/;
const NUMBER = /^[-+]?\d+(\.\d+)?$/;
const YAML11_BOOLEANS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/** An explanation to append to the message of a `Wrong type` finding, or `''`. */
export function yamlHint(f: Finding, at: Location): string {
  if (f.type !== 'Wrong type') return '';
  if (typeof f.value === 'string') {
    const m = KEY_COLON_VALUE.exec(f.value);
    if (m)
      return ` (YAML read ${JSON.stringify(f.value)} as one string because there is no space after the colon; write ${JSON.stringify(`${m[1]}: ${m[2]}`)})`;
  }
  const source = at.source;
  if (source === undefined) return '';
  if (typeof f.value === 'boolean' && !at.quoted && YAML11_BOOLEANS.test(source)) {
    return ` (YAML 1.1, which kubectl uses, reads an unquoted ${source} as the boolean ${f.value}; write "${source}" in quotes)`;
  }
  if (typeof f.value === 'string' && at.quoted && NUMBER.test(source)) {
    return ` (the quotes make "${source}" a string; write ${source} without quotes)`;
  }
  return '';
}
