/**
 * Mistakes with workloads that only a value shows: counts that are not whole, names and schedules
 * that break a rule, strategies the apiserver refuses, scheduling options, and the props of
 * JavaScript callers.
 */
import { Cron, Duration, Size } from 'cdk8s';
import {
  Container,
  CronJob,
  DaemonSet,
  DaemonSetUpdateStrategy,
  Deployment,
  DeploymentStrategy,
  Job,
  StatefulSet,
  StatefulSetUpdateStrategy,
  Toleration,
  VolumeClaimTemplate,
} from '../../lib';
import { fromJavaScript, IMAGE, RunTimeMistake, serve } from './corpus';

const api = Container.of({ name: 'api', image: IMAGE, ports: [{ name: 'http', number: 8080 }] });
const task = Container.of({ name: 'report', image: IMAGE, args: ['report', '--since=24h'] });
const data = VolumeClaimTemplate.of('data', { storage: Size.gibibytes(10) });
const db = Container.of({ name: 'db', image: IMAGE, ports: [{ name: 'sql', number: 5432 }], mounts: [{ volume: data, path: '/var/lib/db' }] });

export const mistakes: readonly RunTimeMistake[] = [
  {
    id: 'WKL-R01',
    area: 'workloads',
    what: 'replicas computed as half of five nodes',
    build: chart => serve(chart, 'shop-api', api, { replicas: 5 / 2 }),
    error: 'replicas: Invalid value: 2.5: must be a whole number, 0 or more [sdk-workload-option]',
    twin: chart => serve(chart, 'shop-api', api, { replicas: Math.ceil(5 / 2) }),
  },
  {
    id: 'WKL-R02',
    area: 'workloads',
    what: 'replicas computed as nodes minus one, on a cluster of no node yet',
    build: chart => serve(chart, 'shop-api', api, { replicas: 0 - 1 }),
    error: 'replicas: Invalid value: -1: must be a whole number, 0 or more [sdk-workload-option]',
    twin: chart => serve(chart, 'shop-api', api, { replicas: Math.max(0, 0 - 1) }),
  },
  {
    id: 'WKL-R03',
    area: 'workloads',
    what: 'replicas read from an environment variable that is not set where the app is synthesized',
    build: chart => serve(chart, 'shop-api', api, { replicas: Number(process.env.UNSET_REPLICAS) }),
    error: 'replicas: Invalid value: NaN: must be a whole number, 0 or more [sdk-workload-option]',
    twin: chart => serve(chart, 'shop-api', api, { replicas: Number(process.env.UNSET_REPLICAS ?? 3) }),
  },
  {
    id: 'WKL-R04',
    area: 'workloads',
    what: 'a Deployment named Shop_API, as the team calls it',
    build: chart => new Deployment(chart, 'Api', { name: 'Shop_API', containers: [api] }),
    error: 'metadata.name: Invalid value: "Shop_API": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters',
    twin: chart => new Deployment(chart, 'Api', { name: 'shop-api', containers: [api] }),
  },
  {
    id: 'WKL-R05',
    area: 'workloads',
    what: "a JavaScript caller: a Job whose pods restart Always, as a Pod's",
    build: chart => new Job(chart, 'Migrate', { name: 'migrate', containers: [task], restartPolicy: fromJavaScript('Always') }),
    error: 'restartPolicy: Unsupported value: "Always": supported values: "Never", "OnFailure"',
    twin: chart => new Job(chart, 'Migrate', { name: 'migrate', containers: [task], restartPolicy: 'OnFailure' }),
  },
  {
    id: 'WKL-R06',
    area: 'workloads',
    what: "a Deployment of the database's container, which mounts a claim template",
    build: chart => new Deployment(chart, 'Db', { name: 'db', containers: [db] }),
    error: 'containers: Invalid value: ["data"]: mount volume claim templates, which only a StatefulSet makes',
    twin: chart => new StatefulSet(chart, 'Db', { name: 'db', containers: [db] }),
  },
  {
    id: 'WKL-R07',
    area: 'workloads',
    what: 'a rolling update that neither adds nor removes a pod',
    build: chart => serve(chart, 'shop-api', api, { replicas: 3, strategy: DeploymentStrategy.rollingUpdate({ maxSurge: 0, maxUnavailable: 0 }) }),
    error: 'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0 [deployment-strategy]',
    twin: chart => serve(chart, 'shop-api', api, { replicas: 3, strategy: DeploymentStrategy.rollingUpdate({ maxSurge: 1, maxUnavailable: 0 }) }),
  },
  {
    id: 'WKL-R08',
    area: 'workloads',
    what: 'a DaemonSet rolled with a surge, keeping the default unavailability of 1',
    build: chart =>
      new DaemonSet(chart, 'Agent', {
        name: 'node-agent',
        containers: [task],
        updateStrategy: DaemonSetUpdateStrategy.rollingUpdate({ maxSurge: 1, maxUnavailable: 1 }),
      }),
    error: 'spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: 1: may not be set when maxUnavailable is non-zero [daemonset-update-strategy]',
    twin: chart =>
      new DaemonSet(chart, 'Agent', {
        name: 'node-agent',
        containers: [task],
        updateStrategy: DaemonSetUpdateStrategy.rollingUpdate({ maxSurge: 1, maxUnavailable: 0 }),
      }),
  },
  {
    id: 'WKL-R09',
    area: 'workloads',
    what: 'a Job that runs until stopped, written as completions -1',
    build: chart => new Job(chart, 'Index', { name: 'index', containers: [task], completions: -1 }),
    error: 'completions: Invalid value: -1: must be a whole number, 0 or more [sdk-workload-option]',
    twin: chart => new Job(chart, 'Index', { name: 'index', containers: [task], parallelism: 2 }),
  },
  {
    id: 'WKL-R10',
    area: 'workloads',
    what: 'a Job running one pod per three of five shards',
    build: chart => new Job(chart, 'Index', { name: 'index', containers: [task], completions: 5, parallelism: 5 / 3 }),
    error: 'parallelism: Invalid value: 1.6666666666666667: must be a whole number, 0 or more [sdk-workload-option]',
    twin: chart => new Job(chart, 'Index', { name: 'index', containers: [task], completions: 5, parallelism: 2 }),
  },
  {
    id: 'WKL-R11',
    area: 'workloads',
    what: 'a CronJob keeping every successful Job, written as a history limit of -1',
    build: chart => new CronJob(chart, 'Report', { name: 'report', containers: [task], schedule: Cron.daily(), successfulJobsHistoryLimit: -1 }),
    error: 'successfulJobsHistoryLimit: Invalid value: -1: must be a whole number, 0 or more [sdk-workload-option]',
    twin: chart => new CronJob(chart, 'Report', { name: 'report', containers: [task], schedule: Cron.daily(), successfulJobsHistoryLimit: 10 }),
  },
  {
    id: 'WKL-R12',
    area: 'workloads',
    what: 'a nightly report in the Berlin time zone, misspelt',
    build: chart => new CronJob(chart, 'Report', { name: 'report', containers: [task], schedule: Cron.daily(), timeZone: 'Europe/Berln' }),
    error: 'spec.timeZone: Invalid value: "Europe/Berln": unknown time zone Europe/Berln; did you mean "Europe/Berlin"? [cronjob-time-zone]',
    twin: chart => new CronJob(chart, 'Report', { name: 'report', containers: [task], schedule: Cron.daily(), timeZone: 'Europe/Berlin' }),
  },
  {
    id: 'WKL-R13',
    area: 'workloads',
    what: 'a report at midnight, written as hour 24',
    build: chart => new CronJob(chart, 'Report', { name: 'report', containers: [task], schedule: new Cron({ minute: '0', hour: '24' }) }),
    error: 'spec.schedule: Invalid value: "0 24 * * *": end of range (24) above maximum (23): 24 [cronjob-schedule]',
    twin: chart => new CronJob(chart, 'Report', { name: 'report', containers: [task], schedule: new Cron({ minute: '0', hour: '0' }) }),
  },
  {
    id: 'WKL-R14',
    area: 'workloads',
    what: 'a CronJob named after everything it does (more than 52 characters)',
    build: chart =>
      new CronJob(chart, 'Report', { name: 'nightly-report-of-the-shop-orders-for-the-finance-team', containers: [task], schedule: Cron.daily() }),
    error: 'must be no more than 52 characters [cronjob-name-length]',
    twin: chart => new CronJob(chart, 'Report', { name: 'nightly-finance-orders-report', containers: [task], schedule: Cron.daily() }),
  },
  {
    id: 'WKL-R15',
    area: 'workloads',
    what: 'the PriorityClass High-Priority, capitalized',
    build: chart => serve(chart, 'shop-api', api, { priorityClassName: 'High-Priority' }),
    error: 'spec.template.spec.priorityClassName: Invalid value: "High-Priority": a lowercase RFC 1123 subdomain',
    twin: chart => serve(chart, 'shop-api', api, { priorityClassName: 'high-priority' }),
  },
  {
    id: 'WKL-R16',
    area: 'workloads',
    what: 'a node selector copied with a trailing space in its key',
    build: chart => serve(chart, 'shop-api', api, { nodeSelector: { 'kubernetes.io/arch ': 'arm64' } }),
    error: 'spec.template.spec.nodeSelector: Invalid value: "kubernetes.io/arch "',
    twin: chart => serve(chart, 'shop-api', api, { nodeSelector: { 'kubernetes.io/arch': 'arm64' } }),
  },
  {
    id: 'WKL-R17',
    area: 'workloads',
    what: "a toleration of the taint dedicated=gpu:NoSchedule, with the taint's key=value as the key",
    build: chart => serve(chart, 'trainer', api, { tolerations: [Toleration.exists('dedicated=gpu', { effect: 'NoSchedule' })] }),
    error: 'spec.template.spec.tolerations[0].key: Invalid value: "dedicated=gpu": name part must consist of',
    twin: chart => serve(chart, 'trainer', api, { tolerations: [Toleration.equals('dedicated', 'gpu', { effect: 'NoSchedule' })] }),
  },
  {
    id: 'WKL-R18',
    area: 'workloads',
    what: 'five minutes on a node after it is marked unreachable, with the effect NoSchedule',
    build: chart =>
      serve(chart, 'shop-api', api, {
        tolerations: [Toleration.exists('node.kubernetes.io/unreachable', { effect: 'NoSchedule', tolerationSeconds: Duration.minutes(5) })],
      }),
    error:
      'spec.template.spec.tolerations[0].effect: Invalid value: "NoSchedule": effect must be \'NoExecute\' when `tolerationSeconds` is set [pod-tolerations]',
    twin: chart =>
      serve(chart, 'shop-api', api, {
        tolerations: [Toleration.exists('node.kubernetes.io/unreachable', { effect: 'NoExecute', tolerationSeconds: Duration.minutes(5) })],
      }),
  },
  {
    id: 'WKL-R19',
    area: 'workloads',
    what: 'a canary of the last pod of three, with the partition computed as replicas minus four',
    build: chart =>
      new StatefulSet(chart, 'Db', {
        name: 'db',
        replicas: 3,
        containers: [db],
        updateStrategy: StatefulSetUpdateStrategy.rollingUpdate({ partition: 3 - 4 }),
      }),
    error: 'partition: Invalid value: -1: must be a whole number, 0 or more [sdk-workload-option]',
    twin: chart =>
      new StatefulSet(chart, 'Db', { name: 'db', replicas: 3, containers: [db], updateStrategy: StatefulSetUpdateStrategy.rollingUpdate({ partition: 2 }) }),
  },
  {
    id: 'WKL-R20',
    area: 'workloads',
    what: 'two and a half seconds to shut down',
    build: chart => serve(chart, 'shop-api', api, { terminationGracePeriod: Duration.seconds(2.5) }),
    error: 'terminationGracePeriod: Invalid value: 2 seconds 500 millis: must be a whole number of seconds, 0 seconds or more [sdk-whole-seconds]',
    twin: chart => serve(chart, 'shop-api', api, { terminationGracePeriod: Duration.seconds(3) }),
  },
  {
    id: 'WKL-R21',
    area: 'workloads',
    what: 'an indexed Job, without saying how many indexes',
    build: chart => new Job(chart, 'Shards', { name: 'shards', containers: [task], completionMode: 'Indexed', parallelism: 4 }),
    error: 'spec.completions: Required value: when completion mode is Indexed [job-completion-mode]',
    twin: chart => new Job(chart, 'Shards', { name: 'shards', containers: [task], completionMode: 'Indexed', completions: 8, parallelism: 4 }),
  },
  {
    id: 'WKL-R22',
    area: 'workloads',
    what: 'the pods labelled with the name of the app, under the key the selector uses',
    build: chart => serve(chart, 'shop-api', api, { podLabels: { 'app.kubernetes.io/name': 'shop' } }),
    error:
      'podLabels[app.kubernetes.io/name]: Invalid value: "shop": must not override the selector label app.kubernetes.io/name=shop-api [sdk-selector-label]',
    twin: chart => serve(chart, 'shop-api', api, { podLabels: { 'app.kubernetes.io/part-of': 'shop' } }),
  },
  {
    id: 'WKL-R23',
    area: 'workloads',
    what: 'a JavaScript caller: a DaemonSet given replicas',
    build: chart => new DaemonSet(chart, 'Agent', fromJavaScript({ name: 'node-agent', containers: [task], replicas: 3 })),
    error: 'replicas: unknown option "replicas" [sdk-unknown-option]',
    twin: chart => new DaemonSet(chart, 'Agent', { name: 'node-agent', containers: [task] }),
  },
  {
    id: 'WKL-R24',
    area: 'workloads',
    what: 'a JavaScript caller: the schedule as a string',
    build: chart => new CronJob(chart, 'Report', { name: 'report', containers: [task], schedule: fromJavaScript('0 3 * * *') }),
    error: 'schedule: Wrong type: "0 3 * * *": must be a Cron',
    twin: chart => new CronJob(chart, 'Report', { name: 'report', containers: [task], schedule: new Cron({ minute: '0', hour: '3' }) }),
  },
  {
    id: 'WKL-R25',
    area: 'workloads',
    what: "a JavaScript caller: the strategy in YAML's shape",
    build: chart => serve(chart, 'shop-api', api, { strategy: fromJavaScript({ type: 'Recreate' }) }),
    error: 'strategy: Wrong type: {"type":"Recreate"}: must be a DeploymentStrategy',
    twin: chart => serve(chart, 'shop-api', api, { strategy: DeploymentStrategy.recreate() }),
  },
  {
    id: 'WKL-R26',
    area: 'workloads',
    what: 'a JavaScript caller: the one container, without the list around it',
    build: chart => new Deployment(chart, 'Api', fromJavaScript({ name: 'shop-api', containers: api })),
    error: 'containers: Wrong type: a Container: must be an array [sdk-option-type]',
    twin: chart => new Deployment(chart, 'Api', { name: 'shop-api', containers: [api] }),
  },
  {
    id: 'WKL-R27',
    area: 'workloads',
    what: 'a rollout deadline of one minute, shorter than the ten minutes a new pod must be ready',
    build: chart => serve(chart, 'shop-api', api, { minReady: Duration.minutes(10), progressDeadline: Duration.minutes(1) }),
    error: 'spec.progressDeadlineSeconds: Invalid value: 60: must be greater than minReadySeconds [deployment-progress-deadline]',
    twin: chart => serve(chart, 'shop-api', api, { minReady: Duration.minutes(1), progressDeadline: Duration.minutes(10) }),
  },
  {
    id: 'WKL-R28',
    area: 'workloads',
    what: 'a debug sidecar that sees the processes, on a pod that also shares the host PID namespace',
    build: chart => serve(chart, 'shop-api', api, { shareProcessNamespace: true, exemptions: { hostPID: { reason: 'profiles the node' } } }),
    error: 'ShareProcessNamespace and HostPID cannot both be enabled [pod-share-process-namespace]',
    twin: chart => serve(chart, 'shop-api', api, { shareProcessNamespace: true }),
  },
];
