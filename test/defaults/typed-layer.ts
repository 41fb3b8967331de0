/**
 * The `@default` pins of the typed layer: containers (env, volumes, hooks, exemptions), config
 * objects, pod options, Deployments and Services. Each check builds without the prop and asserts
 * what the output shows.
 */
import { Size } from 'cdk8s';
import {
  ConfigMap,
  Container,
  convertManifests,
  Deployment,
  DeploymentStrategy,
  EnvFrom,
  EnvValue,
  LifecycleHandler,
  PersistentVolumeClaim,
  Pod,
  ProbedService,
  ReadinessProbe,
  Secret,
  Service,
  ServiceAccount,
  Toleration,
  Volume,
} from '../../lib';
import { synth, testChart } from '../support';
import { Pin } from './pin';

const IMAGE = 'registry.k8s.io/pause:3.9';
const NOT_EMITTED_START = '- not emitted; the pod does not start';
const GENERATED_NAME = "- a unique name derived from the construct's path";

/** The container JSON of `props`. */
function container(props: Partial<Parameters<typeof Container.of>[0]> = {}): any {
  return Container.of({ name: 'app', image: IMAGE, ...props } as never).toJson().container;
}

/** The synthesized Deployment of one plain container, with `props`. */
function deployment(props: Record<string, unknown> = {}): any {
  const chart = testChart();
  new Deployment(chart, 'App', { name: 'app', containers: [Container.of({ name: 'app', image: IMAGE })], ...props });
  return synth(chart)[0];
}

/** The pod spec of a Deployment with `props`. */
function podSpec(props: Record<string, unknown> = {}): any {
  return deployment(props).spec.template.spec;
}

/** The first manifest a construct built in a fresh chart. */
function first(build: (chart: ReturnType<typeof testChart>) => void): any {
  const chart = testChart();
  build(chart);
  return synth(chart)[0];
}

/** The Service of a Deployment with named ports, with `props` (its port 80 targets the port its container declares, 80). */
function service(props: Record<string, unknown> = {}, port: Record<string, unknown> = {}): any {
  const chart = testChart();
  const api = new Deployment(chart, 'Api', { name: 'api', containers: [Container.of({ name: 'api', image: IMAGE, ports: [{ name: 'http', number: 80 }] })] });
  new Service(chart, 'Svc', { selector: api, ports: [{ port: 80, ...port }], ...props });
  return synth(chart)[1];
}

const cm = ConfigMap.external('settings', ['a']);
const secret = Secret.external('creds', ['a']);

export const TYPED_LAYER_PINS: Record<string, Pin> = {
  // ---- containers: props ----------------------------------------------------------------------
  'ContainerProps.workingDir': { doc: "- the image's WORKDIR", check: () => expect(container()).not.toHaveProperty('workingDir') },
  'ContainerProps.envFrom': { doc: '- none', check: () => expect(container()).not.toHaveProperty('envFrom') },
  'ContainerProps.mounts': {
    doc: '- none (besides the `writablePaths`)',
    check: () => {
      expect(container()).not.toHaveProperty('volumeMounts');
      expect(container({ writablePaths: ['/tmp'] }).volumeMounts).toEqual([{ name: 'app-tmp', mountPath: '/tmp' }]);
    },
  },
  'ContainerProps.lifecycle': { doc: '- none', check: () => expect(container()).not.toHaveProperty('lifecycle') },
  'ContainerProps.seccompLocalhostProfile': {
    doc: "- the pod's `RuntimeDefault` profile",
    check: () => {
      expect(container().securityContext).not.toHaveProperty('seccompProfile');
      expect(podSpec().securityContext.seccompProfile).toEqual({ type: 'RuntimeDefault' });
    },
  },
  'ContainerProps.exemptions': {
    doc: '- none: the secure defaults hold',
    check: () =>
      expect(container().securityContext).toEqual({
        allowPrivilegeEscalation: false,
        capabilities: { drop: ['ALL'] },
        readOnlyRootFilesystem: true,
        runAsNonRoot: true,
        runAsUser: 65534,
        runAsGroup: 65534,
      }),
  },
  // ---- containers: exemptions -----------------------------------------------------------------
  'ContainerExemptions.runAsRoot': {
    doc: '- the container runs as `user` (nobody unless given)',
    check: () => expect(container({ user: { uid: 1000 } }).securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000 }),
  },
  'ContainerExemptions.writableRootFilesystem': {
    doc: '- a read-only root filesystem',
    check: () => expect(container().securityContext.readOnlyRootFilesystem).toBe(true),
  },
  'ContainerExemptions.privilegeEscalation': {
    doc: '- `allowPrivilegeEscalation: false`',
    check: () => expect(container().securityContext.allowPrivilegeEscalation).toBe(false),
  },
  'ContainerExemptions.addCapabilities': {
    doc: '- every capability dropped',
    check: () => expect(container().securityContext.capabilities).toEqual({ drop: ['ALL'] }),
  },
  'ContainerExemptions.unconfinedSeccomp': {
    doc: "- the pod's `RuntimeDefault` profile",
    check: () => expect(container().securityContext).not.toHaveProperty('seccompProfile'),
  },
  'ContainerExemptions.noResourceLimits': {
    doc: '- the limits of `resources`',
    check: () => expect(container().resources.limits).toEqual({ cpu: '500m', memory: '128Mi' }),
  },
  'ContainerExemptions.imageUser': {
    doc: '- the container runs as `user` (nobody unless given) with `runAsNonRoot: true`',
    check: () => {
      expect(container().securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 65534, runAsGroup: 65534 });
      const image = container({ exemptions: { imageUser: { reason: 'r' } } }).securityContext;
      for (const field of ['runAsNonRoot', 'runAsUser', 'runAsGroup']) expect(image).not.toHaveProperty(field);
    },
  },
  'ContainerExemptions.defaultCapabilities': {
    doc: '- every capability dropped',
    check: () => {
      expect(container().securityContext.capabilities).toEqual({ drop: ['ALL'] });
      expect(container({ exemptions: { defaultCapabilities: { reason: 'r' } } }).securityContext).not.toHaveProperty('capabilities');
    },
  },
  'ContainerExemptions.defaultPrivilegeEscalation': {
    doc: '- `allowPrivilegeEscalation: false`',
    check: () => {
      expect(container().securityContext.allowPrivilegeEscalation).toBe(false);
      expect(container({ exemptions: { defaultPrivilegeEscalation: { reason: 'r' } } }).securityContext).not.toHaveProperty('allowPrivilegeEscalation');
    },
  },
  'ContainerExemptions.defaultRootFilesystem': {
    doc: '- a read-only root filesystem',
    check: () => {
      expect(container().securityContext.readOnlyRootFilesystem).toBe(true);
      expect(container({ exemptions: { defaultRootFilesystem: { reason: 'r' } } }).securityContext).not.toHaveProperty('readOnlyRootFilesystem');
    },
  },
  'ContainerExemptions.noResources': {
    doc: '- the requests and limits of `resources`',
    check: () => {
      expect(container().resources).toEqual({ requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '500m', memory: '128Mi' } });
      expect(container({ exemptions: { noResources: { reason: 'r' } } })).not.toHaveProperty('resources');
    },
  },
  'ContainerExemptions.imageRegistry': {
    doc: '- such a registry is an error: it is most likely a typo, and the image fails to pull',
    check: () => expect(() => container({ image: 'k8c.gcr.io/pause:3.9' })).toThrow('[image-registry-typo]'),
  },
  'ContainerExemptions.commandWithSpaces': {
    doc: '- a first element with spaces is an error',
    check: () => expect(() => container({ command: ['cat /tmp/healthy'] })).toThrow('[exec-command-words]'),
  },
  // ---- containers: env ------------------------------------------------------------------------
  'KeyRefOptions.optional': {
    doc: NOT_EMITTED_START,
    check: () => expect(EnvValue.fromSecret(secret, 'a').toJson()).toEqual({ secretKeyRef: { name: 'creds', key: 'a' } }),
  },
  'ResourceRefOptions.container': {
    doc: '- the container the variable is in',
    check: () => expect(EnvValue.fromResource('limits.cpu').toJson()).toEqual({ resourceFieldRef: { resource: 'limits.cpu' } }),
  },
  'ResourceRefOptions.divisor': {
    doc: '- not emitted; `1`',
    check: () => expect(EnvValue.fromResource('requests.memory').toJson()).not.toHaveProperty('resourceFieldRef.divisor'),
  },
  'EnvFromOptions.prefix': { doc: '- none', check: () => expect(EnvFrom.configMap(cm).toJson()).toEqual({ configMapRef: { name: 'settings' } }) },
  'EnvFromOptions.optional': { doc: NOT_EMITTED_START, check: () => expect(EnvFrom.secret(secret).toJson()).toEqual({ secretRef: { name: 'creds' } }) },
  // ---- containers: volumes --------------------------------------------------------------------
  'KeyVolumeOptions.name': {
    doc: "- the ConfigMap's or Secret's name",
    check: () => {
      expect(Volume.fromConfigMap(cm).name).toBe('settings');
      expect(Volume.fromSecret(secret).name).toBe('creds');
    },
  },
  'KeyVolumeOptions.items': {
    doc: '- every key, each as a file named after it',
    check: () => expect(Volume.fromConfigMap(cm).toJson()).toEqual({ name: 'settings', configMap: { name: 'settings' } }),
  },
  'KeyVolumeOptions.defaultMode': {
    doc: '- not emitted; Kubernetes uses 0o644',
    check: () => expect(Volume.fromSecret(secret).toJson()).toEqual({ name: 'creds', secret: { secretName: 'creds' } }),
  },
  'KeyVolumeOptions.optional': { doc: NOT_EMITTED_START, check: () => expect(Volume.fromSecret(secret).toJson()).not.toHaveProperty('secret.optional') },
  'EmptyDirOptions.medium': { doc: "- not emitted; the node's disk", check: () => expect(Volume.emptyDir('d').toJson()).toEqual({ name: 'd', emptyDir: {} }) },
  'EmptyDirOptions.sizeLimit': {
    doc: "- not emitted; no limit but the node's",
    check: () => expect(Volume.emptyDir('d').toJson()).not.toHaveProperty('emptyDir.sizeLimit'),
  },
  'ClaimVolumeOptions.name': { doc: "- the claim's name", check: () => expect(Volume.fromClaim({ claimName: 'data' }).name).toBe('data') },
  'ClaimVolumeOptions.readOnly': {
    doc: '- not emitted; read-write',
    check: () => expect(Volume.fromClaim({ claimName: 'data' }).toJson()).toEqual({ name: 'data', persistentVolumeClaim: { claimName: 'data' } }),
  },
  'HostPathOptions.type': {
    doc: '- not emitted; no check',
    check: () => expect(Volume.hostPath('h', '/var/log', { reason: 'logs' }).toJson()).toEqual({ name: 'h', hostPath: { path: '/var/log' } }),
  },
  'VolumeMount.readOnly': {
    doc: '- not emitted; read-write',
    check: () => expect(container({ mounts: [{ volume: Volume.emptyDir('d'), path: '/d' }] }).volumeMounts).toEqual([{ name: 'd', mountPath: '/d' }]),
  },
  'VolumeMount.subPath': {
    doc: "- the volume's root",
    check: () => expect(container({ mounts: [{ volume: Volume.emptyDir('d'), path: '/d' }] }).volumeMounts[0]).not.toHaveProperty('subPath'),
  },
  'Lifecycle.postStart': {
    doc: '- none',
    check: () => expect(container({ lifecycle: { preStop: LifecycleHandler.exec({ command: ['sleep', '5'] }) } }).lifecycle).not.toHaveProperty('postStart'),
  },
  'Lifecycle.preStop': {
    doc: '- none',
    check: () => expect(container({ lifecycle: { postStart: LifecycleHandler.exec({ command: ['true'] }) } }).lifecycle).not.toHaveProperty('preStop'),
  },
  // ---- config objects -------------------------------------------------------------------------
  'ConfigMapProps.name': {
    doc: GENERATED_NAME,
    check: () => expect(first(c => new ConfigMap(c, 'Settings', { data: { a: 'b' } })).metadata.name).toMatch(/^test-settings-c8[0-9a-f]{6}$/),
  },
  'ConfigMapProps.immutable': {
    doc: '- not emitted; Kubernetes lets the data change',
    check: () => expect(first(c => new ConfigMap(c, 'Settings', { data: { a: 'b' } }))).not.toHaveProperty('immutable'),
  },
  'SecretProps.name': {
    doc: GENERATED_NAME,
    check: () => expect(first(c => new Secret(c, 'Creds', { stringData: { a: 'b' } })).metadata.name).toMatch(/^test-creds-c8[0-9a-f]{6}$/),
  },
  'SecretProps.type': { doc: "'Opaque'", check: () => expect(first(c => new Secret(c, 'Creds', { stringData: { a: 'b' } })).type).toBe('Opaque') },
  'SecretProps.immutable': {
    doc: '- not emitted; Kubernetes lets the data change',
    check: () => expect(first(c => new Secret(c, 'Creds', { stringData: { a: 'b' } }))).not.toHaveProperty('immutable'),
  },
  'PersistentVolumeClaimProps.name': {
    doc: GENERATED_NAME,
    check: () => expect(first(c => new PersistentVolumeClaim(c, 'Data', { storage: Size.gibibytes(1) })).metadata.name).toMatch(/^test-data-c8[0-9a-f]{6}$/),
  },
  'ClaimOptions.accessModes': {
    doc: "['ReadWriteOnce']",
    check: () => expect(first(c => new PersistentVolumeClaim(c, 'Data', { storage: Size.gibibytes(1) })).spec.accessModes).toEqual(['ReadWriteOnce']),
  },
  'ClaimOptions.storageClassName': {
    doc: "- not emitted; the cluster's default class",
    check: () => expect(first(c => new PersistentVolumeClaim(c, 'Data', { storage: Size.gibibytes(1) })).spec).not.toHaveProperty('storageClassName'),
  },
  'ClaimOptions.volumeMode': {
    doc: "- not emitted; Kubernetes uses 'Filesystem'",
    check: () => expect(first(c => new PersistentVolumeClaim(c, 'Data', { storage: Size.gibibytes(1) })).spec).not.toHaveProperty('volumeMode'),
  },
  'ServiceAccountProps.name': {
    doc: GENERATED_NAME,
    check: () => expect(first(c => new ServiceAccount(c, 'Sa')).metadata.name).toMatch(/^test-sa-c8[0-9a-f]{6}$/),
  },
  // ---- pod options ----------------------------------------------------------------------------
  'PodProps.restartPolicy': {
    doc: "- not emitted; Kubernetes uses 'Always'",
    check: () =>
      expect(first(c => new Pod(c, 'Pod', { name: 'p', containers: [Container.of({ name: 'a', image: IMAGE })] })).spec).not.toHaveProperty('restartPolicy'),
  },
  'PodTemplateOptions.initContainers': { doc: '- none', check: () => expect(podSpec()).not.toHaveProperty('initContainers') },
  'PodTemplateOptions.serviceAccount': {
    doc: "- not emitted; the namespace's `default` ServiceAccount",
    check: () => expect(podSpec()).not.toHaveProperty('serviceAccountName'),
  },
  'PodTemplateOptions.imagePullSecrets': { doc: '- none', check: () => expect(podSpec()).not.toHaveProperty('imagePullSecrets') },
  'PodTemplateOptions.nodeSelector': { doc: '- any node', check: () => expect(podSpec()).not.toHaveProperty('nodeSelector') },
  'PodTemplateOptions.tolerations': {
    doc: '- none',
    check: () => {
      expect(podSpec()).not.toHaveProperty('tolerations');
      expect(Toleration.everything().toJson()).toEqual({ operator: 'Exists' });
    },
  },
  'PodTemplateOptions.affinity': { doc: '- none', check: () => expect(podSpec()).not.toHaveProperty('affinity') },
  'PodTemplateOptions.terminationGracePeriod': {
    doc: '- not emitted; Kubernetes waits 30 seconds',
    check: () => expect(podSpec()).not.toHaveProperty('terminationGracePeriodSeconds'),
  },
  'PodTemplateOptions.priorityClassName': {
    doc: "- not emitted; the cluster's default priority",
    check: () => expect(podSpec()).not.toHaveProperty('priorityClassName'),
  },
  'PodTemplateOptions.shareProcessNamespace': {
    doc: '- not emitted; Kubernetes does not share it',
    check: () => expect(podSpec()).not.toHaveProperty('shareProcessNamespace'),
  },
  'PodTemplateOptions.fsGroup': {
    doc: '- not emitted; volumes keep the ownership their storage gives them',
    check: () => {
      expect(podSpec().securityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
      expect(podSpec({ fsGroup: 999 }).securityContext).toEqual({ runAsNonRoot: true, fsGroup: 999, seccompProfile: { type: 'RuntimeDefault' } });
    },
  },
  'PodTemplateOptions.exemptions': {
    doc: '- none: the secure defaults hold',
    check: () => {
      const spec = podSpec();
      expect(spec.securityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
      for (const field of ['hostNetwork', 'hostPID', 'hostIPC']) expect(spec).not.toHaveProperty(field);
    },
  },
  'PodExemptions.hostNetwork': { doc: "- the pod's own network namespace", check: () => expect(podSpec()).not.toHaveProperty('hostNetwork') },
  'PodExemptions.hostPID': { doc: "- the pod's own process namespace", check: () => expect(podSpec()).not.toHaveProperty('hostPID') },
  'PodExemptions.hostIPC': { doc: "- the pod's own IPC namespace", check: () => expect(podSpec()).not.toHaveProperty('hostIPC') },
  'PodExemptions.sharedPortName': {
    doc: '- a port name declared by two containers is an error',
    check: () => {
      const metrics = (name: string, number: number) => Container.of({ name, image: IMAGE, ports: [{ name: 'metrics', number }] });
      expect(() => new Deployment(testChart(), 'App', { name: 'app', containers: [metrics('app', 9090), metrics('proxy', 9091)] })).toThrow(
        '[pod-port-name-shared]',
      );
    },
  },
  'PodExemptions.imageUser': {
    doc: '- `runAsNonRoot: true` on the pod',
    check: () => {
      expect(podSpec().securityContext.runAsNonRoot).toBe(true);
      expect(podSpec({ exemptions: { imageUser: { reason: 'r' } } }).securityContext).not.toHaveProperty('runAsNonRoot');
    },
  },
  'PodExemptions.noSeccompProfile': {
    doc: '- the `RuntimeDefault` profile on the pod',
    check: () => {
      expect(podSpec().securityContext.seccompProfile).toEqual({ type: 'RuntimeDefault' });
      expect(podSpec({ exemptions: { noSeccompProfile: { reason: 'r' } } }).securityContext).not.toHaveProperty('seccompProfile');
    },
  },
  'PodExemptions.defaultServiceAccountToken': {
    doc: '- no token (`automountServiceAccountToken: false`)',
    check: () => {
      expect(podSpec().automountServiceAccountToken).toBe(false);
      expect(podSpec({ exemptions: { defaultServiceAccountToken: { reason: 'r' } } })).not.toHaveProperty('automountServiceAccountToken');
    },
  },
  'PodTemplateOptions.volumeOrder': {
    doc: '- the volumes the containers mount, in the order they first mount them',
    check: () => {
      const [a, b] = [Volume.emptyDir('a'), Volume.emptyDir('b')];
      const app = (volumeOrder?: Volume[]) => {
        const c = Container.of({
          name: 'app',
          image: IMAGE,
          mounts: [
            { volume: a, path: '/a' },
            { volume: b, path: '/b' },
          ],
        });
        const chart = testChart();
        new Deployment(chart, 'App', { name: 'app', containers: [c], volumeOrder });
        return synth(chart)[0].spec.template.spec.volumes.map((v: { name: string }) => v.name);
      };
      expect(app()).toEqual(['a', 'b']);
      expect(app([Volume.emptyDir('unmounted'), b])).toEqual(['unmounted', 'b', 'a']);
    },
  },
  'PodExemptions.serviceAccountToken': {
    doc: '- no token (`automountServiceAccountToken: false`)',
    check: () => expect(podSpec().automountServiceAccountToken).toBe(false),
  },
  'TolerationOptions.effect': { doc: '- every effect', check: () => expect(Toleration.exists('spot').toJson()).toEqual({ key: 'spot', operator: 'Exists' }) },
  'TolerationOptions.tolerationSeconds': {
    doc: '- not emitted; forever',
    check: () => expect(Toleration.equals('k', 'v', { effect: 'NoExecute' }).toJson()).not.toHaveProperty('tolerationSeconds'),
  },
  // ---- workloads ------------------------------------------------------------------------------
  'WorkloadProps.podLabels': {
    doc: '- none',
    check: () => expect(deployment({ labels: { team: 'a' } }).spec.template.metadata.labels).toEqual({ 'app.kubernetes.io/name': 'app', team: 'a' }),
  },
  'WorkloadProps.selectorLabels': {
    doc: "{ 'app.kubernetes.io/name': name }",
    check: () => expect(deployment().spec.selector).toEqual({ matchLabels: { 'app.kubernetes.io/name': 'app' } }),
  },
  'WorkloadProps.podAnnotations': { doc: '- none', check: () => expect(deployment().spec.template.metadata).not.toHaveProperty('annotations') },
  'DeploymentProps.replicas': { doc: '1', check: () => expect(deployment().spec.replicas).toBe(1) },
  'DeploymentProps.strategy': {
    doc: '- not emitted; Kubernetes rolls with 25% surge and 25% unavailable',
    check: () => {
      expect(deployment().spec).not.toHaveProperty('strategy');
      expect(DeploymentStrategy.rollingUpdate().toJson()).toEqual({ type: 'RollingUpdate' });
    },
  },
  'DeploymentProps.minReady': { doc: '- not emitted; 0 seconds', check: () => expect(deployment().spec).not.toHaveProperty('minReadySeconds') },
  'DeploymentProps.revisionHistoryLimit': {
    doc: '- not emitted; Kubernetes keeps 10',
    check: () => expect(deployment().spec).not.toHaveProperty('revisionHistoryLimit'),
  },
  'DeploymentProps.progressDeadline': {
    doc: '- not emitted; 600 seconds',
    check: () => expect(deployment().spec).not.toHaveProperty('progressDeadlineSeconds'),
  },
  'RollingUpdateOptions.maxSurge': {
    doc: "- not emitted; Kubernetes uses '25%'",
    check: () =>
      expect(DeploymentStrategy.rollingUpdate({ maxUnavailable: 0 }).toJson()).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0 } }),
  },
  'RollingUpdateOptions.maxUnavailable': {
    doc: "- not emitted; Kubernetes uses '25%'",
    check: () => expect(DeploymentStrategy.rollingUpdate({ maxSurge: 1 }).toJson()).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } }),
  },
  // ---- services -------------------------------------------------------------------------------
  'ServiceProps.name': { doc: '- the name of the selected workload', check: () => expect(service().metadata.name).toBe('api') },
  'ServiceProps.type': { doc: "'ClusterIP'", check: () => expect(service().spec.type).toBe('ClusterIP') },
  'ServiceProps.headless': { doc: 'false', check: () => expect(service().spec).not.toHaveProperty('clusterIP') },
  'ServiceProps.publishNotReadyAddresses': {
    doc: '- not emitted; only ready pods',
    check: () => expect(service().spec).not.toHaveProperty('publishNotReadyAddresses'),
  },
  'ServicePortSpec.targetPort': { doc: '- the same number as `port`', check: () => expect(service().spec.ports[0].targetPort).toBe(80) },
  'ServicePortSpec.name': { doc: '- no name', check: () => expect(service().spec.ports[0]).not.toHaveProperty('name') },
  'ServicePortSpec.protocol': { doc: "'TCP'", check: () => expect(service().spec.ports[0].protocol).toBe('TCP') },
  'ServicePortSpec.nodePort': {
    doc: '- not emitted; allocated by the cluster',
    check: () => expect(service({ type: 'NodePort' }).spec.ports[0]).not.toHaveProperty('nodePort'),
  },
  // ---- patterns -------------------------------------------------------------------------------
  'ProbedServiceProps.container': {
    doc: '- `goproxy` with TCP probes on `port`',
    check: () => {
      const chart = testChart();
      const svc = new ProbedService(chart, 'GoProxy');
      expect(svc.container.toJson().container).toMatchObject({
        name: 'goproxy',
        image: 'registry.k8s.io/goproxy:0.1',
        readinessProbe: { tcpSocket: { port: 8080 } },
      });
      const own = Container.of({ name: 'web', image: IMAGE, ports: [{ number: 80 }], readinessProbe: ReadinessProbe.tcpSocket({ port: 80 }) });
      expect(new ProbedService(testChart(), 'Own', { container: own }).container).toBe(own);
    },
  },
  // ---- convert ------------------------------------------------------------------------------------
  'ConvertOptions.harden': {
    doc: 'false',
    check: () => {
      const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.25\n';
      const { report } = convertManifests([{ name: 'web.yaml', text }]);
      expect(report.hardened).toEqual([]);
      expect(report.optOuts.length).toBeGreaterThan(0);
    },
  },
};
