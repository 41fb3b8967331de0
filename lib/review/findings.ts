/**
 * The findings of the probe timelines, in the engine's finding shape: a probe that can kill the
 * application before its declared start time, a probe whose timeout is not shorter than its
 * period, and pods behind a Service that nothing holds back from its endpoints.
 *
 * @packageDocumentation
 */
import { Reporter } from '../engine/reporter';
import { Path } from '../values/path';
import { ProbeTimeline, PROBE_KINDS } from './model';
import { START_TIME_PREFIX } from '../policy/best-practices';
import { formatSeconds } from './window';

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Reports what the timeline of container `name` (at `at`, e.g. `spec.containers[0]`) says is wrong with its own probes. */
export function reportProbeFindings(r: Reporter, at: Path, name: string, t: ProbeTimeline): void {
  for (const kind of PROBE_KINDS) {
    const p = t.settings[kind];
    if (p === null || p.timeoutSeconds < p.periodSeconds) continue;
    const late =
      kind === 'startupProbe'
        ? `a container that never answers is killed up to ${formatSeconds(t.startupDeadline!.latest)}s after it starts`
        : `a hung application is noticed up to ${formatSeconds((kind === 'livenessProbe' ? t.livenessDetection : t.readinessDetection)!.latest)}s after it stops answering`;
    r.advise(
      'probe-timeout-period',
      [...at, kind, 'timeoutSeconds'],
      p.timeoutSeconds,
      `the ${kind} of container "${name}" can take ${p.timeoutSeconds}s (timeoutSeconds) but runs every ${p.periodSeconds}s (periodSeconds): ` +
        `the kubelet runs one probe at a time, so probes that time out run back to back and ticks are dropped, and ${late}; ` +
        `make timeoutSeconds less than periodSeconds`,
    );
  }
  const k = t.killBeforeStart;
  if (k === null) return;
  const p = t.settings[k.probe]!;
  const delayed = Math.max(p.initialDelaySeconds - 1, 0);
  const when = k.always ? 'always kills it before its declared start time' : 'can kill it before its declared start time';
  const needed = Math.ceil((k.declaredStartSeconds - delayed) / p.periodSeconds) + 1;
  const fix =
    k.probe === 'startupProbe'
      ? `raise its failureThreshold to at least ${needed}`
      : `add a startupProbe with periodSeconds ${p.periodSeconds} and failureThreshold ${Math.ceil(k.declaredStartSeconds / p.periodSeconds) + 1} or more, ` +
        `or set initialDelaySeconds to at least ${k.declaredStartSeconds + 1 - (p.failureThreshold - 1) * p.periodSeconds}`;
  r.advise(
    'probe-kill-before-start',
    [...at, k.probe],
    undefined,
    `the ${k.probe} of container "${name}" ${when} of ${k.declaredStartSeconds}s (annotation ${START_TIME_PREFIX}${name}): ` +
      `its ${ordinal(p.failureThreshold)} failure in a row can start ${formatSeconds(k.earliestKillSeconds)}s after the container starts ` +
      `(initialDelaySeconds ${p.initialDelaySeconds}, periodSeconds ${p.periodSeconds}, failureThreshold ${p.failureThreshold}, and the tick phase); ${fix}`,
  );
}

/**
 * Reports, on a container of pods that Services select, that no container of these pods has a
 * readiness probe. `services` names them (`Service "web"`), `workload` the pods' owner.
 */
export function reportServiceReadiness(r: Reporter, at: Path, name: string, t: ProbeTimeline, services: readonly string[], workload: string): void {
  const ready =
    t.firstReady === null
      ? ''
      : ` (container "${name}" is Ready ${formatSeconds(t.firstReady.earliest)} to ${formatSeconds(t.firstReady.latest)}s after it starts)`;
  const gate = t.settings.startupProbe !== null ? 'as soon as its startup probe succeeds' : 'as soon as its containers run';
  r.advise(
    'service-readiness-missing',
    at,
    undefined,
    `${services.join(', ')} ${services.length > 1 ? 'select' : 'selects'} the pods of ${workload}, and none of their containers has a readinessProbe: ` +
      `a pod is in the endpoints ${gate}${ready}, before the application may answer, and stays there while it does not answer; ` +
      `add a readinessProbe to container "${name}"`,
  );
}
