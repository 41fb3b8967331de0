/**
 * Mistakes with Services and disruption budgets that only a value shows: target ports and
 * protocols the pods do not declare, node ports, port lists the apiserver refuses, names, budgets,
 * Services that collide, and the props of JavaScript callers.
 */
import { Container, Deployment, Pod, PodDisruptionBudget, Service, StatefulSet } from '../../lib';
import { fromJavaScript, IMAGE, RunTimeMistake } from './corpus';
import { Chart } from 'cdk8s';

const api = Container.of({
  name: 'api',
  image: IMAGE,
  ports: [
    { name: 'http', number: 8080 },
    { name: 'metrics', number: 9090 },
  ],
});
const dns = Container.of({ name: 'dns', image: IMAGE, ports: [{ name: 'dns', number: 5353, protocol: 'UDP' }] });

/** The shop's API, three replicas. */
const shop = (chart: Chart, name = 'shop-api') => new Deployment(chart, 'Api', { name, replicas: 3, containers: [api] });

export const mistakes: readonly RunTimeMistake[] = [
  {
    id: 'SVC-R01',
    area: 'services',
    what: 'a JavaScript caller: the target port "http", misspelt "htpp"',
    build: chart => new Service(chart, 'Service', { selector: shop(chart), ports: [{ port: 80, targetPort: fromJavaScript('htpp') }] }),
    error:
      'ports[0].targetPort: Invalid value: "htpp": Deployment "shop-api" declares no TCP port of that name (it declares "http", "metrics") [service-target-port-declared]',
    twin: chart => new Service(chart, 'Service', { selector: shop(chart), ports: [{ port: 80, targetPort: 'http' }] }),
  },
  {
    id: 'SVC-R02',
    area: 'services',
    what: 'a DNS Service on the UDP port "dns", without its protocol (TCP by default)',
    build: chart =>
      new Service(chart, 'Service', {
        selector: new Deployment(chart, 'Dns', { name: 'resolver', containers: [dns] }),
        ports: [{ port: 53, targetPort: 'dns' }],
      }),
    error: "declares it as a UDP port, and this Service port is TCP: give `protocol: 'UDP'` [service-target-port-declared]",
    twin: chart =>
      new Service(chart, 'Service', {
        selector: new Deployment(chart, 'Dns', { name: 'resolver', containers: [dns] }),
        ports: [{ port: 53, targetPort: 'dns', protocol: 'UDP' }],
      }),
  },
  {
    id: 'SVC-R03',
    area: 'services',
    what: 'a fixed node port, on a Service of the default type ClusterIP',
    build: chart => new Service(chart, 'Service', { selector: shop(chart), ports: [{ port: 80, targetPort: 'http', nodePort: 30080 }] }),
    error: "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP' [service-node-port-cluster-ip]",
    twin: chart => new Service(chart, 'Service', { selector: shop(chart), type: 'NodePort', ports: [{ port: 80, targetPort: 'http', nodePort: 30080 }] }),
  },
  {
    id: 'SVC-R04',
    area: 'services',
    what: "the node port 8080, outside the cluster's node port range",
    build: chart => new Service(chart, 'Service', { selector: shop(chart), type: 'NodePort', ports: [{ port: 80, targetPort: 'http', nodePort: 8080 }] }),
    error: 'spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767 [service-node-port]',
    twin: chart => new Service(chart, 'Service', { selector: shop(chart), type: 'NodePort', ports: [{ port: 80, targetPort: 'http', nodePort: 30080 }] }),
  },
  {
    id: 'SVC-R05',
    area: 'services',
    what: 'the HTTP and metrics ports, both on Service port 80 (copied, and the port not changed)',
    build: chart =>
      new Service(chart, 'Service', {
        selector: shop(chart),
        ports: [
          { name: 'http', port: 80, targetPort: 'http' },
          { name: 'metrics', port: 80, targetPort: 'metrics' },
        ],
      }),
    error: 'spec.ports[1]: Duplicate value: {"protocol":"TCP","port":80} [service-port-unique]',
    twin: chart =>
      new Service(chart, 'Service', {
        selector: shop(chart),
        ports: [
          { name: 'http', port: 80, targetPort: 'http' },
          { name: 'metrics', port: 9090, targetPort: 'metrics' },
        ],
      }),
  },
  {
    id: 'SVC-R06',
    area: 'services',
    what: 'two Service ports without names',
    build: chart =>
      new Service(chart, 'Service', {
        selector: shop(chart),
        ports: [
          { port: 80, targetPort: 'http' },
          { port: 9090, targetPort: 'metrics' },
        ],
      }),
    error: 'spec.ports[0].name: Required value [service-port-name]',
    twin: chart =>
      new Service(chart, 'Service', {
        selector: shop(chart),
        ports: [
          { name: 'http', port: 80, targetPort: 'http' },
          { name: 'metrics', port: 9090, targetPort: 'metrics' },
        ],
      }),
  },
  {
    id: 'SVC-R07',
    area: 'services',
    what: 'a Service named after its workload, whose name has a dot (a Service name is a DNS label)',
    build: chart => new Service(chart, 'Service', { selector: shop(chart, 'shop.api'), ports: [{ port: 80, targetPort: 'http' }] }),
    error: 'Service "shop.api": metadata.name: Invalid value: "shop.api": a DNS-1035 label must consist of lower case alphanumeric characters',
    twin: chart => new Service(chart, 'Service', { name: 'shop-api', selector: shop(chart, 'shop.api'), ports: [{ port: 80, targetPort: 'http' }] }),
  },
  {
    id: 'SVC-R08',
    area: 'services',
    what: 'a Service named 2fa, starting with a digit',
    build: chart => new Service(chart, 'Service', { name: '2fa', selector: shop(chart), ports: [{ port: 80, targetPort: 'http' }] }),
    error: 'metadata.name: Invalid value: "2fa": a DNS-1035 label',
    twin: chart => new Service(chart, 'Service', { name: 'two-factor', selector: shop(chart), ports: [{ port: 80, targetPort: 'http' }] }),
  },
  {
    id: 'SVC-R09',
    area: 'services',
    what: 'a budget with both minAvailable and maxUnavailable',
    build: chart => new PodDisruptionBudget(chart, 'Budget', { selector: shop(chart), minAvailable: 2, maxUnavailable: 1 }),
    error: 'maxUnavailable: Invalid value: 1: give minAvailable or maxUnavailable, not both [sdk-workload-option]',
    twin: chart => new PodDisruptionBudget(chart, 'Budget', { selector: shop(chart), minAvailable: 2 }),
  },
  {
    id: 'SVC-R10',
    area: 'services',
    what: 'a budget without a budget',
    build: chart => new PodDisruptionBudget(chart, 'Budget', { selector: shop(chart) }),
    error: 'minAvailable: Required value: give minAvailable or maxUnavailable [sdk-workload-option]',
    twin: chart => new PodDisruptionBudget(chart, 'Budget', { selector: shop(chart), maxUnavailable: 1 }),
  },
  {
    id: 'SVC-R11',
    area: 'services',
    what: 'a budget for a bare Pod that has no labels (its selector would take every pod of the namespace)',
    build: chart => new PodDisruptionBudget(chart, 'Budget', { selector: new Pod(chart, 'Pod', { name: 'web', containers: [api] }), maxUnavailable: 1 }),
    error: 'selector: Required value: Pod "web" has no labels to select its pods by [sdk-workload-option]',
    twin: chart =>
      new PodDisruptionBudget(chart, 'Budget', {
        selector: new Pod(chart, 'Pod', { name: 'web', labels: { app: 'web' }, containers: [api] }),
        maxUnavailable: 1,
      }),
  },
  {
    id: 'SVC-R12',
    area: 'services',
    what: 'a Service for a bare Pod that has no labels',
    build: chart =>
      new Service(chart, 'Service', { selector: new Pod(chart, 'Pod', { name: 'web', containers: [api] }), ports: [{ port: 80, targetPort: 8080 }] }),
    error: 'selector: Required value: Pod "web" has no labels to select its pods by [service-selector]',
    twin: chart =>
      new Service(chart, 'Service', {
        selector: new Pod(chart, 'Pod', { name: 'web', labels: { app: 'web' }, containers: [api] }),
        ports: [{ port: 80, targetPort: 8080 }],
      }),
  },
  {
    id: 'SVC-R13',
    area: 'services',
    what: 'half of the pods unavailable at most, written as 150%',
    build: chart => new PodDisruptionBudget(chart, 'Budget', { selector: shop(chart), maxUnavailable: '150%' }),
    error: 'spec.maxUnavailable: Invalid value: "150%": must not be greater than 100% [int-or-percent]',
    twin: chart => new PodDisruptionBudget(chart, 'Budget', { selector: shop(chart), maxUnavailable: '50%' }),
  },
  {
    id: 'SVC-R14',
    area: 'services',
    what: 'a JavaScript caller: a load balancer, with the type in the wrong case',
    build: chart => new Service(chart, 'Service', { selector: shop(chart), type: fromJavaScript('Loadbalancer'), ports: [{ port: 80, targetPort: 'http' }] }),
    error: 'type: Unsupported value: "Loadbalancer": supported values: "ClusterIP", "NodePort", "LoadBalancer"; did you mean "LoadBalancer"?',
    twin: chart => new Service(chart, 'Service', { selector: shop(chart), type: 'LoadBalancer', ports: [{ port: 80, targetPort: 'http' }] }),
  },
  {
    id: 'SVC-R15',
    area: 'services',
    what: 'a headless NodePort Service',
    build: chart => new Service(chart, 'Service', { selector: shop(chart), type: 'NodePort', headless: true, ports: [{ port: 80, targetPort: 'http' }] }),
    error: "may not be set to 'None' for NodePort services [service-headless-type]",
    twin: chart => new Service(chart, 'Service', { selector: shop(chart), headless: true, ports: [{ port: 80, targetPort: 'http' }] }),
  },
  {
    id: 'SVC-R16',
    area: 'services',
    what: 'a JavaScript caller: a Service selecting the pods by labels, as in YAML',
    build: chart => {
      shop(chart);
      new Service(chart, 'Service', { selector: fromJavaScript({ app: 'shop-api' }), ports: [{ port: 80, targetPort: 8080 }] });
    },
    error: 'selector: Wrong type: {"app":"shop-api"}: must be a Selectable',
    twin: chart => new Service(chart, 'Service', { selector: shop(chart), ports: [{ port: 80, targetPort: 8080 }] }),
  },
  {
    id: 'SVC-R17',
    area: 'services',
    what: 'a client Service for a StatefulSet, named after it by default, as its headless Service is',
    build: chart =>
      new Service(chart, 'Service', { selector: new StatefulSet(chart, 'Db', { name: 'db', containers: [api] }), ports: [{ port: 80, targetPort: 'http' }] }),
    error: '[test/Service] Service "db": metadata.name: Invalid value: "db": Service "db" is already written by [test/Db]',
    twin: chart =>
      new Service(chart, 'Service', {
        name: 'db-client',
        selector: new StatefulSet(chart, 'Db', { name: 'db', containers: [api] }),
        ports: [{ port: 80, targetPort: 'http' }],
      }),
  },
  {
    id: 'SVC-R18',
    area: 'services',
    what: 'a second Service for the metrics port of a workload, without a name of its own',
    build: chart => {
      const deployment = shop(chart);
      new Service(chart, 'Service', { selector: deployment, ports: [{ port: 80, targetPort: 'http' }] });
      new Service(chart, 'Metrics', { selector: deployment, ports: [{ port: 9090, targetPort: 'metrics' }] });
    },
    error: '[test/Metrics] Service "shop-api": metadata.name: Invalid value: "shop-api": Service "shop-api" is already written by [test/Service]',
    twin: chart => {
      const deployment = shop(chart);
      new Service(chart, 'Service', { selector: deployment, ports: [{ port: 80, targetPort: 'http' }] });
      new Service(chart, 'Metrics', { name: 'shop-api-metrics', selector: deployment, ports: [{ port: 9090, targetPort: 'metrics' }] });
    },
  },
  {
    id: 'SVC-R19',
    area: 'services',
    what: 'the target port written as the Service port 80, when the containers listen on 8080',
    build: chart => new Service(chart, 'Service', { selector: shop(chart), ports: [{ port: 80, targetPort: 80 }] }),
    error: 'ports[0].targetPort: Invalid value: 80: Deployment "shop-api" declares no port 80 (it declares 8080, 9090)',
    twin: chart => new Service(chart, 'Service', { selector: shop(chart), ports: [{ port: 80, targetPort: 8080 }] }),
  },
  {
    id: 'SVC-R20',
    area: 'services',
    what: 'a budget keeping every one of the three replicas available',
    build: chart => new PodDisruptionBudget(chart, 'Budget', { selector: shop(chart), minAvailable: 3 }),
    error: 'minAvailable: Invalid value: 3: keeps all 3 pods of Deployment "shop-api" available',
    twin: chart => new PodDisruptionBudget(chart, 'Budget', { selector: shop(chart), minAvailable: 2 }),
  },
];
