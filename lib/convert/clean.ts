/**
 * Cleaning what a cluster added to an object read back with `kubectl get -o yaml`: its status,
 * the server's metadata (uid, resourceVersion, managedFields, ...), the labels and annotations
 * controllers write, the injected service-account token volume and its mounts, the node it ran
 * on, and the values the apiserver's defaulting wrote where the manifest said nothing. Only
 * objects that carry the server's marks are cleaned; a manifest written by hand is left as is.
 *
 * @packageDocumentation
 */
import { isObject, jsonEqual, JsonObject } from '../values/json';

/** Whether an object was read back from a cluster: it has the server's metadata or a status. */
export function fromCluster(m: JsonObject): boolean {
  const meta = isObject(m.metadata) ? m.metadata : {};
  return ['uid', 'resourceVersion', 'creationTimestamp', 'managedFields', 'generation', 'selfLink'].some(k => k in meta) || 'status' in m;
}

const SERVER_META = ['uid', 'resourceVersion', 'creationTimestamp', 'generation', 'managedFields', 'selfLink', 'ownerReferences'];
const SERVER_ANNOTATION =
  /^(kubectl\.kubernetes\.io\/last-applied-configuration|deployment\.kubernetes\.io\/revision|deprecated\.daemonset\.template\.generation|(pv|volume\.beta|volume)\.kubernetes\.io\/.*|control-plane\.alpha\.kubernetes\.io\/leader)$/;
const SERVER_LABEL =
  /^(pod-template-hash|controller-revision-hash|statefulset\.kubernetes\.io\/pod-name|controller-uid|job-name|batch\.kubernetes\.io\/(controller-uid|job-name))$/;
const TOKEN_VOLUME = /^(default-token-[a-z0-9]{5}|kube-api-access-[a-z0-9]{5})$/;
const TOKEN_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
const POD_DEFAULTS: Readonly<Record<string, unknown>> = {
  dnsPolicy: 'ClusterFirst',
  enableServiceLinks: true,
  preemptionPolicy: 'PreemptLowerPriority',
  schedulerName: 'default-scheduler',
  terminationGracePeriodSeconds: 30,
  serviceAccountName: 'default',
};
const CONTAINER_DEFAULTS: Readonly<Record<string, unknown>> = { terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File' };
const PROBE_DEFAULTS: Readonly<Record<string, unknown>> = { timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };
const KIND_DEFAULTS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  Deployment: {
    progressDeadlineSeconds: 600,
    revisionHistoryLimit: 10,
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
  },
  StatefulSet: {
    podManagementPolicy: 'OrderedReady',
    revisionHistoryLimit: 10,
    updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
    persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
  },
  DaemonSet: { revisionHistoryLimit: 10, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } } },
  Job: { backoffLimit: 6, completionMode: 'NonIndexed', completions: 1, parallelism: 1, suspend: false, podReplacementPolicy: 'TerminatingOrFailed' },
  CronJob: { concurrencyPolicy: 'Allow', failedJobsHistoryLimit: 1, successfulJobsHistoryLimit: 3, suspend: false },
};

/** What the cleaning removed, as field paths (and a few words). */
class Removed {
  public readonly fields: string[] = [];
  public defaults = 0;

  public drop(o: JsonObject, key: string, path: string, isDefault = false): void {
    if (!(key in o)) return;
    delete o[key];
    if (isDefault) this.defaults++;
    else this.fields.push(path);
  }

  /** Drops `o[key]` when it equals `value`, the apiserver's default. */
  public dropDefault(o: JsonObject, key: string, value: unknown): void {
    if (key in o && jsonEqual(o[key], value)) this.drop(o, key, key, true);
  }
}

/** The image pull policy the apiserver defaults for an image: `Always` for `:latest` or no tag, else `IfNotPresent`. */
function defaultPullPolicy(image: unknown): string {
  if (typeof image !== 'string') return 'IfNotPresent';
  if (image.includes('@')) return 'IfNotPresent';
  const tag = /:([^/:]+)$/.exec(image)?.[1];
  return tag === undefined || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function cleanMetadata(meta: JsonObject, at: string, r: Removed): void {
  for (const k of SERVER_META) r.drop(meta, k, `${at}metadata.${k}`);
  for (const [map, re] of [
    ['annotations', SERVER_ANNOTATION],
    ['labels', SERVER_LABEL],
  ] as const) {
    const entries = meta[map];
    if (!isObject(entries)) continue;
    for (const key of Object.keys(entries)) if (re.test(key)) r.drop(entries, key, `${at}metadata.${map}[${key}]`);
    if (Object.keys(entries).length === 0) delete meta[map];
  }
  if (Array.isArray(meta.finalizers)) {
    meta.finalizers = meta.finalizers.filter(f => f !== 'kubernetes.io/pvc-protection');
    if ((meta.finalizers as unknown[]).length === 0) r.drop(meta, 'finalizers', `${at}metadata.finalizers`);
  }
  r.drop(meta, 'creationTimestamp', `${at}metadata.creationTimestamp`);
}

function cleanContainer(c: JsonObject, r: Removed): void {
  for (const [k, v] of Object.entries(CONTAINER_DEFAULTS)) r.dropDefault(c, k, v);
  r.dropDefault(c, 'imagePullPolicy', defaultPullPolicy(c.image));
  if (isObject(c.resources) && Object.keys(c.resources).length === 0) r.drop(c, 'resources', 'resources', true);
  for (const p of Array.isArray(c.ports) ? c.ports : []) if (isObject(p)) r.dropDefault(p, 'protocol', 'TCP');
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    const p = c[probe];
    if (!isObject(p)) continue;
    for (const [k, v] of Object.entries(PROBE_DEFAULTS)) r.dropDefault(p, k, v);
    if (isObject(p.httpGet)) r.dropDefault(p.httpGet, 'scheme', 'HTTP');
  }
  for (const e of Array.isArray(c.env) ? c.env : []) {
    if (isObject(e) && isObject(e.valueFrom) && isObject(e.valueFrom.fieldRef)) r.dropDefault(e.valueFrom.fieldRef, 'apiVersion', 'v1');
  }
  if (Array.isArray(c.volumeMounts)) {
    c.volumeMounts = c.volumeMounts.filter(m => !(isObject(m) && (m.mountPath === TOKEN_PATH || (typeof m.name === 'string' && TOKEN_VOLUME.test(m.name)))));
    if ((c.volumeMounts as unknown[]).length === 0) delete c.volumeMounts;
  }
}

function cleanPodSpec(spec: JsonObject, at: string, isJob: boolean, r: Removed): void {
  r.drop(spec, 'nodeName', `${at}spec.nodeName`);
  if (spec.serviceAccount === spec.serviceAccountName || spec.serviceAccount === 'default') r.drop(spec, 'serviceAccount', `${at}spec.serviceAccount`);
  r.drop(spec, 'priority', `${at}spec.priority`);
  for (const [k, v] of Object.entries(POD_DEFAULTS)) r.dropDefault(spec, k, v);
  if (!isJob) r.dropDefault(spec, 'restartPolicy', 'Always');
  if (isObject(spec.securityContext) && Object.keys(spec.securityContext).length === 0) r.drop(spec, 'securityContext', 'securityContext', true);
  if (Array.isArray(spec.tolerations)) {
    const before = spec.tolerations.length;
    spec.tolerations = spec.tolerations.filter(
      t =>
        !(
          isObject(t) &&
          ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'].includes(String(t.key)) &&
          t.operator === 'Exists' &&
          t.effect === 'NoExecute' &&
          t.tolerationSeconds === 300
        ),
    );
    if ((spec.tolerations as unknown[]).length < before) r.fields.push(`${at}spec.tolerations (the default not-ready and unreachable tolerations)`);
    if ((spec.tolerations as unknown[]).length === 0) delete spec.tolerations;
  }
  if (Array.isArray(spec.volumes)) {
    const token = spec.volumes.find(
      v => isObject(v) && typeof v.name === 'string' && TOKEN_VOLUME.test(v.name) && (isObject(v.secret) || isObject(v.projected)),
    );
    if (isObject(token)) {
      spec.volumes = spec.volumes.filter(v => v !== token);
      r.fields.push(`${at}spec.volumes[${String(token.name)}] (the injected service-account token) and its mounts`);
    }
    for (const v of spec.volumes as unknown[]) {
      if (!isObject(v)) continue;
      for (const source of ['secret', 'configMap', 'projected']) if (isObject(v[source])) r.dropDefault(v[source] as JsonObject, 'defaultMode', 420);
      if (isObject(v.hostPath)) r.dropDefault(v.hostPath, 'type', '');
    }
    if ((spec.volumes as unknown[]).length === 0) delete spec.volumes;
  }
  for (const list of ['initContainers', 'containers'])
    for (const c of Array.isArray(spec[list]) ? (spec[list] as unknown[]) : []) if (isObject(c)) cleanContainer(c, r);
}

function cleanTemplate(template: unknown, at: string, isJob: boolean, r: Removed): void {
  if (!isObject(template)) return;
  if (isObject(template.metadata)) {
    cleanMetadata(template.metadata, at, r);
    if (Object.keys(template.metadata).length === 0) delete template.metadata;
  }
  if (isObject(template.spec)) cleanPodSpec(template.spec, at, isJob, r);
}

function cleanService(spec: JsonObject, r: Removed): void {
  for (const k of ['clusterIP', 'clusterIPs']) if (spec[k] !== 'None' && !(Array.isArray(spec[k]) && spec[k][0] === 'None')) r.drop(spec, k, `spec.${k}`);
  for (const k of ['ipFamilies', 'ipFamilyPolicy']) r.drop(spec, k, `spec.${k}`);
  r.dropDefault(spec, 'internalTrafficPolicy', 'Cluster');
  r.dropDefault(spec, 'sessionAffinity', 'None');
  r.dropDefault(spec, 'externalTrafficPolicy', 'Cluster');
}

function cleanKind(m: JsonObject, spec: JsonObject, r: Removed): void {
  const kind = String(m.kind);
  for (const [k, v] of Object.entries(KIND_DEFAULTS[kind] ?? {})) r.dropDefault(spec, k, v);
  if (kind === 'Pod') cleanPodSpec(spec, '', false, r);
  else if (kind === 'Service') cleanService(spec, r);
  else if (kind === 'PersistentVolumeClaim') {
    r.drop(spec, 'volumeName', 'spec.volumeName');
    r.dropDefault(spec, 'volumeMode', 'Filesystem');
  } else if (kind === 'Job') {
    if (isObject(spec.selector) && JSON.stringify(spec.selector).includes('controller-uid')) r.drop(spec, 'selector', 'spec.selector (generated)');
    r.dropDefault(spec, 'manualSelector', false);
    cleanTemplate(spec.template, 'spec.template.', true, r);
  } else if (kind === 'CronJob' && isObject(spec.jobTemplate)) {
    if (isObject(spec.jobTemplate.metadata)) {
      cleanMetadata(spec.jobTemplate.metadata, 'spec.jobTemplate.', r);
      if (Object.keys(spec.jobTemplate.metadata).length === 0) delete spec.jobTemplate.metadata;
    }
    if (isObject(spec.jobTemplate.spec)) cleanTemplate(spec.jobTemplate.spec.template, 'spec.jobTemplate.spec.template.', true, r);
  } else if (isObject(spec.template)) cleanTemplate(spec.template, 'spec.template.', false, r);
  if (kind === 'StatefulSet' && Array.isArray(spec.volumeClaimTemplates)) {
    for (const t of spec.volumeClaimTemplates) {
      if (!isObject(t)) continue;
      for (const k of ['apiVersion', 'kind', 'status']) r.drop(t, k, `spec.volumeClaimTemplates[].${k}`, true);
      if (isObject(t.metadata)) r.drop(t.metadata, 'creationTimestamp', 'creationTimestamp', true);
      if (isObject(t.spec)) r.dropDefault(t.spec, 'volumeMode', 'Filesystem');
    }
  }
}

/**
 * Removes, in place, what a cluster added to `m`, if it was read back from one; returns what was
 * removed, in words (empty for a manifest written by hand).
 */
export function cleanClusterFields(m: JsonObject): string[] {
  if (!fromCluster(m)) return [];
  const r = new Removed();
  r.drop(m, 'status', 'status');
  if (isObject(m.metadata)) cleanMetadata(m.metadata, '', r);
  if (isObject(m.spec)) cleanKind(m, m.spec, r);
  if (m.kind === 'ServiceAccount' && Array.isArray(m.secrets)) {
    const name = isObject(m.metadata) ? String(m.metadata.name) : '';
    m.secrets = m.secrets.filter(s => !(isObject(s) && typeof s.name === 'string' && s.name.startsWith(`${name}-token-`)));
    if ((m.secrets as unknown[]).length === 0) r.drop(m, 'secrets', 'secrets (token Secrets)');
  }
  const out = [...r.fields];
  if (r.defaults > 0) out.push(`${r.defaults} value${r.defaults === 1 ? '' : 's'} the apiserver's defaulting wrote`);
  return out;
}
