/**
 * The order worker: takes orders off the queue, charges them and writes invoices to object
 * storage. It listens on no port; it runs on the worker node pool, as its own ServiceAccount (whose
 * cloud role may write the invoice bucket), and finishes the order in hand before it stops.
 */
import { Chart, ChartProps, Duration, Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { ConfigMap, Container, Deployment, EnvFrom, EnvValue, LifecycleHandler, LivenessProbe, Secret, ServiceAccount, Toleration } from 'cdk8s-pod-patterns';

export class QueueWorker extends Chart {
  public constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);

    const config = new ConfigMap(this, 'Config', {
      name: 'shop-worker-config',
      data: {
        QUEUE_NAME: 'orders',
        WORKER_CONCURRENCY: '4',
        INVOICE_BUCKET: 's3://example-shop-invoices',
        HEARTBEAT_FILE: '/tmp/heartbeat',
      },
    });
    // both created by an operator: the broker's credentials, and the registry's pull secret
    const queue = Secret.external('shop-worker-queue', ['AMQP_URL', 'PAYMENT_API_KEY']);
    const registry = Secret.external('ghcr-pull', ['.dockerconfigjson']);

    const account = new ServiceAccount(this, 'ServiceAccount', {
      name: 'shop-worker',
      // the cloud's workload identity maps the account to a role that may write the invoice bucket
      annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::123456789012:role/shop-worker' },
    });

    const worker = Container.of({
      name: 'worker',
      image: 'ghcr.io/example/shop-worker:2.7.0',
      command: ['python', '-m', 'shop.worker'],
      envFrom: [EnvFrom.configMap(config)],
      env: {
        AMQP_URL: EnvValue.fromSecret(queue, 'AMQP_URL'),
        PAYMENT_API_KEY: EnvValue.fromSecret(queue, 'PAYMENT_API_KEY'),
        WORKER_ID: EnvValue.fromField('metadata.name'),
      },
      // the worker touches its heartbeat file after every message and every idle poll
      livenessProbe: LivenessProbe.exec({
        command: ['python', '-m', 'shop.worker.healthcheck', '--max-age=120'],
        initialDelay: Duration.seconds(30),
        period: Duration.seconds(30),
        timeout: Duration.seconds(5),
      }),
      // stop taking messages at once; SIGTERM then waits for the order in hand
      lifecycle: { preStop: LifecycleHandler.exec({ command: ['python', '-m', 'shop.worker.pause'] }) },
      writablePaths: ['/tmp'],
      user: { uid: 10001 },
      resources: {
        cpu: { request: Cpu.millis(500), limit: Cpu.units(2) },
        memory: { request: Size.mebibytes(384), limit: Size.mebibytes(768) },
      },
    });

    new Deployment(this, 'Deployment', {
      name: 'shop-worker',
      replicas: 2,
      labels: { 'app.kubernetes.io/component': 'worker' },
      containers: [worker],
      serviceAccount: account,
      imagePullSecrets: [registry],
      nodeSelector: { 'example.com/node-pool': 'workers' },
      tolerations: [Toleration.equals('example.com/node-pool', 'workers', { effect: 'NoSchedule' })],
      // a charge takes up to a minute and a half
      terminationGracePeriod: Duration.minutes(2),
    });
  }
}
