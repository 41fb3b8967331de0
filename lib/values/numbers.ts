/**
 * Numbers: integers, port numbers and the ranges the Kubernetes 1.27 apiserver checks them against.
 *
 * @packageDocumentation
 */

/** The largest int32: ids, deadlines and counts of the API are int32. */
export const INT32_MAX = 2147483647;

/** Whether a value is an integral number. */
export function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** Whether a value is a port number, 1..65535: the test behind {@link portNumberErrors}. */
export function isPortNumber(value: unknown): value is number {
  return isInt(value) && value >= 1 && value <= 65535;
}

/** `IsValidPortNum`: container ports, probe ports, Service ports. */
export function portNumberErrors(value: number): string[] {
  return isPortNumber(value) ? [] : ['must be between 1 and 65535, inclusive'];
}

/** A whole number at least `min`: probe thresholds, replicas. */
export function minIntegerErrors(value: number, min: number): string[] {
  return Number.isInteger(value) && value >= min ? [] : [`must be a whole number, ${min} or more`];
}
