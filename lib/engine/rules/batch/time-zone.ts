/**
 * Time zone names as the apiserver loads them: Go's `time.LoadLocation` over the IANA database,
 * here the IANA database that Node's `Intl` ships, made as strict as Go's lookup (which opens a
 * file of that exact name: `Europe/Berlin` exists, `europe/berlin` does not).
 *
 * What differs from Go: a zone newer than Node's ICU is unknown here, a zone newer than the
 * apiserver's database is known here; the `posix/` and `right/` copies of some system databases,
 * and `posixrules`, are not known.
 *
 * @packageDocumentation
 */

/** The IANA names without an area (`UTC`, `EST5EDT`, `Japan`), exactly as the database spells them. */
const SINGLE_NAMES: ReadonlySet<string> = new Set(
  (
    'CET CST6CDT Cuba EET EST EST5EDT Egypt Eire Factory GB GB-Eire GMT GMT+0 GMT-0 GMT0 Greenwich HST Hongkong Iceland Iran Israel ' +
    'Jamaica Japan Kwajalein Libya MET MST MST7MDT NZ NZ-CHAT Navajo PRC PST8PDT Poland Portugal ROC ROK Singapore Turkey UCT UTC ' +
    'Universal W-SU WET Zulu'
  ).split(' '),
);

/** The areas (first part) of the other IANA names. */
const AREAS: ReadonlySet<string> = new Set(
  'Africa America Antarctica Arctic Asia Atlantic Australia Brazil Canada Chile Etc Europe Indian Mexico Pacific US'.split(' '),
);

/** ICU's canonical names, by their lowercase form. */
let canonical: ReadonlyMap<string, string> | undefined;
const known = new Map<string, boolean>();

function canonicalNames(): ReadonlyMap<string, string> {
  canonical ??= new Map(Intl.supportedValuesOf('timeZone').map(n => [n.toLowerCase(), n]));
  return canonical;
}

function intlKnows(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a link name (`US/Pacific`, `Asia/Calcutta`) is spelled as IANA spells its names: ICU
 * finds links in any case, and only knows the case of the canonical names. Each word of an IANA
 * name starts with a capital or a digit, and only a few short words are in capitals (`ACT`,
 * `GMT`, `CHAT`).
 */
function spelledAsIana(parts: readonly string[]): boolean {
  return parts.every(part => part.split(/[-_]/).every(word => /^[A-Z0-9+]/.test(word) && !(/^[A-Z]{4,}/.test(word) && word !== 'CHAT')));
}

/** Whether `name` is a zone of the IANA database, spelled exactly. */
export function isIanaZone(name: string): boolean {
  const cached = known.get(name);
  if (cached !== undefined) return cached;
  let result: boolean;
  const parts = name.split('/');
  if (parts.length === 1) {
    result = SINGLE_NAMES.has(name);
  } else if (!AREAS.has(parts[0]) || !intlKnows(name)) {
    result = false;
  } else {
    const exact = canonicalNames().get(name.toLowerCase());
    result = exact !== undefined ? exact === name : spelledAsIana(parts.slice(1));
  }
  known.set(name, result);
  return result;
}

/**
 * The error of Go's `time.LoadLocation(name)`, or `undefined` when it loads: `""` and `UTC` are
 * UTC, `Local` is the apiserver's own zone.
 */
export function loadLocationError(name: string): string | undefined {
  if (name === '' || name === 'UTC' || name === 'Local') return undefined;
  if (name.includes('..') || name.startsWith('/') || name.startsWith('\\')) return 'time: invalid location name';
  return isIanaZone(name) ? undefined : `unknown time zone ${name}`;
}

/** A part of a time zone name as `validateTimeZone` allows it (names such as `Etc/GMT+5` included). */
const ZONE_PART = /^[A-Za-z.\-_0-9+]{1,14}$/;

/**
 * `validateTimeZone` of `pkg/apis/batch/validation` (1.27, with the name check of PR #115375): the
 * problems of a CronJob's `timeZone`, none when it is valid. At most one, except for a name such as
 * `local` (not an explicit zone, and unknown).
 */
export function timeZoneErrors(tz: string): string[] {
  if (tz === '') return ['timeZone must be nil or non-empty string'];
  for (const part of tz.split('/')) {
    if (part === '.' || part === '..' || part.startsWith('-') || !ZONE_PART.test(part)) return [`unknown time zone ${tz}`];
  }
  const errs: string[] = [];
  if (tz.toLowerCase() === 'local') errs.push('timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones');
  const loadError = loadLocationError(tz);
  if (loadError !== undefined) errs.push(loadError);
  return errs;
}

/** The canonical IANA zone names that Node's `Intl` knows, for suggestions. */
export function ianaZoneNames(): readonly string[] {
  return Intl.supportedValuesOf('timeZone');
}
