/**
 * The configuration of the benchmark corpus: ConfigMaps (application config files, dashboards as
 * JSON, alerting rules), Secrets, namespaces with their quotas, RBAC, and lists as
 * `kubectl get -o yaml` prints them (server-set metadata and managed fields included).
 */
import { ADJECTIVES, Rng, TEAMS, WORDS } from './random';
import { ServicePlan } from './workloads';

type Json = Record<string, unknown>;

/** The application config of a service: a config file, and the keys its env reads. */
export function appConfig(rng: Rng, p: ServicePlan): Json[] {
  const lines = [
    'server:',
    '  listen: ":8080"',
    '  readTimeout: 15s',
    '  writeTimeout: 30s',
    'database:',
    `  pool: ${rng.int(4, 64)}`,
    '  statementTimeout: 5s',
    'features:',
  ];
  const n = rng.int(10, 40);
  for (let i = 0; i < n; i++)
    lines.push(`  ${rng.pick(WORDS)}${rng.pick(ADJECTIVES)}${i}: ${rng.pick(['true', 'false', String(rng.int(0, 1000)), `"${rng.pick(WORDS)}"`])}`);
  lines.push('upstreams:');
  for (let i = 0; i < rng.int(2, 6); i++)
    lines.push(`  - name: ${rng.pick(ADJECTIVES)}-${i}`, `    url: http://${rng.pick(ADJECTIVES)}.${rng.pick(TEAMS)}.svc.cluster.local:80`, '    timeout: 2s');
  const data: Record<string, string> = { 'app.yaml': `${lines.join('\n')}\n` };
  for (let i = 0; i < rng.int(3, 10); i++)
    data[`${rng.pick(['db', 'cache', 'http', 'queue'])}.${rng.pick(['host', 'timeout', 'url'])}.${i}`] = rng.pick(['10s', 'redis.cache.svc', '"quoted"', 'on']);
  return [
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${p.name}-config`, namespace: p.namespace }, data },
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: `${p.name}-env`, namespace: p.namespace },
      data: { LOG_LEVEL: 'info', REGION: 'eu-west-1', RELEASE: rng.hex(12) },
    },
  ];
}

/** The Secret of a service: base64 data, as an operator or a sealed-secrets controller writes it. */
export function appSecret(rng: Rng, p: ServicePlan): Json {
  const data: Record<string, string> = { 'db-url': Buffer.from(`postgres://${p.name}:${rng.hex(24)}@db.${p.namespace}:5432/${p.name}`).toString('base64') };
  for (let i = 0; i < rng.int(2, 6); i++) data[`api-key-${i}`] = rng.base64(rng.int(24, 64));
  return { apiVersion: 'v1', kind: 'Secret', type: 'Opaque', metadata: { name: `${p.name}-secrets`, namespace: p.namespace }, data };
}

/** A dashboard: a ConfigMap holding a dashboard's JSON, tens of kilobytes. */
export function dashboard(rng: Rng, i: number, panels: number): Json {
  const list: Json[] = [];
  for (let j = 0; j < panels; j++) {
    const metric = `${rng.pick(ADJECTIVES)}_${rng.pick(['requests_total', 'duration_seconds_bucket', 'errors_total', 'queue_depth', 'bytes_sent'])}`;
    list.push({
      id: j + 1,
      title: rng.sentence(rng.int(2, 5)).slice(0, -1),
      type: rng.pick(['timeseries', 'stat', 'gauge', 'table', 'heatmap']),
      datasource: { type: 'prometheus', uid: '${datasource}' },
      gridPos: { h: 8, w: 12, x: (j % 2) * 12, y: Math.floor(j / 2) * 8 },
      fieldConfig: {
        defaults: {
          unit: rng.pick(['s', 'reqps', 'percentunit', 'bytes']),
          color: { mode: 'palette-classic' },
          thresholds: {
            mode: 'absolute',
            steps: [
              { color: 'green', value: null },
              { color: 'red', value: rng.int(50, 500) },
            ],
          },
          custom: { lineWidth: 1, fillOpacity: 10, drawStyle: 'line', showPoints: 'never', spanNulls: false },
        },
        overrides: [],
      },
      options: { legend: { displayMode: 'table', placement: 'bottom', calcs: ['mean', 'max', 'lastNotNull'] }, tooltip: { mode: 'multi', sort: 'desc' } },
      targets: [
        {
          expr: `sum by (namespace, service) (rate(${metric}{namespace=~"$namespace", service=~"$service"}[$__rate_interval]))`,
          legendFormat: '{{service}}',
          refId: 'A',
        },
        { expr: `histogram_quantile(0.99, sum by (le) (rate(${metric}{namespace=~"$namespace"}[5m])))`, legendFormat: 'p99', refId: 'B' },
      ],
      description: rng.prose(1),
    });
  }
  const json = {
    title: `Platform ${i}: ${rng.pick(TEAMS)} ${rng.pick(ADJECTIVES)}`,
    uid: rng.hex(9),
    schemaVersion: 39,
    tags: ['platform', rng.pick(TEAMS)],
    time: { from: 'now-6h', to: 'now' },
    templating: {
      list: ['datasource', 'namespace', 'service'].map(name => ({
        name,
        type: name === 'datasource' ? 'datasource' : 'query',
        query: name === 'datasource' ? 'prometheus' : `label_values(up, ${name})`,
        refresh: 2,
      })),
    },
    panels: list,
  };
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: `dashboard-${i}`,
      namespace: 'observability',
      labels: { grafana_dashboard: '1' },
      annotations: { 'dashboards.example.com/folder': 'Platform' },
    },
    data: { [`dashboard-${i}.json`]: `${JSON.stringify(json, null, 2)}\n` },
  };
}

/** Alerting rules of a team, a rules file in a ConfigMap. */
export function alertRules(rng: Rng, team: string): Json {
  const lines = ['groups:'];
  for (let g = 0; g < rng.int(3, 6); g++) {
    lines.push(`  - name: ${team}-${rng.pick(ADJECTIVES)}-${g}`, '    rules:');
    for (let r = 0; r < rng.int(4, 10); r++) {
      const metric = `${rng.pick(ADJECTIVES)}_errors_total`;
      lines.push(
        `      - alert: ${rng.pick(ADJECTIVES)[0].toUpperCase()}${rng.pick(ADJECTIVES)}High${r}`,
        `        expr: sum(rate(${metric}{namespace="${team}"}[5m])) / sum(rate(${metric.replace('errors', 'requests')}{namespace="${team}"}[5m])) > 0.0${rng.int(1, 9)}`,
        `        for: ${rng.int(1, 15)}m`,
        '        labels:',
        `          severity: ${rng.pick(['page', 'ticket'])}`,
        '        annotations:',
        `          summary: ${rng.sentence(8)}`,
        `          runbook: https://runbooks.example.com/${team}/${r}`,
      );
    }
  }
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: `${team}-alerts`, namespace: 'observability', labels: { 'alerts.example.com/team': team } },
    data: { 'rules.yaml': `${lines.join('\n')}\n` },
  };
}

/** A team's namespace, quota and default limits. */
export function namespace(team: string): Json[] {
  return [
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: team, labels: { 'pod-security.kubernetes.io/enforce': 'restricted', 'pod-security.kubernetes.io/warn': 'restricted', team } },
    },
    {
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: { name: 'compute', namespace: team },
      spec: {
        hard: { 'requests.cpu': '40', 'requests.memory': '80Gi', 'limits.cpu': '160', 'limits.memory': '160Gi', pods: '400', persistentvolumeclaims: '40' },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'LimitRange',
      metadata: { name: 'defaults', namespace: team },
      spec: {
        limits: [
          { type: 'Container', default: { cpu: '500m', memory: '256Mi' }, defaultRequest: { cpu: '100m', memory: '128Mi' }, max: { cpu: '8', memory: '16Gi' } },
        ],
      },
    },
  ];
}

const VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];

/** A team's RBAC: the developers' Role and binding, a read-only ClusterRole. */
export function rbac(rng: Rng, team: string): Json[] {
  const rules = (n: number) => {
    const out: Json[] = [];
    for (let i = 0; i < n; i++) {
      out.push({
        apiGroups: [rng.pick(['', 'apps', 'batch', 'networking.k8s.io', 'policy', 'autoscaling', 'mesh.example.io'])],
        resources: rng.some(
          ['pods', 'pods/log', 'services', 'configmaps', 'deployments', 'statefulsets', 'jobs', 'cronjobs', 'ingresses', 'routes', 'events'],
          rng.int(1, 4),
        ),
        verbs: rng.some(VERBS, rng.int(1, 7)),
      });
    }
    return out;
  };
  const subjects = [
    { kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: `team-${team}` },
    { kind: 'ServiceAccount', name: 'deployer', namespace: 'platform-ci' },
  ];
  return [
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'developer', namespace: team }, rules: rules(rng.int(6, 14)) },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'developer', namespace: team },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'developer' },
      subjects,
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: `${team}-viewer`, labels: { 'rbac.example.com/aggregate-to-view': 'true' } },
      rules: rules(rng.int(4, 10)),
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: `${team}-viewer` },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: `${team}-viewer` },
      subjects,
    },
  ];
}

/** Metadata as the apiserver returns it: uid, resourceVersion, timestamps, managed fields. */
function served(rng: Rng, meta: Json, fields: Json): Json {
  return {
    ...meta,
    uid: `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`,
    resourceVersion: String(rng.int(100000, 99999999)),
    creationTimestamp: `2024-0${rng.int(1, 9)}-1${rng.int(0, 9)}T0${rng.int(0, 9)}:${rng.int(10, 59)}:${rng.int(10, 59)}Z`,
    managedFields: [
      { manager: 'kubectl-client-side-apply', operation: 'Update', apiVersion: 'v1', time: '2024-05-01T10:00:00Z', fieldsType: 'FieldsV1', fieldsV1: fields },
    ],
  };
}

/** `kubectl get configmaps,serviceaccounts -o yaml` of a namespace: a `List`. */
export function kubectlList(rng: Rng, team: string, items: number): Json {
  const list: Json[] = [];
  for (let i = 0; i < items; i++) {
    const name = `${rng.pick(ADJECTIVES)}-settings-${i}`;
    if (i % 3 === 2) {
      list.push({
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: served(rng, { name: `${name}-sa`, namespace: team }, { 'f:metadata': { 'f:labels': {} } }),
      });
      continue;
    }
    const data: Record<string, string> = {};
    for (let k = 0; k < rng.int(2, 8); k++) data[`${rng.pick(WORDS)}.${rng.pick(WORDS)}`] = rng.sentence(rng.int(2, 10));
    const fields: Json = {
      'f:data': Object.fromEntries(Object.keys(data).map(k => [`f:${k}`, {}])),
      'f:metadata': { 'f:annotations': { '.': {}, 'f:kubectl.kubernetes.io/last-applied-configuration': {} } },
    };
    list.push({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: served(
        rng,
        {
          name,
          namespace: team,
          annotations: {
            'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify({
              apiVersion: 'v1',
              kind: 'ConfigMap',
              data,
              metadata: { name, namespace: team },
            }),
          },
        },
        fields,
      ),
      data,
    });
  }
  return { apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' }, items: list };
}

/** A `ConfigMapList` of feature flags, as a tool exports it. */
export function configMapList(rng: Rng, team: string, items: number): Json {
  const list: Json[] = [];
  for (let i = 0; i < items; i++) {
    const data: Record<string, string> = {};
    for (let k = 0; k < rng.int(4, 16); k++)
      data[`flag.${rng.pick(ADJECTIVES)}.${rng.pick(WORDS)}${k}`] = rng.pick(['"true"', '"false"', `"${rng.int(0, 100)}%"`]).replace(/"/g, '');
    list.push({ metadata: { name: `flags-${i}`, namespace: team }, data });
  }
  return { apiVersion: 'v1', kind: 'ConfigMapList', items: list };
}

/** A TLS Secret with a certificate chain and key of realistic length. */
export function tlsSecret(rng: Rng, name: string, namespace: string): Json {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'kubernetes.io/tls',
    metadata: { name, namespace },
    data: { 'tls.crt': rng.base64(1800), 'tls.key': rng.base64(1200), 'ca.crt': rng.base64(1100) },
  };
}
