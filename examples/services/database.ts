/**
 * The shop's PostgreSQL: one pod of a StatefulSet with a claim of its own, the headless Service the
 * StatefulSet writes (`shop-db`, the address the other services connect to), and a budget that
 * keeps a node drain from taking it down unannounced.
 */
import { Chart, ChartProps, Duration, Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import {
  Container,
  EnvValue,
  LivenessProbe,
  PodDisruptionBudget,
  ReadinessProbe,
  Secret,
  SecretRef,
  StartupProbe,
  StatefulSet,
  Volume,
  VolumeClaimTemplate,
} from 'cdk8s-pod-patterns';

/** The keys of the database's Secret that this app writes: who the shop connects as, to what. */
export type DatabaseLoginKey = 'POSTGRES_USER' | 'POSTGRES_DB';

export class Database extends Chart {
  /** The Service the clients connect to (`shop-db:5432`). */
  public readonly host: string;
  /** The user and database name, for the clients' env. */
  public readonly login: SecretRef<DatabaseLoginKey>;
  /** The password, created by an operator. */
  public readonly password: SecretRef<'password'>;

  public constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);

    // no secret value here: only the names; the password comes from the vault through an operator
    this.login = new Secret(this, 'Login', { name: 'shop-db-login', stringData: { POSTGRES_USER: 'shop', POSTGRES_DB: 'shop' } });
    this.password = Secret.external('shop-db-password', ['password']);

    // a fresh volume has lost+found at its root, which initdb refuses: the data lives one level down
    const data = VolumeClaimTemplate.of('data', { storage: Size.gibibytes(20), storageClassName: 'ssd' });
    const pgdata = '/var/lib/postgresql/data/pgdata';
    const postgresUser = { uid: 999, gid: 999 };

    const prepare = Container.of({
      name: 'prepare-data',
      image: 'postgres:15.4',
      command: ['sh', '-c', 'mkdir -p "$PGDATA" && chmod 0700 "$PGDATA"'],
      env: { PGDATA: pgdata },
      mounts: [{ volume: data, path: '/var/lib/postgresql/data' }],
      user: postgresUser,
    });

    const postgres = Container.of({
      name: 'postgres',
      image: 'postgres:15.4',
      ports: [{ name: 'postgres', number: 5432 }],
      env: {
        POSTGRES_USER: EnvValue.fromSecret(this.login, 'POSTGRES_USER'),
        POSTGRES_DB: EnvValue.fromSecret(this.login, 'POSTGRES_DB'),
        POSTGRES_PASSWORD: EnvValue.fromSecret(this.password, 'password'),
        PGDATA: pgdata,
      },
      mounts: [
        { volume: data, path: '/var/lib/postgresql/data' },
        // parallel queries exchange data through /dev/shm, of which the runtime gives 64 MiB only
        { volume: Volume.emptyDir('shm', { medium: 'Memory', sizeLimit: Size.mebibytes(512) }), path: '/dev/shm' },
      ],
      // the socket and the lock file, and sorts that spill
      writablePaths: ['/var/run/postgresql', '/tmp'],
      // initdb on an empty volume takes a while
      startupProbe: StartupProbe.tcpSocket({ port: 'postgres', budget: Duration.minutes(5), period: Duration.seconds(10) }),
      readinessProbe: ReadinessProbe.exec({
        command: ['pg_isready', '-h', '127.0.0.1', '-p', '5432'],
        period: Duration.seconds(10),
        timeout: Duration.seconds(5),
      }),
      livenessProbe: LivenessProbe.tcpSocket({ port: 'postgres', period: Duration.seconds(20) }),
      user: postgresUser,
      resources: {
        cpu: { request: Cpu.units(1), limit: Cpu.units(2) },
        memory: { request: Size.gibibytes(2), limit: Size.gibibytes(2) },
      },
    });

    const db = new StatefulSet(this, 'StatefulSet', {
      name: 'shop-db',
      replicas: 1,
      labels: { 'app.kubernetes.io/component': 'database' },
      initContainers: [prepare],
      // a freshly provisioned volume is root's: the pods' group makes it PostgreSQL's to write
      fsGroup: postgresUser.gid,
      containers: [postgres],
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
      // a fast shutdown checkpoints first
      terminationGracePeriod: Duration.minutes(1),
    });
    this.host = db.service.serviceName;

    // one primary: a node drain waits until it has been moved by hand
    new PodDisruptionBudget(this, 'DisruptionBudget', {
      selector: db,
      minAvailable: 1,
      allowNoDisruption: { reason: 'one primary: a node drain waits until it is moved by hand, after a checkpoint' },
    });
  }
}
