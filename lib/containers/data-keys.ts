/**
 * The keys a container takes from a ConfigMap or Secret, checked against the keys the reference
 * holds at run time: the compiler checks them for a TypeScript caller (a key not in the type does
 * not compile); a JavaScript caller, or a key from a variable of type `any`, is checked here.
 *
 * @packageDocumentation
 */
import { ConfigMapRef, SecretRef } from '../config/refs';
import { BuilderCheck } from '../engine/builder-check';
import { Path } from '../values/path';
import { suggest } from '../values/suggest';

/** `ConfigMap "shop-config"`, `Secret "shop-db"`. */
function describe(ref: ConfigMapRef | SecretRef): string {
  return 'configMapName' in ref ? `ConfigMap "${ref.configMapName}"` : `Secret "${(ref as SecretRef).secretName}"`;
}

/**
 * Throws a `ValidationError` naming `where` (the builder) for each of `keys` (with their paths)
 * that `ref` does not hold, with the closest key it holds (rule `sdk-data-key`).
 */
export function checkDataKeys(where: string, ref: ConfigMapRef | SecretRef, keys: readonly (readonly [Path, unknown])[]): void {
  const held: readonly string[] | undefined = Array.isArray(ref.keys) ? ref.keys : undefined;
  if (held === undefined) return; // not a reference: the argument check reports it
  const check = new BuilderCheck();
  for (const [path, key] of keys) {
    if (typeof key !== 'string' || held.includes(key)) continue;
    const holds = held.length === 0 ? 'it holds none' : `it holds ${held.map(k => `"${k}"`).join(', ')}`;
    check.r.invalid('sdk-data-key', path, key, `${describe(ref)} holds no key "${key}" (${holds})`, suggest(key, held));
  }
  check.throwIfErrors(where);
}
