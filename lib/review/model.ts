/**
 * The probe timeline of one container, as the kubelet 1.27 runs its probes
 * (pkg/kubelet/prober): when the container can first be Ready, when a startup probe gives up, and
 * how long the kubelet takes to notice that the application stopped answering.
 *
 * The rules, with t = 0 at the container's start:
 * - Each probe worker ticks every `periodSeconds` at a phase in `[0, period)` that no manifest
 *   says: the workers start (`manager.AddPod`, prober_manager.go) before the runtime creates the
 *   container, and `worker.run` (worker.go) probes at once, then on a `time.Ticker`. Workers of
 *   one container start together, but the model takes each phase as unknown.
 * - A probe runs on the first tick at which `int32(elapsed) >= initialDelaySeconds`
 *   (`worker.doProbe`), with `elapsed` counted from a start time cut to whole seconds
 *   (`normalizeStatus`, pkg/kubelet/status): the effective delay lies in `(D−1, D]`. No probe
 *   runs before the kubelet's status shows the container running: 0 to 2 s after its start.
 * - Liveness and readiness probes do not run until the startup probe has succeeded; the
 *   liveness result stays Success and readiness Failure meanwhile. A container without startup
 *   probe counts as started as soon as it runs; one without readiness probe is Ready as soon as
 *   it has started (`manager.UpdatePodStatus`). Right after the startup probe succeeds, the pod
 *   sync probes readiness at once, off its grid.
 * - A result flips after `failureThreshold` failures (or `successThreshold` successes) in a row,
 *   when the last probe returns: a prompt answer takes milliseconds, a probe of an application that
 *   hangs takes `timeoutSeconds`. A worker runs one probe at a time: with `timeoutSeconds >=
 *   periodSeconds`, probes that time out run back to back.
 * - A liveness or startup failure makes the kubelet kill the container at once
 *   (`computePodActions`, kuberuntime_manager.go), with the probe's
 *   `terminationGracePeriodSeconds`, else the pod's (30 s by default), and never less than 2 s;
 *   the first restart has no back-off (`doBackOff`): see {@link restartBackOff} for the next ones.
 *
 * @packageDocumentation
 */
import { ContainerSettings, ProbeSettings, TimelineProbeKind } from './settings';
import { later, shift, TimeWindow, windowOf } from './window';

/** From the container's start until the kubelet's status shows it running (PLEG relist and pod sync): at most this many seconds. */
export const STATUS_LAG_SECONDS = 2;

/** The kubelet never gives a container less than this to stop (`minimumGracePeriodInSeconds`, kuberuntime_container.go). */
export const MINIMUM_GRACE_PERIOD_SECONDS = 2;

/** What happens when a liveness or startup probe fails: how the kubelet stops the container, and when the next one starts. */
export interface KillTiming {
  /** Seconds between SIGTERM and SIGKILL: the probe's `terminationGracePeriodSeconds`, else the pod's, at least 2. */
  readonly gracePeriodSeconds: number;
  /**
   * From the kubelet's decision to kill to the start of the next container, for the first
   * kill: the container stops within the grace period (at once when it exits on SIGTERM, after the
   * whole period when its PID 1 ignores SIGTERM), and the first restart has no back-off. `null`
   * with `restartPolicy: Never`, which restarts nothing.
   */
  readonly restart: TimeWindow | null;
}

/** A liveness or startup probe that can kill the container before the application answers. */
export interface KillBeforeStart {
  /** The probe that kills it. */
  readonly probe: 'livenessProbe' | 'startupProbe';
  /** The declared start time, in seconds after the container starts. */
  readonly declaredStartSeconds: number;
  /** The earliest start of the last failing probe that makes the kubelet kill the container, in seconds after the container starts. */
  readonly earliestKillSeconds: number;
  /** Whether it kills the container before its start time whatever the tick phase (then the container never becomes Ready). */
  readonly always: boolean;
}

/** The first probe of each kind, in seconds after the container starts (`null` without that probe). */
export interface FirstProbes {
  /** The first startup probe. */
  readonly startupProbe: TimeWindow | null;
  /** The first readiness probe. */
  readonly readinessProbe: TimeWindow | null;
  /** The first liveness probe (after the startup probe's success, when there is one). */
  readonly livenessProbe: TimeWindow | null;
}

/** The probe timeline of one container: windows in seconds. */
export interface ProbeTimeline {
  /** The settings it follows. */
  readonly settings: ContainerSettings;
  /**
   * When the container can first be Ready, in seconds after it starts, if the application answers
   * from its declared start time (from the start, when none is declared); `null` when a probe
   * always kills the container before that.
   */
  readonly firstReady: TimeWindow | null;
  /**
   * When the kubelet kills a container whose application never answers the startup probe, in
   * seconds after the container starts (the latest bound includes the last probe's timeout);
   * `null` without startup probe.
   */
  readonly startupDeadline: TimeWindow | null;
  /**
   * From the moment the application stops answering (every liveness probe that starts then fails)
   * to the kubelet's decision to restart the container, in seconds; `null` without liveness probe.
   * The earliest bound is for an application that fails at once (a refused connection, an error
   * status); the latest bound includes the probe timeout, for an application that hangs: each probe
   * then waits `timeoutSeconds`. The container stops up to {@link KillTiming.gracePeriodSeconds} later.
   */
  readonly livenessDetection: TimeWindow | null;
  /**
   * From the moment the application stops answering to the container's NotReady (the pod's Ready
   * condition turns False and the endpoints controllers remove it), in seconds; `null` without
   * readiness probe. Bounds as for {@link ProbeTimeline.livenessDetection}, timeout included.
   */
  readonly readinessDetection: TimeWindow | null;
  /** The first probe of each kind, in seconds after the container starts. */
  readonly firstProbes: FirstProbes;
  /** When the liveness probe fails: the grace period and the restart; `null` without liveness probe. */
  readonly livenessKill: KillTiming | null;
  /** When the startup probe fails: the grace period and the restart; `null` without startup probe. */
  readonly startupKill: KillTiming | null;
  /** A probe that can kill the container before its declared start time, or `null`. */
  readonly killBeforeStart: KillBeforeStart | null;
}

/** When a probe may first run: the effective initial delay `(D−1, D]`, and not before the kubelet sees the container running. */
function eligible(p: ProbeSettings): TimeWindow {
  return windowOf(Math.max(p.initialDelaySeconds - 1, 0), Math.max(p.initialDelaySeconds, STATUS_LAG_SECONDS));
}

/** The first tick at or after a moment of window `w`: a tick comes within one period. */
function firstTickAfter(w: TimeWindow, p: ProbeSettings): TimeWindow {
  return windowOf(w.earliest, w.latest + p.periodSeconds);
}

/**
 * From the first failing probe's tick window to the flip: `failureThreshold − 1` more probes, a
 * period apart when they fail at once, or back to back when they time out and the timeout is not
 * shorter than the period; the last one waits its timeout.
 */
function failureRun(p: ProbeSettings): TimeWindow {
  const n = p.failureThreshold - 1;
  return windowOf(n * p.periodSeconds, n * Math.max(p.periodSeconds, p.timeoutSeconds) + p.timeoutSeconds);
}

/** From the moment the application stops answering to the flip to Failure: a tick comes within a period, then the run of failures. */
function detection(p: ProbeSettings): TimeWindow {
  const run = failureRun(p);
  return windowOf(run.earliest, run.latest + p.periodSeconds);
}

function killTiming(p: ProbeSettings, s: ContainerSettings): KillTiming {
  const grace = Math.max(p.terminationGracePeriodSeconds ?? s.podTerminationGracePeriodSeconds, MINIMUM_GRACE_PERIOD_SECONDS);
  return { gracePeriodSeconds: grace, restart: s.restartPolicy === 'Never' ? null : windowOf(0, grace) };
}

/** Whether `p` (the startup probe, else the liveness probe) can kill the container before `start`: its last failing probe can start before it. */
function killBefore(kind: 'livenessProbe' | 'startupProbe', p: ProbeSettings, start: number): KillBeforeStart | null {
  const e = eligible(p);
  const earliest = e.earliest + (p.failureThreshold - 1) * p.periodSeconds;
  if (earliest >= start) return null;
  const latestLast = e.latest + p.failureThreshold * p.periodSeconds;
  return { probe: kind, declaredStartSeconds: start, earliestKillSeconds: earliest, always: latestLast <= start };
}

/**
 * A readiness probe's first run after the startup probe succeeds within `started`: at once (the
 * pod sync triggers it) when its initial delay has passed, else at its first tick after the delay.
 */
function readinessAfterStartup(started: TimeWindow, r: ProbeSettings): TimeWindow {
  const e = eligible(r);
  const latest = started.earliest < e.latest ? Math.max(started.latest, e.latest + r.periodSeconds) : started.latest;
  return windowOf(Math.max(started.earliest, e.earliest), latest);
}

/**
 * The probe timeline of a container with these settings (see {@link containerSettings}): the
 * kubelet 1.27's rules, stated as windows because the tick phase is unknown.
 */
export function probeTimeline(settings: ContainerSettings): ProbeTimeline {
  const { startupProbe: s, readinessProbe: r, livenessProbe: l } = settings;
  const answers = settings.declaredStartSeconds ?? 0;
  const killBeforeStart = answers > 0 && (s !== null || l !== null) ? killBefore(s ? 'startupProbe' : 'livenessProbe', (s ?? l)!, answers) : null;
  const survives = killBeforeStart === null || !killBeforeStart.always;

  // when the container has started, for the kubelet: the startup probe's first success after the application answers
  let started: TimeWindow | null = windowOf(0, STATUS_LAG_SECONDS);
  let startupFirst: TimeWindow | null = null;
  if (s !== null) {
    const e = eligible(s);
    startupFirst = firstTickAfter(e, s);
    const from = later(e, windowOf(answers, answers));
    // a success after the last probe of the budget is no success: the container was killed before it
    started = survives ? windowOf(from.earliest, Math.min(from.latest + s.periodSeconds, e.latest + s.failureThreshold * s.periodSeconds)) : null;
  }

  let readinessFirst: TimeWindow | null = null;
  let firstReady: TimeWindow | null = null;
  if (started !== null) {
    if (r === null) firstReady = started;
    else {
      readinessFirst = s === null ? firstTickAfter(eligible(r), r) : readinessAfterStartup(started, r);
      const firstSuccess = s === null ? firstTickAfter(later(eligible(r), windowOf(answers, answers)), r) : readinessFirst;
      firstReady = shift(firstSuccess, (r.successThreshold - 1) * r.periodSeconds);
    }
    if (!survives) firstReady = null;
  }

  let livenessFirst: TimeWindow | null = null;
  if (l !== null && started !== null) {
    // after a startup probe, liveness runs on its first tick after the success (that tick's worker read Started=false)
    livenessFirst = s === null ? firstTickAfter(eligible(l), l) : firstTickAfter(later(eligible(l), started), l);
  }

  return {
    settings,
    firstReady,
    startupDeadline: s === null ? null : windowOf(startupFirst!.earliest + failureRun(s).earliest, startupFirst!.latest + failureRun(s).latest),
    livenessDetection: l === null ? null : detection(l),
    readinessDetection: r === null ? null : detection(r),
    firstProbes: { startupProbe: startupFirst, readinessProbe: readinessFirst, livenessProbe: livenessFirst },
    livenessKill: l === null ? null : killTiming(l, settings),
    startupKill: s === null ? null : killTiming(s, settings),
    killBeforeStart,
  };
}

/** The probe kinds, in the order the kubelet creates their workers. */
export const PROBE_KINDS: readonly TimelineProbeKind[] = ['startupProbe', 'readinessProbe', 'livenessProbe'];
