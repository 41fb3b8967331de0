/**
 * Pod specs: sections C–H of the Kubernetes 1.27 rules (14–62), the pod warnings of rule 80, and
 * the checks the apiserver misses, for Pods and the pod templates of workloads.
 *
 * Mirrors `ValidatePodSpec` and what it calls in `pkg/apis/core/validation/validation.go` (v1.27),
 * after the defaulting of `pkg/apis/core/v1/defaults.go`: a value the API defaults is never an error
 * here (empty enums, probe zeros, a port's protocol, a volume without source, the hostPort of a
 * hostNetwork pod).
 *
 * Defensive: the schema check has already reported unknown fields, values of the wrong JSON type
 * and the fields the schema requires. Such values are treated as absent here: never reported twice,
 * never a crash.
 *
 * Cost: one walk over the spec, fields visited in document order (so findings come out in document
 * order; a Job's missing restartPolicy comes last). Paths and messages are only built for findings.
 *
 * @packageDocumentation
 */
import { isObject } from '../../../values/json';
import { dns1123LabelErrors, dns1123SubdomainErrors } from '../../../values/names';
import { isInt, INT32_MAX } from '../../../values/numbers';
import { Path } from '../../../values/path';
import { Reporter } from '../../reporter';
import { checkLabels } from '../meta';
import { checkContainerList } from './containers';
import { PodContext, PodScope, quoted } from './scope';
import { checkPodSecurityContext } from './security-context';
import { checkTolerations } from './tolerations';
import { checkVolumes } from './volumes';

const RESTART_POLICIES: readonly string[] = ['Always', 'OnFailure', 'Never'];
const DNS_POLICIES: readonly string[] = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];

/** Workload kinds whose template must restart always, and the name their message uses. */
const ALWAYS_RESTARTING: Readonly<Record<string, string>> = {
  Deployment: 'ReplicaSet',
  ReplicaSet: 'ReplicaSet',
  StatefulSet: 'StatefulSet',
  DaemonSet: 'DaemonSet',
  ReplicationController: 'ReplicationController',
};
const JOB_KINDS: ReadonlySet<string> = new Set(['Job', 'CronJob']);
const JOB_RESTART_POLICIES: readonly string[] = ['OnFailure', 'Never'];
const DEADLINE_RANGE = `must be between 1 and ${INT32_MAX}, inclusive`;

/**
 * Checks a pod spec as `ValidatePodSpec` (and, for workloads, the template rules of their kind)
 * would after defaulting, plus the checks the apiserver misses.
 */
export function checkPodSpec(r: Reporter, spec: unknown, path: Path, ctx: PodContext): void {
  if (!isObject(spec)) return; // absent or of the wrong type: reported by the schema check
  const pod = new PodScope(r, spec, path, ctx);
  let sawRestartPolicy = false;
  for (const key in spec) {
    const v = spec[key];
    switch (key) {
      case 'containers':
        if (Array.isArray(v)) checkContainerList(pod, v, 'containers');
        break;
      case 'initContainers':
        if (Array.isArray(v)) checkContainerList(pod, v, 'initContainers');
        break;
      case 'ephemeralContainers':
        if (Array.isArray(v) && v.length > 0) {
          r.forbidden('pod-ephemeral-containers', pod.at(key), ctx.isPod ? 'cannot be set on create' : 'ephemeral containers not allowed in pod template');
        }
        break;
      case 'volumes':
        if (Array.isArray(v)) checkVolumes(pod, v);
        break;
      case 'restartPolicy':
        sawRestartPolicy = true;
        restartPolicy(pod, v);
        break;
      case 'dnsPolicy':
        dnsPolicy(pod, v);
        break;
      case 'hostname':
      case 'subdomain':
        if (typeof v === 'string' && v !== '') r.invalidEach('pod-hostname', pod.at(key), v, dns1123LabelErrors(v));
        break;
      case 'serviceAccountName':
        if (typeof v === 'string' && v !== '') r.invalidEach('pod-service-account-name', pod.at(key), v, dns1123SubdomainErrors(v));
        break;
      case 'priorityClassName':
        if (typeof v === 'string' && v !== '') r.invalidEach('pod-priority-class-name', pod.at(key), v, dns1123SubdomainErrors(v));
        break;
      case 'tolerations':
        if (Array.isArray(v)) checkTolerations(pod, v);
        break;
      case 'activeDeadlineSeconds':
        activeDeadlineSeconds(pod, v);
        break;
      case 'nodeSelector':
        if (isObject(v)) checkLabels(r, v, pod.at(key), 'pod-node-selector', 'pod-node-selector');
        break;
      case 'securityContext':
        if (isObject(v)) checkPodSecurityContext(pod, v);
        break;
      case 'shareProcessNamespace':
        if (v === true && spec.hostPID === true) {
          r.invalid('pod-share-process-namespace', pod.at(key), true, 'ShareProcessNamespace and HostPID cannot both be enabled');
        }
        break;
      case 'terminationGracePeriodSeconds':
        if (isInt(v) && v < 0) {
          r.advise('pod-termination-grace-period', pod.at(key), v, 'must be >= 0; negative values are invalid and will be treated as 1');
        }
        break;
      default:
        break;
    }
  }
  if (!sawRestartPolicy) restartPolicy(pod, undefined);
}

function restartPolicy(pod: PodScope, v: unknown): void {
  if (v !== undefined && v !== null && typeof v !== 'string') return;
  const value = typeof v === 'string' && v !== '' ? v : 'Always'; // SetDefaults_PodSpec
  const path = pod.at('restartPolicy');
  const kind = pod.ctx.kind;
  if (ALWAYS_RESTARTING[kind] !== undefined) {
    if (value !== 'Always') pod.r.unsupported('workload-restart-policy', path, value, ['Always']);
  } else if (JOB_KINDS.has(kind)) {
    if (value === 'Always') {
      pod.r.required('workload-restart-policy', path, `valid values: ${quoted(JOB_RESTART_POLICIES)}`);
    } else if (!JOB_RESTART_POLICIES.includes(value)) {
      pod.r.unsupported('workload-restart-policy', path, value, JOB_RESTART_POLICIES);
    }
  } else if (!RESTART_POLICIES.includes(value)) {
    pod.r.unsupported('pod-restart-policy', path, value, RESTART_POLICIES);
  }
}

function dnsPolicy(pod: PodScope, v: unknown): void {
  if (typeof v !== 'string' || v === '') return; // defaulted to ClusterFirst
  if (!DNS_POLICIES.includes(v)) {
    pod.r.unsupported('pod-dns-policy', pod.at('dnsPolicy'), v, DNS_POLICIES);
  } else if (v === 'None') {
    const config = pod.spec.dnsConfig;
    if (!isObject(config)) {
      pod.r.required('pod-dns-policy', pod.at('dnsConfig'), 'must provide `dnsConfig` when `dnsPolicy` is None');
    } else if (!Array.isArray(config.nameservers) || config.nameservers.length === 0) {
      pod.r.required('pod-dns-policy', pod.at('dnsConfig', 'nameservers'), 'must provide at least one DNS nameserver when `dnsPolicy` is None');
    }
  }
}

function activeDeadlineSeconds(pod: PodScope, v: unknown): void {
  if (!isInt(v)) return;
  const path = pod.at('activeDeadlineSeconds');
  if (v < 1 || v > INT32_MAX) pod.r.invalid('pod-active-deadline-seconds', path, v, DEADLINE_RANGE);
  const owner = ALWAYS_RESTARTING[pod.ctx.kind];
  if (owner !== undefined) pod.r.forbidden('workload-active-deadline-seconds', path, `activeDeadlineSeconds in ${owner} is not Supported`);
}
