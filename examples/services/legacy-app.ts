/**
 * The old catalogue site: a vendor's image built on an nginx of its time. Its master process starts
 * as root, binds port 80, switches its workers to another user and writes its caches and pid file
 * all over the root filesystem; the vendor ships no other build. Each of these is a typed exemption
 * with its reason, written on the pod for the reviewers of the manifest.
 */
import { Chart, ChartProps, Duration, Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { Container, Deployment, LivenessProbe, ReadinessProbe, Service } from 'cdk8s-pod-patterns';

export class LegacyApp extends Chart {
  public constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);

    const web = Container.of({
      name: 'web',
      image: 'registry.example.com/vendor/catalog-web:3.2.0',
      ports: [{ name: 'http', number: 80 }],
      readinessProbe: ReadinessProbe.httpGet({ path: '/catalog/status', port: 'http', period: Duration.seconds(10) }),
      livenessProbe: LivenessProbe.httpGet({ path: '/catalog/status', port: 'http', initialDelay: Duration.seconds(15), period: Duration.seconds(20) }),
      exemptions: {
        runAsRoot: { reason: 'the vendor image starts its master process as root and cannot be configured otherwise' },
        writableRootFilesystem: { reason: 'writes its caches, temp files and pid file under /var and /usr/share/catalog' },
        addCapabilities: {
          capabilities: ['NET_BIND_SERVICE', 'SETUID', 'SETGID', 'CHOWN'],
          reason: 'binds port 80, switches its workers to the user www-data and chowns its cache directories at start',
        },
      },
      resources: {
        cpu: { request: Cpu.millis(100), limit: Cpu.millis(500) },
        memory: { request: Size.mebibytes(128), limit: Size.mebibytes(256) },
      },
    });

    const site = new Deployment(this, 'Deployment', {
      name: 'catalog-web',
      replicas: 2,
      labels: { 'app.kubernetes.io/component': 'catalog' },
      containers: [web],
    });

    new Service(this, 'Service', { selector: site, ports: [{ name: 'http', port: 80, targetPort: 'http' }] });
  }
}
