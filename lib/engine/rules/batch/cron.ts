/**
 * CronJob schedules as the Kubernetes 1.27 apiserver parses them: `cron.ParseStandard` of
 * `github.com/robfig/cron/v3` v3.0.1, which the apiserver vendors, with its error texts.
 *
 * The standard parser reads five fields (minute 0-59, hour 0-23, day of month 1-31, month 1-12 or
 * `jan`-`dec`, day of week 0-6 or `sun`-`sat`), each a comma list of `*` or `?`, `N`, `N-M`,
 * with an optional `/step` (`N/step` runs from N to the field's maximum); the descriptors
 * `@yearly`, `@annually`, `@monthly`, `@weekly`, `@daily`, `@midnight`, `@hourly` and
 * `@every <duration>`; and a `TZ=<zone> ` or `CRON_TZ=<zone> ` prefix. It only checks each field
 * on its own: `0 0 31 2 *` (February 31st) parses, and a step longer than the range is fine.
 *
 * @packageDocumentation
 */
import { goDurationError } from './go-duration';
import { goAtoi, goFields, goStringSlice, goTrimSpace } from './go-text';
import { loadLocationError } from './time-zone';

/** A field's range and, for months and days of the week, its names. */
interface Bounds {
  readonly min: bigint;
  readonly max: bigint;
  readonly names?: Readonly<Record<string, bigint>>;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The five fields of a standard spec, in order. */
const FIELDS: readonly Bounds[] = [
  { min: 0n, max: 59n },
  { min: 0n, max: 23n },
  { min: 1n, max: 31n },
  { min: 1n, max: 12n, names: Object.fromEntries(MONTH_NAMES.map((n, i) => [n, BigInt(i + 1)])) },
  { min: 0n, max: 6n, names: Object.fromEntries(DAY_NAMES.map((n, i) => [n, BigInt(i)])) },
];

const DESCRIPTORS: ReadonlySet<string> = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);
const EVERY = '@every ';

/**
 * What the apiserver answers for a `TZ=` or `CRON_TZ=` prefix with no space after it: the parser
 * of v3.0.1 cuts the zone up to the first space, and panics when there is none.
 */
export const CRON_PANIC =
  'the apiserver cannot parse a schedule that starts with TZ= or CRON_TZ= and has no space after the zone (its cron parser panics: an internal error, not a validation message)';

type Parsed = { readonly value: bigint; readonly error?: undefined } | { readonly value?: undefined; readonly error: string };

/** `mustParseInt`: a non-negative integer. */
function mustParseInt(expr: string): Parsed {
  const n = goAtoi(expr);
  if (n.error !== undefined) return { error: `failed to parse int from ${expr}: ${n.error}` };
  if (n.value < 0n) return { error: `negative number (${n.value}) not allowed: ${expr}` };
  return n;
}

/** `parseIntOrName`: a name of the field (any case), or an integer. */
function parseIntOrName(expr: string, names: Bounds['names']): Parsed {
  const named = names?.[expr.toLowerCase()];
  return named !== undefined ? { value: named } : mustParseInt(expr);
}

/** `getRange`: the error of one comma-separated part of a field, if any. */
function rangeError(expr: string, r: Bounds): string | undefined {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0].split('-');
  const singleDigit = lowAndHigh.length === 1;
  let start: bigint;
  let end: bigint;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    // whatever follows a star before the slash is ignored (`*-5` is `*`)
    start = r.min;
    end = r.max;
  } else {
    const low = parseIntOrName(lowAndHigh[0], r.names);
    if (low.error !== undefined) return low.error;
    start = low.value;
    if (lowAndHigh.length === 1) {
      end = start;
    } else if (lowAndHigh.length === 2) {
      const high = parseIntOrName(lowAndHigh[1], r.names);
      if (high.error !== undefined) return high.error;
      end = high.value;
    } else {
      return `too many hyphens: ${expr}`;
    }
  }
  let step = 1n;
  if (rangeAndStep.length === 2) {
    const s = mustParseInt(rangeAndStep[1]);
    if (s.error !== undefined) return s.error;
    step = s.value;
    if (singleDigit) end = r.max;
  } else if (rangeAndStep.length > 2) {
    return `too many slashes: ${expr}`;
  }
  if (start < r.min) return `beginning of range (${start}) below minimum (${r.min}): ${expr}`;
  if (end > r.max) return `end of range (${end}) above maximum (${r.max}): ${expr}`;
  if (start > end) return `beginning of range (${start}) beyond end of range (${end}): ${expr}`;
  if (step === 0n) return `step of range should be a positive number: ${expr}`;
  return undefined;
}

/** `getField`: the first error among the comma-separated parts of a field (empty parts are skipped). */
function fieldError(field: string, r: Bounds): string | undefined {
  for (const expr of field.split(',')) {
    if (expr === '') continue;
    const e = rangeError(expr, r);
    if (e !== undefined) return e;
  }
  return undefined;
}

/** `parseDescriptor`: the error of a spec that starts with `@`. */
function descriptorError(spec: string): string | undefined {
  if (DESCRIPTORS.has(spec)) return undefined;
  if (spec.startsWith(EVERY)) {
    const e = goDurationError(spec.slice(EVERY.length));
    return e === undefined ? undefined : `failed to parse duration ${spec}: ${e}`;
  }
  return `unrecognized descriptor: ${spec}`;
}

/**
 * The error of `cron.ParseStandard(spec)` (robfig/cron v3.0.1), worded as the parser words it, or
 * `undefined` when the schedule parses. A `TZ=` prefix with nothing after the zone makes the
 * apiserver fail, not answer: {@link CRON_PANIC}.
 */
export function cronScheduleError(spec: string): string | undefined {
  if (spec === '') return 'empty spec string';
  let rest = spec;
  if (rest.startsWith('TZ=') || rest.startsWith('CRON_TZ=')) {
    const space = rest.indexOf(' ');
    if (space < 0) return CRON_PANIC;
    const zone = rest.slice(rest.indexOf('=') + 1, space);
    const e = loadLocationError(zone);
    if (e !== undefined) return `provided bad location ${zone}: ${e}`;
    rest = goTrimSpace(rest.slice(space));
  }
  if (rest.startsWith('@')) return descriptorError(rest);
  const fields = goFields(rest);
  if (fields.length !== FIELDS.length) return `expected exactly ${FIELDS.length} fields, found ${fields.length}: ${goStringSlice(fields)}`;
  for (let i = 0; i < FIELDS.length; i++) {
    const e = fieldError(fields[i], FIELDS[i]);
    if (e !== undefined) return e;
  }
  return undefined;
}
