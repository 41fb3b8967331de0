/**
 * Values of a manifest as the typed API writes them: seconds as `Duration`s, CPU as `Cpu`, memory
 * and storage as `Size`, schedules as `Cron`; each only when the typed value writes back exactly
 * what the manifest says.
 *
 * @packageDocumentation
 */
import { call, Expr, num, obj, str } from './code';

/** A typed value and what it writes in the manifest. */
export interface Typed {
  readonly expr: Expr;
  /** The value the typed API writes. */
  readonly written: string | number;
}

/** Whole seconds as a `Duration`: minutes or hours when they divide evenly. */
export function duration(seconds: number): Expr {
  if (seconds >= 3600 && seconds % 3600 === 0) return call('Duration.hours', num(seconds / 3600));
  if (seconds >= 60 && seconds % 60 === 0) return call('Duration.minutes', num(seconds / 60));
  return call('Duration.seconds', num(seconds));
}

/** A whole number of seconds, 0 or more (what `Duration` can say). */
export function isSeconds(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** A CPU quantity as `Cpu.millis(250)` or `Cpu.units(1)`; a number is written as a string (`1` → `'1'`). */
export function cpu(q: unknown): Typed | undefined {
  if (typeof q === 'number' && q > 0 && Number.isFinite(q)) return { expr: call('Cpu.units', num(q)), written: String(q) };
  if (typeof q !== 'string') return undefined;
  const millis = /^([1-9]\d*)m$/.exec(q);
  if (millis) return { expr: call('Cpu.millis', num(Number(millis[1]))), written: q };
  if (/^\d+(\.\d+)?$/.test(q) && String(Number(q)) === q && Number(q) > 0) return { expr: call('Cpu.units', num(Number(q))), written: q };
  return undefined;
}

const SIZE_UNITS: Readonly<Record<string, string>> = { Ki: 'kibibytes', Mi: 'mebibytes', Gi: 'gibibytes', Ti: 'tebibytes', Pi: 'pebibyte' };

/** A binary quantity as a `Size` (`512Mi` → `Size.mebibytes(512)`); decimal units and plain bytes have none. */
export function size(q: unknown): Typed | undefined {
  if (typeof q !== 'string') return undefined;
  const m = /^([1-9]\d*)(Ki|Mi|Gi|Ti|Pi)$/.exec(q);
  if (m === null || Number(m[1]) > Number.MAX_SAFE_INTEGER) return undefined;
  return { expr: call(`Size.${SIZE_UNITS[m[2]]}`, num(Number(m[1]))), written: q };
}

const CRON_FIELDS = ['minute', 'hour', 'day', 'month', 'weekDay'] as const;

/** A five-field schedule as `Cron.schedule({ minute: '0', hour: '3' })`; macros (`@daily`) and other spellings have none. */
export function cron(schedule: unknown): Expr | undefined {
  if (typeof schedule !== 'string') return undefined;
  const fields = schedule.split(' ');
  if (fields.length !== 5 || fields.some(f => !/^[0-9A-Za-z*?,/-]+$/.test(f))) return undefined;
  return call('Cron.schedule', obj(CRON_FIELDS.map((name, i) => [name, fields[i] === '*' ? undefined : str(fields[i])] as const)));
}
