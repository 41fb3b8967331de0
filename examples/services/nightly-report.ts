/**
 * The nightly sales report: at 02:30 Berlin time, a Job reads the day's orders from the database,
 * writes the report to a claim of its own (where the finance team's export picks it up) and is
 * deleted a day later.
 */
import { Chart, ChartProps, Cron, Duration, Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { Container, CronJob, EnvValue, PersistentVolumeClaim, SecretRef, Volume } from 'cdk8s-pod-patterns';
import { DatabaseLoginKey } from './database';

/** What the report needs of the database. */
export interface NightlyReportProps extends ChartProps {
  /** The database's Service name. */
  readonly databaseHost: string;
  /** Who to connect as, to what. */
  readonly databaseLogin: SecretRef<DatabaseLoginKey>;
  /** The password. */
  readonly databasePassword: SecretRef<'password'>;
}

export class NightlyReport extends Chart {
  public constructor(scope: Construct, id: string, props: NightlyReportProps) {
    super(scope, id, props);

    const reports = new PersistentVolumeClaim(this, 'Reports', { name: 'shop-reports', storage: Size.gibibytes(5) });

    const report = Container.of({
      name: 'report',
      image: 'ghcr.io/example/shop-reports:0.9.3',
      args: ['nightly-sales', '--out=/reports'],
      env: {
        PGHOST: props.databaseHost,
        PGUSER: EnvValue.fromSecret(props.databaseLogin, 'POSTGRES_USER'),
        PGDATABASE: EnvValue.fromSecret(props.databaseLogin, 'POSTGRES_DB'),
        PGPASSWORD: EnvValue.fromSecret(props.databasePassword, 'password'),
        TZ: 'Europe/Berlin',
      },
      mounts: [{ volume: Volume.fromClaim(reports), path: '/reports' }],
      writablePaths: ['/tmp'],
      user: { uid: 10001 },
      resources: {
        cpu: { request: Cpu.millis(250), limit: Cpu.units(1) },
        memory: { request: Size.mebibytes(512), limit: Size.gibibytes(1) },
      },
    });

    new CronJob(this, 'CronJob', {
      name: 'nightly-report',
      labels: { 'app.kubernetes.io/component': 'reporting' },
      schedule: new Cron({ minute: '30', hour: '2' }),
      timeZone: 'Europe/Berlin',
      // a report still running at the next night's start is a problem to look at, not to double
      concurrencyPolicy: 'Forbid',
      startingDeadline: Duration.hours(1),
      backoffLimit: 2,
      activeDeadline: Duration.hours(2),
      ttlAfterFinished: Duration.days(1),
      restartPolicy: 'OnFailure',
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 3,
      containers: [report],
    });
  }
}
