/**
 * Whole seconds: probe timings and grace periods are integers of seconds in the Kubernetes API,
 * so a duration of 500 ms cannot be written. Durations arrive here as milliseconds.
 *
 * @packageDocumentation
 */

/** The problems of a duration of `millis` as a field of whole seconds, at least `minSeconds`. */
export function wholeSecondsErrors(millis: number, minSeconds: number): string[] {
  if (millis % 1000 === 0 && millis / 1000 >= minSeconds) return [];
  const min = minSeconds === 0 ? '0 seconds' : `${minSeconds} second${minSeconds === 1 ? '' : 's'}`;
  return [`must be a whole number of seconds, ${min} or more`];
}
