/**
 * Merging a construct's defaults with the user's overrides.
 *
 * @packageDocumentation
 */

/**
 * `defaults` overridden by every field of `overrides` that is not `undefined`: an option
 * passed explicitly as `undefined` keeps the default, as if it had not been passed.
 */
export function withDefaults<T extends object, O extends object>(defaults: T, overrides: O | undefined): T & O {
  const merged: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (value !== undefined) merged[key] = value;
  }
  return merged as T & O;
}
