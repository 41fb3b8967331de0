/**
 * The tutorial app: one chart per pattern, synthesized into dist/<chart>.k8s.yaml.
 */
import { App, Chart, Duration, YamlOutputType } from 'cdk8s';
import {
  Container,
  GoTestPod,
  LivenessExecPod,
  LivenessHttpPod,
  ManifestValidation,
  MultiContainerPod,
  ProbedService,
  ReadinessProbe,
  StartupProbePod,
} from './lib';

// DIST_LAYOUT=file-per-resource writes one file per object instead of one per chart
const app = new App({
  yamlOutputType: process.env.DIST_LAYOUT === 'file-per-resource' ? YamlOutputType.FILE_PER_RESOURCE : YamlOutputType.FILE_PER_CHART,
});
// every manifest must also pass Pod Security "restricted"; exemptions are explicit and annotated
ManifestValidation.enable(app, { policy: 'restricted' });

new GoTestPod(new Chart(app, 'go-test'), 'GoTest', { annotations: { key: 'test1234' } });
new LivenessExecPod(new Chart(app, 'liveness-exec'), 'LivenessExec');
new LivenessHttpPod(new Chart(app, 'liveness-http'), 'LivenessHttp');
new ProbedService(new Chart(app, 'goproxy'), 'GoProxy');
new StartupProbePod(new Chart(app, 'startup-probe'), 'StartupProbe');

new MultiContainerPod(new Chart(app, 'multi-container'), 'MultiContainer', {
  name: 'multi-container',
  labels: { app: 'multi-container' },
  main: Container.of({
    name: 'web',
    image: 'registry.k8s.io/e2e-test-images/agnhost:2.40',
    args: ['netexec', '--http-port=8080'],
    ports: [{ name: 'http', number: 8080 }],
    readinessProbe: ReadinessProbe.httpGet({ path: '/healthz', port: 'http', period: Duration.seconds(5) }),
  }),
  sidecars: [
    Container.of({
      name: 'poller',
      image: 'registry.k8s.io/busybox:1.27.2',
      // the sidecar reaches the main container on localhost: one network namespace
      args: ['/bin/sh', '-c', 'while true; do wget -q -O- http://localhost:8080/hostname; echo; sleep 10; done'],
    }),
  ],
});

app.synth();
