/**
 * The probe timeline model against hand-worked cases of the kubelet 1.27 (worker.doProbe and
 * worker.run, pkg/kubelet/prober/worker.go; doBackOff, pkg/kubelet/kuberuntime), and its
 * properties: windows never invert, never start before 0, and a longer period or a higher
 * threshold never brings a latest bound earlier.
 */
import * as fc from 'fast-check';
import { containerSettings, podTemplateTimelines, probeSettings, probeTimeline, probeTimelines, ProbeTimeline, restartBackOff, TimeWindow } from '../lib';

const exec = { exec: { command: ['cat', '/tmp/healthy'] } };

/** The timeline of the one container of a pod with these container fields (and pod annotations). */
function timelineOf(fields: Record<string, unknown>, annotations: Record<string, string> = {}, spec: Record<string, unknown> = {}): ProbeTimeline {
  const [t] = podTemplateTimelines({ metadata: { annotations }, spec: { containers: [{ name: 'app', image: 'x', ...fields }], ...spec } });
  return t;
}

const at = (w: TimeWindow | null, from: number) => (w === null ? null : { earliest: from + w.earliest, latest: from + w.latest });

describe('the hand-worked cases of the tutorial', () => {
  test('liveness-exec: D=5 P=5 F=3, the file removed at 30 s: restart decided in [40, 45] s plus the probe timeout', () => {
    const t = timelineOf({ livenessProbe: { ...exec, initialDelaySeconds: 5, periodSeconds: 5 } });
    // the first probe: the first tick at or after the effective delay (4, 5], within a period
    expect(t.firstProbes.livenessProbe).toEqual({ earliest: 4, latest: 10 });
    // failures at 30+θ, 35+θ, 40+θ: the third one flips the result
    expect(t.livenessDetection).toEqual({ earliest: 10, latest: 16 });
    expect(at(t.livenessDetection, 30)).toEqual({ earliest: 40, latest: 45 + 1 });
    // no readiness probe: Ready as soon as the kubelet sees it running
    expect(t.firstReady).toEqual({ earliest: 0, latest: 2 });
    expect(t.readinessDetection).toBeNull();
    expect(t.startupDeadline).toBeNull();
    // sh as PID 1 ignores SIGTERM: it stops after the pod's 30 s, then restarts at once (first kill)
    expect(t.livenessKill).toEqual({ gracePeriodSeconds: 30, restart: { earliest: 0, latest: 30 } });
  });

  test('goproxy: readiness TCP D=5 P=10, liveness TCP D=15 P=20, the application hangs at 100 s', () => {
    const tcp = { tcpSocket: { port: 8080 } };
    const t = timelineOf({
      readinessProbe: { ...tcp, initialDelaySeconds: 5, periodSeconds: 10 },
      livenessProbe: { ...tcp, initialDelaySeconds: 15, periodSeconds: 20 },
    });
    // Ready at the first readiness tick after (4, 5]: in (4, 15)
    expect(t.firstReady).toEqual({ earliest: 4, latest: 15 });
    expect(t.firstProbes.livenessProbe).toEqual({ earliest: 14, latest: 35 });
    // NotReady at [120, 130) + d, the restart decided at [140, 160) + d, d ≤ timeoutSeconds (1)
    expect(at(t.readinessDetection, 100)).toEqual({ earliest: 120, latest: 131 });
    expect(at(t.livenessDetection, 100)).toEqual({ earliest: 140, latest: 161 });
  });

  test('startup probe 30 × 10 s (D=0, T=1) with a strict liveness probe (F=1, P=10)', () => {
    const http = { httpGet: { path: '/healthz', port: 'liveness-port' } };
    const t = timelineOf({
      startupProbe: { ...http, failureThreshold: 30, periodSeconds: 10 },
      livenessProbe: { ...http, failureThreshold: 1, periodSeconds: 10 },
    });
    // never answering: the 30th failure at T1 + 290 + d, T1 in [0, 2 + 10): (290, 302] and the timeout
    expect(t.startupDeadline).toEqual({ earliest: 290, latest: 303 });
    // answering from the start: started (and Ready, no readiness probe) at the first startup tick
    expect(t.firstReady).toEqual({ earliest: 0, latest: 12 });
    // liveness probes only after the startup success, on a later tick
    expect(t.firstProbes.livenessProbe).toEqual({ earliest: 0, latest: 22 });
    expect(t.livenessDetection).toEqual({ earliest: 0, latest: 11 });
    expect(t.startupKill).toEqual({ gracePeriodSeconds: 30, restart: { earliest: 0, latest: 30 } });
  });

  test('liveness-http: D=3 P=3 F=3, 500 from 10 s: restart decided in [16, 19] s plus the probe timeout', () => {
    const t = timelineOf({ livenessProbe: { httpGet: { path: '/healthz', port: 8080 }, initialDelaySeconds: 3, periodSeconds: 3 } });
    expect(t.firstProbes.livenessProbe).toEqual({ earliest: 2, latest: 6 });
    expect(at(t.livenessDetection, 10)).toEqual({ earliest: 16, latest: 20 });
  });

  test('liveness-http, killed again and again at 16–19 s: immediate restarts, then CrashLoopBackOff 20, 40, 80, 160, 300 s', () => {
    const delays = restartBackOff(17, 8);
    expect(delays.slice(0, 3)).toEqual([
      { earliest: 0, latest: 0 },
      { earliest: 0, latest: 0 },
      { earliest: 0, latest: 0 },
    ]);
    expect(delays.slice(3).map(d => d.earliest)).toEqual([20, 40, 80, 160, 300]);
    // each comes at the first pod sync after its back-off: up to 15 s later
    expect(delays[3]).toEqual({ earliest: 20, latest: 35 });
  });

  test('a container killed 1 s after each start: 0, 0, then 10, 20, 40 … up to 300 s; at the cap, every other restart is at once', () => {
    // at a kill, the kubelet compares the back-off with the exit of the container before: 300 s and more ago at the cap
    expect(restartBackOff(1, 10).map(d => d.earliest)).toEqual([0, 0, 10, 20, 40, 80, 160, 300, 0, 300]);
  });

  test('a container that runs more than ten minutes between kills restarts at once', () => {
    expect(restartBackOff(700, 5).map(d => d.earliest)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('the rules of the model', () => {
  test('defaults: period 10, timeout 1, thresholds 1 and 3, delay 0; wrong values count as absent', () => {
    expect(probeSettings({ exec: {} })).toEqual({
      initialDelaySeconds: 0,
      periodSeconds: 10,
      timeoutSeconds: 1,
      successThreshold: 1,
      failureThreshold: 3,
      terminationGracePeriodSeconds: null,
    });
    expect(probeSettings({ periodSeconds: 0, timeoutSeconds: '5', initialDelaySeconds: -3 })).toMatchObject({
      periodSeconds: 10,
      timeoutSeconds: 1,
      initialDelaySeconds: 0,
    });
    expect(probeSettings(undefined)).toBeNull();
  });

  test('the grace period: the probe-level value, else the pod value (30 by default), never under 2 s', () => {
    expect(timelineOf({ livenessProbe: { ...exec, terminationGracePeriodSeconds: 5 } }).livenessKill!.gracePeriodSeconds).toBe(5);
    expect(timelineOf({ livenessProbe: exec }, {}, { terminationGracePeriodSeconds: 60 }).livenessKill!.gracePeriodSeconds).toBe(60);
    expect(timelineOf({ livenessProbe: exec }, {}, { terminationGracePeriodSeconds: 0 }).livenessKill!.gracePeriodSeconds).toBe(2);
    expect(timelineOf({ livenessProbe: exec }, {}, { restartPolicy: 'Never' }).livenessKill!.restart).toBeNull();
  });

  test('a successThreshold of 2 needs a second tick before Ready', () => {
    const t = timelineOf({ readinessProbe: { ...exec, periodSeconds: 5, successThreshold: 2 } });
    expect(t.firstReady).toEqual({ earliest: 5, latest: 12 });
  });

  test('timeoutSeconds ≥ periodSeconds: probes that time out run back to back, every timeout', () => {
    const t = timelineOf({ livenessProbe: { ...exec, periodSeconds: 2, timeoutSeconds: 5, failureThreshold: 3 } });
    // a prompt failure: 2 more ticks; hung: a tick within 2 s, 2 more probes of 5 s, the last one waiting 5 s
    expect(t.livenessDetection).toEqual({ earliest: 4, latest: 2 + 2 * 5 + 5 });
  });

  test('a declared start time: readiness passes from then on; liveness without startup probe can kill before it', () => {
    const t = timelineOf(
      { readinessProbe: { ...exec, periodSeconds: 5 }, livenessProbe: { ...exec, initialDelaySeconds: 10, periodSeconds: 10 } },
      { 'start-time.cdk8s-pod-patterns/app': '60' },
    );
    // its third failure comes before 60 s at every phase: the container never gets to answer
    expect(t.killBeforeStart).toEqual({ probe: 'livenessProbe', declaredStartSeconds: 60, earliestKillSeconds: 29, always: true });
    expect(t.firstReady).toBeNull();
    const later = timelineOf(
      { readinessProbe: { ...exec, periodSeconds: 5 }, livenessProbe: { ...exec, initialDelaySeconds: 40, periodSeconds: 10 } },
      { 'start-time.cdk8s-pod-patterns/app': '60' },
    );
    // at some phases only: from 39 + 2 × 10 s
    expect(later.killBeforeStart).toEqual({ probe: 'livenessProbe', declaredStartSeconds: 60, earliestKillSeconds: 59, always: false });
    expect(later.firstReady).toEqual({ earliest: 60, latest: 65 });
  });

  test('a startup probe that covers the declared start time holds liveness back, and Ready follows its success', () => {
    const t = timelineOf(
      { startupProbe: { ...exec, periodSeconds: 10, failureThreshold: 12 }, readinessProbe: { ...exec, periodSeconds: 5 }, livenessProbe: exec },
      { 'start-time.cdk8s-pod-patterns/app': '60' },
    );
    expect(t.killBeforeStart).toBeNull();
    // the startup success at its first tick after 60 s; readiness is probed at once
    expect(t.firstReady).toEqual({ earliest: 60, latest: 70 });
    expect(t.firstProbes.livenessProbe).toEqual({ earliest: 60, latest: 80 });
  });

  test('a startup budget shorter than the declared start time can kill it, or always does', () => {
    const sometimes = timelineOf({ startupProbe: { ...exec, periodSeconds: 10, failureThreshold: 6 } }, { 'start-time.cdk8s-pod-patterns/app': '60' });
    expect(sometimes.killBeforeStart).toEqual({ probe: 'startupProbe', declaredStartSeconds: 60, earliestKillSeconds: 50, always: false });
    expect(sometimes.firstReady).toEqual({ earliest: 60, latest: 62 });
    const always = timelineOf({ startupProbe: { ...exec, periodSeconds: 5, failureThreshold: 3 } }, { 'start-time.cdk8s-pod-patterns/app': '60' });
    expect(always.killBeforeStart?.always).toBe(true);
    expect(always.firstReady).toBeNull();
  });

  test('probeTimelines: every container of Pods and workloads, lists unpacked, PodTemplates left out', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: { containers: [{ name: 'a' }, { name: 'b' }], initContainers: [{ name: 'i' }] },
    };
    const cron = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'c' },
      spec: { jobTemplate: { spec: { template: { spec: { containers: [{ name: 'job' }] } } } } },
    };
    const list = { apiVersion: 'v1', kind: 'List', items: [pod] };
    const template = { apiVersion: 'v1', kind: 'PodTemplate', metadata: { name: 't' }, template: { spec: { containers: [{ name: 'x' }] } } };
    const found = probeTimelines([pod, cron, list, template, 'not an object', null]).map(t => [t.object, t.container, t.manifestIndex]);
    expect(found).toEqual([
      ['Pod/p', 'a', 0],
      ['Pod/p', 'b', 0],
      ['CronJob/c', 'job', 1],
      ['Pod/p', 'a', 2],
      ['Pod/p', 'b', 2],
    ]);
  });

  test('containerSettings reads the declared start time only as whole seconds', () => {
    const settings = (value: string) => containerSettings({ metadata: { annotations: { 'start-time.cdk8s-pod-patterns/app': value } } }, { name: 'app' });
    expect(settings('45').declaredStartSeconds).toBe(45);
    expect(settings('45s').declaredStartSeconds).toBeNull();
  });
});

describe('properties', () => {
  const probe = fc.record({
    initialDelaySeconds: fc.integer({ min: 0, max: 120 }),
    periodSeconds: fc.integer({ min: 1, max: 60 }),
    timeoutSeconds: fc.integer({ min: 1, max: 90 }),
    successThreshold: fc.integer({ min: 1, max: 5 }),
    failureThreshold: fc.integer({ min: 1, max: 40 }),
  });
  const container = fc.record({
    startupProbe: fc.option(
      probe.map(p => ({ ...p, successThreshold: 1 })),
      { nil: undefined },
    ),
    readinessProbe: fc.option(probe, { nil: undefined }),
    livenessProbe: fc.option(
      probe.map(p => ({ ...p, successThreshold: 1 })),
      { nil: undefined },
    ),
    start: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }),
  });
  type C = typeof container extends fc.Arbitrary<infer T> ? T : never;

  function timeline(c: C): ProbeTimeline {
    const fields: Record<string, unknown> = {};
    for (const kind of ['startupProbe', 'readinessProbe', 'livenessProbe'] as const) if (c[kind]) fields[kind] = { ...exec, ...c[kind] };
    return probeTimeline(
      containerSettings(
        { metadata: { annotations: c.start === undefined ? {} : { 'start-time.cdk8s-pod-patterns/app': String(c.start) } }, spec: {} },
        { name: 'app', ...fields },
      ),
    );
  }

  function windows(t: ProbeTimeline): (TimeWindow | null)[] {
    return [
      t.firstReady,
      t.startupDeadline,
      t.livenessDetection,
      t.readinessDetection,
      t.firstProbes.startupProbe,
      t.firstProbes.readinessProbe,
      t.firstProbes.livenessProbe,
      t.livenessKill?.restart ?? null,
      t.startupKill?.restart ?? null,
    ];
  }

  test('windows never invert, and never start before 0', () => {
    fc.assert(
      fc.property(container, c => {
        for (const w of windows(timeline(c))) {
          if (w === null) continue;
          expect(w.earliest).toBeGreaterThanOrEqual(0);
          expect(w.latest).toBeGreaterThanOrEqual(w.earliest);
        }
      }),
    );
  });

  /** Every latest bound of `after` is at least that of `before` (a window may appear or vanish only with a kill before the start time). */
  function noLatestEarlier(before: ProbeTimeline, after: ProbeTimeline): void {
    const a = windows(before);
    const b = windows(after);
    a.forEach((w, i) => {
      if (w !== null && b[i] !== null) expect(b[i]!.latest).toBeGreaterThanOrEqual(w.latest);
    });
  }

  const kinds = fc.constantFrom('startupProbe' as const, 'readinessProbe' as const, 'livenessProbe' as const);

  test('raising a period never brings a latest bound earlier', () => {
    fc.assert(
      fc.property(container, kinds, fc.integer({ min: 1, max: 60 }), (c, kind, more) => {
        fc.pre(c[kind] !== undefined);
        const raised = { ...c, [kind]: { ...c[kind]!, periodSeconds: c[kind]!.periodSeconds + more } };
        noLatestEarlier(timeline(c), timeline(raised));
      }),
    );
  });

  test('raising a threshold never brings a latest bound earlier', () => {
    const threshold = fc.constantFrom('failureThreshold' as const, 'successThreshold' as const);
    fc.assert(
      fc.property(container, kinds, threshold, fc.integer({ min: 1, max: 20 }), (c, kind, which, more) => {
        fc.pre(c[kind] !== undefined && (which === 'failureThreshold' || kind === 'readinessProbe'));
        const raised = { ...c, [kind]: { ...c[kind]!, [which]: c[kind]![which] + more } };
        noLatestEarlier(timeline(c), timeline(raised));
      }),
    );
  });
});
