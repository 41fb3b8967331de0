import { validateManifests } from '../lib/check/validate';
import { BATCH_RULES } from '../lib/engine/catalogue/batch';
import { Finding, formatFinding } from '../lib/engine/finding';
import { CRON_PANIC, cronScheduleError } from '../lib/engine/rules/batch/cron';
import { goDurationError } from '../lib/engine/rules/batch/go-duration';
import { goAtoi, goFields, goQuote } from '../lib/engine/rules/batch/go-text';
import { loadLocationError, timeZoneErrors } from '../lib/engine/rules/batch/time-zone';

// Jobs and CronJobs as the 1.27 apiserver validates them on create (ValidateJob,
// ValidateCronJobCreate), the cron parser of robfig/cron v3.0.1 and Go's time zone lookup.

type M = Record<string, any>;

const IMAGE = 'registry.k8s.io/pause:3.9';
const QUALIFIED_NAME_MSG =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

/** The ids of the rules this part reports, and of the shared ones it uses. */
const OWN_RULES = new Set<string>([
  ...Object.keys(BATCH_RULES),
  'nonnegative-count',
  'label-selector',
  'workload-selector-required',
  'workload-selector-match',
]);

/** A Job named `once` with this spec (besides its pod template), metadata and pod spec. */
function job(spec: M = {}, metadata: M = {}, podSpec: M = {}): M {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'once', ...metadata },
    spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'app', image: IMAGE }], ...podSpec } }, ...spec },
  };
}

/** A Job template spec for a CronJob, with these fields. */
function jobTemplate(spec: M = {}, podSpec: M = {}): M {
  return { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'app', image: IMAGE }], ...podSpec } }, ...spec } };
}

/** A CronJob named `nightly` that runs at 3:00, with this spec. */
function cronJob(spec: M = {}, metadata: M = {}): M {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'nightly', ...metadata },
    spec: { schedule: '0 3 * * *', jobTemplate: jobTemplate(), ...spec },
  };
}

function findingsOf(manifest: M): readonly Finding[] {
  return validateManifests([manifest]);
}

/** The error findings of a manifest, in the apiserver's words. */
function errors(manifest: M): string[] {
  return findingsOf(manifest)
    .filter(f => f.severity === 'error')
    .map(formatFinding);
}

/** The findings of this part's rules (and of the shared rules it reports) only. */
function own(manifest: M): string[] {
  return findingsOf(manifest)
    .filter(f => OWN_RULES.has(f.rule))
    .map(formatFinding);
}

// ---------------------------------------------------------------------------------------------
// the cron parser (robfig/cron v3.0.1, ParseStandard)
// ---------------------------------------------------------------------------------------------

describe('cron schedules as robfig/cron v3.0.1 parses them', () => {
  test.each([
    ['every minute', '* * * * *'],
    ['five fields of numbers', '30 2 1 6 0'],
    ['February 31st: each field is only checked on its own', '0 0 31 2 *'],
    ['a step longer than the range', '*/61 * * * *'],
    ['a step from a start', '5/15 * * * *'],
    ['a range with a step', '0-30/10 8-18 * * *'],
    ['lists, and an empty list item', '0,15,,45 * * * *'],
    ['day names, any case, and a range of names', '0 9 * * MON-FRI'],
    ['day names in lower case', '0 9 * * mon,wed,fri'],
    ['month names', '0 0 1 JAN,jul *'],
    ['? as *', '? ? ? ? ?'],
    ['a star followed by a range: the range is ignored', '*-5 * * * *'],
    ['a plus sign (strconv.Atoi)', '+5 * * * *'],
    ['tabs and outer spaces', ' 0\t0 * * * '],
    ['@yearly', '@yearly'],
    ['@annually', '@annually'],
    ['@monthly', '@monthly'],
    ['@weekly', '@weekly'],
    ['@daily', '@daily'],
    ['@midnight', '@midnight'],
    ['@hourly', '@hourly'],
    ['@every 90s', '@every 90s'],
    ['@every with a fraction and several units', '@every 1.5h30m'],
    ['@every 0', '@every 0'],
    ['a TZ= prefix', 'TZ=UTC 0 * * * *'],
    ['a CRON_TZ= prefix with an IANA zone', 'CRON_TZ=America/New_York 0 9 * * 1-5'],
    ['an empty TZ= (UTC)', 'TZ= 0 * * * *'],
    ['TZ=Local', 'TZ=Local 0 * * * *'],
    ['a descriptor after a TZ= prefix and spaces', 'TZ=Europe/Berlin   @daily'],
  ])('accepts %s: %j', (_name, spec) => {
    // GIVEN a schedule the parser accepts
    // WHEN it is parsed
    // THEN there is no error
    expect(cronScheduleError(spec)).toBeUndefined();
  });

  test.each([
    ['an empty spec', '', 'empty spec string'],
    ['minute 61', '61 * * * *', 'end of range (61) above maximum (59): 61'],
    ['a zero step', '*/0 * * * *', 'step of range should be a positive number: */0'],
    ['hour 24', '0 24 * * *', 'end of range (24) above maximum (23): 24'],
    ['day of month 0', '0 0 0 * *', 'beginning of range (0) below minimum (1): 0'],
    ['day of month 32', '0 0 32 * *', 'end of range (32) above maximum (31): 32'],
    ['month 13', '0 0 * 13 *', 'end of range (13) above maximum (12): 13'],
    ['day of week 7', '0 0 * * 7', 'end of range (7) above maximum (6): 7'],
    ['a backward range', '5-1 * * * *', 'beginning of range (5) beyond end of range (1): 5-1'],
    ['a backward range of names', '0 0 * * FRI-MON', 'beginning of range (5) beyond end of range (1): FRI-MON'],
    ['two hyphens', '1-2-3 * * * *', 'too many hyphens: 1-2-3'],
    ['two slashes', '1/2/3 * * * *', 'too many slashes: 1/2/3'],
    ['a word', 'a * * * *', 'failed to parse int from a: strconv.Atoi: parsing "a": invalid syntax'],
    ['a negative step', '*/-5 * * * *', 'negative number (-5) not allowed: -5'],
    ['a misspelt day', '0 0 * * MON-FRY', 'failed to parse int from FRY: strconv.Atoi: parsing "FRY": invalid syntax'],
    ['a long day name', '0 0 * * monday', 'failed to parse int from monday: strconv.Atoi: parsing "monday": invalid syntax'],
    ['a month name in the minute field', 'JAN * * * *', 'failed to parse int from JAN: strconv.Atoi: parsing "JAN": invalid syntax'],
    ['an open range', '5- * * * *', 'failed to parse int from : strconv.Atoi: parsing "": invalid syntax'],
    ['an empty step', '*/ * * * *', 'failed to parse int from : strconv.Atoi: parsing "": invalid syntax'],
    ['L (not in v3.0.1)', '0 0 L * *', 'failed to parse int from L: strconv.Atoi: parsing "L": invalid syntax'],
    [
      'a number beyond int64',
      '99999999999999999999 * * * *',
      'failed to parse int from 99999999999999999999: strconv.Atoi: parsing "99999999999999999999": value out of range',
    ],
    ['a big number', '100000000000 * * * *', 'end of range (100000000000) above maximum (59): 100000000000'],
    ['four fields', '* * * *', 'expected exactly 5 fields, found 4: [* * * *]'],
    ['six fields (seconds)', '0 */5 * * * *', 'expected exactly 5 fields, found 6: [0 */5 * * * *]'],
    ['a descriptor after a space', ' @daily', 'expected exactly 5 fields, found 1: [@daily]'],
    ['@quarterly (not in v3.0.1)', '@quarterly', 'unrecognized descriptor: @quarterly'],
    ['a descriptor in another case', '@Daily', 'unrecognized descriptor: @Daily'],
    ['@every without duration', '@every', 'unrecognized descriptor: @every'],
    ['@every with an unknown unit', '@every 5x', 'failed to parse duration @every 5x: time: unknown unit "x" in duration "5x"'],
    ['@every without unit', '@every 90', 'failed to parse duration @every 90: time: missing unit in duration "90"'],
    ['an unknown zone', 'TZ=Nowhere/City 0 * * * *', 'provided bad location Nowhere/City: unknown time zone Nowhere/City'],
    ['a zone in lower case', 'CRON_TZ=europe/berlin 0 * * * *', 'provided bad location europe/berlin: unknown time zone europe/berlin'],
    ['a zone path with ..', 'TZ=../etc 0 * * * *', 'provided bad location ../etc: time: invalid location name'],
    ['a TZ= prefix and no fields', 'TZ=UTC ', 'expected exactly 5 fields, found 0: []'],
  ])('rejects %s: %j', (_name, spec, message) => {
    // GIVEN a schedule the parser rejects
    // WHEN it is parsed
    // THEN the error is the parser's own
    expect(cronScheduleError(spec)).toBe(message);
  });

  test('a TZ= prefix with no space after the zone makes the apiserver fail, and says so', () => {
    // GIVEN schedules that are only a zone prefix
    // WHEN they are parsed
    // THEN the answer explains that v3.0.1 panics on them
    expect(cronScheduleError('TZ=UTC')).toBe(CRON_PANIC);
    expect(cronScheduleError('CRON_TZ=Europe/Berlin')).toBe(CRON_PANIC);
  });
});

describe('the Go pieces of the parser', () => {
  test('strconv.Atoi', () => {
    // GIVEN decimal strings with signs, letters, underscores and overflow
    // WHEN they are converted
    // THEN values and errors are Go's
    expect(goAtoi('42').value).toBe(42n);
    expect(goAtoi('-7').value).toBe(-7n);
    expect(goAtoi('+7').value).toBe(7n);
    expect(goAtoi('9223372036854775807').value).toBe(9223372036854775807n);
    expect(goAtoi('-9223372036854775808').value).toBe(-9223372036854775808n);
    expect(goAtoi('9223372036854775808').error).toBe('strconv.Atoi: parsing "9223372036854775808": value out of range');
    expect(goAtoi('1_000').error).toBe('strconv.Atoi: parsing "1_000": invalid syntax');
    expect(goAtoi('-').error).toBe('strconv.Atoi: parsing "-": invalid syntax');
    expect(goAtoi('').error).toBe('strconv.Atoi: parsing "": invalid syntax');
  });

  test('strconv.Quote and strings.Fields', () => {
    // GIVEN strings with quotes, control and invisible characters, and Unicode spaces
    // WHEN they are quoted or split
    // THEN they come out as Go writes them
    expect(goQuote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(goQuote('\x01é\u200b')).toBe('"\\x01é\\u200b"');
    expect(goFields('\u00a0a\u3000b \t c\n')).toEqual(['a', 'b', 'c']);
  });

  test('time.ParseDuration', () => {
    // GIVEN durations Go accepts and rejects
    // WHEN they are parsed
    // THEN the errors are Go's
    for (const ok of ['90s', '1h30m', '1.5h', '.5m', '-5s', '+5s', '0', '300ms', '2us', '2µs', '1h1m1s1ms']) expect(goDurationError(ok)).toBeUndefined();
    expect(goDurationError('')).toBe('time: invalid duration ""');
    expect(goDurationError('1e3s')).toBe('time: unknown unit "e" in duration "1e3s"');
    expect(goDurationError('5 s')).toBe('time: unknown unit " s" in duration "5 s"');
    expect(goDurationError('s')).toBe('time: invalid duration "s"');
    expect(goDurationError('.s')).toBe('time: invalid duration ".s"');
    expect(goDurationError('3000000h')).toBe('time: invalid duration "3000000h"');
    expect(goDurationError('5ä')).toBe('time: unknown unit "\\xc3\\xa4" in duration "5\\xc3\\xa4"');
  });
});

// ---------------------------------------------------------------------------------------------
// time zones (validateTimeZone, time.LoadLocation)
// ---------------------------------------------------------------------------------------------

describe('time zones', () => {
  test('a misspelt zone of a CronJob suggests the closest IANA name', () => {
    // GIVEN a CronJob whose timeZone misses a letter
    // WHEN it is validated
    // THEN the error suggests the zone meant
    const tz = findingsOf(cronJob({ timeZone: 'Europe/Berln' })).filter(f => f.rule === 'cronjob-time-zone');
    expect(tz.map(f => [formatFinding(f), f.suggestion])).toEqual([
      ['spec.timeZone: Invalid value: "Europe/Berln": unknown time zone Europe/Berln; did you mean "Europe/Berlin"?', 'Europe/Berlin'],
    ]);
  });

  test.each(['Europe/Berlin', 'Etc/UTC', 'UTC', 'America/Argentina/Buenos_Aires', 'America/Port-au-Prince', 'Etc/GMT+5', 'EST5EDT', 'Japan'])(
    'accepts the IANA zone %s',
    tz => {
      // GIVEN a zone of the IANA database
      // WHEN it is checked
      // THEN there is no error
      expect(timeZoneErrors(tz)).toEqual([]);
    },
  );

  test.each(['US/Pacific', 'Asia/Calcutta', 'Asia/Kolkata', 'Europe/Kiev', 'Europe/Kyiv', 'America/Argentina/ComodRivadavia', 'GB-Eire'])(
    'accepts the IANA link %s (old and new names)',
    tz => {
      // GIVEN a link name of the IANA database
      // WHEN it is checked
      // THEN there is no error
      expect(timeZoneErrors(tz)).toEqual([]);
    },
  );

  test.each([
    ['a misspelt zone', 'Europe/Pariss', ['unknown time zone Europe/Pariss']],
    ['a zone in lower case (Go opens a file of that exact name)', 'europe/berlin', ['unknown time zone europe/berlin']],
    ['a link in lower case', 'us/pacific', ['unknown time zone us/pacific']],
    ['a link in capitals', 'US/PACIFIC', ['unknown time zone US/PACIFIC']],
    ['utc in lower case', 'utc', ['unknown time zone utc']],
    ['an abbreviation ICU knows and IANA does not', 'PST', ['unknown time zone PST']],
    ['an ICU-only area', 'SystemV/AST4', ['unknown time zone SystemV/AST4']],
    ['an offset', '+05:00', ['unknown time zone +05:00']],
    ['Local', 'Local', ['timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones']],
    ['local (two errors)', 'local', ['timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones', 'unknown time zone local']],
    ['an empty string', '', ['timeZone must be nil or non-empty string']],
    ['an empty part', 'Europe//Berlin', ['unknown time zone Europe//Berlin']],
    ['a leading slash', '/UTC', ['unknown time zone /UTC']],
    ['a dot-dot part', 'Europe/../Berlin', ['unknown time zone Europe/../Berlin']],
    ['a part starting with -', '-UTC', ['unknown time zone -UTC']],
    ['a part longer than 14 characters', 'America/Very_Long_City_Name', ['unknown time zone America/Very_Long_City_Name']],
  ])('rejects %s: %j', (_name, tz, messages) => {
    // GIVEN a name that is no explicit IANA zone
    // WHEN it is checked
    // THEN the apiserver's messages come out
    expect(timeZoneErrors(tz)).toEqual(messages);
  });

  test('LoadLocation: "" and UTC and Local load, names with .. do not', () => {
    // GIVEN the names Go treats specially
    // WHEN they are loaded
    // THEN Go's answers come out
    expect(loadLocationError('')).toBeUndefined();
    expect(loadLocationError('UTC')).toBeUndefined();
    expect(loadLocationError('Local')).toBeUndefined();
    expect(loadLocationError('a..b')).toBe('time: invalid location name');
  });
});

// ---------------------------------------------------------------------------------------------
// Jobs: the generated selector and labels
// ---------------------------------------------------------------------------------------------

describe('Job: the selector and labels the apiserver generates', () => {
  test('accepts a Job without selector and without template labels', () => {
    // GIVEN a Job with neither selector nor labels (the apiserver adds both)
    // WHEN it is validated
    // THEN there is no error
    expect(errors(job())).toEqual([]);
  });

  test('accepts template labels of its own, and a selector of the generated labels only', () => {
    // GIVEN a Job with an app label, and one whose selector names its job-name
    // WHEN they are validated
    // THEN there is no error
    expect(errors(job({ template: { metadata: { labels: { app: 'once' } }, spec: job().spec.template.spec } }))).toEqual([]);
    expect(errors(job({ selector: { matchLabels: { 'job-name': 'once' } } }))).toEqual([]);
    expect(errors(job({ selector: { matchExpressions: [{ key: 'controller-uid', operator: 'Exists' }] } }))).toEqual([]);
  });

  test('rejects a selector of its own without manualSelector', () => {
    // GIVEN a Job that selects app=once without manualSelector
    // WHEN it is validated
    // THEN the selector is not the generated one, and it does not match the template either
    expect(errors(job({ selector: { matchLabels: { app: 'once' } } }))).toEqual([
      'spec.selector: Invalid value: {"matchLabels":{"app":"once","batch.kubernetes.io/controller-uid":"<uid>"}}: `selector` not auto-generated',
      'spec.template.metadata.labels: Invalid value: {"batch.kubernetes.io/controller-uid":"<uid>","batch.kubernetes.io/job-name":"once","controller-uid":"<uid>","job-name":"once"}: `selector` does not match template `labels`',
    ]);
  });

  test('rejects template labels that take the keys of the generated ones with other values', () => {
    // GIVEN a template whose job-name is another name, and one that sets a controller-uid
    // WHEN they are validated
    // THEN each label must hold the value the apiserver would give it (the whole map is shown)
    const labels = (l: M): M => job({ template: { metadata: { labels: l }, spec: job().spec.template.spec } });
    expect(errors(labels({ 'batch.kubernetes.io/job-name': 'other' }))).toEqual([
      'spec.template.metadata.labels[batch.kubernetes.io/job-name]: Invalid value: {"batch.kubernetes.io/controller-uid":"<uid>","batch.kubernetes.io/job-name":"other","controller-uid":"<uid>","job-name":"once"}: must be \'once\'',
    ]);
    expect(errors(labels({ 'controller-uid': '7f1c2d34' }))).toEqual([
      'spec.template.metadata.labels[controller-uid]: Invalid value: {"batch.kubernetes.io/controller-uid":"<uid>","batch.kubernetes.io/job-name":"once","controller-uid":"7f1c2d34","job-name":"once"}: must be \'<uid>\'',
    ]);
    expect(errors(labels({ 'job-name': 'once' }))).toEqual([]);
  });

  test('a name of more than 63 characters cannot be the value of the job-name labels', () => {
    // GIVEN a Job named with 64 characters (a valid subdomain)
    // WHEN it is validated, with and without manualSelector
    // THEN the two generated labels are invalid values; with manualSelector nothing is generated
    const name = `import-${'x'.repeat(57)}`;
    expect(errors(job({}, { name }))).toEqual([
      `spec.template.metadata.labels: Invalid value: "${name}": must be no more than 63 characters`,
      `spec.template.metadata.labels: Invalid value: "${name}": must be no more than 63 characters`,
    ]);
    const manual = job(
      {
        manualSelector: true,
        selector: { matchLabels: { app: 'import' } },
        template: { metadata: { labels: { app: 'import' } }, spec: job().spec.template.spec },
      },
      { name },
    );
    expect(errors(manual)).toEqual([]);
  });

  test('with manualSelector the selector is required and must match the template', () => {
    // GIVEN Jobs with manualSelector: without selector, with a matching one, with an empty one
    // WHEN they are validated
    // THEN only the missing selector is reported (with the mismatch it implies); {} selects everything
    expect(errors(job({ manualSelector: true }))).toEqual([
      'spec.selector: Required value',
      'spec.template.metadata.labels: Invalid value: {}: `selector` does not match template `labels`',
    ]);
    const template = { metadata: { labels: { app: 'once' } }, spec: job().spec.template.spec };
    expect(errors(job({ manualSelector: true, selector: { matchLabels: { app: 'once' } }, template }))).toEqual([]);
    expect(errors(job({ manualSelector: true, selector: {}, template }))).toEqual([]);
  });

  test('a malformed selector is reported once, without the matching checks', () => {
    // GIVEN a selector expression without values
    // WHEN it is validated
    // THEN only the selector error is reported
    expect(errors(job({ selector: { matchExpressions: [{ key: 'app', operator: 'In' }] } }))).toEqual([
      "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
    ]);
  });

  test('a job-name label cannot be right when the name is generated', () => {
    // GIVEN a Job named from generateName whose template sets job-name
    // WHEN it is validated
    // THEN the label must hold the generated name, which no manifest knows
    const j = job(
      { template: { metadata: { labels: { 'job-name': 'backup' } }, spec: job().spec.template.spec } },
      { name: undefined, generateName: 'backup-' },
    );
    expect(errors(j)).toEqual([
      'spec.template.metadata.labels[job-name]: Invalid value: {"batch.kubernetes.io/controller-uid":"<uid>","batch.kubernetes.io/job-name":"<generated name>","controller-uid":"<uid>","job-name":"backup"}: must be \'<generated name>\'',
    ]);
    expect(errors(job({}, { name: undefined, generateName: 'backup-' }))).toEqual([]);
  });

  test('warns of a name with dots, which its pods take as hostname', () => {
    // GIVEN a Job named reports.daily
    // WHEN it is validated
    // THEN it is accepted with the apiserver's warning
    const found = findingsOf(job({}, { name: 'reports.daily' }));
    expect(found.map(formatFinding)).toEqual([
      'metadata.name: Warning: "reports.daily": this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [must not contain dots]',
    ]);
    expect(found[0].rule).toBe('job-name-dns-label');
  });
});

// ---------------------------------------------------------------------------------------------
// Jobs: counts, completion mode
// ---------------------------------------------------------------------------------------------

describe('Job: counts and the completion mode', () => {
  test('rejects negative counts, accepts zeros', () => {
    // GIVEN every count of a Job negative, then zero
    // WHEN they are validated
    // THEN each negative one is reported; zeros (activeDeadlineSeconds too) are fine
    expect(errors(job({ parallelism: -1, completions: -2, activeDeadlineSeconds: -3, backoffLimit: -4, ttlSecondsAfterFinished: -5 }))).toEqual([
      'spec.parallelism: Invalid value: -1: must be greater than or equal to 0',
      'spec.completions: Invalid value: -2: must be greater than or equal to 0',
      'spec.activeDeadlineSeconds: Invalid value: -3: must be greater than or equal to 0',
      'spec.backoffLimit: Invalid value: -4: must be greater than or equal to 0',
      'spec.ttlSecondsAfterFinished: Invalid value: -5: must be greater than or equal to 0',
    ]);
    expect(errors(job({ parallelism: 0, completions: 0, activeDeadlineSeconds: 0, backoffLimit: 0, ttlSecondsAfterFinished: 0, suspend: true }))).toEqual([]);
  });

  test('completionMode is NonIndexed or Indexed', () => {
    // GIVEN the completion mode "indexed"
    // WHEN it is validated
    // THEN the supported values are listed, and "Indexed" suggested
    expect(errors(job({ completionMode: 'indexed' }))).toEqual([
      'spec.completionMode: Unsupported value: "indexed": supported values: "NonIndexed", "Indexed"; did you mean "Indexed"?',
    ]);
    expect(errors(job({ completionMode: 'NonIndexed' }))).toEqual([]);
  });

  test('an Indexed Job needs completions, unless neither completions nor parallelism is set (both default to 1)', () => {
    // GIVEN Indexed Jobs with parallelism only, with neither, with both
    // WHEN they are validated
    // THEN completions is only required in the first case
    expect(errors(job({ completionMode: 'Indexed', parallelism: 3 }))).toEqual(['spec.completions: Required value: when completion mode is Indexed']);
    expect(errors(job({ completionMode: 'Indexed' }))).toEqual([]);
    expect(errors(job({ completionMode: 'Indexed', completions: 5, parallelism: 3 }))).toEqual([]);
  });

  test('the parallelism of an Indexed Job is at most 100000', () => {
    // GIVEN Indexed Jobs with parallelism 100000 and 100001
    // WHEN they are validated
    // THEN only the second is rejected
    expect(errors(job({ completionMode: 'Indexed', completions: 200000, parallelism: 100000 }))).toEqual([]);
    expect(errors(job({ completionMode: 'Indexed', completions: 200000, parallelism: 100001 }))).toEqual([
      'spec.parallelism: Invalid value: 100001: must be less than or equal to 100000 when completion mode is Indexed',
    ]);
    expect(errors(job({ parallelism: 100001 }))).toEqual([]);
  });

  test('the hostname of the last pod of an Indexed Job must be a DNS label', () => {
    // GIVEN a 61-character name with 10 completions (last pod "<name>-9") and with 11 ("<name>-10")
    // WHEN they are validated
    // THEN the second is rejected on metadata.name, in the apiserver's words
    const name = `shard-${'x'.repeat(55)}`;
    expect(errors(job({ completionMode: 'Indexed', completions: 10 }, { name }))).toEqual([]);
    expect(errors(job({ completionMode: 'Indexed', completions: 11 }, { name }))).toEqual([
      `metadata.name: Invalid value: "${name}": will not able to create pod with invalid DNS label: ${name}-10`,
    ]);
    expect(errors(job({ completions: 11 }, { name }))).toEqual([]);
  });

  test('a name with dots cannot name the pods of an Indexed Job', () => {
    // GIVEN an Indexed Job named reports.daily
    // WHEN it is validated
    // THEN it is rejected (the warning comes too)
    expect(errors(job({ completionMode: 'Indexed', completions: 2 }, { name: 'reports.daily' }))).toEqual([
      'metadata.name: Invalid value: "reports.daily": will not able to create pod with invalid DNS label: reports.daily-1',
    ]);
  });

  test('a generated name that would be too long is reported on generateName', () => {
    // GIVEN an Indexed Job named from a 58-character generateName
    // WHEN it is validated
    // THEN the generated names are too long for the pods
    const generateName = `shard-${'x'.repeat(51)}-`;
    const j = job({ completionMode: 'Indexed', completions: 3 }, { name: undefined, generateName });
    expect(errors(j)).toEqual([
      `metadata.generateName: Invalid value: "${generateName}": names generated from it (e.g. "${generateName}xxxxx") will not able to create pod with invalid DNS label: ${generateName}xxxxx-2`,
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Jobs: podFailurePolicy
// ---------------------------------------------------------------------------------------------

/** A Job with these pod failure policy rules, a main container and an init container. */
function withPolicy(rules: unknown[], podSpec: M = {}): M {
  return job(
    { podFailurePolicy: { rules } },
    {},
    { containers: [{ name: 'main', image: IMAGE }], initContainers: [{ name: 'setup', image: IMAGE }], ...podSpec },
  );
}

const exitCodes = (onExitCodes: M, action = 'FailJob'): M => ({ action, onExitCodes });

describe('Job: podFailurePolicy', () => {
  test("the documentation's example is accepted: a condition rule with Ignore next to an exit-code rule with FailJob", () => {
    // GIVEN a rule with only onPodConditions (no status: defaulted to True) and a rule with only onExitCodes
    // WHEN it is validated
    // THEN none of this part's rules reports anything (only this part's rules are looked at here)
    const policy = withPolicy([
      { action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] },
      { action: 'FailJob', onExitCodes: { containerName: 'main', operator: 'In', values: [42] } },
    ]);
    expect(own(policy)).toEqual([]);
  });

  test('accepts Count, NotIn with 0, init container names and sorted codes', () => {
    // GIVEN rules with the three actions and the two operators
    // WHEN they are validated
    // THEN there is no error
    const policy = withPolicy([
      exitCodes({ operator: 'NotIn', values: [0] }, 'Count'),
      exitCodes({ containerName: 'setup', operator: 'In', values: [1, 2, 127] }),
      {
        action: 'Ignore',
        onPodConditions: [
          { type: 'example.com/Preempted', status: 'False' },
          { type: 'DisruptionTarget', status: 'Unknown' },
        ],
      },
    ]);
    expect(errors(policy)).toEqual([]);
  });

  test('the actions of 1.27 are Count, FailJob and Ignore (FailIndex came with 1.28)', () => {
    // GIVEN a rule with FailIndex and one with an empty action
    // WHEN they are validated
    // THEN FailIndex is unsupported and the empty one required
    expect(errors(withPolicy([exitCodes({ operator: 'In', values: [42] }, 'FailIndex'), exitCodes({ operator: 'In', values: [42] }, '')]))).toEqual([
      'spec.podFailurePolicy.rules[0].action: Unsupported value: "FailIndex": supported values: "Count", "FailJob", "Ignore"',
      'spec.podFailurePolicy.rules[1].action: Required value: valid values: ["Count" "FailJob" "Ignore"]',
    ]);
  });

  test('a rule has exactly one of onExitCodes and onPodConditions (an empty list counts as none)', () => {
    // GIVEN a rule with both, a rule with neither, and a rule with an empty condition list
    // WHEN they are validated
    // THEN the rule itself is invalid, without value
    const both = { action: 'Ignore', onExitCodes: { operator: 'In', values: [1] }, onPodConditions: [{ type: 'DisruptionTarget' }] };
    expect(errors(withPolicy([both, { action: 'Ignore' }, { action: 'Ignore', onPodConditions: [] }]))).toEqual([
      'spec.podFailurePolicy.rules[0]: Invalid value: specifying both OnExitCodes and OnPodConditions is not supported',
      'spec.podFailurePolicy.rules[1]: Invalid value: specifying one of OnExitCodes and OnPodConditions is required',
      'spec.podFailurePolicy.rules[2]: Invalid value: specifying one of OnExitCodes and OnPodConditions is required',
    ]);
  });

  test('at most 20 rules', () => {
    // GIVEN 21 rules
    // WHEN they are validated
    // THEN the list is too long (Too many, here as an invalid count)
    const rules = Array.from({ length: 21 }, () => exitCodes({ operator: 'In', values: [42] }));
    expect(errors(withPolicy(rules))).toEqual(['spec.podFailurePolicy.rules: Too many: 21: must have at most 20 items']);
  });

  test('onExitCodes: operator, container name and values', () => {
    // GIVEN an unknown operator, an empty one, a container the template does not have, no values
    // WHEN they are validated
    // THEN each is reported in the apiserver's words
    expect(
      errors(
        withPolicy([
          exitCodes({ operator: 'Equals', values: [1] }),
          exitCodes({ operator: '', values: [1] }),
          exitCodes({ containerName: 'sidecar', operator: 'In', values: [1] }),
          exitCodes({ operator: 'In', values: [] }),
        ]),
      ),
    ).toEqual([
      'spec.podFailurePolicy.rules[0].onExitCodes.operator: Unsupported value: "Equals": supported values: "In", "NotIn"',
      'spec.podFailurePolicy.rules[1].onExitCodes.operator: Required value: valid values: ["In" "NotIn"]',
      'spec.podFailurePolicy.rules[2].onExitCodes.containerName: Invalid value: "sidecar": must be one of the container or initContainer names in the pod template',
      'spec.podFailurePolicy.rules[3].onExitCodes.values: Invalid value: []: at least one value is required',
    ]);
  });

  test('exit codes: no 0 for In, no repeats, in order', () => {
    // GIVEN the codes [0, 3, 3, 1] with In
    // WHEN they are validated
    // THEN 0 is reported, the repeat is a duplicate at its index, and the order once on the list
    expect(errors(withPolicy([exitCodes({ operator: 'In', values: [0, 3, 3, 1] })]))).toEqual([
      'spec.podFailurePolicy.rules[0].onExitCodes.values[0]: Invalid value: 0: must not be 0 for the In operator',
      'spec.podFailurePolicy.rules[0].onExitCodes.values[2]: Duplicate value: 3',
      'spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: [0,3,3,1]: must be ordered',
    ]);
  });

  test('at most 255 exit codes', () => {
    // GIVEN 256 codes
    // WHEN they are validated
    // THEN the list is too long
    const values = Array.from({ length: 256 }, (_, i) => i + 1);
    expect(errors(withPolicy([exitCodes({ operator: 'In', values })]))).toEqual([
      'spec.podFailurePolicy.rules[0].onExitCodes.values: Too many: 256: must have at most 255 items',
    ]);
  });

  test('onPodConditions: qualified condition types, the three statuses, at most 20 patterns', () => {
    // GIVEN a type with a space, a status "Yes", and 21 patterns
    // WHEN they are validated
    // THEN each is reported
    const many = Array.from({ length: 21 }, () => ({ type: 'DisruptionTarget' }));
    expect(
      errors(
        withPolicy([
          { action: 'Ignore', onPodConditions: [{ type: 'Disruption Target' }] },
          { action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'Yes' }] },
          { action: 'Ignore', onPodConditions: many },
        ]),
      ),
    ).toEqual([
      `spec.podFailurePolicy.rules[0].onPodConditions[0].type: Invalid value: "Disruption Target": ${QUALIFIED_NAME_MSG}`,
      'spec.podFailurePolicy.rules[1].onPodConditions[0].status: Unsupported value: "Yes": supported values: "False", "True", "Unknown"',
      'spec.podFailurePolicy.rules[2].onPodConditions: Too many: 21: must have at most 20 items',
    ]);
  });

  test('a Job with a podFailurePolicy restarts Never', () => {
    // GIVEN a policy with restartPolicy OnFailure, and an empty policy with OnFailure
    // WHEN they are validated
    // THEN the restart policy is invalid in both
    const rules = [exitCodes({ operator: 'In', values: [42] })];
    expect(errors(withPolicy(rules, { restartPolicy: 'OnFailure' }))).toEqual([
      'spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified',
    ]);
    expect(errors(job({ podFailurePolicy: {} }, {}, { restartPolicy: 'OnFailure' }))).toEqual([
      'spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified',
    ]);
  });

  test('a missing restartPolicy is only reported once, as required', () => {
    // GIVEN a Job with a policy and no restartPolicy (defaulted to Always)
    // WHEN it is validated
    // THEN only the pod template's Required value is reported
    const j = withPolicy([exitCodes({ operator: 'In', values: [42] })]);
    delete j.spec.template.spec.restartPolicy;
    expect(errors(j)).toEqual(['spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"']);
  });
});

// ---------------------------------------------------------------------------------------------
// CronJobs
// ---------------------------------------------------------------------------------------------

describe('CronJob: the schedule', () => {
  test('a schedule with minute 61 is an error naming spec.schedule', () => {
    // GIVEN the schedule "61 * * * *"
    // WHEN it is validated
    // THEN spec.schedule is invalid, with the parser's message
    expect(errors(cronJob({ schedule: '61 * * * *' }))).toEqual(['spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59): 61']);
  });

  test.each(['*/15 * * * *', '0 9 * * MON-FRI', '@daily', '@every 90s', '0 0 31 2 *', 'CRON_TZ=Europe/Berlin 30 6 * * *'])('accepts %j', schedule => {
    // GIVEN a schedule robfig/cron v3.0.1 parses
    // WHEN it is validated
    // THEN there is no error
    expect(errors(cronJob({ schedule }))).toEqual([]);
  });

  test('rejects an empty schedule, a seconds field, a day of week 7 and a step of 0', () => {
    // GIVEN schedules the apiserver rejects
    // WHEN they are validated
    // THEN each is reported on spec.schedule
    expect(errors(cronJob({ schedule: '' }))).toEqual(['spec.schedule: Required value']);
    expect(errors(cronJob({ schedule: '0 */5 * * * *' }))).toEqual([
      'spec.schedule: Invalid value: "0 */5 * * * *": expected exactly 5 fields, found 6: [0 */5 * * * *]',
    ]);
    expect(errors(cronJob({ schedule: '0 0 * * 7' }))).toEqual(['spec.schedule: Invalid value: "0 0 * * 7": end of range (7) above maximum (6): 7']);
    expect(errors(cronJob({ schedule: '*/0 * * * *' }))).toEqual([
      'spec.schedule: Invalid value: "*/0 * * * *": step of range should be a positive number: */0',
    ]);
  });

  test('a CronJob without spec misses its schedule (the schema does not require spec)', () => {
    // GIVEN a CronJob without spec
    // WHEN it is validated
    // THEN the schedule is required
    expect(own({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'nightly' } })).toEqual(['spec.schedule: Required value']);
  });

  test('TZ= in the schedule is accepted in 1.27, but not together with timeZone', () => {
    // GIVEN a TZ= schedule, alone and with a timeZone
    // WHEN they are validated
    // THEN only the second is rejected (any "TZ" in the schedule counts)
    expect(errors(cronJob({ schedule: 'TZ=Europe/Berlin 0 6 * * *' }))).toEqual([]);
    expect(errors(cronJob({ schedule: 'TZ=Europe/Berlin 0 6 * * *', timeZone: 'Europe/Berlin' }))).toEqual([
      'spec.schedule: Invalid value: "TZ=Europe/Berlin 0 6 * * *": cannot use both timeZone field and TZ or CRON_TZ in schedule',
    ]);
    expect(errors(cronJob({ schedule: 'TZ=Nowhere/City 0 6 * * *', timeZone: 'UTC' }))).toEqual([
      'spec.schedule: Invalid value: "TZ=Nowhere/City 0 6 * * *": provided bad location Nowhere/City: unknown time zone Nowhere/City',
      'spec.schedule: Invalid value: "TZ=Nowhere/City 0 6 * * *": cannot use both timeZone field and TZ or CRON_TZ in schedule',
    ]);
  });
});

describe('CronJob: timeZone, concurrencyPolicy, counts, name', () => {
  test('timeZone is an IANA zone, not Local', () => {
    // GIVEN time zones: a valid one, a link, a misspelt one, Local and local
    // WHEN they are validated
    // THEN the invalid ones are reported on spec.timeZone
    expect(errors(cronJob({ timeZone: 'Etc/UTC' }))).toEqual([]);
    expect(errors(cronJob({ timeZone: 'US/Pacific' }))).toEqual([]);
    expect(errors(cronJob({ timeZone: 'Europe/Pariss' }))).toEqual([
      'spec.timeZone: Invalid value: "Europe/Pariss": unknown time zone Europe/Pariss; did you mean "Europe/Paris"?',
    ]);
    expect(errors(cronJob({ timeZone: 'Local' }))).toEqual([
      'spec.timeZone: Invalid value: "Local": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones',
    ]);
    expect(errors(cronJob({ timeZone: 'local' }))).toEqual([
      'spec.timeZone: Invalid value: "local": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones',
      'spec.timeZone: Invalid value: "local": unknown time zone local',
    ]);
    expect(errors(cronJob({ timeZone: '' }))).toEqual(['spec.timeZone: Invalid value: "": timeZone must be nil or non-empty string']);
  });

  test('concurrencyPolicy is Allow, Forbid or Replace (empty is Allow)', () => {
    // GIVEN the policy "forbid", then ""
    // WHEN they are validated
    // THEN the first is unsupported, with a suggestion
    expect(errors(cronJob({ concurrencyPolicy: 'forbid' }))).toEqual([
      'spec.concurrencyPolicy: Unsupported value: "forbid": supported values: "Allow", "Forbid", "Replace"; did you mean "Forbid"?',
    ]);
    expect(errors(cronJob({ concurrencyPolicy: '' }))).toEqual([]);
  });

  test('counts are 0 or more', () => {
    // GIVEN negative deadline and history limits, then zeros
    // WHEN they are validated
    // THEN each negative one is reported
    expect(errors(cronJob({ startingDeadlineSeconds: -10, successfulJobsHistoryLimit: -1, failedJobsHistoryLimit: -2 }))).toEqual([
      'spec.startingDeadlineSeconds: Invalid value: -10: must be greater than or equal to 0',
      'spec.successfulJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0',
      'spec.failedJobsHistoryLimit: Invalid value: -2: must be greater than or equal to 0',
    ]);
    expect(errors(cronJob({ startingDeadlineSeconds: 0, successfulJobsHistoryLimit: 0, failedJobsHistoryLimit: 0, suspend: true }))).toEqual([]);
  });

  test('warns of a name with dots', () => {
    // GIVEN a CronJob named reports.nightly
    // WHEN it is validated
    // THEN it is accepted with the apiserver's warning
    expect(findingsOf(cronJob({}, { name: 'reports.nightly' })).map(formatFinding)).toEqual([
      'metadata.name: Warning: "reports.nightly": this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [must not contain dots]',
    ]);
  });

  test('the name has at most 52 characters', () => {
    // GIVEN names of 52 and 53 characters, and a long generateName
    // WHEN they are validated
    // THEN the longer ones are reported
    const name = (n: number): string => `nightly-${'x'.repeat(n - 8)}`;
    expect(errors(cronJob({}, { name: name(52) }))).toEqual([]);
    expect(errors(cronJob({}, { name: name(53) }))).toEqual([`metadata.name: Invalid value: "${name(53)}": must be no more than 52 characters`]);
    const generateName = `${name(50)}-`;
    expect(errors(cronJob({}, { name: undefined, generateName }))).toEqual([
      `metadata.generateName: Invalid value: "${generateName}": names generated from it (e.g. "${generateName}xxxxx") must be no more than 52 characters`,
    ]);
  });
});

describe('CronJob: the job template', () => {
  test('its spec is checked as a Job spec, under spec.jobTemplate.spec', () => {
    // GIVEN a job template with a negative backoffLimit and an unknown completion mode
    // WHEN it is validated
    // THEN the Job rules report them on the template's paths
    expect(errors(cronJob({ jobTemplate: jobTemplate({ backoffLimit: -1, completionMode: 'Sequential' }) }))).toEqual([
      'spec.jobTemplate.spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0',
      'spec.jobTemplate.spec.completionMode: Unsupported value: "Sequential": supported values: "NonIndexed", "Indexed"',
    ]);
  });

  test('the Job defaults do not apply to a template in 1.27: Indexed needs completions, a condition needs its status', () => {
    // GIVEN an Indexed template without completions, and a policy whose condition has no status
    // WHEN they are validated
    // THEN both are reported (a Job would have been defaulted)
    expect(errors(cronJob({ jobTemplate: jobTemplate({ completionMode: 'Indexed' }) }))).toEqual([
      'spec.jobTemplate.spec.completions: Required value: when completion mode is Indexed',
    ]);
    const policy = { podFailurePolicy: { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] }] } };
    expect(errors(cronJob({ jobTemplate: jobTemplate(policy, { restartPolicy: 'Never' }) }))).toEqual([
      'spec.jobTemplate.spec.podFailurePolicy.rules[0].onPodConditions[0].status: Required value: valid values: ["False" "True" "Unknown"]',
    ]);
  });

  test('it sets no selector and no manualSelector: true', () => {
    // GIVEN templates with a selector, with manualSelector true, with manualSelector false
    // WHEN they are validated
    // THEN the first two are rejected
    expect(errors(cronJob({ jobTemplate: jobTemplate({ selector: { matchLabels: { app: 'nightly' } } }) }))).toEqual([
      'spec.jobTemplate.spec.selector: Invalid value: {"matchLabels":{"app":"nightly"}}: `selector` will be auto-generated',
    ]);
    expect(errors(cronJob({ jobTemplate: jobTemplate({ manualSelector: true }) }))).toEqual([
      'spec.jobTemplate.spec.manualSelector: Unsupported value: true: supported values: "nil", "false"',
    ]);
    expect(errors(cronJob({ jobTemplate: jobTemplate({ manualSelector: false }) }))).toEqual([]);
  });

  test('its pod template restarts OnFailure or Never, and Never with a podFailurePolicy', () => {
    // GIVEN a template with an exit-code policy and OnFailure
    // WHEN it is validated
    // THEN the restart policy is reported on the template's path
    const policy = { podFailurePolicy: { rules: [{ action: 'FailJob', onExitCodes: { operator: 'In', values: [42] } }] } };
    expect(errors(cronJob({ jobTemplate: jobTemplate(policy) }))).toEqual([
      'spec.jobTemplate.spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// realistic manifests
// ---------------------------------------------------------------------------------------------

/** A Helm pre-upgrade hook that migrates a database (defaults omitted). */
const MIGRATION_HOOK: M = {
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: {
    name: 'gitea-db-migrate',
    namespace: 'gitea',
    labels: { 'app.kubernetes.io/name': 'gitea', 'app.kubernetes.io/component': 'migration' },
    annotations: {
      'helm.sh/hook': 'pre-install,pre-upgrade',
      'helm.sh/hook-weight': '-5',
      'helm.sh/hook-delete-policy': 'before-hook-creation,hook-succeeded',
    },
  },
  spec: {
    backoffLimit: 2,
    activeDeadlineSeconds: 600,
    ttlSecondsAfterFinished: 3600,
    template: {
      metadata: { labels: { 'app.kubernetes.io/name': 'gitea', 'app.kubernetes.io/component': 'migration' } },
      spec: {
        restartPolicy: 'OnFailure',
        serviceAccountName: 'gitea',
        securityContext: { runAsNonRoot: true, runAsUser: 1000, fsGroup: 1000 },
        containers: [
          {
            name: 'migrate',
            image: 'docker.io/gitea/gitea:1.20.5-rootless',
            command: ['gitea', 'migrate'],
            env: [
              { name: 'GITEA__database__HOST', value: 'postgresql.gitea.svc:5432' },
              { name: 'GITEA__database__PASSWD', valueFrom: { secretKeyRef: { name: 'gitea-db', key: 'password' } } },
            ],
            resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } },
            volumeMounts: [{ name: 'config', mountPath: '/etc/gitea', readOnly: true }],
          },
        ],
        volumes: [{ name: 'config', secret: { secretName: 'gitea-config' } }],
      },
    },
  },
};

/** An Indexed Job with the pod failure policy of the Kubernetes documentation. */
const INDEXED_WORK_QUEUE: M = {
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'render-frames', labels: { app: 'render' } },
  spec: {
    completions: 12,
    parallelism: 4,
    completionMode: 'Indexed',
    backoffLimit: 6,
    podFailurePolicy: {
      rules: [
        { action: 'FailJob', onExitCodes: { containerName: 'render', operator: 'In', values: [42] } },
        { action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] },
        { action: 'Count', onExitCodes: { operator: 'NotIn', values: [0, 1, 2] } },
      ],
    },
    template: {
      metadata: { labels: { app: 'render' } },
      spec: {
        restartPolicy: 'Never',
        initContainers: [
          {
            name: 'fetch',
            image: 'docker.io/library/busybox:1.36',
            command: ['sh', '-c', 'wget -O /work/scene.blend http://assets/scene.blend'],
            volumeMounts: [{ name: 'work', mountPath: '/work' }],
          },
        ],
        containers: [
          {
            name: 'render',
            image: 'ghcr.io/example/blender-render:3.6.2',
            args: ['--frame', '$(JOB_COMPLETION_INDEX)'],
            env: [{ name: 'SCENE', value: '/work/scene.blend' }],
            resources: { requests: { cpu: '2', memory: '4Gi' }, limits: { cpu: '4', memory: '8Gi' } },
            volumeMounts: [{ name: 'work', mountPath: '/work' }],
          },
        ],
        volumes: [{ name: 'work', emptyDir: {} }],
      },
    },
  },
};

/** A Job that chose its own selector, as the Kubernetes documentation shows it. */
const MANUAL_SELECTOR: M = {
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'pi-rerun' },
  spec: {
    manualSelector: true,
    selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': 'a8f3d00d-c6d2-11e5-9f87-42010af00002' } },
    template: {
      metadata: { labels: { 'batch.kubernetes.io/controller-uid': 'a8f3d00d-c6d2-11e5-9f87-42010af00002' } },
      spec: {
        restartPolicy: 'Never',
        containers: [{ name: 'pi', image: 'docker.io/library/perl:5.34.0', command: ['perl', '-Mbignum=bpi', '-wle', 'print bpi(2000)'] }],
      },
    },
  },
};

/** A backup CronJob in the style of database operators' charts. */
const NIGHTLY_BACKUP: M = {
  apiVersion: 'batch/v1',
  kind: 'CronJob',
  metadata: { name: 'postgresql-backup', namespace: 'databases', labels: { 'app.kubernetes.io/name': 'postgresql', 'app.kubernetes.io/component': 'backup' } },
  spec: {
    schedule: '30 2 * * *',
    timeZone: 'Europe/Berlin',
    concurrencyPolicy: 'Forbid',
    startingDeadlineSeconds: 300,
    successfulJobsHistoryLimit: 1,
    failedJobsHistoryLimit: 3,
    jobTemplate: {
      metadata: { labels: { 'app.kubernetes.io/name': 'postgresql', 'app.kubernetes.io/component': 'backup' } },
      spec: {
        backoffLimit: 1,
        ttlSecondsAfterFinished: 86400,
        template: {
          metadata: { labels: { 'app.kubernetes.io/name': 'postgresql', 'app.kubernetes.io/component': 'backup' } },
          spec: {
            restartPolicy: 'OnFailure',
            containers: [
              {
                name: 'pg-dump',
                image: 'docker.io/bitnami/postgresql:15.4.0',
                command: ['/bin/sh', '-c', 'pg_dumpall --clean --if-exists > /backups/dump-$(date +%F).sql'],
                env: [{ name: 'PGPASSWORD', valueFrom: { secretKeyRef: { name: 'postgresql', key: 'postgres-password' } } }],
                volumeMounts: [{ name: 'backups', mountPath: '/backups' }],
              },
            ],
            volumes: [{ name: 'backups', persistentVolumeClaim: { claimName: 'postgresql-backups' } }],
          },
        },
      },
    },
  },
};

/** A weekday report CronJob with an exit-code policy, named days and an IANA link as its zone. */
const WEEKDAY_REPORT: M = {
  apiVersion: 'batch/v1',
  kind: 'CronJob',
  metadata: { name: 'sales-report' },
  spec: {
    schedule: '0 7 * * MON-FRI',
    timeZone: 'US/Eastern',
    suspend: false,
    jobTemplate: {
      spec: {
        activeDeadlineSeconds: 1800,
        podFailurePolicy: {
          rules: [
            { action: 'FailJob', onExitCodes: { operator: 'In', values: [2] } },
            { action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] },
          ],
        },
        template: {
          spec: {
            restartPolicy: 'Never',
            containers: [
              {
                name: 'report',
                image: 'ghcr.io/example/reports:2.4.1',
                args: ['--period', 'yesterday'],
                resources: { requests: { cpu: '250m', memory: '256Mi' } },
              },
            ],
          },
        },
      },
    },
  },
};

/** A cleanup CronJob with a descriptor schedule, in the style of cluster add-ons. */
const HOURLY_CLEANUP: M = {
  apiVersion: 'batch/v1',
  kind: 'CronJob',
  metadata: { name: 'registry-garbage-collect', namespace: 'registry' },
  spec: {
    schedule: '@hourly',
    concurrencyPolicy: 'Replace',
    jobTemplate: {
      spec: {
        template: {
          spec: {
            restartPolicy: 'OnFailure',
            serviceAccountName: 'registry-gc',
            containers: [
              { name: 'gc', image: 'docker.io/library/registry:2.8.3', command: ['registry', 'garbage-collect', '/etc/docker/registry/config.yml'] },
            ],
          },
        },
      },
    },
  },
};

describe('realistic manifests', () => {
  test.each([
    ['a database migration hook Job', MIGRATION_HOOK],
    ['an Indexed Job with a pod failure policy', INDEXED_WORK_QUEUE],
    ['a Job with a manual selector', MANUAL_SELECTOR],
    ['a nightly backup CronJob with a time zone', NIGHTLY_BACKUP],
    ['a weekday report CronJob with a pod failure policy', WEEKDAY_REPORT],
    ['an hourly cleanup CronJob', HOURLY_CLEANUP],
  ])('%s gives no error and no warning', (_name, manifest) => {
    // GIVEN a manifest shaped like what popular projects ship
    // WHEN it is validated
    // THEN there is no finding at all
    expect(findingsOf(manifest).map(formatFinding)).toEqual([]);
  });

  test('the manifests are left as they were given', () => {
    // GIVEN the manifests, frozen
    // WHEN they are validated
    // THEN nothing tried to change them (the defaults and generated labels go to copies)
    const all = [MIGRATION_HOOK, INDEXED_WORK_QUEUE, MANUAL_SELECTOR, NIGHTLY_BACKUP, WEEKDAY_REPORT, HOURLY_CLEANUP].map(m => structuredClone(m));
    const deepFreeze = (v: unknown): void => {
      if (typeof v === 'object' && v !== null) {
        Object.freeze(v);
        Object.values(v).forEach(deepFreeze);
      }
    };
    all.forEach(deepFreeze);
    expect(validateManifests(all).map(formatFinding)).toEqual([]);
  });
});
