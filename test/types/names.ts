/**
 * Compile-time tests of names that cross objects: a Service's target port, a hook's port, a
 * volume mount, a key of a Secret or ConfigMap of the same app. Every line marked
 * `// @ts-expect-error: <fragment>` must fail to compile with a message containing <fragment>;
 * the correct form stands beside it. Type-checked, never run.
 */
import { Chart } from 'cdk8s';
import { ConfigMap, Container, Deployment, EnvFrom, EnvValue, LifecycleHandler, ProjectedSource, ReadinessProbe, Secret, Service, Volume } from '../../lib';

declare const chart: Chart;
const image = 'ghcr.io/example/shop-api:1.4.2';
const db = Secret.external('shop-db', ['url', 'password']);
const config = new ConfigMap(chart, 'Config', { data: { 'app.yaml': 'mode: production\n', LOG_LEVEL: 'info' } });
const web = Container.of({
  name: 'api',
  image,
  ports: [
    { name: 'http', number: 8080 },
    { name: 'metrics', number: 9090 },
  ],
  readinessProbe: ReadinessProbe.httpGet({ path: '/ready', port: 'http' }),
});
const api = new Deployment(chart, 'Api', { name: 'shop-api', containers: [web] });

// a Service's target port: a number, or a port name the workload's containers declare
new Service(chart, 'A', { selector: api, ports: [{ port: 80, targetPort: 'http' }] });
new Service(chart, 'B', { selector: api, ports: [{ port: 80, targetPort: 8080 }] });
// @ts-expect-error: Type '"htpp"' is not assignable to type 'number | "http" | "metrics" | undefined'
new Service(chart, 'C', { selector: api, ports: [{ port: 80, targetPort: 'htpp' }] });
// @ts-expect-error: Type '"8080"' is not assignable to type 'number | "http" | "metrics" | undefined'
new Service(chart, 'D', { selector: api, ports: [{ port: 80, targetPort: '8080' }] });

// a workload without named ports takes port numbers only
const worker = new Deployment(chart, 'Worker', { name: 'worker', containers: [Container.of({ name: 'worker', image })] });
new Service(chart, 'E', { selector: worker, ports: [{ port: 80, targetPort: 8080 }] });
// @ts-expect-error: Type '"http"' is not assignable to type 'number | "error: the selected pods declare no named port; target a port number" | undefined'
new Service(chart, 'F', { selector: worker, ports: [{ port: 80, targetPort: 'http' }] });

// a lifecycle hook's port: one the container declares
Container.of({
  name: 'a',
  image,
  ports: [{ name: 'admin', number: 8081 }],
  lifecycle: { preStop: LifecycleHandler.httpGet({ path: '/drain', port: 'admin' }) },
});
Container.of({
  name: 'a',
  image,
  ports: [{ name: 'admin', number: 8081 }],
  // @ts-expect-error: Type 'LifecycleHandler<"admn">' is not assignable to type 'LifecycleHandler<"admin">'
  lifecycle: { preStop: LifecycleHandler.httpGet({ path: '/drain', port: 'admn' }) },
});

// a volume mount: the volume object itself, never a name
const data = Volume.emptyDir('data');
Container.of({ name: 'a', image, mounts: [{ volume: data, path: '/data' }] });
// @ts-expect-error: Type 'string' is not assignable to type 'Mountable'
Container.of({ name: 'a', image, mounts: [{ volume: 'data', path: '/data' }] });

// a key of a Secret or a ConfigMap: one it holds
EnvValue.fromSecret(db, 'url');
// @ts-expect-error: Argument of type '"pasword"' is not assignable to parameter of type '"url" | "password"'
EnvValue.fromSecret(db, 'pasword');
EnvValue.fromConfigMap(config, 'LOG_LEVEL');
// @ts-expect-error: Argument of type '"LOG_LEVL"' is not assignable to parameter of type '"app.yaml" | "LOG_LEVEL"'
EnvValue.fromConfigMap(config, 'LOG_LEVL');
Volume.fromConfigMap(config, { items: { 'app.yaml': 'app.yaml' } });
// @ts-expect-error: ''app.yml'' does not exist in type
Volume.fromConfigMap(config, { items: { 'app.yml': 'app.yaml' } });
ProjectedSource.secret(db, { password: 'db-password' });
// @ts-expect-error: 'passwd' does not exist in type
ProjectedSource.secret(db, { passwd: 'db-password' });

// a Secret where a ConfigMap is expected, and the reverse
EnvFrom.configMap(config);
// @ts-expect-error: Property 'configMapName' is missing
EnvFrom.configMap(db);
Volume.fromSecret(db);
// @ts-expect-error: Property 'secretName' is missing
Volume.fromSecret(config);

// exemptions are typed and need a reason
Container.of({ name: 'a', image, exemptions: { runAsRoot: { reason: 'the image writes to /var/run as root' } } });
// @ts-expect-error: Property 'reason' is missing
Container.of({ name: 'a', image, exemptions: { runAsRoot: {} } });
// @ts-expect-error: Type '"NET_ADMN"' is not assignable to type 'Capability'
Container.of({ name: 'a', image, exemptions: { addCapabilities: { capabilities: ['NET_ADMN'], reason: 'VPN' } } });
// @ts-expect-error: 'readOnlyRootFilesystem' does not exist in type 'ContainerExemptions'
Container.of({ name: 'a', image, exemptions: { readOnlyRootFilesystem: false } });
