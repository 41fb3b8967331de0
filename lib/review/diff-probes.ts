/**
 * The probes of a changed pod template, in a reviewer's terms: each window of the probe timeline
 * that moved (`readiness detection [20, 31] s → [60, 91] s`), and each probe added or removed as
 * one change. The probe's own fields that changed are listed by the caller.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../values/json';
import { Path } from '../values/path';
import { DiffChange, ProbeWindowName } from './diff-model';
import { containerPath, containersOf, Explained, PodPair, showPath, startsWith } from './diff-pod';
import { showValue } from './diff-words';
import { podTemplateTimelines } from './timelines';
import { formatSeconds, formatWindow, TimeWindow } from './window';

const PROBES = ['startupProbe', 'readinessProbe', 'livenessProbe'] as const;

interface WindowInfo {
  readonly name: ProbeWindowName;
  readonly label: string;
  /** The probe that sets it; the whole container for first Ready. */
  readonly probe?: (typeof PROBES)[number];
  /** What `null` means for it. */
  readonly none: string;
}

const WINDOWS: readonly WindowInfo[] = [
  { name: 'firstReady', label: 'first Ready', none: 'never: a probe kills the container before it answers' },
  { name: 'startupDeadline', label: 'startup deadline', probe: 'startupProbe', none: 'no startup probe' },
  { name: 'livenessDetection', label: 'liveness detection', probe: 'livenessProbe', none: 'no liveness probe: a hang is never restarted' },
  { name: 'readinessDetection', label: 'readiness detection', probe: 'readinessProbe', none: 'no readiness probe: a hung pod stays in the endpoints' },
];

function sameWindow(x: TimeWindow | null, y: TimeWindow | null): boolean {
  return x === null || y === null ? x === y : x.earliest === y.earliest && x.latest === y.latest;
}

/** `(up to 60 s later)`, `(up to 5 s sooner)`, or what a window that appears or disappears means. */
function note(w: WindowInfo, before: TimeWindow | null, after: TimeWindow | null): string {
  if (after === null) return ` (${w.none})`;
  if (before === null) return w.name === 'firstReady' ? ' (was never)' : ` (${w.probe} added)`;
  const d = after.latest - before.latest;
  if (d !== 0) return ` (up to ${formatSeconds(Math.abs(d))} s ${d > 0 ? 'later' : 'sooner'})`;
  const e = after.earliest - before.earliest;
  return ` (from ${formatSeconds(Math.abs(e))} s ${e > 0 ? 'later' : 'sooner'})`;
}

/** A probe in a few words: its handler and the timing fields it sets. */
export function describeProbe(probe: unknown): string {
  if (!isObject(probe)) return showValue(probe);
  const parts: string[] = [];
  const h = (name: string): JsonObject | undefined => (isObject(probe[name]) ? (probe[name] as JsonObject) : undefined);
  const http = h('httpGet');
  const tcp = h('tcpSocket');
  const exec = h('exec');
  const grpc = h('grpc');
  if (http) parts.push(`httpGet ${showValue(http.path ?? '/')} on port ${showValue(http.port)}`);
  if (tcp) parts.push(`tcpSocket on port ${showValue(tcp.port)}`);
  if (exec) parts.push(`exec ${Array.isArray(exec.command) ? showValue(exec.command.join(' ')) : showValue(exec.command)}`);
  if (grpc) parts.push(`grpc on port ${showValue(grpc.port)}`);
  for (const f of ['initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'failureThreshold', 'successThreshold', 'terminationGracePeriodSeconds']) {
    if (probe[f] !== undefined) parts.push(`${f} ${showValue(probe[f])}`);
  }
  return parts.length > 0 ? parts.join(', ') : 'no handler';
}

/** The windows of each container on both sides that moved. */
function windowChanges(pair: PodPair): DiffChange[] {
  const before = new Map(podTemplateTimelines(pair.before).map(t => [t.container, t]));
  const out: DiffChange[] = [];
  for (const a of podTemplateTimelines(pair.after)) {
    const b = before.get(a.container);
    if (b === undefined) continue;
    for (const w of WINDOWS) {
      const [x, y] = [b[w.name], a[w.name]];
      if (sameWindow(x, y)) continue;
      const at: Path = [...containerPath(pair.templatePath, 'containers', a.container), ...(w.probe ? [w.probe] : [])];
      out.push({
        kind: 'probe-window',
        path: showPath(at),
        container: a.container,
        before: x,
        after: y,
        window: w.name,
        explanation: `${w.label} ${formatWindow(x)} → ${formatWindow(y)}${note(w, x, y)}`,
      });
    }
  }
  return out;
}

/**
 * The probes of a pod template on both sides: the windows that moved, and each probe added or
 * removed (whose fields it then stands for) as one change.
 */
export function explainProbes(pair: PodPair): Explained {
  const changes = windowChanges(pair);
  const whole: Path[] = [];
  const before = containersOf(pair.before);
  for (const [name, a] of containersOf(pair.after)) {
    const b = before.get(name);
    if (b === undefined || b.list !== a.list) continue;
    for (const probe of PROBES) {
      const [x, y] = [b.node[probe], a.node[probe]];
      if (isObject(x) === isObject(y)) continue;
      const at: Path = [...containerPath(pair.templatePath, a.list, name), probe];
      whole.push(at);
      changes.push({
        kind: 'probe',
        path: showPath(at),
        container: name,
        ...(isObject(x) ? { before: x } : {}),
        ...(isObject(y) ? { after: y } : {}),
        explanation: isObject(y) ? `${probe} added: ${describeProbe(y)}` : `${probe} removed (was ${describeProbe(x)})`,
      });
    }
  }
  return { changes, consumes: path => whole.some(p => startsWith(path, p)) };
}
