/**
 * The `@default` pins of the workloads beyond Deployment (StatefulSet, DaemonSet, Job, CronJob),
 * the PodDisruptionBudget and the agnhost server options of the tutorial patterns. Each check
 * builds without the prop and asserts what the output shows.
 */
import { Cron } from 'cdk8s';
import {
  Container,
  CronJob,
  DaemonSet,
  DaemonSetUpdateStrategy,
  Job,
  LivenessHttpPod,
  PodDisruptionBudget,
  StartupProbePod,
  StatefulSet,
  StatefulSetUpdateStrategy,
} from '../../lib';
import { synth, testChart } from '../support';
import { Pin } from './pin';

const IMAGE = 'registry.k8s.io/pause:3.9';
const AGNHOST = 'registry.k8s.io/e2e-test-images/agnhost:2.40';

const plain = () => Container.of({ name: 'app', image: IMAGE });
const named = () =>
  Container.of({
    name: 'db',
    image: IMAGE,
    ports: [
      { name: 'sql', number: 5432 },
      { name: 'metrics', number: 9187 },
    ],
  });

/** The manifests of a StatefulSet of one container with two named ports, with `props`: [set, Service]. */
function statefulSet(props: Record<string, unknown> = {}): any[] {
  const chart = testChart();
  new StatefulSet(chart, 'Db', { name: 'db', containers: [named()], ...props });
  return synth(chart);
}

function daemonSet(props: Record<string, unknown> = {}): any {
  const chart = testChart();
  new DaemonSet(chart, 'Agent', { name: 'agent', containers: [plain()], ...props });
  return synth(chart)[0];
}

function job(props: Record<string, unknown> = {}): any {
  const chart = testChart();
  new Job(chart, 'Migrate', { name: 'migrate', containers: [plain()], ...props });
  return synth(chart)[0];
}

function cronJob(props: Record<string, unknown> = {}): any {
  const chart = testChart();
  new CronJob(chart, 'Report', { name: 'report', schedule: Cron.daily(), containers: [plain()], ...props });
  return synth(chart)[0];
}

/** The budget of a StatefulSet named 'db' of two replicas, with `props` (one budget must be given). */
function budget(props: Record<string, unknown>): any {
  const chart = testChart();
  const db = new StatefulSet(chart, 'Db', { name: 'db', replicas: 2, containers: [plain()] });
  new PodDisruptionBudget(chart, 'Budget', { selector: db, ...props });
  return synth(chart).find(m => m.kind === 'PodDisruptionBudget');
}

/** The first container of the two agnhost patterns, built with `options`. */
function agnhostContainers(options: Record<string, unknown> = {}): any[] {
  const chart = testChart();
  new LivenessHttpPod(chart, 'LivenessHttp', options);
  new StartupProbePod(chart, 'Startup', options);
  return synth(chart).map(m => m.spec.containers[0]);
}

export const WORKLOAD_PINS: Record<string, Pin> = {
  // ---- agnhost.ts: the options of LivenessHttpPod and StartupProbePod --------------------------
  'AgnhostServerOptions.image': {
    doc: `'${AGNHOST}'`,
    check: () => expect(agnhostContainers().map(c => c.image)).toEqual([AGNHOST, AGNHOST]),
  },
  'AgnhostServerOptions.port': {
    doc: '8080',
    check: () => {
      const [http, startup] = agnhostContainers();
      expect(http.ports).toEqual([{ containerPort: 8080 }]);
      expect(http.livenessProbe.httpGet.port).toBe(8080);
      expect(startup.ports).toEqual([{ containerPort: 8080, name: 'liveness-port' }]);
    },
  },
  'AgnhostServerOptions.path': {
    doc: "'/healthz'",
    check: () => {
      const [http, startup] = agnhostContainers();
      expect([http.livenessProbe.httpGet.path, startup.livenessProbe.httpGet.path, startup.startupProbe.httpGet.path]).toEqual([
        '/healthz',
        '/healthz',
        '/healthz',
      ]);
    },
  },

  // ---- stateful-set.ts ------------------------------------------------------------------------
  'StatefulSetProps.replicas': { doc: '1', check: () => expect(statefulSet()[0].spec.replicas).toBe(1) },
  'StatefulSetProps.serviceName': {
    doc: "- the StatefulSet's name",
    check: () => {
      const [set, service] = statefulSet();
      expect([set.spec.serviceName, service.metadata.name, service.spec.clusterIP]).toEqual(['db', 'db', 'None']);
    },
  },
  'StatefulSetProps.servicePorts': {
    doc: '- the ports the containers declare, by name (an unnamed one of several as `<protocol>-<number>`)',
    check: () => {
      expect(statefulSet()[1].spec.ports).toEqual([
        { name: 'sql', port: 5432, targetPort: 'sql', protocol: 'TCP' },
        { name: 'metrics', port: 9187, targetPort: 'metrics', protocol: 'TCP' },
      ]);
      const chart = testChart();
      const ports = [{ number: 5432 }, { number: 9187 }];
      new StatefulSet(chart, 'Db', { name: 'db', containers: [Container.of({ name: 'db', image: IMAGE, ports })] });
      expect(synth(chart)[1].spec.ports).toEqual([
        { name: 'tcp-5432', port: 5432, targetPort: 5432, protocol: 'TCP' },
        { name: 'tcp-9187', port: 9187, targetPort: 9187, protocol: 'TCP' },
      ]);
    },
  },
  'StatefulSetServicePort.name': {
    doc: '- no name',
    check: () => expect(statefulSet({ servicePorts: [{ port: 5432 }] })[1].spec.ports).toEqual([{ port: 5432, targetPort: 5432, protocol: 'TCP' }]),
  },
  'StatefulSetServicePort.protocol': {
    doc: "'TCP'",
    check: () => expect(statefulSet({ servicePorts: [{ port: 5432, name: 'sql' }] })[1].spec.ports[0].protocol).toBe('TCP'),
  },
  'StatefulSetServicePort.targetPort': {
    doc: '- the same number as `port`',
    check: () => expect(statefulSet({ servicePorts: [{ port: 5432, name: 'sql' }] })[1].spec.ports[0].targetPort).toBe(5432),
  },
  'StatefulSetProps.publishNotReadyAddresses': {
    doc: '- not emitted; only ready pods',
    check: () => expect(statefulSet()[1].spec).not.toHaveProperty('publishNotReadyAddresses'),
  },
  'StatefulSetProps.podManagementPolicy': {
    doc: "- not emitted; Kubernetes uses 'OrderedReady'",
    check: () => expect(statefulSet()[0].spec).not.toHaveProperty('podManagementPolicy'),
  },
  'StatefulSetProps.updateStrategy': {
    doc: '- not emitted; a rolling update of every pod',
    check: () => expect(statefulSet()[0].spec).not.toHaveProperty('updateStrategy'),
  },
  'StatefulSetRollingUpdateOptions.partition': {
    doc: '- not emitted; 0: every pod is updated',
    check: () => expect(statefulSet({ updateStrategy: StatefulSetUpdateStrategy.rollingUpdate() })[0].spec.updateStrategy).toEqual({ type: 'RollingUpdate' }),
  },
  'StatefulSetProps.persistentVolumeClaimRetentionPolicy': {
    doc: '- not emitted; they are retained',
    check: () => expect(statefulSet()[0].spec).not.toHaveProperty('persistentVolumeClaimRetentionPolicy'),
  },
  'ClaimRetentionPolicy.whenDeleted': {
    doc: "- not emitted; 'Retain'",
    check: () =>
      expect(statefulSet({ persistentVolumeClaimRetentionPolicy: { whenScaled: 'Delete' } })[0].spec.persistentVolumeClaimRetentionPolicy).toEqual({
        whenScaled: 'Delete',
      }),
  },
  'ClaimRetentionPolicy.whenScaled': {
    doc: "- not emitted; 'Retain'",
    check: () =>
      expect(statefulSet({ persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete' } })[0].spec.persistentVolumeClaimRetentionPolicy).toEqual({
        whenDeleted: 'Delete',
      }),
  },
  'StatefulSetProps.minReady': {
    doc: '- not emitted; 0 seconds',
    check: () => expect(statefulSet()[0].spec).not.toHaveProperty('minReadySeconds'),
  },
  'StatefulSetProps.revisionHistoryLimit': {
    doc: '- not emitted; Kubernetes keeps 10',
    check: () => expect(statefulSet()[0].spec).not.toHaveProperty('revisionHistoryLimit'),
  },

  // ---- daemon-set.ts --------------------------------------------------------------------------
  'DaemonSetProps.updateStrategy': {
    doc: '- not emitted; a rolling update of one node at a time',
    check: () => expect(daemonSet().spec).not.toHaveProperty('updateStrategy'),
  },
  'DaemonSetRollingUpdateOptions.maxUnavailable': {
    doc: '- not emitted; Kubernetes uses 1',
    check: () =>
      // (Kubernetes's 1 then forbids a surge: `maxSurge` given alone may only be 0)
      expect(daemonSet({ updateStrategy: DaemonSetUpdateStrategy.rollingUpdate({ maxSurge: 0 }) }).spec.updateStrategy).toEqual({
        type: 'RollingUpdate',
        rollingUpdate: { maxSurge: 0 },
      }),
  },
  'DaemonSetRollingUpdateOptions.maxSurge': {
    doc: '- not emitted; Kubernetes uses 0',
    check: () =>
      expect(daemonSet({ updateStrategy: DaemonSetUpdateStrategy.rollingUpdate({ maxUnavailable: '10%' }) }).spec.updateStrategy).toEqual({
        type: 'RollingUpdate',
        rollingUpdate: { maxUnavailable: '10%' },
      }),
  },
  'DaemonSetProps.minReady': { doc: '- not emitted; 0 seconds', check: () => expect(daemonSet().spec).not.toHaveProperty('minReadySeconds') },
  'DaemonSetProps.revisionHistoryLimit': {
    doc: '- not emitted; Kubernetes keeps 10',
    check: () => expect(daemonSet().spec).not.toHaveProperty('revisionHistoryLimit'),
  },

  // ---- job.ts (JobOptions are CronJob's too) -------------------------------------------------
  'JobOptions.restartPolicy': {
    doc: "'Never'",
    check: () => {
      expect(job().spec.template.spec.restartPolicy).toBe('Never');
      expect(cronJob().spec.jobTemplate.spec.template.spec.restartPolicy).toBe('Never');
    },
  },
  'JobOptions.completions': {
    doc: '- not emitted; 1, or, with `parallelism` and no completions, until one pod succeeds',
    check: () => expect(job({ parallelism: 3 }).spec).not.toHaveProperty('completions'),
  },
  'JobOptions.parallelism': { doc: '- not emitted; Kubernetes uses 1', check: () => expect(job().spec).not.toHaveProperty('parallelism') },
  'JobOptions.backoffLimit': {
    doc: '- not emitted; Kubernetes uses 6',
    check: () => {
      expect(job().spec).not.toHaveProperty('backoffLimit');
      expect(cronJob().spec.jobTemplate.spec).not.toHaveProperty('backoffLimit');
    },
  },
  'JobOptions.activeDeadline': { doc: '- not emitted; no deadline', check: () => expect(job().spec).not.toHaveProperty('activeDeadlineSeconds') },
  'JobOptions.ttlAfterFinished': {
    doc: '- not emitted; kept until deleted',
    check: () => expect(job().spec).not.toHaveProperty('ttlSecondsAfterFinished'),
  },
  'JobOptions.completionMode': {
    doc: "- not emitted; Kubernetes uses 'NonIndexed'",
    check: () => expect(job().spec).not.toHaveProperty('completionMode'),
  },
  'JobProps.suspend': { doc: '- not emitted; the Job starts', check: () => expect(job().spec).not.toHaveProperty('suspend') },

  // ---- cron-job.ts ----------------------------------------------------------------------------
  'CronJobProps.timeZone': {
    doc: '- not emitted; the time zone of the kube-controller-manager',
    check: () => expect(cronJob().spec).not.toHaveProperty('timeZone'),
  },
  'CronJobProps.concurrencyPolicy': {
    doc: "- not emitted; Kubernetes uses 'Allow'",
    check: () => expect(cronJob().spec).not.toHaveProperty('concurrencyPolicy'),
  },
  'CronJobProps.startingDeadline': {
    doc: '- not emitted; no deadline',
    check: () => expect(cronJob().spec).not.toHaveProperty('startingDeadlineSeconds'),
  },
  'CronJobProps.successfulJobsHistoryLimit': {
    doc: '- not emitted; Kubernetes keeps 3',
    check: () => expect(cronJob().spec).not.toHaveProperty('successfulJobsHistoryLimit'),
  },
  'CronJobProps.failedJobsHistoryLimit': {
    doc: '- not emitted; Kubernetes keeps 1',
    check: () => expect(cronJob().spec).not.toHaveProperty('failedJobsHistoryLimit'),
  },
  'CronJobProps.suspend': { doc: '- not emitted; the schedule runs', check: () => expect(cronJob().spec).not.toHaveProperty('suspend') },

  // ---- disruption-budget.ts -------------------------------------------------------------------
  'PodDisruptionBudgetProps.name': {
    doc: '- the name of the selected workload',
    check: () => expect(budget({ maxUnavailable: 1 }).metadata.name).toBe('db'),
  },
  'PodDisruptionBudgetProps.minAvailable': {
    doc: '- none: give `maxUnavailable`',
    check: () => expect(budget({ maxUnavailable: 1 }).spec).toEqual({ selector: { matchLabels: { 'app.kubernetes.io/name': 'db' } }, maxUnavailable: 1 }),
  },
  'PodDisruptionBudgetProps.maxUnavailable': {
    doc: '- none: give `minAvailable`',
    check: () => {
      expect(budget({ minAvailable: '50%' }).spec).toEqual({ selector: { matchLabels: { 'app.kubernetes.io/name': 'db' } }, minAvailable: '50%' });
      expect(() => budget({})).toThrow(/exactly one of minAvailable and maxUnavailable|minAvailable/);
    },
  },
  'PodDisruptionBudgetProps.unhealthyPodEvictionPolicy': {
    doc: "- not emitted; Kubernetes uses 'IfHealthyBudget'",
    check: () => expect(budget({ maxUnavailable: 1 }).spec).not.toHaveProperty('unhealthyPodEvictionPolicy'),
  },
  'PodDisruptionBudgetProps.allowNoDisruption': {
    doc: "- a budget that allows no eviction of a Deployment's or StatefulSet's pods is an error",
    check: () => {
      // a budget keeping both pods available blocks every node drain
      expect(() => budget({ minAvailable: 2 })).toThrow(
        /minAvailable: Invalid value: 2: keeps all 2 pods of StatefulSet "db" available.*\[pdb-blocks-eviction\]/,
      );
      expect(budget({ minAvailable: 2, allowNoDisruption: { reason: 'moved by hand' } }).metadata.annotations).toEqual({
        'exempt.cdk8s-pod-patterns/pdb-blocks-eviction': 'budget:minAvailable (moved by hand)',
      });
    },
  },
};
