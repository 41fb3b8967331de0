/**
 * Conditions on a manifest diff that fail a CI job: an exemption added, the security posture
 * weakened, an object added or removed, an image changed, any change at all, or a detection
 * window that grows beyond a bound (in seconds, or in percent of its latest bound).
 *
 * @packageDocumentation
 */
import { DiffChange, ManifestDiff } from './diff-model';
import { TimeWindow } from './window';

/** The names of the conditions. */
export type FailConditionName = 'exemption-added' | 'security-weakened' | 'object-added' | 'object-removed' | 'image-changed' | 'any-change' | 'window-grows';

/** The conditions, as `--fail-on` takes them (`window-grows` with a bound: `window-grows:30`, `window-grows:50%`). */
export const FAIL_CONDITIONS: readonly string[] = [
  'exemption-added',
  'security-weakened',
  'object-added',
  'object-removed',
  'image-changed',
  'any-change',
  'window-grows:<seconds>',
  'window-grows:<percent>%',
];

/** A condition on a diff. */
export interface FailCondition {
  /** Which condition. */
  readonly name: FailConditionName;
  /** For `window-grows`: the growth of the latest bound allowed, in seconds. */
  readonly seconds?: number;
  /** For `window-grows`: the growth of the latest bound allowed, in percent of its value before. */
  readonly percent?: number;
  /** As written: `window-grows:30`. */
  readonly text: string;
}

/** A change (or an object) for which a condition holds. */
export interface DiffFailure {
  /** The condition, as written. */
  readonly condition: string;
  /** The object, as the diff shows it (`Deployment/web`). */
  readonly object: string;
  /** Why: the change's explanation, or what happened to the object. */
  readonly reason: string;
}

const SIMPLE: readonly FailConditionName[] = ['exemption-added', 'security-weakened', 'object-added', 'object-removed', 'image-changed', 'any-change'];

/**
 * The conditions of a comma-separated list (`exemption-added,window-grows:30`).
 *
 * @throws Error naming the condition it does not know, or a bound that is not a number
 */
export function parseFailOn(spec: string): FailCondition[] {
  const out: FailCondition[] = [];
  for (const raw of spec.split(',')) {
    const text = raw.trim();
    if (text === '') continue;
    const simple = SIMPLE.find(n => n === text);
    if (simple !== undefined) {
      out.push({ name: simple, text });
      continue;
    }
    const m = /^window-grows:(.*)$/.exec(text);
    if (m === null) throw new Error(`unknown condition "${text}" (the conditions: ${FAIL_CONDITIONS.join(', ')})`);
    const bound = /^([0-9]+(?:\.[0-9]+)?)(%?)$/.exec(m[1]);
    if (bound === null) throw new Error(`"${text}": the bound must be seconds (window-grows:30) or a percentage (window-grows:50%)`);
    out.push({ name: 'window-grows', ...(bound[2] === '%' ? { percent: Number(bound[1]) } : { seconds: Number(bound[1]) }), text });
  }
  if (out.length === 0) throw new Error(`no condition given (the conditions: ${FAIL_CONDITIONS.join(', ')})`);
  return out;
}

function isWindow(v: unknown): v is TimeWindow {
  return typeof v === 'object' && v !== null && typeof (v as TimeWindow).latest === 'number';
}

/**
 * Whether a detection window grew beyond the bound: its latest bound grew by more than the
 * seconds or the percentage allowed, or the probe is gone (a hang is then never noticed).
 */
function grows(c: DiffChange, cond: FailCondition): boolean {
  if (c.kind !== 'probe-window' || (c.window !== 'livenessDetection' && c.window !== 'readinessDetection')) return false;
  if (!isWindow(c.before)) return false;
  if (!isWindow(c.after)) return true;
  const growth = c.after.latest - c.before.latest;
  if (cond.seconds !== undefined) return growth > cond.seconds;
  return c.before.latest > 0 ? (growth / c.before.latest) * 100 > (cond.percent ?? 0) : growth > 0;
}

function holds(cond: FailCondition, c: DiffChange): boolean {
  switch (cond.name) {
    case 'exemption-added':
      return c.kind === 'exemption' && c.weakens === true;
    case 'security-weakened':
      return c.kind === 'security' && c.weakens === true;
    case 'image-changed':
      return c.kind === 'image';
    case 'window-grows':
      return grows(c, cond);
    default:
      return false;
  }
}

/** The changes and objects of `diff` for which a condition holds: none means the diff passes. */
export function failuresOf(diff: ManifestDiff, conditions: readonly FailCondition[]): DiffFailure[] {
  const out: DiffFailure[] = [];
  for (const cond of conditions) {
    for (const o of diff.objects) {
      const object = o.object.label;
      if (cond.name === 'object-added' && o.status === 'added') out.push({ condition: cond.text, object, reason: 'added' });
      else if (cond.name === 'object-removed' && o.status === 'removed') out.push({ condition: cond.text, object, reason: 'removed' });
      else if (cond.name === 'any-change') out.push({ condition: cond.text, object, reason: o.status });
      for (const c of o.changes) if (holds(cond, c)) out.push({ condition: cond.text, object, reason: c.explanation });
    }
  }
  return out;
}
