/**
 * Install bundles of the benchmark corpus: what an operator's release publishes as one
 * `install.yaml` (or `helm template` prints): its namespace, CRDs, RBAC, webhook configurations,
 * Services, controller Deployment and node agent DaemonSet, each document after a `# Source:` line.
 */
import { crd } from './crds';
import { tlsSecret } from './config';
import { Rng } from './random';

type Json = Record<string, unknown>;

/** One document of a bundle and the template it came from. */
export interface BundleDoc {
  readonly source: string;
  readonly doc: Json;
}

const SECURE = { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } };

function controller(rng: Rng, name: string, ns: string, labels: Record<string, string>): Json {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: `${name}-controller`, namespace: ns, labels },
    spec: {
      replicas: 2,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels, annotations: { 'kubectl.kubernetes.io/default-container': 'manager' } },
        spec: {
          serviceAccountName: name,
          priorityClassName: 'system-cluster-critical',
          securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: 'manager',
              image: `registry.example.com/operators/${name}:v${rng.int(0, 3)}.${rng.int(0, 30)}.${rng.int(0, 9)}`,
              args: [
                '--leader-elect',
                '--health-probe-bind-address=:8081',
                '--metrics-bind-address=127.0.0.1:8080',
                `--webhook-port=9443`,
                '--zap-log-level=info',
              ],
              ports: [
                { name: 'webhook', containerPort: 9443, protocol: 'TCP' },
                { name: 'health', containerPort: 8081, protocol: 'TCP' },
              ],
              env: [
                { name: 'WATCH_NAMESPACE', value: '' },
                { name: 'OPERATOR_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
              ],
              readinessProbe: { httpGet: { path: '/readyz', port: 'health' }, initialDelaySeconds: 5, periodSeconds: 10 },
              livenessProbe: { httpGet: { path: '/healthz', port: 'health' }, initialDelaySeconds: 15, periodSeconds: 20 },
              resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } },
              securityContext: SECURE,
              volumeMounts: [{ name: 'cert', mountPath: '/tmp/k8s-webhook-server/serving-certs', readOnly: true }],
            },
            {
              name: 'metrics-proxy',
              image: 'registry.example.com/platform/metrics-proxy:0.16.0',
              args: ['--secure-listen-address=0.0.0.0:8443', '--upstream=http://127.0.0.1:8080/', '--v=0'],
              ports: [{ name: 'https', containerPort: 8443, protocol: 'TCP' }],
              resources: { requests: { cpu: '5m', memory: '64Mi' }, limits: { cpu: '500m', memory: '128Mi' } },
              securityContext: SECURE,
            },
          ],
          volumes: [{ name: 'cert', secret: { secretName: `${name}-webhook-cert`, defaultMode: 420 } }],
          terminationGracePeriodSeconds: 10,
        },
      },
    },
  };
}

function agent(rng: Rng, name: string, ns: string): Json {
  const labels = { 'app.kubernetes.io/name': `${name}-agent`, 'app.kubernetes.io/component': 'agent' };
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: `${name}-agent`, namespace: ns, labels },
    spec: {
      selector: { matchLabels: labels },
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '10%' } },
      template: {
        metadata: { labels },
        spec: {
          serviceAccountName: name,
          tolerations: [{ operator: 'Exists' }],
          priorityClassName: 'system-node-critical',
          containers: [
            {
              name: 'agent',
              image: `registry.example.com/operators/${name}-agent:v1.${rng.int(0, 20)}.0`,
              args: ['--node=$(NODE_NAME)', '--root=/host'],
              env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }],
              ports: [{ name: 'metrics', containerPort: 9100 }],
              resources: { requests: { cpu: '20m', memory: '32Mi' }, limits: { cpu: '200m', memory: '128Mi' } },
              readinessProbe: { httpGet: { path: '/ready', port: 'metrics' } },
              securityContext: { readOnlyRootFilesystem: true },
              volumeMounts: [
                { name: 'host-root', mountPath: '/host', readOnly: true, mountPropagation: 'HostToContainer' },
                { name: 'run', mountPath: '/run/agent' },
              ],
            },
          ],
          volumes: [
            { name: 'host-root', hostPath: { path: '/' } },
            { name: 'run', hostPath: { path: '/run/agent', type: 'DirectoryOrCreate' } },
          ],
        },
      },
    },
  };
}

function webhook(rng: Rng, kind: 'Validating' | 'Mutating', name: string, ns: string, groups: readonly string[]): Json {
  const caBundle = rng.base64(1100);
  return {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: `${kind}WebhookConfiguration`,
    metadata: { name: `${name}-${kind.toLowerCase()}` },
    webhooks: groups.map((g, i) => ({
      name: `${kind.toLowerCase()}-${i}.${g}`,
      admissionReviewVersions: ['v1'],
      clientConfig: { caBundle, service: { name: `${name}-webhook`, namespace: ns, path: `/${kind.toLowerCase()}-${g.replace(/\./g, '-')}-v1`, port: 443 } },
      failurePolicy: 'Fail',
      sideEffects: 'None',
      timeoutSeconds: 10,
      rules: [{ apiGroups: [g], apiVersions: ['v1', 'v1beta1'], operations: ['CREATE', 'UPDATE'], resources: ['*'], scope: 'Namespaced' }],
    })),
  };
}

/** The install bundle of operator `name`, with `crds` CRDs (numbered from `firstCrd`). */
export function bundle(rng: Rng, name: string, firstCrd: number, crds: number, withAgent: boolean): BundleDoc[] {
  const ns = `${name}-system`;
  const labels = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/component': 'controller' };
  const out: BundleDoc[] = [
    {
      source: 'namespace.yaml',
      doc: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { 'pod-security.kubernetes.io/enforce': 'privileged' } } },
    },
  ];
  const groups: string[] = [];
  for (let i = 0; i < crds; i++) {
    const doc = crd(rng, firstCrd + i, rng.int(15, 40), rng.int(1, 2));
    groups.push((doc.spec as { group: string }).group);
    out.push({ source: `crds/${(doc.metadata as { name: string }).name}.yaml`, doc });
  }
  const rules: Json[] = [...new Set(groups)].map(g => ({
    apiGroups: [g],
    resources: ['*'],
    verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'],
  }));
  rules.push(
    { apiGroups: [''], resources: ['configmaps', 'secrets', 'services', 'events'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch'] },
    { apiGroups: ['apps'], resources: ['deployments', 'statefulsets'], verbs: ['get', 'list', 'watch'] },
    { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['get', 'create', 'update'] },
  );
  out.push(
    { source: 'serviceaccount.yaml', doc: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: ns, labels } } },
    { source: 'rbac.yaml', doc: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: `${name}-manager`, labels }, rules } },
    {
      source: 'rbac.yaml',
      doc: {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRoleBinding',
        metadata: { name: `${name}-manager`, labels },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: `${name}-manager` },
        subjects: [{ kind: 'ServiceAccount', name, namespace: ns }],
      },
    },
    {
      source: 'rbac.yaml',
      doc: {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'Role',
        metadata: { name: `${name}-leader-election`, namespace: ns },
        rules: [{ apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: VERBS_ALL }],
      },
    },
    {
      source: 'rbac.yaml',
      doc: {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: `${name}-leader-election`, namespace: ns },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: `${name}-leader-election` },
        subjects: [{ kind: 'ServiceAccount', name, namespace: ns }],
      },
    },
    {
      source: 'config.yaml',
      doc: {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: `${name}-config`, namespace: ns },
        data: {
          'controller.yaml': `health:\n  bindAddress: :8081\nleaderElection:\n  leaderElect: true\n  resourceName: ${name}.example.io\nsyncPeriod: 10h\n`,
        },
      },
    },
    { source: 'webhook-cert.yaml', doc: tlsSecret(rng, `${name}-webhook-cert`, ns) },
    {
      source: 'service.yaml',
      doc: {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: `${name}-webhook`, namespace: ns, labels },
        spec: { selector: labels, ports: [{ name: 'https', port: 443, targetPort: 'webhook' }] },
      },
    },
    {
      source: 'service.yaml',
      doc: {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: `${name}-metrics`, namespace: ns, labels },
        spec: { selector: labels, ports: [{ name: 'https', port: 8443, targetPort: 'https' }] },
      },
    },
    { source: 'deployment.yaml', doc: controller(rng, name, ns, labels) },
    {
      source: 'pdb.yaml',
      doc: {
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
        metadata: { name: `${name}-controller`, namespace: ns },
        spec: { minAvailable: 1, selector: { matchLabels: labels } },
      },
    },
    { source: 'webhooks.yaml', doc: webhook(rng, 'Validating', name, ns, [...new Set(groups)]) },
    { source: 'webhooks.yaml', doc: webhook(rng, 'Mutating', name, ns, [...new Set(groups)].slice(0, 1)) },
  );
  if (withAgent) out.push({ source: 'agent.yaml', doc: agent(rng, name, ns) });
  return out;
}

const VERBS_ALL = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];
