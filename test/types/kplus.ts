/**
 * Compile-time tests of a Service of this library for a cdk8s-plus-27 workload: a named target port
 * must be among the port names given to `KplusPods.of`. Every line marked
 * `// @ts-expect-error: <fragment>` must fail to compile with a message containing <fragment>; the
 * correct form stands beside it. Type-checked, never run.
 */
import { Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { KplusPods, Service } from '../../lib';

declare const chart: Chart;
const web = new kplus.Deployment(chart, 'Web');
const container = web.addContainer({
  name: 'web',
  image: 'registry.k8s.io/e2e-test-images/agnhost:2.40',
  ports: [
    { number: 8080, name: 'http' },
    { number: 9090, name: 'metrics' },
    { number: 8081, name: 'admin' },
  ],
});
const pods = KplusPods.of(web, ['http', 'metrics']);

// a named target port: one of the names given
new Service(chart, 'A', { selector: pods, ports: [{ port: 80, targetPort: 'http' }] });
// @ts-expect-error: Type '"htpp"' is not assignable to type 'number | "http" | "metrics" | undefined'
new Service(chart, 'B', { selector: pods, ports: [{ port: 80, targetPort: 'htpp' }] });

// a name the containers declare, but not given: not a target
new Service(chart, 'C', { selector: KplusPods.of(web, ['admin']), ports: [{ port: 8081, targetPort: 'admin' }] });
// @ts-expect-error: Type '"admin"' is not assignable to type 'number | "http" | "metrics" | undefined'
new Service(chart, 'D', { selector: pods, ports: [{ port: 8081, targetPort: 'admin' }] });

// a port number as a string
new Service(chart, 'E', { selector: pods, ports: [{ port: 80, targetPort: 8080 }] });
// @ts-expect-error: Type '"8080"' is not assignable to type 'number | "http" | "metrics" | undefined'
new Service(chart, 'F', { selector: pods, ports: [{ port: 80, targetPort: '8080' }] });

// no names given: port numbers only
new Service(chart, 'G', { selector: KplusPods.of(web), ports: [{ port: 80, targetPort: 8080 }] });
// @ts-expect-error: Type '"http"' is not assignable to type 'number | "error: the selected pods declare no named port; target a port number" | undefined'
new Service(chart, 'H', { selector: KplusPods.of(web), ports: [{ port: 80, targetPort: 'http' }] });

// several ports: each is checked
new Service(chart, 'I', {
  selector: pods,
  ports: [
    { name: 'http', port: 80, targetPort: 'http' },
    { name: 'metrics', port: 9090, targetPort: 'metrics' },
  ],
});
new Service(chart, 'J', {
  selector: pods,
  ports: [
    { name: 'http', port: 80, targetPort: 'http' },
    // @ts-expect-error: Type '"metric"' is not assignable to type 'number | "http" | "metrics" | undefined'
    { name: 'metrics', port: 9090, targetPort: 'metric' },
  ],
});

// the workload, not one of its containers
KplusPods.of(web, ['http']);
// @ts-expect-error: Argument of type 'Container' is not assignable to parameter of type 'AbstractPod'
KplusPods.of(container, ['http']);
