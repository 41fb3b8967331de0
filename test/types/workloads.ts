/**
 * Compile-time tests of the workloads and the disruption budget: typed restart policies, update
 * strategies and budgets, and selectors that must be workloads. Every line marked
 * `// @ts-expect-error: <fragment>` must fail to compile with a message containing <fragment>;
 * the correct form stands beside it. Type-checked, never run.
 */
import { Chart, Cron, Size } from 'cdk8s';
import {
  ConfigMap,
  Container,
  CronJob,
  DaemonSet,
  DaemonSetUpdateStrategy,
  Job,
  PodDisruptionBudget,
  StatefulSet,
  Deployment,
  StatefulSetUpdateStrategy,
  VolumeClaimTemplate,
} from '../../lib';

declare const chart: Chart;
const image = 'ghcr.io/example/shop-db:16.2';
const data = VolumeClaimTemplate.of('data', { storage: Size.gibibytes(10) });
const db = Container.of({ name: 'db', image, ports: [{ name: 'pg', number: 5432 }], mounts: [{ volume: data, path: '/var/lib/db' }] });
const task = Container.of({ name: 'task', image });

// a Job's pods run to completion: restartPolicy Never or OnFailure
new Job(chart, 'A', { name: 'a', containers: [task], restartPolicy: 'OnFailure' });
// @ts-expect-error: Type '"Always"' is not assignable to type 'JobRestartPolicy | undefined'
new Job(chart, 'B', { name: 'b', containers: [task], restartPolicy: 'Always' });
new CronJob(chart, 'C', { name: 'c', containers: [task], schedule: Cron.daily(), restartPolicy: 'Never' });
// @ts-expect-error: Type '"Always"' is not assignable to type 'JobRestartPolicy | undefined'
new CronJob(chart, 'D', { name: 'd', containers: [task], schedule: Cron.daily(), restartPolicy: 'Always' });
// a schedule is a Cron, not a string
// @ts-expect-error: Type 'string' is not assignable to type 'Cron'
new CronJob(chart, 'E', { name: 'e', containers: [task], schedule: '0 0 * * *' });
// @ts-expect-error: Type '"Skip"' is not assignable to type 'ConcurrencyPolicy | undefined'
new CronJob(chart, 'F', { name: 'f', containers: [task], schedule: Cron.daily(), concurrencyPolicy: 'Skip' });

// a StatefulSet's typed options
const sts = new StatefulSet(chart, 'Db', { name: 'db', containers: [db], updateStrategy: StatefulSetUpdateStrategy.rollingUpdate({ partition: 1 }) });
// @ts-expect-error: Did you mean to write 'partition'?
new StatefulSet(chart, 'G', { name: 'g', containers: [db], updateStrategy: StatefulSetUpdateStrategy.rollingUpdate({ partiton: 1 }) });
// @ts-expect-error: Property 'onDeleted' does not exist on type 'typeof StatefulSetUpdateStrategy'. Did you mean 'onDelete'?
new StatefulSet(chart, 'H', { name: 'h', containers: [db], updateStrategy: StatefulSetUpdateStrategy.onDeleted() });
// @ts-expect-error: 'DaemonSetUpdateStrategy' is not assignable to type 'StatefulSetUpdateStrategy'
new StatefulSet(chart, 'I', { name: 'i', containers: [db], updateStrategy: DaemonSetUpdateStrategy.onDelete() });
// @ts-expect-error: Type '"Ordered"' is not assignable to type 'PodManagementPolicy | undefined'
new StatefulSet(chart, 'J', { name: 'j', containers: [db], podManagementPolicy: 'Ordered' });
// @ts-expect-error: Type '"Keep"' is not assignable to type 'ClaimRetention | undefined'
new StatefulSet(chart, 'K', { name: 'k', containers: [db], persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Keep' } });
// the headless Service's named target port: one the containers declare
new StatefulSet(chart, 'L', { name: 'l', containers: [db], servicePorts: [{ port: 5432, targetPort: 'pg' }] });
// @ts-expect-error: Type '"postgres"' is not assignable to type 'number | "pg" | undefined'
new StatefulSet(chart, 'M', { name: 'm', containers: [db], servicePorts: [{ port: 5432, targetPort: 'postgres' }] });

// a DaemonSet's rolling update: numbers or percentages
new DaemonSet(chart, 'N', { name: 'n', containers: [task], updateStrategy: DaemonSetUpdateStrategy.rollingUpdate({ maxUnavailable: '10%' }) });
// @ts-expect-error: Type '"10"' is not assignable to type 'IntOrPercent | undefined'
new DaemonSet(chart, 'O', { name: 'o', containers: [task], updateStrategy: DaemonSetUpdateStrategy.rollingUpdate({ maxUnavailable: '10' }) });

// a budget: a number or a percentage, of pods a workload selects
new PodDisruptionBudget(chart, 'P', { selector: sts, minAvailable: '50%' });
// @ts-expect-error: Type '"50"' is not assignable to type 'IntOrPercent | undefined'
new PodDisruptionBudget(chart, 'Q', { selector: sts, minAvailable: '50' });
// @ts-expect-error: Type '"Always"' is not assignable to type 'UnhealthyPodEvictionPolicy | undefined'
new PodDisruptionBudget(chart, 'R', { selector: sts, maxUnavailable: 1, unhealthyPodEvictionPolicy: 'Always' });
const config = new ConfigMap(chart, 'Config', { data: { LOG_LEVEL: 'info' } });
// @ts-expect-error: is missing the following properties from type 'Selectable<string>': kind, name, selectorLabels
new PodDisruptionBudget(chart, 'S', { selector: config, maxUnavailable: 1 });
// @ts-expect-error: Type 'string' is not assignable to type 'Selectable<string>'
new PodDisruptionBudget(chart, 'T', { selector: 'db', maxUnavailable: 1 });

// a field typed with the default takes a workload of any port names
class Holder {
  public api?: Deployment;
}
new Holder().api = new Deployment(chart, 'Api', { name: 'api', containers: [db] });
