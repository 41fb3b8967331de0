/**
 * Examples of the rules of pods, containers, Services, images, the policy profiles and the builders.
 */
import { Duration, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import {
  applyTypedProbes,
  Container,
  Deployment,
  EnvValue,
  Pod,
  Secret,
  VolumeClaimTemplate,
  HostPort,
  LivenessProbe,
  ProbedService,
  ReadinessProbe,
  RuleId,
  StartupProbe,
} from '../../lib';
import { testChart } from '../support';
import { check, deployment, Example, IMAGE, job, M, pod, service, thrown, withContainer, yaml } from './support';

export const CORE_EXAMPLES = {
  // decoding
  'yaml-syntax': () => yaml('apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n'),
  'not-yaml': () => yaml('Some notes, not a manifest.\nAnother line of prose.\n'),
  'manifest-object': () => check(['just a string' as unknown as M]),
  'type-meta': () => check({ metadata: { name: 'x' } }),
  'kind-registered': () => check({ apiVersion: 'v1', kind: 'pod', metadata: { name: 'x' } }),
  'api-removed': () => check({ apiVersion: 'policy/v1beta1', kind: 'PodDisruptionBudget', metadata: { name: 'web' } }),
  'api-deprecated': () =>
    check({
      apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2',
      kind: 'FlowSchema',
      metadata: { name: 'batch' },
      spec: { priorityLevelConfiguration: { name: 'workload-low' } },
    }),
  'unknown-field': () => check(withContainer({ livenessProve: {} })),
  'field-type': () => check(withContainer({ ports: [{ containerPort: '8080' }] })),
  'required-field': () => check(withContainer({ ports: [{ name: 'http' }] })),
  'quantity-syntax': () => check(withContainer({ resources: { limits: { memory: '512MB' } } })),
  'custom-resource': () => check({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } }),
  'duplicate-object': () => check([pod(), pod()]),
  kustomization: () => yaml('apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - web.yaml\n'),
  'kind-not-checked': () => check({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'builder' } }),
  // metadata
  'name-required': () => check(pod({}, { name: undefined })),
  'name-format': () => check(pod({}, { name: 'Web' })),
  'generate-name': () => check(pod({}, { name: undefined, generateName: 'Web-' })),
  'namespace-name': () => check(pod({}, { namespace: 'Team_A' })),
  'label-key': () => check(pod({}, { labels: { 'bad key': 'x' } })),
  'label-value': () => check(pod({}, { labels: { app: 'x'.repeat(64) } })),
  'annotation-key': () => check(pod({}, { annotations: { 'a/b/c': 'x' } })),
  'annotations-size': () => check(pod({}, { annotations: { big: 'x'.repeat(262145) } })),
  // pods
  'pod-containers-required': () => check(pod({ containers: [] })),
  'pod-restart-policy': () => check(pod({ restartPolicy: 'always' })),
  'workload-restart-policy': () => check(deployment({ restartPolicy: 'Never' })),
  'workload-active-deadline-seconds': () => check(deployment({ activeDeadlineSeconds: 60 })),
  'pod-dns-policy': () => check(pod({ dnsPolicy: 'None' })),
  'pod-hostname': () => check(pod({ hostname: 'web.example' })),
  'pod-service-account-name': () => check(pod({ serviceAccountName: 'Web' })),
  'pod-active-deadline-seconds': () => check(pod({ activeDeadlineSeconds: 0 })),
  'pod-node-selector': () => check(pod({ nodeSelector: { 'bad key': 'x' } })),
  'pod-ephemeral-containers': () => check(pod({ ephemeralContainers: [{ name: 'debug', image: IMAGE }] })),
  'pod-termination-grace-period': () => check(pod({ terminationGracePeriodSeconds: -1 })),
  'pod-share-process-namespace': () => check(pod({ shareProcessNamespace: true, hostPID: true })),
  'volume-name': () => check(pod({ volumes: [{ name: 'data' }, { name: 'data' }] })),
  'volume-source': () => check(pod({ volumes: [{ name: 'data', emptyDir: {}, configMap: { name: 'c' } }] })),
  'pod-priority-class-name': () => check(pod({ priorityClassName: 'High-Priority' })),
  'pod-tolerations': () => check(pod({ tolerations: [{ key: 'dedicated=gpu', operator: 'Exists', effect: 'NoSchedule' }] })),
  'volume-source-name': () => check(pod({ volumes: [{ name: 'certs', secret: {} }] })),
  'volume-file-mode': () => check(pod({ volumes: [{ name: 'config', configMap: { name: 'app', defaultMode: 644 } }] })),
  'volume-item-path': () => check(pod({ volumes: [{ name: 'config', configMap: { name: 'app', items: [{ key: 'app.yaml', path: '../app.yaml' }] } }] })),
  'volume-downward-api': () =>
    check(pod({ volumes: [{ name: 'info', downwardAPI: { items: [{ path: 'phase', fieldRef: { fieldPath: 'status.phase' } }] } }] })),
  'volume-host-path': () => check(pod({ volumes: [{ name: 'logs', hostPath: { path: '/var/log/../run' } }] })),
  'host-path-absolute': () => check(pod({ volumes: [{ name: 'logs', hostPath: { path: 'var/log' } }] })),
  'projected-token': () =>
    check(pod({ volumes: [{ name: 'token', projected: { sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 300 } }] } }] })),
  'projected-token-path': () => check(pod({ volumes: [{ name: 'token', projected: { sources: [{ serviceAccountToken: { path: '/token' } }] } }] })),
  'host-port-conflict': () =>
    check(
      withContainer({
        ports: [
          { containerPort: 80, hostPort: 8080 },
          { containerPort: 81, hostPort: 8080 },
        ],
      }),
    ),
  'host-network-port': () => check(withContainer({ ports: [{ containerPort: 80, hostPort: 8080 }] }, { hostNetwork: true })),
  'security-context-id': () => check(pod({ securityContext: { runAsUser: -1 } })),
  'seccomp-profile': () => check(pod({ securityContext: { seccompProfile: { type: 'Default' } } })),
  'pod-port-conflict': () =>
    check(
      pod({
        containers: [
          { name: 'a', image: IMAGE, ports: [{ containerPort: 8080 }] },
          { name: 'b', image: IMAGE, ports: [{ containerPort: 8080 }] },
        ],
      }),
    ),
  'pod-port-name-shared': () =>
    check(
      pod({
        containers: [
          { name: 'app', image: IMAGE, ports: [{ name: 'metrics', containerPort: 9090 }] },
          { name: 'proxy', image: IMAGE, ports: [{ name: 'metrics', containerPort: 9091 }] },
        ],
      }),
    ),
  // containers
  'container-name': () => check(withContainer({ name: 'App' })),
  'container-name-unique': () =>
    check(
      pod({
        containers: [
          { name: 'a', image: IMAGE },
          { name: 'a', image: IMAGE },
        ],
      }),
    ),
  'container-image': () => check(withContainer({ image: '' })),
  'container-image-pull-policy': () => check(withContainer({ imagePullPolicy: 'always' })),
  'container-termination-message-policy': () => check(withContainer({ terminationMessagePolicy: 'Logs' })),
  'init-container-field': () => check(pod({ initContainers: [{ name: 'init', image: IMAGE, readinessProbe: { exec: { command: ['true'] } } }] })),
  'container-port': () => check(withContainer({ ports: [{ containerPort: 70000 }] })),
  'container-host-port': () => check(withContainer({ ports: [{ containerPort: 80, hostPort: 70000 }] })),
  'container-port-protocol': () => check(withContainer({ ports: [{ containerPort: 80, protocol: 'tcp' }] })),
  'container-port-name': () => check(withContainer({ ports: [{ containerPort: 80, name: 'http-metrics-port' }] })),
  'duplicate-port-definition': () => check(withContainer({ ports: [{ containerPort: 80 }, { containerPort: 80 }] })),
  'env-name': () => check(withContainer({ env: [{ name: '1X', value: 'y' }] })),
  'duplicate-env': () =>
    check(
      withContainer({
        env: [
          { name: 'X', value: '1' },
          { name: 'X', value: '2' },
        ],
      }),
    ),
  'env-value-from': () => check(withContainer({ env: [{ name: 'X', valueFrom: {} }] })),
  'env-field-ref': () => check(withContainer({ env: [{ name: 'X', valueFrom: { fieldRef: { fieldPath: 'spec.restartPolicy' } } }] })),
  'resource-field-divisor': () => check(withContainer({ env: [{ name: 'CPU', valueFrom: { resourceFieldRef: { resource: 'limits.cpu', divisor: '1Mi' } } }] })),
  'resource-field-container': () =>
    check(withContainer({ env: [{ name: 'MEMORY', valueFrom: { resourceFieldRef: { resource: 'limits.memory', containerName: 'web' } } }] })),
  'env-from': () => check(withContainer({ envFrom: [{}] })),
  'volume-mount': () => check(withContainer({ volumeMounts: [{ name: 'missing', mountPath: '/data' }] })),
  'resource-name': () => check(withContainer({ resources: { limits: { gpu: '1' } } })),
  'resource-quantity': () => check(withContainer({ resources: { limits: { cpu: '-1' } } })),
  'resource-limit': () => check(withContainer({ resources: { requests: { cpu: '2' }, limits: { cpu: '1' } } })),
  'resource-hugepages': () => check(withContainer({ resources: { limits: { 'hugepages-2Mi': '1Mi' } } })),
  'fractional-bytes': () => check(withContainer({ resources: { limits: { memory: '512m' } } })),
  'security-context-privilege-escalation': () => check(withContainer({ securityContext: { allowPrivilegeEscalation: false, privileged: true } })),
  'probe-handler': () => check(withContainer({ livenessProbe: { periodSeconds: 5 } })),
  'probe-field': () => check(withContainer({ livenessProbe: { exec: { command: ['true'] }, periodSeconds: -1 } })),
  'probe-success-threshold': () => check(withContainer({ livenessProbe: { exec: { command: ['true'] }, successThreshold: 2 } })),
  'probe-readiness-grace-period': () => check(withContainer({ readinessProbe: { exec: { command: ['true'] }, terminationGracePeriodSeconds: 5 } })),
  'probe-exec-command': () => check(withContainer({ livenessProbe: { exec: { command: [] } } })),
  'probe-port': () => check(withContainer({ livenessProbe: { tcpSocket: { port: 0 } } })),
  'probe-http-scheme': () => check(withContainer({ livenessProbe: { httpGet: { path: '/', port: 80, scheme: 'http' } } })),
  'probe-http-header': () => check(withContainer({ livenessProbe: { httpGet: { path: '/', port: 80, httpHeaders: [{ name: 'Bad Header', value: 'x' }] } } })),
  'probe-port-declared': () => check(withContainer({ ports: [{ name: 'http', containerPort: 80 }], livenessProbe: { httpGet: { path: '/', port: 'htp' } } })),
  'liveness-equals-readiness': () => check(withContainer({ livenessProbe: { tcpSocket: { port: 80 } }, readinessProbe: { tcpSocket: { port: 80 } } })),
  'exec-command-words': () => check(withContainer({ livenessProbe: { exec: { command: ['cat /tmp/healthy'] } } })),
  // services
  'service-ports-required': () => check(service({ ports: [] })),
  'service-port': () => check(service({ ports: [{ port: 0 }] })),
  'service-port-name': () => check(service({ ports: [{ port: 80 }, { port: 81 }] })),
  'service-port-protocol': () => check(service({ ports: [{ port: 80, protocol: 'tcp' }] })),
  'service-target-port': () => check(service({ ports: [{ port: 80, targetPort: 'http--x' }] })),
  'service-port-unique': () =>
    check(
      service({
        ports: [
          { port: 80, name: 'a' },
          { port: 80, name: 'b' },
        ],
      }),
    ),
  'service-selector': () => check(service({ selector: { 'bad key': 'x' } })),
  'service-type': () => check(service({ type: 'Internal' })),
  'service-node-port-cluster-ip': () => check(service({ ports: [{ port: 80, nodePort: 30080 }] })),
  'service-node-port': () => check(service({ type: 'NodePort', ports: [{ port: 80, nodePort: 80 }] })),
  'service-session-affinity': () => check(service({ sessionAffinity: 'Sticky' })),
  'service-kubelet-port': () => check(service({ type: 'LoadBalancer', ports: [{ port: 10250 }] })),
  'service-external-traffic-policy': () => check(service({ externalTrafficPolicy: 'Local' })),
  'service-internal-traffic-policy': () => check(service({ internalTrafficPolicy: 'Node' })),
  'service-cluster-ip': () => check(service({ clusterIP: '10.0.0.300' })),
  'service-ip-families': () => check(service({ ipFamilies: ['IPv5'] })),
  'service-headless-type': () => check(service({ type: 'NodePort', clusterIP: 'None' })),
  'service-lb-node-ports': () => check(service({ allocateLoadBalancerNodePorts: false })),
  'service-app-protocol': () => check(service({ ports: [{ port: 80, appProtocol: 'a/b/c' }] })),
  'service-external-name': () => check(service({ type: 'ExternalName', ports: undefined })),
  'service-selects-nothing': () => check([pod({}, { labels: { app: 'web' } }), service({ selector: { app: 'wbe' } })]),
  'service-target-port-declared': () =>
    check(
      [
        withContainer({ ports: [{ name: 'http', containerPort: 80 }] }, {}),
        { ...service({ selector: { app: 'web' }, ports: [{ port: 80, targetPort: 'htp' }] }) },
      ].map((m, i) => (i === 0 ? { ...m, metadata: { name: 'web', labels: { app: 'web' } } } : m)),
    ),
  'service-target-port-partial': () =>
    check(
      [
        withContainer({ ports: [{ name: 'http', containerPort: 80 }] }, {}),
        { ...withContainer({ ports: [{ name: 'web', containerPort: 80 }] }, {}), metadata: { name: 'other', labels: { app: 'web' } } },
        service({ selector: { app: 'web' }, ports: [{ port: 80, targetPort: 'http' }] }),
      ].map((m, i) => (i === 0 ? { ...m, metadata: { name: 'web', labels: { app: 'web' } } } : m)),
    ),
  'service-target-port-number': () =>
    check([
      { ...withContainer({ ports: [{ containerPort: 8080 }] }), metadata: { name: 'web', labels: { app: 'web' } } },
      service({ selector: { app: 'web' }, ports: [{ port: 80, targetPort: 80 }] }),
    ]),
  // images
  'image-registry-frozen': () => check(withContainer({ image: 'k8s.gcr.io/pause:3.9' })),
  'image-registry-typo': () => check(withContainer({ image: 'k8c.gcr.io/pause:3.9' })),
  'image-reference': () => check(withContainer({ image: 'MyOrg/App:1.0' })),
  // policy
  'host-namespaces': () => check(pod({ hostIPC: true }), 'baseline'),
  privileged: () => check(withContainer({ securityContext: { privileged: true } }), 'baseline'),
  'capabilities-baseline': () => check(withContainer({ securityContext: { capabilities: { add: ['SYS_ADMIN'] } } }), 'baseline'),
  'host-path-volumes': () => check(pod({ volumes: [{ name: 'h', hostPath: { path: '/var' } }] }), 'baseline'),
  'host-ports': () => check(withContainer({ ports: [{ containerPort: 80, hostPort: 80 }] }), 'baseline'),
  apparmor: () => check(pod({}, { annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'unconfined' } }), 'baseline'),
  selinux: () => check(pod({ securityContext: { seLinuxOptions: { user: 'root' } } }), 'baseline'),
  'proc-mount': () => check(withContainer({ securityContext: { procMount: 'Unmasked' } }), 'baseline'),
  'seccomp-baseline': () => check(pod({ securityContext: { seccompProfile: { type: 'Unconfined' } } }), 'baseline'),
  sysctls: () => check(pod({ securityContext: { sysctls: [{ name: 'kernel.msgmax', value: '1' }] } }), 'baseline'),
  'windows-host-process': () => check(pod({ securityContext: { windowsOptions: { hostProcess: true } } }), 'baseline'),
  'volume-types': () => check(pod({ volumes: [{ name: 'n', nfs: { server: 'nfs', path: '/' } }] }), 'restricted'),
  'allow-privilege-escalation': () => check(pod(), 'restricted'),
  'run-as-non-root': () => check(pod(), 'restricted'),
  'run-as-user': () => check(withContainer({ securityContext: { runAsUser: 0 } }), 'restricted'),
  'seccomp-restricted': () => check(pod(), 'restricted'),
  'capabilities-restricted': () => check(pod(), 'restricted'),
  'probe-port-exposed': () => check(withContainer({ livenessProbe: { tcpSocket: { port: 9090 } } }), 'recommended'),
  'liveness-probe-missing': () => check(deployment(), 'recommended'),
  'readiness-probe-missing': () => check(deployment({ containers: [{ name: 'app', image: IMAGE, ports: [{ containerPort: 8080 }] }] }), 'recommended'),
  'liveness-before-start': () =>
    check(
      pod(
        { containers: [{ name: 'app', image: IMAGE, livenessProbe: { tcpSocket: { port: 80 } } }] },
        { annotations: { 'start-time.cdk8s-pod-patterns/app': '60' } },
      ),
      'recommended',
    ),
  'image-tag-latest': () => check(withContainer({ image: 'nginx' }), 'recommended'),
  'image-tag-mutable': () => check(job(), 'recommended'),
  'resources-missing': () => check(job(), 'recommended'),
  'read-only-root-filesystem': () => check(deployment(), 'recommended'),
  'service-account-token': () => check(deployment(), 'recommended'),
  'naked-pod': () => check(pod(), 'recommended'),
  // the builders
  'sdk-whole-seconds': () => thrown(() => LivenessProbe.exec({ command: ['true'], period: Duration.millis(500) })),
  'sdk-probe-option': () => thrown(() => LivenessProbe.exec({ command: ['true'], budget: Duration.minutes(1) } as never)),
  'sdk-probe-threshold': () => thrown(() => ReadinessProbe.exec({ command: ['true'], failureThreshold: 0 })),
  'sdk-probe-budget': () => thrown(() => StartupProbe.exec({ command: ['true'], budget: Duration.seconds(95), period: Duration.seconds(10) })),
  'sdk-http-path': () => thrown(() => LivenessProbe.httpGet({ path: 'healthz', port: 80 })),
  'sdk-non-root-user': () => thrown(() => Container.of({ name: 'app', image: IMAGE, user: { uid: 0 } })),
  'sdk-writable-path': () => thrown(() => Container.of({ name: 'app', image: IMAGE, writablePaths: ['tmp'] })),
  'sdk-data-key': () => thrown(() => EnvValue.fromSecret(Secret.external('db', ['password']), 'pasword' as never)),
  'sdk-image-pull-secret': () =>
    thrown(() => {
      const chart = testChart();
      const registry = new Secret(chart, 'Registry', { name: 'regcred', stringData: { '.dockerconfigjson': '{}' } });
      return new Deployment(chart, 'Api', { name: 'api', containers: [Container.of({ name: 'app', image: IMAGE })], imagePullSecrets: [registry] });
    }),
  'sdk-exemption-reason': () =>
    thrown(() => Container.of({ name: 'app', image: IMAGE, ports: [{ number: 80, hostPort: HostPort.bindOnNode(80, { reason: '' }) }] })),
  'sdk-selector-label': () => thrown(() => new ProbedService(testChart(), 'Svc', { labels: { app: 'other' } })),
  'sdk-replicas': () => thrown(() => new ProbedService(testChart(), 'Svc', { replicas: -1 })),
  'sdk-claim-template': () =>
    thrown(
      () =>
        new Pod(testChart(), 'Db', {
          name: 'db',
          containers: [
            Container.of({ name: 'db', image: IMAGE, mounts: [{ volume: VolumeClaimTemplate.of('data', { storage: Size.gibibytes(1) }), path: '/data' }] }),
          ],
        }),
    ),
  'sdk-workload-option': () =>
    thrown(() => new Deployment(testChart(), 'Api', { name: 'api', replicas: 1.5, containers: [Container.of({ name: 'app', image: IMAGE })] })),
  'sdk-container-of-workload': () =>
    thrown(() => {
      const chart = testChart();
      const other = new kplus.Deployment(chart, 'Other');
      applyTypedProbes(new kplus.Deployment(chart, 'Web'), other.addContainer({ image: IMAGE }), {});
    }),
  // options in a variable, which the compiler does not check for unknown keys
  'sdk-unknown-option': () => {
    const timing = { perod: Duration.seconds(5) };
    return thrown(() => LivenessProbe.exec({ command: ['true'], ...timing }));
  },
  'sdk-option-type': () => thrown(() => LivenessProbe.exec({ command: ['true'], period: 5 } as never)),
} satisfies Partial<Record<RuleId, Example>>;
