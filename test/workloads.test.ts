import { Cron, Duration, Size } from 'cdk8s';
import {
  Container,
  CronJob,
  DaemonSet,
  DaemonSetUpdateStrategy,
  Deployment,
  Job,
  PodDisruptionBudget,
  Service,
  StatefulSet,
  StatefulSetUpdateStrategy,
  Toleration,
  validateManifests,
  VolumeClaimTemplate,
} from '../lib';
import { synth, testChart } from './support';

const image = 'registry.k8s.io/busybox:1.27.2';
const data = VolumeClaimTemplate.of('data', { storage: Size.gibibytes(10) });
const db = Container.of({ name: 'db', image, ports: [{ name: 'pg', number: 5432 }, { number: 9187 }], mounts: [{ volume: data, path: '/var/lib/db' }] });
const worker = Container.of({ name: 'work', image });
const SELECTOR = { matchLabels: { 'app.kubernetes.io/name': 'db' } };

/** The errors and warnings the engine finds in the manifests. */
function problems(manifests: readonly unknown[], policy?: 'restricted'): string[] {
  return validateManifests(manifests, { policy }).flatMap(f => (f.severity === 'info' ? [] : [`${f.severity} ${f.rule}: ${f.path}`]));
}

describe('StatefulSet', () => {
  test('replicas, selector from the labels, claim templates from the mounts, and its own headless Service', () => {
    const chart = testChart();
    const sts = new StatefulSet(chart, 'Db', { name: 'db', replicas: 3, containers: [db] });
    const [set, service] = synth(chart);
    expect(set.spec).toMatchObject({ replicas: 3, serviceName: 'db', selector: SELECTOR });
    expect(set.spec.template.metadata.labels).toEqual(SELECTOR.matchLabels);
    expect(set.spec.volumeClaimTemplates).toEqual([
      { metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } } },
    ]);
    expect(set.spec.template.spec.volumes).toBeUndefined();
    // the declared ports, by name; an unnamed one of several gets <protocol>-<number>
    expect(service).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'db', labels: SELECTOR.matchLabels },
      spec: {
        clusterIP: 'None',
        selector: SELECTOR.matchLabels,
        ports: [
          { name: 'pg', port: 5432, targetPort: 'pg', protocol: 'TCP' },
          { name: 'tcp-9187', port: 9187, targetPort: 9187, protocol: 'TCP' },
        ],
      },
    });
    expect(sts.service.serviceName).toBe('db');
    expect(sts.service.apiObject.node.id).toBe('Service');
    expect(sts.apiObject.node.id).toBe('Resource');
  });

  test('typed options: service, pod management, update strategy, claim retention, minReady', () => {
    const chart = testChart();
    new StatefulSet(chart, 'Db', {
      name: 'db',
      containers: [db],
      serviceName: 'db-peers',
      servicePorts: [{ port: 5432, targetPort: 'pg' }],
      publishNotReadyAddresses: true,
      podManagementPolicy: 'Parallel',
      updateStrategy: StatefulSetUpdateStrategy.rollingUpdate({ partition: 2 }),
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete', whenScaled: 'Retain' },
      minReady: Duration.seconds(10),
      revisionHistoryLimit: 3,
    });
    const [set, service] = synth(chart);
    expect(set.spec).toMatchObject({
      replicas: 1,
      serviceName: 'db-peers',
      podManagementPolicy: 'Parallel',
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } },
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete', whenScaled: 'Retain' },
      minReadySeconds: 10,
      revisionHistoryLimit: 3,
    });
    expect(service.metadata.name).toBe('db-peers');
    expect(service.spec).toEqual({
      clusterIP: 'None',
      publishNotReadyAddresses: true,
      selector: SELECTOR.matchLabels,
      ports: [{ port: 5432, targetPort: 'pg', protocol: 'TCP' }],
    });
    const [onDelete] = synth(withSet({ updateStrategy: StatefulSetUpdateStrategy.onDelete() }));
    expect(onDelete.spec.updateStrategy).toEqual({ type: 'OnDelete' });
  });

  test('containers without ports: a headless Service without ports', () => {
    const chart = testChart();
    new StatefulSet(chart, 'Q', { name: 'queue', containers: [worker] });
    expect(synth(chart)[1].spec).toEqual({ clusterIP: 'None', selector: { 'app.kubernetes.io/name': 'queue' } });
  });

  test('a named target port the containers do not declare throws (a JavaScript caller)', () => {
    expect(() => withSet({ servicePorts: [{ port: 80, targetPort: 'http' as never }] })).toThrow(
      /\[test\/Db\] Service "db": spec\.ports\[0\]\.targetPort: .*\[service-target-port-declared\]/,
    );
  });

  test('a partition that is not a whole number names the construct', () => {
    expect(() => withSet({ updateStrategy: StatefulSetUpdateStrategy.rollingUpdate({ partition: 1.5 }) })).toThrow(
      '[test/Db]: partition: Invalid value: 1.5: must be a whole number, 0 or more [sdk-workload-option]',
    );
  });

  test('only a StatefulSet runs containers that mount claim templates', () => {
    expect(() => new Deployment(testChart(), 'Api', { name: 'api', containers: [db] })).toThrow(/\[test\/Api\]: containers: .*\[sdk-claim-template\]/);
  });
});

function withSet(props: Partial<ConstructorParameters<typeof StatefulSet>[2]>) {
  const chart = testChart();
  new StatefulSet(chart, 'Db', { name: 'db', containers: [db], ...props });
  return chart;
}

describe('DaemonSet', () => {
  test('a node agent: every taint tolerated, a host exemption with its reason, a typed update strategy', () => {
    const chart = testChart();
    new DaemonSet(chart, 'Agent', {
      name: 'agent',
      containers: [worker],
      tolerations: [Toleration.everything()],
      exemptions: { hostNetwork: { reason: 'reports the node network' } },
      updateStrategy: DaemonSetUpdateStrategy.rollingUpdate({ maxUnavailable: 0, maxSurge: '10%' }),
      minReady: Duration.seconds(5),
    });
    const [set] = synth(chart);
    expect(set.apiVersion).toBe('apps/v1');
    expect(set.spec).toMatchObject({
      selector: { matchLabels: { 'app.kubernetes.io/name': 'agent' } },
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: '10%' } },
      minReadySeconds: 5,
    });
    expect(set.spec.replicas).toBeUndefined();
    expect(set.spec.template.spec).toMatchObject({ hostNetwork: true, tolerations: [{ operator: 'Exists' }] });
    expect(set.spec.template.metadata.annotations).toEqual({ 'exempt.cdk8s-pod-patterns/host-namespaces': 'pod:hostNetwork (reports the node network)' });
    const other = testChart();
    new DaemonSet(other, 'A', { name: 'a', containers: [worker], updateStrategy: DaemonSetUpdateStrategy.onDelete() });
    expect(synth(other)[0].spec.updateStrategy).toEqual({ type: 'OnDelete' });
  });

  test('both maxUnavailable and maxSurge not zero: the engine throws, naming the construct', () => {
    expect(
      () =>
        new DaemonSet(testChart(), 'Agent', {
          name: 'agent',
          containers: [worker],
          updateStrategy: DaemonSetUpdateStrategy.rollingUpdate({ maxUnavailable: 1, maxSurge: 1 }),
        }),
    ).toThrow(/\[test\/Agent\] DaemonSet "agent": spec\.updateStrategy\.rollingUpdate\.maxSurge: .*\[daemonset-update-strategy\]/);
  });
});

describe('Job', () => {
  test('no selector of its own; restartPolicy Never by default; the pods carry the selector labels', () => {
    const chart = testChart();
    const job = new Job(chart, 'Migrate', {
      name: 'migrate',
      containers: [worker],
      completions: 4,
      parallelism: 2,
      backoffLimit: 1,
      activeDeadline: Duration.minutes(10),
      ttlAfterFinished: Duration.hours(1),
      completionMode: 'Indexed',
      suspend: true,
    });
    new Service(chart, 'Peers', { selector: job, headless: true, ports: [{ port: 80 }] });
    const [manifest, service] = synth(chart);
    expect(manifest.apiVersion).toBe('batch/v1');
    expect(manifest.spec.selector).toBeUndefined();
    expect(manifest.spec).toMatchObject({
      completions: 4,
      parallelism: 2,
      backoffLimit: 1,
      activeDeadlineSeconds: 600,
      ttlSecondsAfterFinished: 3600,
      completionMode: 'Indexed',
      suspend: true,
    });
    expect(manifest.spec.template.spec.restartPolicy).toBe('Never');
    expect(manifest.spec.template.metadata.labels).toEqual({ 'app.kubernetes.io/name': 'migrate' });
    expect(service.spec.selector).toEqual({ 'app.kubernetes.io/name': 'migrate' });
  });

  test.each(['OnFailure', 'Never'] as const)('restartPolicy %s', restartPolicy => {
    const chart = testChart();
    new Job(chart, 'Job', { name: 'job', containers: [worker], restartPolicy });
    new CronJob(chart, 'Cron', { name: 'cron', schedule: Cron.hourly(), containers: [worker], restartPolicy });
    const [job, cron] = synth(chart);
    expect(job.spec.template.spec.restartPolicy).toBe(restartPolicy);
    expect(cron.spec.jobTemplate.spec.template.spec.restartPolicy).toBe(restartPolicy);
  });

  test('restartPolicy Always (a JavaScript caller) names the construct', () => {
    expect(() => new Job(testChart(), 'Job', { name: 'job', containers: [worker], restartPolicy: 'Always' as never })).toThrow(
      '[test/Job]: restartPolicy: Unsupported value: "Always": supported values: "Never", "OnFailure" [sdk-option-type]',
    );
  });

  test('counts are whole numbers, 0 or more', () => {
    expect(() => new Job(testChart(), 'Job', { name: 'job', containers: [worker], completions: -1, parallelism: 1.5 })).toThrow(
      '[test/Job]: completions: Invalid value: -1: must be a whole number, 0 or more [sdk-workload-option]\n' +
        '[test/Job]: parallelism: Invalid value: 1.5: must be a whole number, 0 or more [sdk-workload-option]',
    );
  });
});

describe('CronJob', () => {
  test('the schedule, its time zone and policies, and the options of its Jobs', () => {
    const chart = testChart();
    new CronJob(chart, 'Report', {
      name: 'report',
      containers: [worker],
      labels: { team: 'shop' },
      schedule: new Cron({ minute: '30', hour: '3' }),
      timeZone: 'Europe/Berlin',
      concurrencyPolicy: 'Forbid',
      startingDeadline: Duration.minutes(5),
      successfulJobsHistoryLimit: 1,
      failedJobsHistoryLimit: 2,
      suspend: false,
      backoffLimit: 0,
      ttlAfterFinished: Duration.days(1),
    });
    const [cron] = synth(chart);
    expect(cron.spec).toMatchObject({
      schedule: '30 3 * * *',
      timeZone: 'Europe/Berlin',
      concurrencyPolicy: 'Forbid',
      startingDeadlineSeconds: 300,
      successfulJobsHistoryLimit: 1,
      failedJobsHistoryLimit: 2,
      suspend: false,
    });
    const labels = { 'app.kubernetes.io/name': 'report', team: 'shop' };
    expect(cron.spec.jobTemplate.metadata).toEqual({ labels });
    expect(cron.spec.jobTemplate.spec).toMatchObject({ backoffLimit: 0, ttlSecondsAfterFinished: 86400 });
    expect(cron.spec.jobTemplate.spec.selector).toBeUndefined();
    expect(cron.spec.jobTemplate.spec.template.metadata.labels).toEqual(labels);
  });

  test('a schedule or a time zone the engine rejects throws, naming the construct', () => {
    const cron = (props: { schedule: Cron; timeZone?: string }) => () => new CronJob(testChart(), 'Report', { name: 'report', containers: [worker], ...props });
    expect(cron({ schedule: new Cron({ minute: '61' }) })).toThrow(
      '[test/Report] CronJob "report": spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59): 61 [cronjob-schedule]',
    );
    expect(cron({ schedule: Cron.daily(), timeZone: 'Europe/Berln' })).toThrow(/\[test\/Report\] CronJob "report": spec\.timeZone: .*Europe\/Berlin/);
  });

  test('history limits are whole numbers', () => {
    expect(() => new CronJob(testChart(), 'Report', { name: 'report', containers: [worker], schedule: Cron.daily(), failedJobsHistoryLimit: -1 })).toThrow(
      '[test/Report]: failedJobsHistoryLimit: Invalid value: -1: must be a whole number, 0 or more [sdk-workload-option]',
    );
  });
});

describe('PodDisruptionBudget', () => {
  test('selects the workload by its selector labels, with one budget', () => {
    const chart = testChart();
    const sts = new StatefulSet(chart, 'Db', { name: 'db', replicas: 3, containers: [db] });
    const budget = new PodDisruptionBudget(chart, 'Budget', { selector: sts, minAvailable: '50%', unhealthyPodEvictionPolicy: 'AlwaysAllow' });
    const pdb = synth(chart)[2];
    expect(pdb).toEqual({
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'db', labels: SELECTOR.matchLabels },
      spec: { minAvailable: '50%', unhealthyPodEvictionPolicy: 'AlwaysAllow', selector: SELECTOR },
    });
    expect(budget.budgetName).toBe('db');
  });

  test('both budgets, or none, throw naming the construct', () => {
    const api = new Deployment(testChart(), 'Api', { name: 'api', containers: [worker] });
    expect(() => new PodDisruptionBudget(api, 'Budget', { selector: api, minAvailable: 1, maxUnavailable: 1 })).toThrow(
      '[test/Api/Budget]: maxUnavailable: Invalid value: 1: give minAvailable or maxUnavailable, not both [sdk-workload-option]',
    );
    expect(() => new PodDisruptionBudget(api, 'None', { selector: api })).toThrow(
      '[test/Api/None]: minAvailable: Required value: give minAvailable or maxUnavailable [sdk-workload-option]',
    );
  });

  test('a budget that lets no pod be evicted throws, unless it says why: the reason is recorded on the budget', () => {
    // GIVEN a Deployment of 2 replicas (its replicas are known to the budget) and a Job (whose are not)
    const chart = testChart();
    const api = new Deployment(chart, 'Api', { name: 'api', replicas: 2, containers: [worker] });
    expect(api.replicas).toBe(2);
    // WHEN a budget keeps both pods, or lets none be unavailable / THEN it throws saying what to give
    expect(() => new PodDisruptionBudget(chart, 'All', { name: 'all', selector: api, minAvailable: 2 })).toThrow(
      '[test/All]: minAvailable: Invalid value: 2: keeps all 2 pods of Deployment "api" available: no voluntary eviction is ever allowed, so a node drain waits until they are moved by hand; give minAvailable: 1 (or maxUnavailable: 1), or allowNoDisruption: { reason } for pods that must be moved by hand [pdb-blocks-eviction]',
    );
    expect(() => new PodDisruptionBudget(chart, 'None', { name: 'none', selector: api, maxUnavailable: '0%' })).toThrow('maxUnavailable: Invalid value: "0%"');
    expect(() => new PodDisruptionBudget(chart, 'Blank', { name: 'blank', selector: api, minAvailable: 2, allowNoDisruption: { reason: ' ' } })).toThrow(
      '[sdk-exemption-reason]',
    );
    // AND with a reason, the budget is written with its exemption, which check reports as an info
    new PodDisruptionBudget(chart, 'Pinned', { name: 'pinned', selector: api, minAvailable: 2, allowNoDisruption: { reason: 'moved by hand' } });
    const manifests = synth(chart);
    expect(manifests.find(m => m.kind === 'PodDisruptionBudget').metadata.annotations).toEqual({
      'exempt.cdk8s-pod-patterns/pdb-blocks-eviction': 'budget:minAvailable (moved by hand)',
    });
    expect(problems(manifests)).toEqual([]);
    expect(
      validateManifests(manifests)
        .filter(f => f.rule === 'pdb-blocks-eviction')
        .map(f => f.severity),
    ).toEqual(['info']);
  });
});

describe('the engine on what the workloads build', () => {
  function app() {
    const chart = testChart();
    const sts = new StatefulSet(chart, 'Db', { name: 'db', replicas: 3, containers: [db] });
    new PodDisruptionBudget(chart, 'DbBudget', { selector: sts, maxUnavailable: 1 });
    new DaemonSet(chart, 'Agent', { name: 'agent', containers: [worker], tolerations: [Toleration.everything()] });
    const job = new Job(chart, 'Migrate', { name: 'migrate', containers: [worker], restartPolicy: 'OnFailure', backoffLimit: 2 });
    new PodDisruptionBudget(chart, 'JobBudget', { selector: job, minAvailable: 1 });
    new CronJob(chart, 'Report', { name: 'report', schedule: Cron.daily(), timeZone: 'Europe/Berlin', containers: [worker] });
    return synth(chart);
  }

  test('no error and no warning on each kind', () => {
    const manifests = app();
    expect(manifests.map(m => m.kind)).toEqual(['StatefulSet', 'Service', 'PodDisruptionBudget', 'DaemonSet', 'Job', 'PodDisruptionBudget', 'CronJob']);
    expect(problems(manifests)).toEqual([]);
  });

  test('the restricted profile passes', () => {
    expect(problems(app(), 'restricted')).toEqual([]);
  });
});
