/**
 * Mistakes with Services and disruption budgets that do not compile: target ports the pods do not
 * declare, selectors that are not workloads, types and protocols spelled otherwise, budgets as
 * bare numbers in strings. `mistakes()` is type-checked, never run; `twins()` builds the correct
 * form of each.
 */
import { Chart } from 'cdk8s';
import { ConfigMap, Container, Deployment, PodDisruptionBudget, Service } from '../../lib';
import { IMAGE } from './corpus';

const api = Container.of({
  name: 'api',
  image: IMAGE,
  ports: [
    { name: 'http', number: 8080 },
    { name: 'metrics', number: 9090 },
  ],
});
const worker = Container.of({ name: 'worker', image: IMAGE, ports: [{ number: 8080 }] });
const dns = Container.of({ name: 'dns', image: IMAGE, ports: [{ name: 'dns', number: 5353, protocol: 'UDP' }] });

export function mistakes(chart: Chart): void {
  const shop = new Deployment(chart, 'Api', { name: 'shop-api', containers: [api] });
  const jobs = new Deployment(chart, 'Worker', { name: 'worker', containers: [worker] });
  const config = new ConfigMap(chart, 'Config', { data: { LOG_LEVEL: 'info' } });
  // SVC-C01 services: the target port "http", misspelt "htpp"
  // @ts-expect-error: Type '"htpp"' is not assignable to type 'number | "http" | "metrics" | undefined'
  new Service(chart, 'A', { selector: shop, ports: [{ port: 80, targetPort: 'htpp' }] });
  // SVC-C02 services: a Service selecting the app by its ConfigMap
  // @ts-expect-error: is missing the following properties from type 'Selectable<
  new Service(chart, 'B', { selector: config, ports: [{ port: 80, targetPort: 8080 }] });
  // SVC-C03 services: a Service selecting the pods by labels, as in YAML
  // @ts-expect-error: 'app' does not exist in type 'Selectable<
  new Service(chart, 'C', { selector: { app: 'shop-api' }, ports: [{ port: 80, targetPort: 8080 }] });
  // SVC-C04 services: a load balancer, with the type in the wrong case
  // @ts-expect-error: Type '"Loadbalancer"' is not assignable to type 'ServiceType | undefined'. Did you mean '"LoadBalancer"'?
  new Service(chart, 'D', { selector: shop, type: 'Loadbalancer', ports: [{ port: 80, targetPort: 'http' }] });
  // SVC-C05 services: the target port 8080, quoted
  // @ts-expect-error: Type '"8080"' is not assignable to type 'number | "http" | "metrics" | undefined'
  new Service(chart, 'E', { selector: shop, ports: [{ port: 80, targetPort: '8080' }] });
  // SVC-C06 services: a DNS port over UDP, in lower case
  // @ts-expect-error: Type '"udp"' is not assignable to type 'Protocol | undefined'. Did you mean '"UDP"'?
  new Service(chart, 'F', { selector: shop, ports: [{ port: 53, targetPort: 5353, protocol: 'udp' }] });
  // SVC-C07 services: half of the pods available, with the percent sign forgotten
  // @ts-expect-error: Type '"50"' is not assignable to type 'IntOrPercent | undefined'
  new PodDisruptionBudget(chart, 'G', { selector: shop, minAvailable: '50' });
  // SVC-C08 services: the Service port 80, quoted
  // @ts-expect-error: Type 'string' is not assignable to type 'number'
  new Service(chart, 'H', { selector: shop, ports: [{ port: '80', targetPort: 'http' }] });
  // SVC-C09 services: a Service selecting the workload by its name
  // @ts-expect-error: Type 'string' is not assignable to type 'Selectable<
  new Service(chart, 'I', { selector: 'shop-api', ports: [{ port: 80, targetPort: 'http' }] });
  // SVC-C10 services: a headless Service, written as YAML's clusterIP: None
  // @ts-expect-error: error: write headless: true for clusterIP: None
  new Service(chart, 'J', { selector: shop, clusterIP: 'None', ports: [{ port: 80, targetPort: 'http' }] });
  // SVC-C11 services: a named target port on a worker that declares its port by number only
  // @ts-expect-error: error: the selected pods declare no named port; target a port number
  new Service(chart, 'K', { selector: jobs, ports: [{ port: 80, targetPort: 'http' }] });
  // SVC-C12 services: the Service's ports as a list of numbers
  // @ts-expect-error: Type 'number' is not assignable to type 'ServicePortSpec<
  new Service(chart, 'L', { selector: shop, ports: [80, 9090] });
  // SVC-C13 services: a budget selecting the pods by YAML's matchLabels
  // @ts-expect-error: 'matchLabels' does not exist in type 'Selectable<
  new PodDisruptionBudget(chart, 'M', { selector: { matchLabels: { app: 'shop-api' } }, maxUnavailable: 1 });
}

export function twins(chart: Chart): void {
  const shop = new Deployment(chart, 'Api', { name: 'shop-api', replicas: 3, containers: [api] });
  const jobs = new Deployment(chart, 'Worker', { name: 'worker', containers: [worker] });
  const resolver = new Deployment(chart, 'Dns', { name: 'resolver', containers: [dns] });
  const serve = (id: string, props: Omit<ConstructorParameters<typeof Service<'http' | 'metrics'>>[2], 'selector'>) =>
    new Service(chart, id, { name: id.toLowerCase(), selector: shop, ...props });
  // SVC-C01
  serve('SVC-C01', { ports: [{ port: 80, targetPort: 'http' }] });
  // SVC-C02
  serve('SVC-C02', { ports: [{ port: 80, targetPort: 8080 }] });
  // SVC-C03
  serve('SVC-C03', { ports: [{ port: 80, targetPort: 8080 }] });
  // SVC-C04
  serve('SVC-C04', { type: 'LoadBalancer', ports: [{ port: 80, targetPort: 'http' }] });
  // SVC-C05
  serve('SVC-C05', { ports: [{ port: 80, targetPort: 8080 }] });
  // SVC-C06
  new Service(chart, 'SVC-C06', { name: 'svc-c06', selector: resolver, ports: [{ port: 53, targetPort: 'dns', protocol: 'UDP' }] });
  // SVC-C07
  new PodDisruptionBudget(chart, 'SVC-C07', { name: 'svc-c07', selector: shop, minAvailable: '50%' });
  // SVC-C08
  serve('SVC-C08', { ports: [{ port: 80, targetPort: 'http' }] });
  // SVC-C09
  serve('SVC-C09', { ports: [{ port: 80, targetPort: 'http' }] });
  // SVC-C10
  serve('SVC-C10', { headless: true, ports: [{ port: 80, targetPort: 'http' }] });
  // SVC-C11
  new Service(chart, 'SVC-C11', { name: 'svc-c11', selector: jobs, ports: [{ port: 80, targetPort: 8080 }] });
  // SVC-C12
  serve('SVC-C12', {
    ports: [
      { name: 'http', port: 80, targetPort: 'http' },
      { name: 'metrics', port: 9090, targetPort: 'metrics' },
    ],
  });
  // SVC-C13
  new PodDisruptionBudget(chart, 'SVC-C13', { name: 'svc-c13', selector: shop, maxUnavailable: 1 });
}
