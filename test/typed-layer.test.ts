import { Chart, Duration, Size } from 'cdk8s';
import {
  ConfigMap,
  Container,
  Deployment,
  EnvFrom,
  EnvValue,
  LifecycleHandler,
  LivenessProbe,
  ManifestValidation,
  PersistentVolumeClaim,
  Pod,
  ProjectedSource,
  ReadinessProbe,
  Secret,
  Service,
  ServiceAccount,
  Toleration,
  validateManifests,
  Volume,
} from '../lib';
import { k8s } from '../imports/k8s';
import { synth, testChart } from './support';

// The typed layer beyond bare pods: env from keys and fields, volumes mounted by object, hooks,
// config objects, scheduling, Services with declared target ports.

const IMAGE = 'ghcr.io/example/shop-api:1.4.2';

/** The errors and warnings the engine finds in manifests, with the restricted profile. */
function problems(manifests: readonly unknown[]): string[] {
  return validateManifests(manifests, { policy: 'restricted' })
    .filter(f => f.severity !== 'info')
    .map(f => `${f.kind}/${f.name} ${f.path}: ${f.detail} [${f.rule}]`);
}

describe('env', () => {
  test('values, keys of Secrets and ConfigMaps, pod fields and resources, in order; envFrom', () => {
    // GIVEN a container whose env mixes every kind of value
    const chart = testChart();
    const config = new ConfigMap(chart, 'Config', { name: 'shop-config', data: { LOG_LEVEL: 'info' } });
    const db = Secret.external('shop-db', ['url', 'password']);
    const c = Container.of({
      name: 'api',
      image: IMAGE,
      env: {
        MODE: 'production',
        DATABASE_URL: EnvValue.fromSecret(db, 'url'),
        LOG_LEVEL: EnvValue.fromConfigMap(config, 'LOG_LEVEL', { optional: true }),
        POD_NAME: EnvValue.fromField('metadata.name'),
        TEAM: EnvValue.fromField("metadata.labels['team']"),
        MEMORY_LIMIT: EnvValue.fromResource('limits.memory', { divisor: '1Mi' }),
      },
      envFrom: [EnvFrom.configMap(config, { prefix: 'CFG_' }), EnvFrom.secret(db)],
    });
    // WHEN it is built
    const json = c.toJson().container;
    // THEN the env is written as the API spells it
    expect(json.env).toEqual([
      { name: 'MODE', value: 'production' },
      { name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: 'shop-db', key: 'url' } } },
      { name: 'LOG_LEVEL', valueFrom: { configMapKeyRef: { name: 'shop-config', key: 'LOG_LEVEL', optional: true } } },
      { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
      { name: 'TEAM', valueFrom: { fieldRef: { fieldPath: "metadata.labels['team']" } } },
      { name: 'MEMORY_LIMIT', valueFrom: { resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } } },
    ]);
    expect(json.envFrom).toEqual([{ prefix: 'CFG_', configMapRef: { name: 'shop-config' } }, { secretRef: { name: 'shop-db' } }]);
  });

  test('an invalid env name or prefix fails at once, naming the container', () => {
    expect(() => Container.of({ name: 'api', image: IMAGE, env: { '1X': 'y' } })).toThrow('Container "api": env[0].name: Invalid value: "1X"');
    const cm = ConfigMap.external('c', ['k']);
    expect(() => Container.of({ name: 'api', image: IMAGE, envFrom: [EnvFrom.configMap(cm, { prefix: '1_' })] })).toThrow('envFrom[0].prefix');
  });
});

describe('volumes and mounts', () => {
  test('the pod gets every volume its containers mount, once, and writable paths stay emptyDirs', () => {
    // GIVEN two containers sharing an emptyDir, one mounting a ConfigMap key, a Secret, a claim and a projected volume
    const chart = testChart();
    const config = new ConfigMap(chart, 'Config', { name: 'shop-config', data: { 'app.yaml': 'mode: production\n' } });
    const tls = Secret.external('shop-tls', ['tls.crt', 'tls.key']);
    const uploads = new PersistentVolumeClaim(chart, 'Uploads', { name: 'uploads', storage: Size.gibibytes(20), accessModes: ['ReadWriteMany'] });
    const shared = Volume.emptyDir('shared', { medium: 'Memory', sizeLimit: Size.mebibytes(64) });
    const api = Container.of({
      name: 'api',
      image: IMAGE,
      writablePaths: ['/tmp'],
      mounts: [
        { volume: Volume.fromConfigMap(config, { items: { 'app.yaml': 'app.yaml' } }), path: '/etc/shop', readOnly: true },
        { volume: Volume.fromSecret(tls, { defaultMode: 0o440 }), path: '/etc/tls', readOnly: true },
        { volume: Volume.fromClaim(uploads), path: '/var/uploads' },
        {
          volume: Volume.projected('identity', [ProjectedSource.serviceAccountToken('token', { audience: 'vault', expiration: Duration.hours(1) })]),
          path: '/var/run/identity',
        },
        { volume: shared, path: '/shared' },
      ],
    });
    const sidecar = Container.of({ name: 'log-shipper', image: 'ghcr.io/example/shipper:2.0.1', mounts: [{ volume: shared, path: '/logs', readOnly: true }] });
    // WHEN they run in a Deployment
    new Deployment(chart, 'Api', { name: 'shop-api', containers: [api, sidecar] });
    const manifests = synth(chart);
    const spec = manifests.find(m => m.kind === 'Deployment').spec.template.spec;
    // THEN the volumes are listed once each, in mount order, and the mounts name them
    expect(spec.volumes).toEqual([
      { name: 'shop-config', configMap: { name: 'shop-config', items: [{ key: 'app.yaml', path: 'app.yaml' }] } },
      { name: 'shop-tls', secret: { secretName: 'shop-tls', defaultMode: 0o440 } },
      { name: 'uploads', persistentVolumeClaim: { claimName: 'uploads' } },
      { name: 'identity', projected: { sources: [{ serviceAccountToken: { path: 'token', audience: 'vault', expirationSeconds: 3600 } }] } },
      { name: 'shared', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } },
      { name: 'api-tmp', emptyDir: {} },
    ]);
    expect(spec.containers[1].volumeMounts).toEqual([{ name: 'shared', mountPath: '/logs', readOnly: true }]);
    expect(manifests.find(m => m.kind === 'PersistentVolumeClaim').spec).toEqual({
      accessModes: ['ReadWriteMany'],
      resources: { requests: { storage: '20Gi' } },
    });
    // and the whole app passes the engine and Pod Security restricted
    expect(problems(manifests)).toEqual([]);
  });

  test("two different volumes of one name are the engine's duplicate error", () => {
    const a = Container.of({ name: 'a', image: IMAGE, mounts: [{ volume: Volume.emptyDir('data'), path: '/a' }] });
    const b = Container.of({ name: 'b', image: IMAGE, mounts: [{ volume: Volume.emptyDir('data'), path: '/b' }] });
    expect(() => new Deployment(testChart(), 'Api', { name: 'api', containers: [a, b] })).toThrow(
      'spec.template.spec.volumes[1].name: Duplicate value: "data"',
    );
  });

  test('a relative mount path fails at once', () => {
    expect(() => Container.of({ name: 'a', image: IMAGE, mounts: [{ volume: Volume.emptyDir('d'), path: 'data' }] })).toThrow(
      'Container "a": mounts[0].path: Invalid value: "data": must be an absolute path [sdk-writable-path]',
    );
  });
});

describe('lifecycle hooks', () => {
  test("reuse the probe handlers, with the container's named ports", () => {
    const c = Container.of({
      name: 'api',
      image: IMAGE,
      ports: [{ name: 'admin', number: 8081 }],
      lifecycle: {
        postStart: LifecycleHandler.exec({ command: ['/bin/warm-cache'] }),
        preStop: LifecycleHandler.httpGet({ path: '/drain', port: 'admin' }),
      },
    });
    expect(c.toJson().container.lifecycle).toEqual({
      postStart: { exec: { command: ['/bin/warm-cache'] } },
      preStop: { httpGet: { path: '/drain', port: 'admin' } },
    });
    expect(() => LifecycleHandler.httpGet({ path: 'drain', port: 8081 })).toThrow(
      'LifecycleHandler.httpGet: httpGet.path: Invalid value: "drain": must start with \'/\' [sdk-http-path]',
    );
  });
});

describe('config objects', () => {
  test('ConfigMap, Secret, PersistentVolumeClaim and ServiceAccount synthesize what the API expects', () => {
    const chart = testChart();
    new ConfigMap(chart, 'Config', { name: 'shop-config', data: { 'app.yaml': 'x: 1\n' }, immutable: true, labels: { team: 'shop' } });
    new Secret(chart, 'Tls', { name: 'shop-tls', type: 'kubernetes.io/tls', stringData: { 'tls.crt': 'CERT', 'tls.key': 'KEY' } });
    new ServiceAccount(chart, 'Sa', { name: 'shop-api' });
    const generated = new ConfigMap(chart, 'Generated', { data: { a: 'b' } });
    const manifests = synth(chart);
    expect(manifests.map(m => [m.kind, m.metadata.name])).toEqual([
      ['ConfigMap', 'shop-config'],
      ['Secret', 'shop-tls'],
      ['ServiceAccount', 'shop-api'],
      ['ConfigMap', generated.configMapName],
    ]);
    expect(generated.configMapName).toMatch(/^test-generated-c8[0-9a-f]{6}$/);
    expect(manifests[1]).toMatchObject({ type: 'kubernetes.io/tls', stringData: { 'tls.crt': 'CERT', 'tls.key': 'KEY' } });
    expect(manifests[2].automountServiceAccountToken).toBe(false);
    expect(problems(manifests)).toEqual([]);
  });

  test('the engine rejects what the apiserver would: a bad key, a TLS Secret without its key', () => {
    expect(() => new ConfigMap(testChart(), 'Config', { data: { 'a b': 'x' } })).toThrow('data[a b]: Invalid value: "a b"');
    expect(() => new Secret(testChart(), 'Tls', { type: 'kubernetes.io/tls', stringData: { 'tls.crt': 'CERT' } })).toThrow('[test/Tls] Secret');
  });
});

describe('pod options', () => {
  test('init containers, service account, pull secrets, node selector, tolerations, affinity, grace period', () => {
    const chart = testChart();
    const sa = new ServiceAccount(chart, 'Sa', { name: 'shop-api' });
    const migrate = Container.of({ name: 'migrate', image: IMAGE, args: ['migrate'] });
    const affinity: k8s.Affinity = {
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          { weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'shop-api' } } } },
        ],
      },
    };
    new Deployment(chart, 'Api', {
      name: 'shop-api',
      containers: [Container.of({ name: 'api', image: IMAGE })],
      initContainers: [migrate],
      serviceAccount: sa,
      imagePullSecrets: [Secret.external('registry', ['.dockerconfigjson'])],
      nodeSelector: { 'kubernetes.io/arch': 'arm64' },
      tolerations: [
        Toleration.equals('dedicated', 'shop', { effect: 'NoSchedule' }),
        Toleration.exists('spot', { effect: 'NoExecute', tolerationSeconds: Duration.minutes(5) }),
      ],
      affinity,
      terminationGracePeriod: Duration.seconds(45),
      priorityClassName: 'shop-critical',
    });
    const manifests = synth(chart);
    const spec = manifests.find(m => m.kind === 'Deployment').spec.template.spec;
    expect(spec).toMatchObject({
      serviceAccountName: 'shop-api',
      automountServiceAccountToken: false,
      imagePullSecrets: [{ name: 'registry' }],
      nodeSelector: { 'kubernetes.io/arch': 'arm64' },
      tolerations: [
        { key: 'dedicated', operator: 'Equal', value: 'shop', effect: 'NoSchedule' },
        { key: 'spot', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      ],
      affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100 }] } },
      terminationGracePeriodSeconds: 45,
      priorityClassName: 'shop-critical',
    });
    expect(spec.initContainers.map((c: { name: string }) => c.name)).toEqual(['migrate']);
    expect(problems(manifests)).toEqual([]);
  });

  test("a Deployment's selector is its selector labels, which its pods carry and user labels cannot override", () => {
    const chart = testChart();
    new Deployment(chart, 'Api', {
      name: 'shop-api',
      labels: { team: 'shop' },
      podLabels: { tier: 'web' },
      containers: [Container.of({ name: 'api', image: IMAGE })],
    });
    const [d] = synth(chart);
    expect(d.spec.selector).toEqual({ matchLabels: { 'app.kubernetes.io/name': 'shop-api' } });
    expect(d.spec.template.metadata.labels).toEqual({ 'app.kubernetes.io/name': 'shop-api', team: 'shop', tier: 'web' });
    expect(
      () =>
        new Deployment(testChart(), 'Api', {
          name: 'api',
          labels: { 'app.kubernetes.io/name': 'other' },
          containers: [Container.of({ name: 'a', image: IMAGE })],
        }),
    ).toThrow('must not override the selector label app.kubernetes.io/name=api [sdk-selector-label]');
  });
});

describe('Service', () => {
  const web = () =>
    Container.of({
      name: 'api',
      image: IMAGE,
      ports: [
        { name: 'http', number: 8080 },
        { name: 'metrics', number: 9090 },
      ],
      readinessProbe: ReadinessProbe.httpGet({ path: '/ready', port: 'http' }),
      livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'http' }),
    });

  test('selects the workload by its selector labels and targets a declared port by name', () => {
    const chart = testChart();
    const api = new Deployment(chart, 'Api', { name: 'shop-api', namespace: 'shop', containers: [web()] });
    new Service(chart, 'ApiService', {
      selector: api,
      ports: [
        { name: 'http', port: 80, targetPort: 'http' },
        { name: 'metrics', port: 9090, targetPort: 'metrics' },
      ],
    });
    const manifests = synth(chart);
    expect(manifests[1]).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'shop-api', namespace: 'shop', labels: { 'app.kubernetes.io/name': 'shop-api' } },
      spec: {
        type: 'ClusterIP',
        selector: { 'app.kubernetes.io/name': 'shop-api' },
        ports: [
          { name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' },
          { name: 'metrics', port: 9090, targetPort: 'metrics', protocol: 'TCP' },
        ],
      },
    });
    expect(problems(manifests)).toEqual([]);
  });

  test('a name the containers do not declare fails at run time too (a JavaScript caller, a Pod with added containers)', () => {
    const chart = testChart();
    const pod = new Pod(chart, 'Pod', { name: 'web', labels: { app: 'web' }, containers: [Container.of({ name: 'a', image: IMAGE })] });
    pod.addContainer(web());
    new Service(chart, 'Ok', { name: 'ok', selector: pod as Pod<string>, ports: [{ port: 80, targetPort: 'http' }] });
    expect(() => new Service(chart, 'Typo', { name: 'typo', selector: pod as Pod<string>, ports: [{ port: 80, targetPort: 'htpp' }] })).toThrow(
      '[test/Typo]: ports[0].targetPort: Invalid value: "htpp": Pod "web" declares no TCP port of that name (it declares "http", "metrics") [service-target-port-declared]',
    );
    // a name declared for another protocol says which protocol to give
    const dns = new Pod(testChart(), 'Dns', {
      name: 'dns',
      labels: { app: 'dns' },
      containers: [Container.of({ name: 'dns', image: IMAGE, ports: [{ name: 'dns', number: 5353, protocol: 'UDP' }] })],
    });
    expect(() => new Service(dns.node.scope as Chart, 'Svc', { selector: dns, ports: [{ port: 53, targetPort: 'dns' }] })).toThrow(
      '[test/Svc]: ports[0].targetPort: Invalid value: "dns": Pod "dns" declares it as a UDP port, and this Service port is TCP: give `protocol: \'UDP\'` [service-target-port-declared]',
    );
    const unlabelled = new Pod(testChart(), 'Pod', { name: 'web', containers: [web()] });
    expect(() => new Service(testChart(), 'S', { selector: unlabelled, ports: [{ port: 80 }] })).toThrow('Pod "web" has no labels to select its pods by');
  });
});

describe('Service target port numbers', () => {
  const api = () => Container.of({ name: 'api', image: IMAGE, ports: [{ name: 'http', number: 8080 }] });

  test('a number the workload does not declare, or a port that defaults to one, is an error when the Service is built', () => {
    // GIVEN a Deployment declaring 8080
    const chart = testChart();
    const deployment = new Deployment(chart, 'Api', { name: 'shop-api', containers: [api()] });
    // WHEN a Service targets 80, or lists port 80 without a target / THEN each fails, naming the ports declared
    expect(() => new Service(chart, 'A', { name: 'a', selector: deployment, ports: [{ port: 80, targetPort: 80 }] })).toThrow(
      '[test/A]: ports[0].targetPort: Invalid value: 80: Deployment "shop-api" declares no port 80 (it declares 8080): give the targetPort of the port the containers listen on, or its name [service-target-port-number]',
    );
    expect(() => new Service(chart, 'B', { name: 'b', selector: deployment, ports: [{ port: 80 }] })).toThrow(
      '[test/B]: ports[0].port: Invalid value: 80: the targetPort defaults to the port, and Deployment "shop-api" declares no port 80',
    );
    // AND the declared number, or any number when the containers declare no port, is fine
    new Service(chart, 'C', { name: 'c', selector: deployment, ports: [{ port: 80, targetPort: 8080 }] });
    const bare = new Deployment(chart, 'Bare', { name: 'bare', containers: [Container.of({ name: 'app', image: IMAGE })] });
    new Service(chart, 'D', { name: 'd', selector: bare, ports: [{ port: 80, targetPort: 3000 }] });
    expect(synth(chart)).toHaveLength(4);
  });

  test("a Pod's ports are checked when the app is synthesized, after the containers it is given later", () => {
    // GIVEN a Pod without ports, a Service to its port 9090, and a sidecar declaring 9090 added afterwards
    const chart = testChart();
    const pod = new Pod(chart, 'Pod', {
      name: 'web',
      labels: { app: 'web' },
      containers: [Container.of({ name: 'a', image: IMAGE, ports: [{ number: 8080 }] })],
    });
    new Service(chart, 'Metrics', { name: 'metrics', selector: pod, ports: [{ port: 9090, targetPort: 9090 }] });
    pod.addContainer(Container.of({ name: 'exporter', image: IMAGE, ports: [{ number: 9090 }] }));
    // WHEN synthesized / THEN it is fine
    expect(synth(chart)).toHaveLength(2);
    // AND a port no container declares fails the synthesis
    const other = testChart();
    const lone = new Pod(other, 'Pod', {
      name: 'web',
      labels: { app: 'web' },
      containers: [Container.of({ name: 'a', image: IMAGE, ports: [{ number: 8080 }] })],
    });
    new Service(other, 'Metrics', { name: 'metrics', selector: lone, ports: [{ port: 9090, targetPort: 9090 }] });
    expect(() => synth(other)).toThrow('ports[0].targetPort: Invalid value: 9090: Pod "web" declares no port 9090 (it declares 8080)');
  });
});

describe('the objects of an app', () => {
  const config = (chart: Chart, id: string, name: string, namespace?: string) => new ConfigMap(chart, id, { name, namespace, data: { a: 'b' } });

  test('a second object of the same kind, namespace and name throws when it is created, naming both constructs', () => {
    // GIVEN a ConfigMap shop-config / WHEN another is created in the same chart / THEN duplicate-object, as an error
    const chart = testChart();
    config(chart, 'Config', 'shop-config');
    expect(() => config(chart, 'Flags', 'shop-config')).toThrow(
      '[test/Flags] ConfigMap "shop-config": metadata.name: Invalid value: "shop-config": ConfigMap "shop-config" is already written by [test/Config] (test/Config/Resource): kubectl apply would apply both definitions in turn and keep the last one; give this one a name of its own [duplicate-object]',
    );
    // AND in another chart of the app without a namespace, it is the same object too
    expect(() => config(new Chart(chart.node.scope as never, 'other'), 'Config', 'shop-config')).toThrow('[duplicate-object]');
  });

  test("other namespaces (the chart's included), other kinds and other apps are other objects", () => {
    // GIVEN shop-config without namespace
    const chart = testChart();
    config(chart, 'Config', 'shop-config');
    // WHEN the same name is used in a namespace, in a chart with a namespace, as a Secret, and in another app
    config(chart, 'InShop', 'shop-config', 'shop');
    config(new Chart(chart.node.scope as never, 'staging', { namespace: 'staging' }), 'Config', 'shop-config');
    new Secret(chart, 'Secret', { name: 'shop-config', stringData: { a: 'b' } });
    config(testChart(), 'Config', 'shop-config');
    // THEN nothing throws, and the app synthesizes
    expect(synth(chart)).toHaveLength(3);
  });

  test("the chart's namespace and labels are checked with the objects' metadata when the app is synthesized", () => {
    // GIVEN a Deployment in a chart whose namespace is not a DNS-1123 label, and one in a chart with a label value with a space
    const app = testChart().node.scope as never;
    const api = () => Container.of({ name: 'api', image: IMAGE });
    const shop = new Chart(app, 'shop', { namespace: 'Shop' });
    new Deployment(shop, 'Api', { name: 'shop-api', containers: [api()] });
    // WHEN synthesized / THEN cdk8s reports the error on the construct
    expect(() => synth(shop)).toThrow(/\[shop\/Api\] Deployment "shop-api": metadata.namespace: Invalid value: "Shop": .* \[namespace-name\]/);
    const team = new Chart(testChart().node.scope as never, 'team', { labels: { team: 'shop team' } });
    new Deployment(team, 'Api', { name: 'shop-api', containers: [api()] });
    expect(() => synth(team)).toThrow(/\[team\/Api\] Deployment "shop-api": metadata.labels: Invalid value: "shop team": .* \[label-value\]/);
    // AND with whole-app validation on, the error is reported once, by it
    const validated = new Chart(testChart().node.scope as never, 'shop', { namespace: 'Shop' });
    ManifestValidation.enable(validated);
    new Deployment(validated, 'Api', { name: 'shop-api', containers: [api()] });
    let message = '';
    try {
      synth(validated);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.match(/metadata\.namespace: Invalid value: "Shop"/g)).toHaveLength(1);
  });
});
