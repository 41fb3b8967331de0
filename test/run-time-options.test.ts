/**
 * Run-time checks equal the types: options held in a variable or spread into a call (which the
 * compiler does not check for unknown keys), and a JavaScript caller's, are checked against the
 * schema generated from the builders' signatures. Each public builder and construct rejects an
 * unknown key (with its did-you-mean and path), a value of the wrong JSON type, a literal outside
 * its union, and a manifest's spelling with what to write instead.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Cron, Duration, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import {
  applyTypedProbes,
  ConfigMap,
  Container,
  CronJob,
  DaemonSet,
  DaemonSetUpdateStrategy,
  Deployment,
  DeploymentStrategy,
  EnvFrom,
  EnvValue,
  GoTestPod,
  HostPort,
  Job,
  KplusPods,
  LifecycleHandler,
  LivenessExecPod,
  LivenessHttpPod,
  LivenessProbe,
  ManifestValidation,
  MultiContainerPod,
  PersistentVolumeClaim,
  Pod,
  PodDisruptionBudget,
  PolicyValidation,
  ProbedService,
  ProjectedSource,
  ReadinessProbe,
  Secret,
  Service,
  ServiceAccount,
  StartupProbe,
  StartupProbePod,
  StatefulSet,
  StatefulSetUpdateStrategy,
  Toleration,
  ValidationError,
  Volume,
  VolumeClaimTemplate,
} from '../lib';
import { BuilderName } from '../lib/engine/options/check-options';
import { PROPS_ENTRIES } from '../lib/engine/options/props-schema.generated';
import type * as GenPropsSchema from '../scripts/gen-props-schema';
import { cachedCompile } from './compile-cache';
import { testChart } from './support';

const IMAGE = 'registry.k8s.io/pause:3.9';

/** The message a builder throws, or `undefined`. */
function thrown(build: () => unknown): string | undefined {
  try {
    build();
  } catch (e) {
    if (e instanceof ValidationError) return e.message;
    throw e;
  }
  return undefined;
}

/** A value as a JavaScript caller (or a type assertion) gives it: the compiler checks nothing. */
function js(value: unknown): never {
  return value as never;
}

const web = () => Container.of({ name: 'web', image: IMAGE, ports: [{ name: 'http', number: 8080 }] });
const config = () => ConfigMap.external('app', ['app.yaml']);
const db = () => Secret.external('db', ['password']);

/**
 * One call per builder with a misspelt key in options spread from a variable, and its error; a
 * builder without options gets an argument of the wrong type; `null` for one that takes no argument.
 * Typed by builder: a builder added to the public API without a case here does not compile.
 */
const UNKNOWN_KEYS: Readonly<Record<BuilderName, readonly [() => unknown, string] | null>> = {
  ConfigMap: [
    () => new ConfigMap(testChart(), 'Config', { data: { a: 'b' }, ...{ immutible: true } }),
    '[test/Config]: immutible: unknown option "immutible"; did you mean "immutable"? [sdk-unknown-option]',
  ],
  'ConfigMap.external': [
    () => ConfigMap.external('app', js('LOG_LEVEL')),
    'ConfigMap.external: keys: Wrong type: "LOG_LEVEL": must be an array [sdk-option-type]',
  ],
  'Container.of': [
    () => Container.of({ name: 'web', image: IMAGE, ...{ livenessProve: LivenessProbe.exec({ command: ['true'] }) } }),
    'Container "web": livenessProve: unknown option "livenessProve"; did you mean "livenessProbe"? [sdk-unknown-option]',
  ],
  CronJob: [
    () => new CronJob(testChart(), 'Report', { name: 'report', containers: [web()], schedule: Cron.daily(), ...{ timezone: 'Europe/Berlin' } }),
    '[test/Report]: timezone: unknown option "timezone"; did you mean "timeZone"? [sdk-unknown-option]',
  ],
  DaemonSet: [
    () => new DaemonSet(testChart(), 'Agent', { name: 'agent', containers: [web()], ...{ updateStrategie: DaemonSetUpdateStrategy.onDelete() } }),
    '[test/Agent]: updateStrategie: unknown option "updateStrategie"; did you mean "updateStrategy"? [sdk-unknown-option]',
  ],
  'DaemonSetUpdateStrategy.onDelete': null,
  'DaemonSetUpdateStrategy.rollingUpdate': [
    () => DaemonSetUpdateStrategy.rollingUpdate({ maxSurge: 0, ...{ maxUnavalable: 1 } }),
    'DaemonSetUpdateStrategy.rollingUpdate: maxUnavalable: unknown option "maxUnavalable"; did you mean "maxUnavailable"? [sdk-unknown-option]',
  ],
  Deployment: [
    () => new Deployment(testChart(), 'Api', { name: 'api', containers: [web()], ...{ replica: 3 } }),
    '[test/Api]: replica: unknown option "replica"; did you mean "replicas"? [sdk-unknown-option]',
  ],
  'DeploymentStrategy.recreate': null,
  'DeploymentStrategy.rollingUpdate': [
    () => DeploymentStrategy.rollingUpdate({ maxUnavailable: 0, ...{ maxSurg: 1 } }),
    'DeploymentStrategy.rollingUpdate: maxSurg: unknown option "maxSurg"; did you mean "maxSurge"? [sdk-unknown-option]',
  ],
  'EnvFrom.configMap': [
    () => EnvFrom.configMap(config(), { optional: true, ...{ prefx: 'APP_' } }),
    'EnvFrom.configMap: prefx: unknown option "prefx"; did you mean "prefix"? [sdk-unknown-option]',
  ],
  'EnvFrom.secret': [
    () => EnvFrom.secret(db(), { prefix: 'DB_', ...{ optinal: true } }),
    'EnvFrom.secret: optinal: unknown option "optinal"; did you mean "optional"? [sdk-unknown-option]',
  ],
  'EnvValue.fromConfigMap': [
    () => EnvValue.fromConfigMap(config(), 'app.yaml', js({ optionl: true })),
    'EnvValue.fromConfigMap: optionl: unknown option "optionl"; did you mean "optional"? [sdk-unknown-option]',
  ],
  'EnvValue.fromField': [
    () => EnvValue.fromField(js('status.phase')),
    'EnvValue.fromField: field: Unsupported value: "status.phase": supported values: "metadata.name", "metadata.namespace"',
  ],
  'EnvValue.fromResource': [
    () => EnvValue.fromResource('limits.memory', { container: 'web', ...{ divsor: '1Mi' } }),
    'EnvValue.fromResource: divsor: unknown option "divsor"; did you mean "divisor"? [sdk-unknown-option]',
  ],
  'EnvValue.fromSecret': [
    () => EnvValue.fromSecret(db(), 'password', js({ optinal: true })),
    'EnvValue.fromSecret: optinal: unknown option "optinal"; did you mean "optional"? [sdk-unknown-option]',
  ],
  GoTestPod: [
    () => new GoTestPod(testChart(), 'GoTest', { name: 'go-test', ...{ prot: 8080 } }),
    '[test/GoTest]: prot: unknown option "prot"; did you mean "port"? [sdk-unknown-option]',
  ],
  'HostPort.bindOnNode': [
    () => HostPort.bindOnNode(8080, { reason: 'the tutorial', ...{ reasons: 'twice' } }),
    'HostPort.bindOnNode: reasons: unknown option "reasons"; did you mean "reason"? [sdk-unknown-option]',
  ],
  Job: [
    () => new Job(testChart(), 'Migrate', { name: 'migrate', containers: [web()], ...{ backofLimit: 2 } }),
    '[test/Migrate]: backofLimit: unknown option "backofLimit"; did you mean "backoffLimit"? [sdk-unknown-option]',
  ],
  'KplusPods.of': [
    () => {
      const chart = testChart();
      const d = new kplus.Deployment(chart, 'Web');
      d.addContainer({ image: IMAGE, ports: [{ number: 8080, name: 'http' }] });
      return KplusPods.of(d, js('http'));
    },
    '[test/Web]: portNames: Wrong type: "http": must be an array [sdk-option-type]',
  ],
  'LifecycleHandler.exec': [
    () => LifecycleHandler.exec({ command: ['sleep', '5'], ...{ commands: ['x'] } }),
    'LifecycleHandler.exec: commands: unknown option "commands"; did you mean "command"? [sdk-unknown-option]',
  ],
  'LifecycleHandler.httpGet': [
    () => LifecycleHandler.httpGet({ path: '/drain', port: 8080, ...{ header: { a: 'b' } } }),
    'LifecycleHandler.httpGet: header: unknown option "header"; did you mean "headers"? [sdk-unknown-option]',
  ],
  LivenessExecPod: [
    () => new LivenessExecPod(testChart(), 'LivenessExec', { name: 'liveness-exec', ...{ healthyFr: Duration.seconds(30) } }),
    '[test/LivenessExec]: healthyFr: unknown option "healthyFr"; did you mean "healthyFor"? [sdk-unknown-option]',
  ],
  LivenessHttpPod: [
    () => new LivenessHttpPod(testChart(), 'LivenessHttp', { port: 8080, ...{ header: { a: 'b' } } }),
    '[test/LivenessHttp]: header: unknown option "header"; did you mean "headers"? [sdk-unknown-option]',
  ],
  'LivenessProbe.exec': [
    () => LivenessProbe.exec({ command: ['true'], ...{ perod: Duration.seconds(5) } }),
    'LivenessProbe.exec: perod: unknown option "perod"; did you mean "period"? [sdk-unknown-option]',
  ],
  'LivenessProbe.grpc': [
    () => LivenessProbe.grpc({ port: 9090, ...{ servce: 'health' } }),
    'LivenessProbe.grpc: servce: unknown option "servce"; did you mean "service"? [sdk-unknown-option]',
  ],
  'LivenessProbe.httpGet': [
    () => LivenessProbe.httpGet({ path: '/healthz', port: 8080, ...{ shceme: 'HTTPS' } }),
    'LivenessProbe.httpGet: shceme: unknown option "shceme"; did you mean "scheme"? [sdk-unknown-option]',
  ],
  'LivenessProbe.tcpSocket': [
    () => LivenessProbe.tcpSocket({ port: 8080, ...{ hots: 'localhost' } }),
    'LivenessProbe.tcpSocket: hots: unknown option "hots"; did you mean "host"? [sdk-unknown-option]',
  ],
  'ManifestValidation.enable': [
    () => ManifestValidation.enable(testChart(), { policy: 'baseline', ...{ warning: 'fail' } }),
    'ManifestValidation.enable: warning: unknown option "warning"; did you mean "warnings"? [sdk-unknown-option]',
  ],
  'ManifestValidation.isEnabled': [
    () => ManifestValidation.isEnabled(js('app')),
    'ManifestValidation.isEnabled: scope: Wrong type: "app": must be an object [sdk-option-type]',
  ],
  MultiContainerPod: [
    () => new MultiContainerPod(testChart(), 'Pod', { name: 'pod', main: web(), ...{ sidecar: [] } }),
    '[test/Pod]: sidecar: unknown option "sidecar"; did you mean "sidecars"? [sdk-unknown-option]',
  ],
  PersistentVolumeClaim: [
    () => new PersistentVolumeClaim(testChart(), 'Data', { storage: Size.gibibytes(1), ...{ acessModes: ['ReadWriteOnce'] } }),
    '[test/Data]: acessModes: unknown option "acessModes"; did you mean "accessModes"? [sdk-unknown-option]',
  ],
  'PersistentVolumeClaim.external': [
    () => PersistentVolumeClaim.external(js(5)),
    'PersistentVolumeClaim.external: name: Wrong type: 5: must be a string [sdk-option-type]',
  ],
  Pod: [
    () => new Pod(testChart(), 'Pod', { name: 'pod', containers: [web()], ...{ restartpolicy: 'Never' } }),
    '[test/Pod]: restartpolicy: unknown option "restartpolicy"; did you mean "restartPolicy"? [sdk-unknown-option]',
  ],
  PodDisruptionBudget: [
    () => {
      const chart = testChart();
      return new PodDisruptionBudget(chart, 'Budget', {
        selector: new Deployment(chart, 'Api', { name: 'api', containers: [web()] }),
        ...{ maxUnavailble: 1 },
      });
    },
    '[test/Budget]: maxUnavailble: unknown option "maxUnavailble"; did you mean "maxUnavailable"? [sdk-unknown-option]',
  ],
  PolicyValidation: [
    () => new PolicyValidation({ policy: 'baseline', ...{ failon: 'warning' } }),
    'PolicyValidation: failon: unknown option "failon"; did you mean "failOn"? [sdk-unknown-option]',
  ],
  ProbedService: [
    () => new ProbedService(testChart(), 'Svc', { port: 8080, ...{ replica: 2 } }),
    '[test/Svc]: replica: unknown option "replica"; did you mean "replicas"? [sdk-unknown-option]',
  ],
  'ProjectedSource.configMap': [
    () => ProjectedSource.configMap(config(), js(['app.yaml'])),
    'ProjectedSource.configMap: items: Wrong type: ["app.yaml"]: must be an object [sdk-option-type]',
  ],
  'ProjectedSource.secret': [
    () => ProjectedSource.secret(db(), js({ password: 5 })),
    'ProjectedSource.secret: items[password]: Wrong type: 5: must be a string [sdk-option-type]',
  ],
  'ProjectedSource.serviceAccountToken': [
    () => ProjectedSource.serviceAccountToken('token', { expiration: Duration.hours(1), ...{ audiance: 'vault' } }),
    'ProjectedSource.serviceAccountToken: audiance: unknown option "audiance"; did you mean "audience"? [sdk-unknown-option]',
  ],
  'ReadinessProbe.exec': [
    () => ReadinessProbe.exec({ command: ['true'], ...{ sucessThreshold: 2 } }),
    'ReadinessProbe.exec: sucessThreshold: unknown option "sucessThreshold"; did you mean "successThreshold"? [sdk-unknown-option]',
  ],
  'ReadinessProbe.grpc': [
    () => ReadinessProbe.grpc({ port: 9090, ...{ timout: Duration.seconds(2) } }),
    'ReadinessProbe.grpc: timout: unknown option "timout"; did you mean "timeout"? [sdk-unknown-option]',
  ],
  'ReadinessProbe.httpGet': [
    () => ReadinessProbe.httpGet({ path: '/ready', port: 8080, ...{ paht: '/ready' } }),
    'ReadinessProbe.httpGet: paht: unknown option "paht"; did you mean "path"? [sdk-unknown-option]',
  ],
  'ReadinessProbe.tcpSocket': [
    () => ReadinessProbe.tcpSocket({ port: 8080, ...{ initialDelays: Duration.seconds(5) } }),
    'ReadinessProbe.tcpSocket: initialDelays: unknown option "initialDelays"; did you mean "initialDelay"? [sdk-unknown-option]',
  ],
  Secret: [
    () => new Secret(testChart(), 'Db', { stringData: { password: 'x' }, ...{ imutable: true } }),
    '[test/Db]: imutable: unknown option "imutable"; did you mean "immutable"? [sdk-unknown-option]',
  ],
  'Secret.external': [() => Secret.external('db', js([5])), 'Secret.external: keys[0]: Wrong type: 5: must be a string [sdk-option-type]'],
  Service: [
    () => {
      const chart = testChart();
      const api = new Deployment(chart, 'Api', { name: 'api', containers: [web()] });
      return new Service(chart, 'ApiService', { selector: api, ports: [{ port: 80, ...{ targetport: 8080 } }] });
    },
    '[test/ApiService]: ports[0].targetport: unknown option "targetport"; did you mean "targetPort"? [sdk-unknown-option]',
  ],
  ServiceAccount: [
    () => new ServiceAccount(testChart(), 'Sa', { labels: { team: 'shop' }, ...{ nmae: 'api' } }),
    '[test/Sa]: nmae: unknown option "nmae"; did you mean "name"? [sdk-unknown-option]',
  ],
  'ServiceAccount.external': [
    () => ServiceAccount.external(js(['api'])),
    'ServiceAccount.external: name: Wrong type: ["api"]: must be a string [sdk-option-type]',
  ],
  'StartupProbe.exec': [
    () => StartupProbe.exec({ command: ['true'], ...{ bugdet: Duration.minutes(5) } }),
    'StartupProbe.exec: bugdet: unknown option "bugdet"; did you mean "budget"? [sdk-unknown-option]',
  ],
  'StartupProbe.grpc': [
    () => StartupProbe.grpc({ port: 9090, ...{ failureTreshold: 30 } }),
    'StartupProbe.grpc: failureTreshold: unknown option "failureTreshold"; did you mean "failureThreshold"? [sdk-unknown-option]',
  ],
  'StartupProbe.httpGet': [
    () => StartupProbe.httpGet({ path: '/healthz', port: 8080, ...{ hedaers: { a: 'b' } } }),
    'StartupProbe.httpGet: hedaers: unknown option "hedaers"; did you mean "headers"? [sdk-unknown-option]',
  ],
  'StartupProbe.tcpSocket': [
    () => StartupProbe.tcpSocket({ port: 8080, ...{ priod: Duration.seconds(10) } }),
    'StartupProbe.tcpSocket: priod: unknown option "priod"; did you mean "period"? [sdk-unknown-option]',
  ],
  StartupProbePod: [
    () => new StartupProbePod(testChart(), 'Startup', { startupPeriod: Duration.seconds(10), ...{ startupBuget: Duration.minutes(5) } }),
    '[test/Startup]: startupBuget: unknown option "startupBuget"; did you mean "startupBudget"? [sdk-unknown-option]',
  ],
  StatefulSet: [
    () => new StatefulSet(testChart(), 'Db', { name: 'db', containers: [web()], ...{ serviceNme: 'db' } }),
    '[test/Db]: serviceNme: unknown option "serviceNme"; did you mean "serviceName"? [sdk-unknown-option]',
  ],
  'StatefulSetUpdateStrategy.onDelete': null,
  'StatefulSetUpdateStrategy.rollingUpdate': [
    () => StatefulSetUpdateStrategy.rollingUpdate(js({ partiton: 1 })),
    'StatefulSetUpdateStrategy.rollingUpdate: partiton: unknown option "partiton"; did you mean "partition"? [sdk-unknown-option]',
  ],
  'Toleration.equals': [
    () => Toleration.equals('dedicated', 'gpu', { tolerationSeconds: Duration.minutes(5), ...{ efect: 'NoExecute' } }),
    'Toleration.equals: efect: unknown option "efect"; did you mean "effect"? [sdk-unknown-option]',
  ],
  'Toleration.everything': null,
  'Toleration.exists': [
    () => Toleration.exists('gpu', js({ efect: 'NoSchedule' })),
    'Toleration.exists: efect: unknown option "efect"; did you mean "effect"? [sdk-unknown-option]',
  ],
  'Volume.emptyDir': [
    () => Volume.emptyDir('cache', { medium: 'Memory', ...{ sizelimit: Size.mebibytes(64) } }),
    'Volume.emptyDir: sizelimit: unknown option "sizelimit"; did you mean "sizeLimit"? [sdk-unknown-option]',
  ],
  'Volume.fromClaim': [
    () => Volume.fromClaim(PersistentVolumeClaim.external('data'), { name: 'data', ...{ readonly: true } }),
    'Volume.fromClaim: readonly: unknown option "readonly"; did you mean "readOnly"? [sdk-unknown-option]',
  ],
  'Volume.fromConfigMap': [
    () => Volume.fromConfigMap(config(), { name: 'config', ...{ defaultmode: 0o440 } }),
    'Volume.fromConfigMap: defaultmode: unknown option "defaultmode"; did you mean "defaultMode"? [sdk-unknown-option]',
  ],
  'Volume.fromSecret': [
    () => Volume.fromSecret(db(), { optional: true, ...{ item: {} } }),
    'Volume.fromSecret: item: unknown option "item"; did you mean "items"? [sdk-unknown-option]',
  ],
  'Volume.hostPath': [
    () => Volume.hostPath('logs', '/var/log', { reason: 'ships the node logs', ...{ tpye: 'Directory' } }),
    'Volume.hostPath: tpye: unknown option "tpye"; did you mean "type"? [sdk-unknown-option]',
  ],
  'Volume.projected': [
    () => Volume.projected('config', [], js({ defaultMod: 0o440 })),
    'Volume.projected: defaultMod: unknown option "defaultMod"; did you mean "defaultMode"? [sdk-unknown-option]',
  ],
  'VolumeClaimTemplate.of': [
    () => VolumeClaimTemplate.of('data', { storage: Size.gibibytes(1), ...{ storageClass: 'fast' } }),
    'VolumeClaimTemplate.of: storageClass: unknown option "storageClass"; did you mean "storageClassName"? [sdk-unknown-option]',
  ],
  applyTypedProbes: [
    () => {
      const chart = testChart();
      const d = new kplus.Deployment(chart, 'Web');
      const c = d.addContainer({ image: IMAGE, ports: [{ number: 8080, name: 'http' }] });
      applyTypedProbes(d, c, { readiness: ReadinessProbe.tcpSocket({ port: 'http' }), ...{ livenes: LivenessProbe.tcpSocket({ port: 'http' }) } });
    },
    '[test/Web]: livenes: unknown option "livenes"; did you mean "liveness"? [sdk-unknown-option]',
  ],
};

describe('the generated schema', () => {
  test('is what scripts/gen-props-schema.ts writes from the signatures as they are now (npm run gen:props-schema)', () => {
    const script = require.resolve('../scripts/gen-props-schema');
    // the script loads the compiler: only when something it reads has changed since the last run
    const rendered = cachedCompile({ name: 'props-schema', code: [script], inputs: null }, record =>
      (require(script) as typeof GenPropsSchema).renderPropsSchema(record),
    );
    expect(fs.readFileSync(path.join(__dirname, '..', 'lib', 'engine', 'options', 'props-schema.generated.ts'), 'utf8')).toBe(rendered);
  }, 60_000);

  test('describes every public builder and construct, and each has a case below', () => {
    expect(Object.keys(UNKNOWN_KEYS).sort()).toEqual(Object.keys(PROPS_ENTRIES).sort());
  });
});

describe('every builder rejects an unknown key of options held in a variable, with its did-you-mean', () => {
  const cases = Object.entries(UNKNOWN_KEYS).filter((e): e is [string, readonly [() => unknown, string]] => e[1] !== null);
  test.each(cases)('%s', (_builder, [build, message]) => {
    // GIVEN options spread from a variable, which the compiler does not check for excess keys
    // WHEN the builder is called
    // THEN it throws naming the key, the one meant and the rule (or the argument of the wrong type)
    expect(thrown(build)).toContain(message);
  });
});

describe('nested option objects are checked recursively, with paths', () => {
  test('a port of a container', () => {
    // GIVEN the second port's name misspelt, through a variable
    const metrics = { number: 9090, nmae: 'metrics' };
    // THEN the path names the port and the key
    expect(thrown(() => Container.of({ name: 'web', image: IMAGE, ports: [{ number: 8080 }, metrics] }))).toBe(
      'Container "web": ports[1].nmae: unknown option "nmae"; did you mean "name"? [sdk-unknown-option]',
    );
  });

  test("a construct's probe options, and a container's resources", () => {
    expect(
      thrown(() => new LivenessExecPod(testChart(), 'LivenessExec', { livenessProbe: { timeout: Duration.seconds(1), ...{ perod: Duration.seconds(5) } } })),
    ).toBe('[test/LivenessExec]: livenessProbe.perod: unknown option "perod"; did you mean "period"? [sdk-unknown-option]');
    expect(thrown(() => Container.of({ name: 'web', image: IMAGE, resources: { memory: { request: Size.mebibytes(64), limit: js('128Mi') } } }))).toBe(
      'Container "web": resources.memory.limit: Wrong type: "128Mi": must be a Size (from Size.kibibytes, mebibytes, gibibytes, tebibytes or pebibyte) [sdk-option-type]',
    );
  });

  test('every finding is reported at once', () => {
    const message = thrown(() => Container.of(js({ name: 'web', image: IMAGE, ports: [{ number: '8080' }], writablePath: ['/tmp'], user: { uid: '1000' } })));
    expect(message?.split('\n')).toEqual([
      'Container "web": ports[0].number: Wrong type: "8080": must be a number [sdk-option-type]',
      'Container "web": writablePath: unknown option "writablePath"; did you mean "writablePaths"? [sdk-unknown-option]',
      'Container "web": user.uid: Wrong type: "1000": must be a number [sdk-option-type]',
    ]);
  });
});

describe('values of the wrong JSON type are rejected, naming the type expected', () => {
  test.each([
    [
      'a number where a Duration is expected',
      () => LivenessProbe.exec(js({ command: ['true'], period: 10 })),
      'LivenessProbe.exec: period: Wrong type: 10: must be a Duration (from Duration.millis, seconds, minutes, hours, days or parse) [sdk-option-type]',
    ],
    [
      'a string where a number is expected',
      () => LivenessProbe.tcpSocket(js({ port: 8080, failureThreshold: '3' })),
      'LivenessProbe.tcpSocket: failureThreshold: Wrong type: "3": must be a number [sdk-option-type]',
    ],
    [
      'a string where a port number or name is expected is a name; a boolean is neither',
      () => LivenessProbe.tcpSocket(js({ port: true })),
      'LivenessProbe.tcpSocket: port: Wrong type: true: must be a string or a number [sdk-option-type]',
    ],
    [
      'a string where an array is expected',
      () => Container.of(js({ name: 'web', image: IMAGE, args: '--port=8080' })),
      'Container "web": args: Wrong type: "--port=8080": must be an array [sdk-option-type]',
    ],
    [
      'an empty command',
      () => Container.of(js({ name: 'web', image: IMAGE, command: [] })),
      'Container "web": command: Invalid value: []: must have at least one item [sdk-option-type]',
    ],
    [
      'a literal of another case',
      () => LivenessProbe.httpGet(js({ path: '/healthz', port: 8080, scheme: 'Http' })),
      'LivenessProbe.httpGet: scheme: Unsupported value: "Http": supported values: "HTTP", "HTTPS"; did you mean "HTTP"? [sdk-option-type]',
    ],
    [
      'a literal of another case, in a list',
      () => VolumeClaimTemplate.of('data', js({ storage: Size.gibibytes(1), accessModes: ['readWriteOnce'] })),
      'VolumeClaimTemplate.of: accessModes[0]: Unsupported value: "readWriteOnce": supported values: "ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"; did you mean "ReadWriteOnce"? [sdk-option-type]',
    ],
    [
      'a percentage without its %',
      () => DeploymentStrategy.rollingUpdate(js({ maxSurge: '25' })),
      'DeploymentStrategy.rollingUpdate: maxSurge: Wrong type: "25": must be a number or a string of the form ${number}% [sdk-option-type]',
    ],
    [
      'a readiness probe as the liveness probe',
      () => Container.of(js({ name: 'web', image: IMAGE, livenessProbe: ReadinessProbe.exec({ command: ['true'] }) })),
      'Container "web": livenessProbe: Wrong type: a ReadinessProbe: must be a LivenessProbe (from LivenessProbe.exec, httpGet, tcpSocket or grpc) [sdk-option-type]',
    ],
    [
      'a required key left out',
      () => LivenessProbe.httpGet(js({ port: 8080 })),
      'LivenessProbe.httpGet: path: Required value: must be a string [sdk-option-type]',
    ],
    ['options that are not an object', () => Container.of(js('web')), 'Container "undefined": props: Wrong type: "web": must be an object [sdk-option-type]'],
    [
      'a map of the wrong values',
      () => Container.of(js({ name: 'web', image: IMAGE, env: { PORT: 8080 } })),
      'Container "web": env[PORT]: Wrong type: 8080: must be a string or an EnvValue (from EnvValue.fromConfigMap, fromSecret, fromField or fromResource) [sdk-option-type]',
    ],
    [
      'a construct where a reference is expected',
      () => Volume.fromConfigMap(js('app')),
      'Volume.fromConfigMap: configMap: Wrong type: "app": must be a ConfigMapRef (an object with configMapName and keys) [sdk-option-type]',
    ],
    [
      'a Secret where a ConfigMap is expected',
      () => EnvFrom.configMap(js(Secret.external('db', ['password']))),
      'EnvFrom.configMap: configMap: Wrong type: {"secretName":"db","keys":["password"]}: must be a ConfigMapRef (an object with configMapName and keys); it has no configMapName [sdk-option-type]',
    ],
    [
      'a schedule as a string',
      () => new CronJob(testChart(), 'Report', js({ name: 'report', containers: [web()], schedule: '0 3 * * *' })),
      '[test/Report]: schedule: Wrong type: "0 3 * * *": must be a Cron (from Cron.everyMinute, hourly, daily, weekly, monthly, annually or schedule) [sdk-option-type]',
    ],
  ] as const)('%s', (_what, build, message) => {
    expect(thrown(build)).toBe(message);
  });

  test('a construct given where a value is expected is named, not printed', () => {
    // GIVEN a Deployment given as a container
    const chart = testChart();
    const api = new Deployment(chart, 'Api', { name: 'api', containers: [web()] });
    // THEN the message says what it is
    expect(thrown(() => new Pod(chart, 'Pod', js({ name: 'pod', containers: [api] })))).toBe(
      '[test/Pod]: containers[0]: Wrong type: a Deployment: must be a Container (from Container.of) [sdk-option-type]',
    );
  });
});

describe('messages say what was given and what was meant', () => {
  test('a number JSON cannot hold is shown as itself, not as null', () => {
    // GIVEN replicas and a port read from environment variables that are not set (NaN), and an Infinity
    // WHEN built / THEN the messages show NaN and Infinity
    expect(thrown(() => new Deployment(testChart(), 'Api', { name: 'api', containers: [web()], replicas: Number(undefined) }))).toBe(
      '[test/Api]: replicas: Invalid value: NaN: must be a whole number, 0 or more [sdk-workload-option]',
    );
    expect(thrown(() => Container.of({ name: 'api', image: IMAGE, ports: [{ name: 'http', number: Infinity }] }))).toContain(
      'ports[0].containerPort: Wrong type: Infinity: must be an integer',
    );
  });

  test('a Linux capability with its CAP_ prefix is suggested without it, and a literal a typo away is suggested', () => {
    // GIVEN CAP_NET_BIND_SERVICE and CAP_KILL from a JavaScript caller, and the restart policy "Nevr"
    const capabilities = (name: string) =>
      thrown(() => Container.of({ name: 'api', image: IMAGE, exemptions: { addCapabilities: { capabilities: js([name]), reason: 'binds port 80' } } }));
    // WHEN built / THEN the name without the prefix is suggested
    expect(capabilities('CAP_NET_BIND_SERVICE')).toMatch(
      /Unsupported value: "CAP_NET_BIND_SERVICE": supported values: .*; did you mean "NET_BIND_SERVICE"\? \[sdk-option-type\]$/,
    );
    expect(capabilities('CAP_KILL')).toMatch(/; did you mean "KILL"\? \[sdk-option-type\]$/);
    expect(thrown(() => new Job(testChart(), 'Once', { name: 'once', containers: [web()], restartPolicy: js('Nevr') }))).toContain(
      'restartPolicy: Unsupported value: "Nevr": supported values: "Never", "OnFailure"; did you mean "Never"?',
    );
  });

  test('a pod field the downward API does not give to env is an unsupported value, with the supported ones, and no far-fetched guess', () => {
    // GIVEN status.phase from a JavaScript caller / WHEN built / THEN the supported fields, the templates among them
    const message = thrown(() => EnvValue.fromField(js('status.phase')));
    expect(message).toContain(
      `field: Unsupported value: "status.phase": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "metadata.labels['<string>']"`,
    );
    expect(message).not.toContain('did you mean');
  });

  test('a writable path given twice, once with a trailing slash, is the same path twice', () => {
    // GIVEN /var/cache and /var/cache/ / WHEN built / THEN the second is a duplicate of the first
    expect(thrown(() => Container.of({ name: 'api', image: IMAGE, writablePaths: ['/var/cache', '/var/cache/'] }))).toBe(
      'Container "api": writablePaths[1]: Duplicate value: "/var/cache/": the same path twice: writablePaths[0] is "/var/cache" [sdk-writable-path]',
    );
  });
});

describe("a manifest's spelling gets the advice the compiler gives", () => {
  test.each([
    [
      'initialDelaySeconds',
      () => LivenessProbe.exec(js({ command: ['true'], initialDelaySeconds: 5 })),
      'LivenessProbe.exec: initialDelaySeconds: "initialDelaySeconds" is how a manifest writes it: write initialDelay: Duration.seconds(n) [sdk-unknown-option]',
    ],
    [
      'periodSeconds',
      () => ReadinessProbe.tcpSocket(js({ port: 8080, periodSeconds: 10 })),
      'ReadinessProbe.tcpSocket: periodSeconds: "periodSeconds" is how a manifest writes it: write period: Duration.seconds(n) [sdk-unknown-option]',
    ],
    [
      'timeoutSeconds',
      () => StartupProbe.tcpSocket(js({ port: 8080, timeoutSeconds: 1 })),
      'StartupProbe.tcpSocket: timeoutSeconds: "timeoutSeconds" is how a manifest writes it: write timeout: Duration.seconds(n) [sdk-unknown-option]',
    ],
    [
      'terminationGracePeriodSeconds',
      () => LivenessProbe.tcpSocket(js({ port: 8080, terminationGracePeriodSeconds: 10 })),
      'LivenessProbe.tcpSocket: terminationGracePeriodSeconds: "terminationGracePeriodSeconds" is how a manifest writes it: write terminationGracePeriod: Duration.seconds(n) (liveness and startup probes only) [sdk-unknown-option]',
    ],
    [
      'httpHeaders',
      () => LivenessProbe.httpGet(js({ path: '/healthz', port: 8080, httpHeaders: [{ name: 'Custom-Header', value: 'Awesome' }] })),
      `LivenessProbe.httpGet: httpHeaders: "httpHeaders" is how a manifest writes it: write headers: { 'Header-Name': 'value' } [sdk-unknown-option]`,
    ],
    [
      'containerPort',
      () => Container.of(js({ name: 'web', image: IMAGE, ports: [{ containerPort: 8080 }] })),
      'Container "web": ports[0].containerPort: "containerPort" is how a manifest writes it: write the port as number: 8080 [sdk-unknown-option]\nContainer "web": ports[0].number: Required value: must be a number [sdk-option-type]',
    ],
    [
      'a probe as a manifest writes it',
      () => Container.of(js({ name: 'web', image: IMAGE, livenessProbe: { httpGet: { path: '/healthz', port: 8080 } } })),
      'Container "web": livenessProbe.httpGet: "httpGet" is how a manifest writes it: build it with LivenessProbe.httpGet({ path, port }) [sdk-unknown-option]',
    ],
    [
      'a hook as a manifest writes it',
      () => Container.of(js({ name: 'web', image: IMAGE, lifecycle: { preStop: { exec: { command: ['sleep', '5'] } } } })),
      'Container "web": lifecycle.preStop.exec: "exec" is how a manifest writes it: build it with LifecycleHandler.exec({ command }) [sdk-unknown-option]',
    ],
    [
      'volumeMounts',
      () => Container.of(js({ name: 'web', image: IMAGE, volumeMounts: [{ name: 'data', mountPath: '/data' }] })),
      'Container "web": volumeMounts: "volumeMounts" is how a manifest writes it: write mounts: [{ volume, path }] with the Volume object; the pod gets the volumes its containers mount [sdk-unknown-option]',
    ],
    [
      'securityContext',
      () => Container.of(js({ name: 'web', image: IMAGE, securityContext: { runAsUser: 0 } })),
      'Container "web": securityContext: "securityContext" is how a manifest writes it: containers are secure by default; set user: { uid } or give exemptions: { runAsRoot: { reason }, ... } [sdk-unknown-option]',
    ],
    [
      'resources.limits',
      () => Container.of(js({ name: 'web', image: IMAGE, resources: { limits: { cpu: '500m' } } })),
      'Container "web": resources.limits: "limits" is how a manifest writes it: write cpu: { request: Cpu.millis(100), limit: Cpu.millis(500) } and memory: { request, limit } (Size.mebibytes(n)) [sdk-unknown-option]',
    ],
    [
      'spec',
      () => new Deployment(testChart(), 'Api', js({ name: 'api', containers: [web()], spec: { replicas: 3 } })),
      `[test/Api]: spec: "spec" is how a manifest writes it: give the spec's fields as props (containers: [Container.of({ ... })], replicas, ...): the SDK writes the spec [sdk-unknown-option]`,
    ],
    [
      'template',
      () => new Deployment(testChart(), 'Api', js({ name: 'api', containers: [web()], template: {} })),
      `[test/Api]: template: "template" is how a manifest writes it: give the pod's containers and options as props (containers: [Container.of({ ... })]): the SDK writes the template [sdk-unknown-option]`,
    ],
    [
      'selector of a workload',
      () => new StatefulSet(testChart(), 'Db', js({ name: 'db', containers: [web()], selector: { matchLabels: { app: 'db' } } })),
      `[test/Db]: selector: "selector" is how a manifest writes it: write selectorLabels: { app: 'web' }; the SDK writes the selector and the pod labels from them [sdk-unknown-option]`,
    ],
    [
      'matchLabels',
      () => new DaemonSet(testChart(), 'Agent', js({ name: 'agent', containers: [web()], matchLabels: { app: 'agent' } })),
      `[test/Agent]: matchLabels: "matchLabels" is how a manifest writes it: write selectorLabels: { app: 'web' }; the SDK writes the selector and the pod labels from them [sdk-unknown-option]`,
    ],
    [
      'metadata',
      () => new ConfigMap(testChart(), 'Config', js({ metadata: { name: 'app' }, data: {} })),
      '[test/Config]: metadata: "metadata" is how a manifest writes it: give name, namespace, labels and annotations as props [sdk-unknown-option]',
    ],
    [
      'minReadySeconds',
      () => new Deployment(testChart(), 'Api', js({ name: 'api', containers: [web()], minReadySeconds: 10 })),
      '[test/Api]: minReadySeconds: "minReadySeconds" is how a manifest writes it: write minReady: Duration.seconds(n) [sdk-unknown-option]',
    ],
    [
      'ttlSecondsAfterFinished',
      () => new Job(testChart(), 'Migrate', js({ name: 'migrate', containers: [web()], ttlSecondsAfterFinished: 3600 })),
      '[test/Migrate]: ttlSecondsAfterFinished: "ttlSecondsAfterFinished" is how a manifest writes it: write ttlAfterFinished: Duration.seconds(n) [sdk-unknown-option]',
    ],
    [
      'terminationGracePeriodSeconds of a pod',
      () => new Pod(testChart(), 'Pod', js({ name: 'pod', containers: [web()], terminationGracePeriodSeconds: 60 })),
      '[test/Pod]: terminationGracePeriodSeconds: "terminationGracePeriodSeconds" is how a manifest writes it: write terminationGracePeriod: Duration.seconds(n) [sdk-unknown-option]',
    ],
    [
      'clusterIP',
      () => {
        const chart = testChart();
        return new Service(
          chart,
          'Svc',
          js({ selector: new Deployment(chart, 'Api', { name: 'api', containers: [web()] }), ports: [{ port: 80 }], clusterIP: 'None' }),
        );
      },
      '[test/Svc]: clusterIP: "clusterIP" is how a manifest writes it: write headless: true for clusterIP: None; the cluster allocates the IP otherwise [sdk-unknown-option]',
    ],
  ] as const)('%s', (_key, build, message) => {
    expect(thrown(build)).toBe(message);
  });
});

describe('the builders keep their own words for what their types allow another kind of', () => {
  test('a success threshold on a liveness probe is "only for readiness probes", not an unknown key', () => {
    expect(thrown(() => LivenessProbe.exec(js({ command: ['true'], successThreshold: 2 })))).toBe(
      'LivenessProbe.exec: successThreshold: Invalid value: 2: is only for readiness probes; Kubernetes requires 1 for liveness probes [sdk-probe-option]',
    );
  });

  test('but its type is checked first', () => {
    expect(thrown(() => LivenessProbe.exec(js({ command: ['true'], budget: 300 })))).toBe(
      'LivenessProbe.exec: budget: Wrong type: 300: must be a Duration (from Duration.millis, seconds, minutes, hours, days or parse) [sdk-option-type]',
    );
  });
});

describe('correct options pass, from a variable as from a literal', () => {
  test('the twins of the mistakes above build', () => {
    const timing = { initialDelay: Duration.seconds(5), period: Duration.seconds(10) };
    const extra = { livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'http', ...timing }) };
    const chart = testChart();
    const container = Container.of({
      name: 'web',
      image: IMAGE,
      ports: [{ name: 'http', number: 8080 }],
      ...extra,
      env: { A: 'b', C: EnvValue.fromField('metadata.name') },
    });
    const api = new Deployment(chart, 'Api', { name: 'api', containers: [container], ...{ replicas: 3, minReady: Duration.seconds(10) } });
    expect(() => new Service(chart, 'ApiService', { selector: api, ports: [{ port: 80, ...{ targetPort: 'http' as const } }] })).not.toThrow();
    expect(() => StartupProbe.httpGet({ path: '/healthz', port: 8080, ...{ budget: Duration.minutes(5), period: Duration.seconds(10) } })).not.toThrow();
    expect(() =>
      Container.of({ name: 'app', image: IMAGE, resources: { cpu: { request: kplus.Cpu.millis(100), limit: kplus.Cpu.millis(500) } } }),
    ).not.toThrow();
  });
});
