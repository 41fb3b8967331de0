/**
 * The workloads of the benchmark corpus: one service of a team, as a platform repository holds it:
 * a Deployment or StatefulSet with a main container, a sidecar and an init container (probes,
 * env from values, ConfigMaps, Secrets and the downward API, volumes of every common kind,
 * resources, a hardened security context, affinity and spread), its Service, autoscaler,
 * disruption budget, ServiceAccount, NetworkPolicy, sometimes an Ingress or a CronJob.
 */
import { ADJECTIVES, NOUNS, Rng, TEAMS } from './random';

/** Mistakes that a service of the corpus may carry: what `check` must find. */
export type Mistake =
  /** a named targetPort that no container declares (error) */
  | 'target-port-typo'
  /** a selector value with a typo: the Service selects nothing (warning) */
  | 'selector-typo'
  /** a quoted containerPort (error, with a hint about the quotes) */
  | 'quoted-port'
  /** `timoutSeconds` in a probe (error: unknown field) */
  | 'probe-field-typo';

/** One service of a team. */
export interface ServicePlan {
  readonly name: string;
  readonly namespace: string;
  readonly stateful: boolean;
  readonly mistakes: readonly Mistake[];
}

/** The name and namespace of service `i`: teams in turn, distinct names. */
export function servicePlan(i: number, mistakes: readonly Mistake[] = []): ServicePlan {
  const namespace = TEAMS[i % TEAMS.length];
  const round = Math.floor(i / TEAMS.length);
  const name = `${ADJECTIVES[(i * 7 + round) % ADJECTIVES.length]}-${NOUNS[(i * 3 + round * 5) % NOUNS.length]}${round >= 4 ? `-${round}` : ''}`;
  return { name, namespace, stateful: i % 9 === 4, mistakes };
}

type Json = Record<string, unknown>;

function labelsOf(p: ServicePlan, version: string): Record<string, string> {
  return {
    'app.kubernetes.io/name': p.name,
    'app.kubernetes.io/instance': `${p.name}-${p.namespace}`,
    'app.kubernetes.io/version': version,
    'app.kubernetes.io/part-of': p.namespace,
    'app.kubernetes.io/managed-by': 'platform-gitops',
    team: p.namespace,
  };
}

function selectorOf(p: ServicePlan): Record<string, string> {
  return { 'app.kubernetes.io/name': p.name, 'app.kubernetes.io/instance': `${p.name}-${p.namespace}` };
}

function envVars(rng: Rng, p: ServicePlan): Json[] {
  const env: Json[] = [
    { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
    { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
    { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
    { name: 'NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } },
    { name: 'GOMAXPROCS', valueFrom: { resourceFieldRef: { containerName: 'app', resource: 'limits.cpu', divisor: '1' } } },
    { name: 'SERVICE_NAME', value: p.name },
    { name: 'LOG_FORMAT', value: 'json' },
    { name: 'OTEL_EXPORTER_OTLP_ENDPOINT', value: 'http://otel-collector.observability.svc.cluster.local:4317' },
  ];
  const n = rng.int(16, 40);
  for (let i = 0; i < n; i++) {
    const key = `${rng.pick(['DB', 'CACHE', 'QUEUE', 'FEATURE', 'HTTP', 'GRPC', 'UPSTREAM', 'TRACE'])}_${rng.pick(['HOST', 'PORT', 'TIMEOUT', 'POOL_SIZE', 'RETRIES', 'URL', 'ENABLED', 'RATE', 'REGION'])}_${i}`;
    const r = rng.next();
    if (r < 0.5)
      env.push({ name: key, value: rng.pick(['true', 'false', '30s', '250ms', String(rng.int(1, 64)), `${rng.pick(ADJECTIVES)}.internal`, 'eu-west-1']) });
    else if (r < 0.75) env.push({ name: key, valueFrom: { configMapKeyRef: { name: `${p.name}-config`, key: key.toLowerCase().replace(/_/g, '.') } } });
    else
      env.push({ name: key, valueFrom: { secretKeyRef: { name: `${p.name}-secrets`, key: key.toLowerCase().replace(/_/g, '-'), optional: rng.chance(0.3) } } });
  }
  return env;
}

function containerSecurity(): Json {
  return {
    allowPrivilegeEscalation: false,
    capabilities: { drop: ['ALL'] },
    readOnlyRootFilesystem: true,
    runAsNonRoot: true,
    runAsUser: 10001,
    runAsGroup: 10001,
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

function resources(rng: Rng, scale: number): Json {
  const cpu = rng.pick([50, 100, 250, 500]) * scale;
  const mem = rng.pick([64, 128, 256, 512]) * scale;
  return { requests: { cpu: `${cpu}m`, memory: `${mem}Mi` }, limits: { cpu: `${cpu * 4}m`, memory: `${mem * 2}Mi` } };
}

function mainContainer(rng: Rng, p: ServicePlan, version: string): Json {
  const image = `registry.example.com/${p.namespace}/${p.name}:${version}`;
  const probeTimeout = p.mistakes.includes('probe-field-typo') ? { timoutSeconds: 3 } : { timeoutSeconds: 3 };
  return {
    name: 'app',
    image,
    imagePullPolicy: 'IfNotPresent',
    args: ['serve', '--config=/etc/app/app.yaml', `--listen=:8080`, '--metrics-listen=:9090', `--log-level=${rng.pick(['info', 'debug', 'warn'])}`],
    ports: [
      { name: 'http', containerPort: p.mistakes.includes('quoted-port') ? '8080' : 8080, protocol: 'TCP' },
      { name: 'grpc', containerPort: 9000, protocol: 'TCP' },
      { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
    ],
    env: envVars(rng, p),
    envFrom: [{ configMapRef: { name: `${p.name}-env` } }, { secretRef: { name: `${p.name}-env`, optional: true } }],
    resources: resources(rng, 1),
    startupProbe: { httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 5, failureThreshold: 30 },
    readinessProbe: { httpGet: { path: '/ready', port: 'http', httpHeaders: [{ name: 'X-Probe', value: 'readiness' }] }, periodSeconds: 10, ...probeTimeout },
    livenessProbe: { httpGet: { path: '/healthz', port: 'http' }, initialDelaySeconds: 10, periodSeconds: 20, failureThreshold: 3 },
    lifecycle: { preStop: { exec: { command: ['/bin/sh', '-c', 'sleep 10'] } } },
    securityContext: containerSecurity(),
    volumeMounts: [
      { name: 'config', mountPath: '/etc/app', readOnly: true },
      { name: 'secrets', mountPath: '/var/run/secrets/app', readOnly: true },
      { name: 'tmp', mountPath: '/tmp' },
      { name: 'cache', mountPath: '/var/cache/app' },
      ...(p.stateful ? [{ name: 'data', mountPath: '/var/lib/app' }] : []),
    ],
    terminationMessagePolicy: 'FallbackToLogsOnError',
  };
}

function sidecar(rng: Rng): Json {
  return {
    name: 'proxy',
    image: `registry.example.com/platform/mesh-proxy:1.${rng.int(10, 30)}.${rng.int(0, 9)}`,
    args: ['proxy', 'sidecar', '--admin-port=15000', '--inbound-port=15006', '--drain-duration=20s'],
    ports: [
      { name: 'proxy-admin', containerPort: 15000 },
      { name: 'proxy-in', containerPort: 15006 },
    ],
    env: [
      { name: 'PROXY_CONCURRENCY', value: '2' },
      { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
    ],
    resources: resources(rng, 1),
    readinessProbe: { tcpSocket: { port: 'proxy-admin' }, periodSeconds: 5 },
    livenessProbe: { exec: { command: ['/usr/local/bin/proxy-health', '--port=15000'] }, periodSeconds: 30, timeoutSeconds: 5 },
    securityContext: containerSecurity(),
    volumeMounts: [
      { name: 'proxy-token', mountPath: '/var/run/secrets/tokens', readOnly: true },
      { name: 'tmp', mountPath: '/tmp' },
    ],
  };
}

function logShipper(rng: Rng): Json {
  return {
    name: 'log-shipper',
    image: `registry.example.com/platform/log-shipper:2.${rng.int(0, 9)}.${rng.int(0, 9)}`,
    args: ['--input=/var/log/app/*.log', '--output=otlp://otel-collector.observability:4317', '--buffer=/tmp/buffer'],
    env: [
      { name: 'SHIPPER_WORKERS', value: '2' },
      { name: 'NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } },
    ],
    resources: resources(rng, 1),
    livenessProbe: { httpGet: { path: '/health', port: 2020 }, periodSeconds: 30 },
    securityContext: containerSecurity(),
    volumeMounts: [
      { name: 'tmp', mountPath: '/tmp' },
      { name: 'cache', mountPath: '/var/log/app', readOnly: true },
    ],
  };
}

function initContainer(rng: Rng, p: ServicePlan, version: string): Json {
  return {
    name: 'migrate',
    image: `registry.example.com/${p.namespace}/${p.name}:${version}`,
    command: ['/app/bin/migrate'],
    args: ['up', '--timeout=120s'],
    env: [{ name: 'DB_URL', valueFrom: { secretKeyRef: { name: `${p.name}-secrets`, key: 'db-url' } } }],
    resources: resources(rng, 1),
    securityContext: containerSecurity(),
  };
}

function podSpec(rng: Rng, p: ServicePlan, version: string): Json {
  return {
    serviceAccountName: p.name,
    automountServiceAccountToken: false,
    priorityClassName: rng.pick(['platform-high', 'platform-default']),
    terminationGracePeriodSeconds: 45,
    securityContext: { runAsNonRoot: true, fsGroup: 10001, seccompProfile: { type: 'RuntimeDefault' } },
    imagePullSecrets: [{ name: 'registry-credentials' }],
    initContainers: [initContainer(rng, p, version)],
    containers: [mainContainer(rng, p, version), sidecar(rng), ...(rng.chance(0.4) ? [logShipper(rng)] : [])],
    volumes: [
      { name: 'config', configMap: { name: `${p.name}-config`, items: [{ key: 'app.yaml', path: 'app.yaml' }], defaultMode: 0o444 } },
      { name: 'secrets', secret: { secretName: `${p.name}-secrets`, defaultMode: 0o400 } },
      { name: 'tmp', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } },
      { name: 'cache', emptyDir: { sizeLimit: '1Gi' } },
      {
        name: 'proxy-token',
        projected: {
          sources: [
            { serviceAccountToken: { path: 'token', audience: 'mesh', expirationSeconds: 3600 } },
            { configMap: { name: 'mesh-ca-root', items: [{ key: 'root-cert.pem', path: 'ca.crt' }] } },
          ],
        },
      },
    ],
    affinity: {
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          { weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: selectorOf(p) } } },
        ],
      },
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [{ key: 'node.example.com/pool', operator: 'In', values: ['general', 'general-arm'] }] }],
        },
      },
    },
    topologySpreadConstraints: [
      { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: selectorOf(p) } },
    ],
    tolerations: [{ key: 'node.example.com/dedicated', operator: 'Equal', value: p.namespace, effect: 'NoSchedule' }],
  };
}

/** The workload of a service: a Deployment, or a StatefulSet with a volume claim template. */
export function workload(rng: Rng, p: ServicePlan): Json {
  const version = `${rng.int(1, 4)}.${rng.int(0, 40)}.${rng.int(0, 20)}`;
  const labels = labelsOf(p, version);
  const template = {
    metadata: {
      labels: { ...labels },
      annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9090', 'checksum/config': rng.hex(64) },
    },
    spec: podSpec(rng, p, version),
  };
  const metadata = { name: p.name, namespace: p.namespace, labels, annotations: { 'platform.example.com/owner': `team-${p.namespace}` } };
  if (p.stateful) {
    return {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata,
      spec: {
        serviceName: `${p.name}-headless`,
        replicas: 3,
        podManagementPolicy: 'Parallel',
        selector: { matchLabels: selectorOf(p) },
        template,
        volumeClaimTemplates: [
          {
            metadata: { name: 'data' },
            spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'fast-ssd', resources: { requests: { storage: `${rng.pick([10, 20, 50])}Gi` } } },
          },
        ],
      },
    };
  }
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata,
    spec: {
      replicas: rng.int(2, 6),
      revisionHistoryLimit: 5,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } },
      selector: { matchLabels: selectorOf(p) },
      template,
    },
  };
}

/** The Service of a service (and the headless one of a StatefulSet). */
export function services(p: ServicePlan): Json[] {
  const selector = selectorOf(p);
  if (p.mistakes.includes('selector-typo')) selector['app.kubernetes.io/name'] = `${p.name.slice(0, -2)}${p.name.slice(-1)}${p.name.slice(-2, -1)}`;
  const http = p.mistakes.includes('target-port-typo') ? 'htpp' : 'http';
  const out: Json[] = [
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: p.name, namespace: p.namespace, labels: selectorOf(p) },
      spec: {
        type: 'ClusterIP',
        selector,
        ports: [
          { name: 'http', port: 80, targetPort: http, protocol: 'TCP' },
          { name: 'grpc', port: 9000, targetPort: 'grpc', protocol: 'TCP', appProtocol: 'grpc' },
          { name: 'metrics', port: 9090, targetPort: 'metrics', protocol: 'TCP' },
        ],
      },
    },
  ];
  if (p.stateful) {
    out.push({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: `${p.name}-headless`, namespace: p.namespace, labels: selectorOf(p) },
      spec: { clusterIP: 'None', publishNotReadyAddresses: true, selector: selectorOf(p), ports: [{ name: 'grpc', port: 9000, targetPort: 'grpc' }] },
    });
  }
  return out;
}

/** The autoscaler, disruption budget, ServiceAccount and NetworkPolicy of a service. */
export function companions(rng: Rng, p: ServicePlan): Json[] {
  const out: Json[] = [
    {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: p.name, namespace: p.namespace, labels: selectorOf(p) },
      automountServiceAccountToken: false,
    },
    {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: p.name, namespace: p.namespace },
      spec: { maxUnavailable: 1, selector: { matchLabels: selectorOf(p) } },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: `${p.name}-ingress`, namespace: p.namespace },
      spec: {
        podSelector: { matchLabels: selectorOf(p) },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress' } } },
              { podSelector: { matchLabels: { team: p.namespace } } },
            ],
            ports: [
              { protocol: 'TCP', port: 8080 },
              { protocol: 'TCP', port: 9000 },
            ],
          },
          { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'observability' } } }], ports: [{ protocol: 'TCP', port: 'metrics' }] },
        ],
      },
    },
  ];
  if (!p.stateful) {
    out.push({
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: p.name, namespace: p.namespace },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: p.name },
        minReplicas: 2,
        maxReplicas: rng.int(6, 30),
        metrics: [
          { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } },
          { type: 'Resource', resource: { name: 'memory', target: { type: 'Utilization', averageUtilization: 80 } } },
        ],
        behavior: { scaleDown: { stabilizationWindowSeconds: 300, policies: [{ type: 'Percent', value: 50, periodSeconds: 60 }] } },
      },
    });
  }
  return out;
}

/** A nightly CronJob of a service. */
export function cronJob(rng: Rng, p: ServicePlan): Json {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: `${p.name}-nightly`, namespace: p.namespace },
    spec: {
      schedule: `${rng.int(0, 59)} ${rng.int(0, 5)} * * *`,
      timeZone: 'Etc/UTC',
      concurrencyPolicy: 'Forbid',
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 1,
      jobTemplate: {
        spec: {
          backoffLimit: 2,
          activeDeadlineSeconds: 3600,
          template: {
            metadata: { labels: { 'app.kubernetes.io/name': `${p.name}-nightly` } },
            spec: {
              restartPolicy: 'OnFailure',
              serviceAccountName: p.name,
              securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
              containers: [
                {
                  name: 'job',
                  image: `registry.example.com/${p.namespace}/${p.name}:1.0.${rng.int(0, 9)}`,
                  args: ['compact', '--older-than=720h'],
                  resources: resources(rng, 1),
                  securityContext: containerSecurity(),
                },
              ],
            },
          },
        },
      },
    },
  };
}

/** An Ingress for the HTTP port of a service. */
export function ingress(p: ServicePlan): Json {
  const host = `${p.name}.${p.namespace}.example.com`;
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: p.name, namespace: p.namespace, annotations: { 'ingress.example.com/proxy-body-size': '8m' } },
    spec: {
      ingressClassName: 'public',
      tls: [{ hosts: [host], secretName: `${p.name}-tls` }],
      rules: [{ host, http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: p.name, port: { name: 'http' } } } }] } }],
    },
  };
}
