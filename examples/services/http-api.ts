/**
 * The shop's HTTP API: a Deployment of three replicas behind a Service, with its configuration in a
 * ConfigMap of this app and its credentials in a Secret that an operator creates.
 */
import { createHash } from 'crypto';
import { Chart, ChartProps, Duration, Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import {
  ConfigMap,
  Container,
  Deployment,
  DeploymentStrategy,
  EnvValue,
  LivenessProbe,
  PodDisruptionBudget,
  ReadinessProbe,
  Secret,
  Service,
  StartupProbe,
  Volume,
} from 'cdk8s-pod-patterns';

export class HttpApi extends Chart {
  public constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);

    const settings = {
      LOG_LEVEL: 'info',
      FEATURE_FLAGS: 'checkout-v2,search-suggestions',
      'api.yaml': ['server:', '  port: 8080', '  metricsPort: 9090', 'cart:', '  ttl: 72h', ''].join('\n'),
    };
    const config = new ConfigMap(this, 'Config', { name: 'shop-api-config', data: settings });
    // created by external-secrets from the vault: the values never reach Git
    const credentials = Secret.external('shop-api-credentials', ['DATABASE_URL', 'PAYMENT_API_KEY']);

    const api = Container.of({
      name: 'api',
      image: 'ghcr.io/example/shop-api:1.4.2',
      args: ['--config=/etc/shop-api/api.yaml'],
      ports: [
        { name: 'http', number: 8080 },
        { name: 'metrics', number: 9090 },
      ],
      env: {
        LOG_LEVEL: EnvValue.fromConfigMap(config, 'LOG_LEVEL'),
        FEATURE_FLAGS: EnvValue.fromConfigMap(config, 'FEATURE_FLAGS'),
        DATABASE_URL: EnvValue.fromSecret(credentials, 'DATABASE_URL'),
        PAYMENT_API_KEY: EnvValue.fromSecret(credentials, 'PAYMENT_API_KEY'),
        POD_NAME: EnvValue.fromField('metadata.name'),
        GOMEMLIMIT: EnvValue.fromResource('limits.memory'),
      },
      mounts: [{ volume: Volume.fromConfigMap(config, { items: { 'api.yaml': 'api.yaml' } }), path: '/etc/shop-api', readOnly: true }],
      writablePaths: ['/tmp'],
      // the first start migrates the cart cache: allow it 2 minutes
      startupProbe: StartupProbe.httpGet({ path: '/healthz', port: 'http', budget: Duration.minutes(2), period: Duration.seconds(5) }),
      livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'http', period: Duration.seconds(10), timeout: Duration.seconds(2) }),
      readinessProbe: ReadinessProbe.httpGet({ path: '/ready', port: 'http', period: Duration.seconds(5), timeout: Duration.seconds(2) }),
      user: { uid: 10001 },
      resources: {
        cpu: { request: Cpu.millis(250), limit: Cpu.units(1) },
        memory: { request: Size.mebibytes(256), limit: Size.mebibytes(512) },
      },
    });

    const deployment = new Deployment(this, 'Deployment', {
      name: 'shop-api',
      replicas: 3,
      strategy: DeploymentStrategy.rollingUpdate({ maxSurge: 1, maxUnavailable: 0 }),
      minReady: Duration.seconds(10),
      labels: { 'app.kubernetes.io/component': 'api' },
      podAnnotations: {
        'prometheus.io/scrape': 'true',
        'prometheus.io/port': '9090',
        // the pods read the ConfigMap when they start: a change of its data rolls them
        'checksum/config': createHash('sha256').update(JSON.stringify(settings)).digest('hex'),
      },
      containers: [api],
    });

    new Service(this, 'Service', {
      selector: deployment,
      ports: [
        { name: 'http', port: 80, targetPort: 'http' },
        { name: 'metrics', port: 9090, targetPort: 'metrics' },
      ],
    });

    // a node drain takes one API pod at a time
    new PodDisruptionBudget(this, 'DisruptionBudget', { selector: deployment, maxUnavailable: 1 });
  }
}
