/**
 * Mistakes with workloads that do not compile: counts and durations as YAML writes them, update
 * strategies and policies spelled otherwise, options a kind does not have, objects referred to by
 * name. `mistakes()` is type-checked, never run; `twins()` builds the correct form of each.
 */
import { Chart, Cron, Duration } from 'cdk8s';
import {
  Container,
  CronJob,
  DaemonSet,
  Deployment,
  DeploymentStrategy,
  Job,
  Secret,
  ServiceAccount,
  StatefulSet,
  StatefulSetUpdateStrategy,
  Toleration,
} from '../../lib';
import { IMAGE } from './corpus';

const api = Container.of({ name: 'api', image: IMAGE, ports: [{ name: 'http', number: 8080 }] });
const task = Container.of({ name: 'report', image: IMAGE });

export function mistakes(chart: Chart): void {
  // WKL-C01 workloads: three replicas, quoted as in a values file
  // @ts-expect-error: Type 'string' is not assignable to type 'number'
  new Deployment(chart, 'A', { name: 'api', replicas: '3', containers: [api] });
  // WKL-C02 workloads: the one container, without the list around it
  // @ts-expect-error: is missing the following properties from type 'readonly Container<string>[]': length
  new Deployment(chart, 'B', { name: 'api', containers: api });
  // WKL-C03 workloads: a rolling update, written as YAML's strategy
  // @ts-expect-error: 'type' does not exist in type 'DeploymentStrategy'
  new Deployment(chart, 'C', { name: 'api', containers: [api], strategy: { type: 'RollingUpdate' } });
  // WKL-C04 workloads: a nightly CronJob, with the schedule as a string
  // @ts-expect-error: Type 'string' is not assignable to type 'Cron'
  new CronJob(chart, 'D', { name: 'report', containers: [task], schedule: '0 3 * * *' });
  // WKL-C05 workloads: a Job whose pods restart, as a Pod's do
  // @ts-expect-error: Type '"Always"' is not assignable to type 'JobRestartPolicy | undefined'
  new Job(chart, 'E', { name: 'migrate', containers: [task], restartPolicy: 'Always' });
  // WKL-C06 workloads: a StatefulSet that starts its pods in parallel, in lower case
  // @ts-expect-error: Type '"parallel"' is not assignable to type 'PodManagementPolicy | undefined'. Did you mean '"Parallel"'?
  new StatefulSet(chart, 'F', { name: 'db', containers: [api], podManagementPolicy: 'parallel' });
  // WKL-C07 workloads: a DaemonSet given replicas, which runs one pod per node
  // @ts-expect-error: 'replicas' does not exist in type 'DaemonSetProps<
  new DaemonSet(chart, 'G', { name: 'agent', containers: [task], replicas: 3 });
  // WKL-C08 workloads: ten seconds of readiness before a pod counts as available, as a number
  // @ts-expect-error: Type 'number' is not assignable to type 'Duration'
  new Deployment(chart, 'H', { name: 'api', containers: [api], minReady: 10 });
  // WKL-C09 workloads: a CronJob that skips a run while the last one runs, in lower case
  // @ts-expect-error: Type '"forbid"' is not assignable to type 'ConcurrencyPolicy | undefined'. Did you mean '"Forbid"'?
  new CronJob(chart, 'I', { name: 'report', containers: [task], schedule: Cron.daily(), concurrencyPolicy: 'forbid' });
  // WKL-C10 workloads: the registry credentials, named as in YAML
  // @ts-expect-error: Type 'string' is not assignable to type 'SecretRef<string>'
  new Deployment(chart, 'J', { name: 'api', containers: [api], imagePullSecrets: ['regcred'] });
  // WKL-C11 workloads: the ServiceAccount "api", named as in YAML
  // @ts-expect-error: Type 'string' is not assignable to type 'ServiceAccountRef'
  new Deployment(chart, 'K', { name: 'api', containers: [api], serviceAccount: 'api' });
  // WKL-C12 workloads: a toleration, written as YAML's object
  // @ts-expect-error: 'key' does not exist in type 'Toleration'
  new Deployment(chart, 'L', { name: 'api', containers: [api], tolerations: [{ key: 'gpu', operator: 'Exists', effect: 'NoSchedule' }] });
  // WKL-C13 workloads: the ServiceAccount, with YAML's field name
  // @ts-expect-error: error: write serviceAccount: ServiceAccount.external(name), or give the ServiceAccount
  new Deployment(chart, 'M', { name: 'api', containers: [api], serviceAccountName: 'api' });
  // WKL-C14 workloads: a minute to shut down, with YAML's field name
  // @ts-expect-error: error: write terminationGracePeriod: Duration.seconds(n)
  new Deployment(chart, 'N', { name: 'api', containers: [api], terminationGracePeriodSeconds: 60 });
  // WKL-C15 workloads: a Deployment given the restart policy of a Pod
  // @ts-expect-error: 'restartPolicy' does not exist in type 'DeploymentProps<
  new Deployment(chart, 'O', { name: 'api', containers: [api], restartPolicy: 'Never' });
  // WKL-C16 workloads: a canary of the last pod, with the partition spelled partitions
  // @ts-expect-error: Did you mean to write 'partition'?
  new StatefulSet(chart, 'P', { name: 'db', containers: [api], updateStrategy: StatefulSetUpdateStrategy.rollingUpdate({ partitions: 2 }) });
}

export function twins(chart: Chart): void {
  const name = (id: string) => id.toLowerCase();
  // WKL-C01
  new Deployment(chart, 'WKL-C01', { name: name('WKL-C01'), replicas: 3, containers: [api] });
  // WKL-C02
  new Deployment(chart, 'WKL-C02', { name: name('WKL-C02'), containers: [api] });
  // WKL-C03
  new Deployment(chart, 'WKL-C03', { name: name('WKL-C03'), containers: [api], strategy: DeploymentStrategy.rollingUpdate() });
  // WKL-C04
  new CronJob(chart, 'WKL-C04', { name: name('WKL-C04'), containers: [task], schedule: new Cron({ minute: '0', hour: '3' }) });
  // WKL-C05
  new Job(chart, 'WKL-C05', { name: name('WKL-C05'), containers: [task], restartPolicy: 'OnFailure' });
  // WKL-C06
  new StatefulSet(chart, 'WKL-C06', { name: name('WKL-C06'), containers: [api], podManagementPolicy: 'Parallel' });
  // WKL-C07
  new DaemonSet(chart, 'WKL-C07', { name: name('WKL-C07'), containers: [task] });
  // WKL-C08
  new Deployment(chart, 'WKL-C08', { name: name('WKL-C08'), containers: [api], minReady: Duration.seconds(10) });
  // WKL-C09
  new CronJob(chart, 'WKL-C09', { name: name('WKL-C09'), containers: [task], schedule: Cron.daily(), concurrencyPolicy: 'Forbid' });
  // WKL-C10
  new Deployment(chart, 'WKL-C10', { name: name('WKL-C10'), containers: [api], imagePullSecrets: [Secret.external('regcred', [])] });
  // WKL-C11
  new Deployment(chart, 'WKL-C11', {
    name: name('WKL-C11'),
    containers: [api],
    serviceAccount: new ServiceAccount(chart, 'WKL-C11-Account', { name: 'wkl-c11' }),
  });
  // WKL-C12
  new Deployment(chart, 'WKL-C12', { name: name('WKL-C12'), containers: [api], tolerations: [Toleration.exists('gpu', { effect: 'NoSchedule' })] });
  // WKL-C13
  new Deployment(chart, 'WKL-C13', { name: name('WKL-C13'), containers: [api], serviceAccount: ServiceAccount.external('api') });
  // WKL-C14
  new Deployment(chart, 'WKL-C14', { name: name('WKL-C14'), containers: [api], terminationGracePeriod: Duration.minutes(1) });
  // WKL-C15
  new Job(chart, 'WKL-C15', { name: name('WKL-C15'), containers: [task], restartPolicy: 'Never' });
  // WKL-C16
  new StatefulSet(chart, 'WKL-C16', {
    name: name('WKL-C16'),
    replicas: 3,
    containers: [api],
    updateStrategy: StatefulSetUpdateStrategy.rollingUpdate({ partition: 2 }),
  });
}
