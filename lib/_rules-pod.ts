/**
 * Pod spec rules: sections C–H of the Kubernetes 1.27 rules (14–62), the pod warnings of rule 80,
 * and the checks the apiserver misses (named probe ports, ports shared by two containers, a liveness
 * probe that repeats the readiness probe).
 *
 * Mirrors `ValidatePodSpec` and what it calls in `pkg/apis/core/validation/validation.go` (v1.27),
 * after the defaulting of `pkg/apis/core/v1/defaults.go`: a value the API defaults is never an
 * error here (empty enums, probe zeros, a port's protocol, a volume without source, the hostPort of
 * a hostNetwork pod).
 *
 * Defensive: the schema check has already reported unknown fields, values of the wrong JSON type and
 * the fields the schema requires (a container's `name`, a port's `containerPort`, a probe's
 * `httpGet.port`...). Such values are treated as absent here: never reported twice, never a crash.
 *
 * Cost: one walk over the spec, fields visited in document order (so findings come out in document
 * order; a Job's missing restartPolicy comes last). Paths and messages are only built for findings;
 * the indexes for duplicates are allocated only when needed (pods with several containers or with
 * host ports, lists longer than 16). Quantities are parsed without allocating.
 *
 * @internal
 * @packageDocumentation
 */
import { formatPath, Path, Segment } from './_path';
import { Reporter } from './_report';
import { checkLabels } from './_rules-meta';
import { suggest } from './_schema';
import {
  dns1123LabelErrors,
  dns1123SubdomainErrors,
  envVarNameErrors,
  httpHeaderNameErrors,
  isPortNumber,
  portNameErrors,
  portNumberErrors,
  qualifiedNameErrors,
} from './_validators';

/** Which object the pod spec belongs to. */
export interface PodSpecContext {
  /** True only for kind Pod: rules 18 (image whitespace) and 27 (ephemeral containers on create). */
  readonly isPod: boolean;
  /** The manifest's kind (`Pod`, `Deployment`, `Job`, `CronJob`, ...). */
  readonly kind: string;
}

type Obj = Record<string, unknown>;
type ListName = 'containers' | 'initContainers';
type ProbeField = 'livenessProbe' | 'readinessProbe' | 'startupProbe';

// ---------------------------------------------------------------------------------------------
// constants
// ---------------------------------------------------------------------------------------------

const INT32_MAX = 2147483647;
const NONNEGATIVE = 'must be greater than or equal to 0';
const ID_RANGE = `must be between 0 and ${INT32_MAX}, inclusive`;
const DEADLINE_RANGE = `must be between 1 and ${INT32_MAX}, inclusive`;

const PULL_POLICIES: readonly string[] = ['Always', 'IfNotPresent', 'Never'];
const TERMINATION_MESSAGE_POLICIES: readonly string[] = ['File', 'FallbackToLogsOnError'];
const RESTART_POLICIES: readonly string[] = ['Always', 'OnFailure', 'Never'];
const DNS_POLICIES: readonly string[] = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
/** `supportedPortProtocols.List()`: sorted. */
const PROTOCOLS: readonly string[] = ['SCTP', 'TCP', 'UDP'];
const HTTP_SCHEMES: readonly string[] = ['HTTP', 'HTTPS'];
const MOUNT_PROPAGATIONS: readonly string[] = ['Bidirectional', 'HostToContainer', 'None'];
const SECCOMP_TYPES: readonly string[] = ['Localhost', 'RuntimeDefault', 'Unconfined'];

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

/** Handlers in the order `validateHandler` counts them: the first present one is validated, the others are extra. */
const PROBE_HANDLERS: readonly string[] = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const LIFECYCLE_HANDLERS: readonly string[] = ['exec', 'httpGet', 'tcpSocket'];

/** Volume sources in the order `validateVolumeSource` counts them. */
export const VOLUME_SOURCES: readonly string[] = [
  'emptyDir',
  'hostPath',
  'gitRepo',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'flocker',
  'persistentVolumeClaim',
  'rbd',
  'cinder',
  'cephfs',
  'quobyte',
  'downwardAPI',
  'fc',
  'flexVolume',
  'configMap',
  'azureFile',
  'vsphereVolume',
  'photonPersistentDisk',
  'portworxVolume',
  'azureDisk',
  'storageos',
  'projected',
  'scaleIO',
  'csi',
  'ephemeral',
];
const VOLUME_SOURCE_SET: ReadonlySet<string> = new Set(VOLUME_SOURCES);

/** `ConvertDownwardAPIFieldLabel` (v1): the field paths a `fieldRef` may name at all. */
const CONVERTIBLE_FIELD_PATHS: ReadonlySet<string> = new Set([
  'metadata.annotations',
  'metadata.labels',
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.restartPolicy',
  'spec.serviceAccountName',
  'spec.schedulerName',
  'status.phase',
  'status.hostIP',
  'status.podIP',
  'status.podIPs',
]);
/** `validEnvDownwardAPIFieldPathExpressions` (1.27), sorted as the message lists them. */
const ENV_FIELD_PATHS: readonly string[] = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.podIP',
  'status.podIPs',
];
/** `validContainerResourceFieldPathExpressions`, sorted. */
const RESOURCE_FIELD_PATHS: readonly string[] = [
  'limits.cpu',
  'limits.ephemeral-storage',
  'limits.memory',
  'requests.cpu',
  'requests.ephemeral-storage',
  'requests.memory',
];

/** `IsStandardResourceName` (besides the hugepages prefixes). */
const STANDARD_RESOURCES: ReadonlySet<string> = new Set([
  'cpu',
  'memory',
  'ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'pods',
  'resourcequotas',
  'services',
  'replicationcontrollers',
  'secrets',
  'persistentvolumeclaims',
  'configmaps',
  'services.nodeports',
  'services.loadbalancers',
  'requests.storage',
]);
/** `integerResources`: quota resources counted in whole units. */
const INTEGER_RESOURCES: ReadonlySet<string> = new Set([
  'pods',
  'resourcequotas',
  'services',
  'replicationcontrollers',
  'secrets',
  'configmaps',
  'persistentvolumeclaims',
  'services.nodeports',
  'services.loadbalancers',
]);
const HUGEPAGES_PREFIX = 'hugepages-';

/** `IsConfigMapKey` (a primitive `_validators.ts` does not have). */
const CONFIG_MAP_KEY = /^[-._a-zA-Z0-9]+$/;
const CONFIG_MAP_KEY_MAX = 253;
/** Lists up to this long are searched rather than indexed. */
const SMALL = 16;

// ---------------------------------------------------------------------------------------------
// small helpers
// ---------------------------------------------------------------------------------------------

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

/** Whether a handler earlier than `key` in `order` is present: then `key` is an extra handler. */
function earlierHandler(h: Obj, key: string, order: readonly string[]): boolean {
  for (const k of order) {
    if (k === key) return false;
    if (isObject(h[k])) return true;
  }
  return false;
}

function quoted(values: readonly string[]): string {
  return values.map(v => `"${v}"`).join(', ');
}

/** `IsConfigMapKey`: keys of ConfigMaps and Secrets. */
function configMapKeyErrors(value: string): string[] {
  const errs: string[] = [];
  if (value.length > CONFIG_MAP_KEY_MAX) errs.push(`must be no more than ${CONFIG_MAP_KEY_MAX} characters`);
  if (!CONFIG_MAP_KEY.test(value)) {
    errs.push(
      "a valid config key must consist of alphanumeric characters, '-', '_' or '.' " +
        "(e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
    );
  }
  if (value === '.') errs.push("must not be '.'");
  else if (value === '..') errs.push("must not be '..'");
  else if (value.startsWith('..')) errs.push("must not start with '..'");
  return errs;
}

/** `validateLocalDescendingPath`: subPath, subPathExpr, seccomp localhostProfile. */
function localDescendingPathErrors(value: string): string[] {
  const errs: string[] = [];
  if (value.startsWith('/')) errs.push('must be a relative path');
  if (value === '..' || value.startsWith('../') || value.endsWith('/..') || value.includes('/../')) errs.push("must not contain '..'");
  return errs;
}

/** Deep equality of JSON values, without allocating. */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Obj;
  const y = b as Obj;
  let n = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    n++;
    if (!jsonEqual(x[k], y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) n--;
  return n === 0;
}

/** A probe's value after `SetDefaults_Probe` (zero or absent → default). */
function probeValue(p: Obj, key: string, dflt: number): number {
  const v = p[key];
  return isInt(v) && v !== 0 ? v : dflt;
}

/** Liveness and readiness probes that check the same thing at the same pace (after defaulting). */
function sameProbe(a: Obj, b: Obj): boolean {
  if (
    probeValue(a, 'periodSeconds', 10) !== probeValue(b, 'periodSeconds', 10) ||
    probeValue(a, 'failureThreshold', 3) !== probeValue(b, 'failureThreshold', 3) ||
    probeValue(a, 'timeoutSeconds', 1) !== probeValue(b, 'timeoutSeconds', 1) ||
    probeValue(a, 'initialDelaySeconds', 0) !== probeValue(b, 'initialDelaySeconds', 0)
  ) {
    return false;
  }
  for (const h of PROBE_HANDLERS) if (!jsonEqual(a[h] ?? undefined, b[h] ?? undefined)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// quantities (`k8s.io/apimachinery/pkg/api/resource`)
// ---------------------------------------------------------------------------------------------

const QUANTITY_FORMAT = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
const QUANTITY_SUFFIX = "unable to parse quantity's suffix";
/** `eEinumkKMGTP`, by character code. */
const SUFFIX_CHAR: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (const c of 'eEinumkKMGTP') t[c.charCodeAt(0)] = 1;
  return t;
})();
/** Exact powers of ten (10^0 .. 10^22 are exact doubles). */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Significant digits kept; the rest only scale the value. */
const MAX_DIGITS = 17;

/** Why the last `parseQuantity()` returned NaN. */
let quantityError = '';

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function scaled(mantissa: number, exp10: number): number {
  if (mantissa === 0) return 0;
  if (exp10 >= 0) return mantissa * (exp10 < POW10.length ? POW10[exp10] : 10 ** exp10);
  return mantissa / (-exp10 < POW10.length ? POW10[-exp10] : 10 ** -exp10);
}

/** Decimal exponent of a one-letter SI suffix, or NaN. */
function decimalSuffix(c: string): number {
  switch (c) {
    case 'n':
      return -9;
    case 'u':
      return -6;
    case 'm':
      return -3;
    case 'k':
      return 3;
    case 'M':
      return 6;
    case 'G':
      return 9;
    case 'T':
      return 12;
    case 'P':
      return 15;
    case 'E':
      return 18;
    default:
      return NaN;
  }
}

/** Binary exponent of `Ki`..`Ei` (first letter), or NaN. */
function binarySuffix(c: string): number {
  switch (c) {
    case 'K':
      return 10;
    case 'M':
      return 20;
    case 'G':
      return 30;
    case 'T':
      return 40;
    case 'P':
      return 50;
    case 'E':
      return 60;
    default:
      return NaN;
  }
}

/**
 * `resource.ParseQuantity`, to a number (exact for the usual spellings: `500m`, `1.5Gi`, `1e3`).
 * Returns NaN, with `quantityError` set, when the apiserver cannot decode the quantity.
 */
function parseQuantity(s: string): number {
  const end = s.length;
  if (end === 0) {
    quantityError = QUANTITY_FORMAT;
    return NaN;
  }
  let i = 0;
  let negative = false;
  const c0 = s.charCodeAt(0);
  if (c0 === 45) {
    negative = true;
    i++;
  } else if (c0 === 43) {
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let exp10 = 0;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) break;
    if (digits < MAX_DIGITS) {
      mantissa = mantissa * 10 + (c - 48);
      if (mantissa > 0) digits++;
    } else {
      exp10++;
    }
  }
  if (i < end && s.charCodeAt(i) === 46) {
    for (i++; i < end; i++) {
      const c = s.charCodeAt(i);
      if (!isDigit(c)) break;
      if (digits < MAX_DIGITS) {
        mantissa = mantissa * 10 + (c - 48);
        if (mantissa > 0) digits++;
        exp10--;
      }
    }
  }
  // suffix: SI letters, then an optional sign and digits (an exponent)
  const suffixStart = i;
  while (i < end && SUFFIX_CHAR[s.charCodeAt(i)] === 1) i++; // out-of-range indexes read undefined
  if (i < end && (s[i] === '-' || s[i] === '+')) i++;
  while (i < end && isDigit(s.charCodeAt(i))) i++;
  if (i < end) {
    quantityError = QUANTITY_FORMAT;
    return NaN;
  }
  const suffixLength = end - suffixStart;
  let value: number;
  if (suffixLength === 0) {
    value = scaled(mantissa, exp10);
  } else if (suffixLength === 1 && !Number.isNaN(decimalSuffix(s[suffixStart]))) {
    value = scaled(mantissa, exp10 + decimalSuffix(s[suffixStart]));
  } else if (suffixLength === 2 && s[suffixStart + 1] === 'i' && !Number.isNaN(binarySuffix(s[suffixStart]))) {
    value = scaled(mantissa, exp10) * 2 ** binarySuffix(s[suffixStart]);
  } else if (suffixLength > 1 && (s[suffixStart] === 'e' || s[suffixStart] === 'E')) {
    // strconv.ParseInt of the rest: an optional sign, then at least one digit
    let j = suffixStart + 1;
    let expNegative = false;
    if (s[j] === '-' || s[j] === '+') {
      expNegative = s[j] === '-';
      j++;
    }
    if (j === end) {
      quantityError = QUANTITY_SUFFIX;
      return NaN;
    }
    let exponent = 0;
    for (; j < end; j++) {
      const c = s.charCodeAt(j);
      if (!isDigit(c)) {
        quantityError = QUANTITY_SUFFIX;
        return NaN;
      }
      exponent = exponent * 10 + (c - 48);
    }
    value = scaled(mantissa, exp10 + (expNegative ? -exponent : exponent));
  } else {
    quantityError = QUANTITY_SUFFIX;
    return NaN;
  }
  return negative ? -value : value;
}

/** The numeric value of a quantity field (a string or a JSON number), or NaN when it does not decode. */
function quantityValue(v: unknown): number {
  if (typeof v === 'number') return v;
  return typeof v === 'string' ? parseQuantity(v) : NaN;
}

/** The size of a `hugepages-<size>` resource, or NaN. */
function hugePageSize(name: string): number {
  return parseQuantity(name.slice(HUGEPAGES_PREFIX.length));
}

// ---------------------------------------------------------------------------------------------
// resource names (`validateContainerResourceName`, `pkg/apis/core/helper`)
// ---------------------------------------------------------------------------------------------

function isHugePages(name: string): boolean {
  return name.startsWith(HUGEPAGES_PREFIX);
}

function isNativeResource(name: string): boolean {
  return !name.includes('/') || name.includes('kubernetes.io/');
}

function isExtendedResource(name: string): boolean {
  return !isNativeResource(name) && !name.startsWith('requests.') && qualifiedNameErrors(`requests.${name}`).length === 0;
}

function isOvercommitAllowed(name: string): boolean {
  return isNativeResource(name) && !isHugePages(name);
}

function isIntegerResource(name: string): boolean {
  return INTEGER_RESOURCES.has(name) || isExtendedResource(name);
}

/** `validateContainerResourceName`: the problems of a resource name, or an empty list. */
function resourceNameErrors(name: string): readonly string[] {
  if (name === 'cpu' || name === 'memory' || name === 'ephemeral-storage') return NONE;
  const errs = qualifiedNameErrors(name);
  const slash = name.includes('/');
  if (errs.length === 0 && !slash && !STANDARD_RESOURCES.has(name) && !isHugePages(name) && !name.startsWith('requests.hugepages-')) {
    errs.push('must be a standard resource type or fully qualified');
  }
  if (!slash) {
    if (!isHugePages(name)) errs.push('must be a standard resource for containers');
  } else if (!isNativeResource(name) && !isExtendedResource(name)) {
    errs.push("doesn't follow extended resource name standard");
  }
  return errs;
}

const NONE: readonly string[] = [];

// ---------------------------------------------------------------------------------------------
// the checker
// ---------------------------------------------------------------------------------------------

/**
 * Checks a pod spec as `ValidatePodSpec` (and, for workloads, the template rules of their kind)
 * would after defaulting, plus the checks the apiserver misses.
 *
 * Rule ids and the spec rules they implement: see {@link PodSpecChecker}.
 */
export function checkPodSpec(r: Reporter, spec: unknown, path: Path, ctx: PodSpecContext): void {
  if (!isObject(spec)) return; // absent or of the wrong type: reported by the schema check
  new PodSpecChecker(r, spec, path, ctx).check();
}

/**
 * Rule ids (spec rule numbers in brackets):
 * pod-containers-required [14], container-name [15], container-name-unique [16], container-image [17, 18],
 * container-image-pull-policy [19], container-termination-message-policy [20], pod-restart-policy [21],
 * workload-restart-policy, workload-active-deadline-seconds, pod-dns-policy [22], pod-hostname [23],
 * pod-service-account-name [24], pod-active-deadline-seconds [25], pod-node-selector [26],
 * pod-ephemeral-containers [27], pod-termination-grace-period [28, warning], volume-name / volume-source [29],
 * volume-mount [30], container-port [31], container-host-port [32], container-port-protocol [33],
 * container-port-name [34, 35], host-port-conflict [36], host-network-port [37], env-name [38],
 * env-value-from [39, 40], env-field-ref [41], env-from, resource-name [42], quantity-syntax [3],
 * resource-quantity [43, 46], resource-limit [44, 45], resource-hugepages [46], probe-handler [47, 59],
 * probe-field [48, 50], probe-success-threshold [49], probe-readiness-grace-period [51],
 * probe-exec-command [52], probe-port [53, 56], probe-http-scheme [54], probe-http-header [55],
 * probe-port-declared [57], init-container-field [58], security-context-id [60],
 * security-context-privilege-escalation [61], pod-share-process-namespace [62], seccomp-profile,
 * fractional-bytes [80], duplicate-port-definition [80], duplicate-env [80], pod-port-conflict,
 * liveness-equals-readiness.
 */
class PodSpecChecker {
  private readonly hostNetwork: boolean;
  /** The container being checked. */
  private list: ListName = 'containers';
  private index = 0;
  private container: Obj = {};
  /** Volume names, built at the first volume mount of a pod with many volumes. */
  private volumeNames: Set<string> | undefined;
  /** Whether the pod has several regular containers (that could listen on the same port). */
  private multiContainer = false;
  /** `containerPort * 3 + protocol` → index of the first regular container declaring it (pods with several containers). */
  private podPorts: Map<number, number> | undefined;
  /** `protocol/hostIP/hostPort` of the regular containers, once one has a host port. */
  private hostPorts: Set<string> | undefined;

  public constructor(
    private readonly r: Reporter,
    private readonly spec: Obj,
    private readonly base: Path,
    private readonly ctx: PodSpecContext,
  ) {
    this.hostNetwork = spec.hostNetwork === true;
  }

  public check(): void {
    const spec = this.spec;
    let sawRestartPolicy = false;
    for (const key in spec) {
      const v = spec[key];
      switch (key) {
        case 'containers':
          if (Array.isArray(v)) this.containers(v, 'containers');
          break;
        case 'initContainers':
          if (Array.isArray(v)) this.containers(v, 'initContainers');
          break;
        case 'ephemeralContainers':
          if (Array.isArray(v) && v.length > 0) {
            this.r.forbidden(
              'pod-ephemeral-containers',
              this.at(key),
              this.ctx.isPod ? 'cannot be set on create' : 'ephemeral containers not allowed in pod template',
            );
          }
          break;
        case 'volumes':
          if (Array.isArray(v)) this.volumes(v);
          break;
        case 'restartPolicy':
          sawRestartPolicy = true;
          this.restartPolicy(v);
          break;
        case 'dnsPolicy':
          this.dnsPolicy(v);
          break;
        case 'hostname':
        case 'subdomain':
          if (typeof v === 'string' && v !== '') {
            const errs = dns1123LabelErrors(v);
            if (errs.length > 0) this.r.invalidEach('pod-hostname', this.at(key), v, errs);
          }
          break;
        case 'serviceAccountName':
          if (typeof v === 'string' && v !== '') {
            const errs = dns1123SubdomainErrors(v);
            if (errs.length > 0) this.r.invalidEach('pod-service-account-name', this.at(key), v, errs);
          }
          break;
        case 'activeDeadlineSeconds':
          this.activeDeadlineSeconds(v);
          break;
        case 'nodeSelector':
          if (isObject(v)) checkLabels(this.r, v, this.at(key), 'pod-node-selector', 'pod-node-selector');
          break;
        case 'securityContext':
          if (isObject(v)) this.podSecurityContext(v);
          break;
        case 'shareProcessNamespace':
          if (v === true && spec.hostPID === true) {
            this.r.invalid('pod-share-process-namespace', this.at(key), true, 'ShareProcessNamespace and HostPID cannot both be enabled');
          }
          break;
        case 'terminationGracePeriodSeconds':
          if (isInt(v) && v < 0) {
            this.r.warning('pod-termination-grace-period', this.at(key), v, 'must be >= 0; negative values are invalid and will be treated as 1');
          }
          break;
        default:
          break;
      }
    }
    if (!sawRestartPolicy) this.restartPolicy(undefined);
  }

  // -------------------------------------------------------------------------------------------
  // paths (built only for findings)
  // -------------------------------------------------------------------------------------------

  /** A path below the pod spec. */
  private at(...tail: Segment[]): Path {
    return [...this.base, ...tail];
  }

  /** A path below the current container. */
  private c(...tail: Segment[]): Path {
    return [...this.base, this.list, this.index, ...tail];
  }

  /** A path below a probe (`livenessProbe`) or a lifecycle hook (`lifecycle.postStart`). */
  private h(field: string, hook: string | undefined, ...tail: Segment[]): Path {
    return hook === undefined ? this.c(field, ...tail) : this.c(field, hook, ...tail);
  }

  // -------------------------------------------------------------------------------------------
  // pod-level fields
  // -------------------------------------------------------------------------------------------

  private restartPolicy(v: unknown): void {
    if (v !== undefined && v !== null && typeof v !== 'string') return;
    const value = typeof v === 'string' && v !== '' ? v : 'Always'; // SetDefaults_PodSpec
    const path = this.at('restartPolicy');
    const kind = this.ctx.kind;
    if (ALWAYS_RESTARTING[kind] !== undefined) {
      if (value !== 'Always') this.r.unsupported('workload-restart-policy', path, value, ['Always']);
    } else if (JOB_KINDS.has(kind)) {
      if (value === 'Always') {
        this.r.required('workload-restart-policy', path, `valid values: ${quoted(JOB_RESTART_POLICIES)}`);
      } else if (!JOB_RESTART_POLICIES.includes(value)) {
        this.r.unsupported('workload-restart-policy', path, value, JOB_RESTART_POLICIES);
      }
    } else if (!RESTART_POLICIES.includes(value)) {
      this.r.unsupported('pod-restart-policy', path, value, RESTART_POLICIES);
    }
  }

  private dnsPolicy(v: unknown): void {
    if (typeof v !== 'string' || v === '') return; // defaulted to ClusterFirst
    if (!DNS_POLICIES.includes(v)) {
      this.r.unsupported('pod-dns-policy', this.at('dnsPolicy'), v, DNS_POLICIES);
    } else if (v === 'None') {
      const config = this.spec.dnsConfig;
      if (!isObject(config)) {
        this.r.required('pod-dns-policy', this.at('dnsConfig'), 'must provide `dnsConfig` when `dnsPolicy` is None');
      } else if (!Array.isArray(config.nameservers) || config.nameservers.length === 0) {
        this.r.required('pod-dns-policy', this.at('dnsConfig', 'nameservers'), 'must provide at least one DNS nameserver when `dnsPolicy` is None');
      }
    }
  }

  private activeDeadlineSeconds(v: unknown): void {
    if (!isInt(v)) return;
    const path = this.at('activeDeadlineSeconds');
    if (v < 1 || v > INT32_MAX) this.r.invalid('pod-active-deadline-seconds', path, v, DEADLINE_RANGE);
    const owner = ALWAYS_RESTARTING[this.ctx.kind];
    if (owner !== undefined) this.r.forbidden('workload-active-deadline-seconds', path, `activeDeadlineSeconds in ${owner} is not Supported`);
  }

  private podSecurityContext(sc: Obj): void {
    for (const key in sc) {
      const v = sc[key];
      switch (key) {
        case 'fsGroup':
        case 'runAsUser':
        case 'runAsGroup':
          if (isInt(v) && (v < 0 || v > INT32_MAX)) this.r.invalid('security-context-id', this.at('securityContext', key), v, ID_RANGE);
          break;
        case 'supplementalGroups':
          if (Array.isArray(v)) {
            for (let i = 0; i < v.length; i++) {
              const g = v[i];
              if (isInt(g) && (g < 0 || g > INT32_MAX)) this.r.invalid('security-context-id', this.at('securityContext', key, i), g, ID_RANGE);
            }
          }
          break;
        case 'seccompProfile':
          if (isObject(v)) this.seccompProfile(v, false);
          break;
        default:
          break;
      }
    }
  }

  /** The seccomp profile of the pod (`inContainer` false) or of the current container. */
  private seccompProfile(sp: Obj, inContainer: boolean): void {
    const type = sp.type;
    if (typeof type !== 'string') return; // schema: Required value
    if (type === '') {
      this.r.required('seccomp-profile', this.seccompPath(inContainer, 'type'), 'type is required when seccompProfile is set');
    } else if (!SECCOMP_TYPES.includes(type)) {
      this.r.unsupported('seccomp-profile', this.seccompPath(inContainer, 'type'), type, SECCOMP_TYPES);
    }
    const profile = sp.localhostProfile;
    if (type === 'Localhost') {
      if (typeof profile === 'string') {
        const errs = localDescendingPathErrors(profile);
        if (errs.length > 0) this.r.invalidEach('seccomp-profile', this.seccompPath(inContainer, 'localhostProfile'), profile, errs);
      } else if (profile === undefined || profile === null) {
        this.r.required('seccomp-profile', this.seccompPath(inContainer, 'localhostProfile'), 'must be set when seccomp type is Localhost');
      }
    } else if (typeof profile === 'string') {
      this.r.invalid('seccomp-profile', this.seccompPath(inContainer, 'localhostProfile'), sp, 'can only be set when seccomp type is Localhost');
    }
  }

  private seccompPath(inContainer: boolean, field: string): Path {
    return inContainer ? this.c('securityContext', 'seccompProfile', field) : this.at('securityContext', 'seccompProfile', field);
  }

  // -------------------------------------------------------------------------------------------
  // volumes
  // -------------------------------------------------------------------------------------------

  private volumes(vols: readonly unknown[]): void {
    for (let i = 0; i < vols.length; i++) {
      const vol = vols[i];
      if (!isObject(vol)) continue;
      // no source at all is fine: SetDefaults_Volume makes it an emptyDir
      let sources = 0;
      for (const key in vol) if (VOLUME_SOURCE_SET.has(key) && isObject(vol[key])) sources++;
      const primary = sources > 1 ? VOLUME_SOURCES.find(k => isObject(vol[k])) : undefined;
      for (const key in vol) {
        const v = vol[key];
        if (key === 'name') {
          if (v === '') this.r.required('volume-name', this.at('volumes', i, 'name'));
          else if (typeof v === 'string') this.volumeName(vols, i, v);
        } else if (primary !== undefined && key !== primary && VOLUME_SOURCE_SET.has(key) && isObject(v)) {
          this.r.forbidden('volume-source', this.at('volumes', i, key), 'may not specify more than 1 volume type');
        }
      }
    }
  }

  private volumeName(vols: readonly unknown[], i: number, name: string): void {
    const errs = dns1123LabelErrors(name);
    if (errs.length > 0) {
      this.r.invalidEach('volume-name', this.at('volumes', i, 'name'), name, errs);
      return;
    }
    for (let j = 0; j < i; j++) {
      const other = vols[j];
      if (isObject(other) && other.name === name) {
        this.r.duplicate('volume-name', this.at('volumes', i, 'name'), name);
        return;
      }
    }
  }

  private hasVolume(name: string): boolean {
    const vols = this.spec.volumes;
    if (!Array.isArray(vols)) return false;
    if (vols.length <= SMALL) return hasName(vols, vols.length, name);
    if (!this.volumeNames) {
      this.volumeNames = new Set();
      for (const v of vols) if (isObject(v) && typeof v.name === 'string') this.volumeNames.add(v.name);
    }
    return this.volumeNames.has(name);
  }

  // -------------------------------------------------------------------------------------------
  // containers
  // -------------------------------------------------------------------------------------------

  private containers(list: readonly unknown[], name: ListName): void {
    if (list.length === 0) {
      if (name === 'containers') this.r.required('pod-containers-required', this.at('containers'));
      return;
    }
    if (name === 'containers') this.multiContainer = list.length > 1;
    for (let i = 0; i < list.length; i++) {
      const c = list[i];
      if (!isObject(c)) continue;
      this.list = name;
      this.index = i;
      this.container = c;
      this.checkContainer(c, name === 'initContainers');
    }
  }

  private checkContainer(c: Obj, init: boolean): void {
    for (const key in c) {
      const v = c[key];
      switch (key) {
        case 'name':
          if (typeof v === 'string') this.containerName(v, init);
          break;
        case 'image':
          if (v === '') {
            this.r.required('container-image', this.c('image'));
          } else if (this.ctx.isPod && typeof v === 'string' && v.trim() !== v) {
            this.r.invalid('container-image', this.c('image'), v, 'must not have leading or trailing whitespace');
          }
          break;
        case 'imagePullPolicy':
          if (typeof v === 'string' && v !== '' && !PULL_POLICIES.includes(v)) this.r.unsupported('container-image-pull-policy', this.c(key), v, PULL_POLICIES);
          break;
        case 'terminationMessagePolicy':
          if (typeof v === 'string' && v !== '' && !TERMINATION_MESSAGE_POLICIES.includes(v)) {
            this.r.unsupported('container-termination-message-policy', this.c(key), v, TERMINATION_MESSAGE_POLICIES);
          }
          break;
        case 'ports':
          if (Array.isArray(v)) this.ports(v, init);
          break;
        case 'env':
          if (Array.isArray(v)) this.env(v);
          break;
        case 'envFrom':
          if (Array.isArray(v)) this.envFrom(v);
          break;
        case 'volumeMounts':
          if (Array.isArray(v)) this.volumeMounts(v);
          break;
        case 'resources':
          if (isObject(v)) this.resources(v);
          break;
        case 'securityContext':
          if (isObject(v)) this.securityContext(v);
          break;
        case 'lifecycle':
        case 'livenessProbe':
        case 'readinessProbe':
        case 'startupProbe':
          if (v === undefined || v === null) break;
          if (init) this.r.forbidden('init-container-field', this.c(key), 'may not be set for init containers');
          else if (key === 'lifecycle') this.lifecycle(v);
          else this.probe(v, key as ProbeField);
          break;
        default:
          break;
      }
    }
    if (c.image === undefined || c.image === null) this.r.required('container-image', this.c('image'));
  }

  private containerName(name: string, init: boolean): void {
    if (name === '') {
      this.r.required('container-name', this.c('name'));
      return;
    }
    const errs = dns1123LabelErrors(name);
    if (errs.length > 0) this.r.invalidEach('container-name', this.c('name'), name, errs);
    // regular containers: unique among themselves; init containers: also unique against the regular ones
    const regular = this.spec.containers;
    const own = this.spec[this.list];
    if ((init && Array.isArray(regular) && hasName(regular, regular.length, name)) || (Array.isArray(own) && hasName(own, this.index, name))) {
      this.r.duplicate('container-name-unique', this.c('name'), name);
    }
  }

  // -------------------------------------------------------------------------------------------
  // ports
  // -------------------------------------------------------------------------------------------

  private ports(ports: readonly unknown[], init: boolean): void {
    let ownHostPorts: Set<string> | undefined; // init containers are checked one by one
    for (let j = 0; j < ports.length; j++) {
      const p = ports[j];
      if (!isObject(p)) continue;
      const cp = isInt(p.containerPort) ? p.containerPort : 0;
      const hp = isInt(p.hostPort) ? p.hostPort : 0;
      const protocol = typeof p.protocol === 'string' && p.protocol !== '' ? p.protocol : 'TCP';
      const hostIP = typeof p.hostIP === 'string' ? p.hostIP : '';
      for (const key in p) {
        const v = p[key];
        switch (key) {
          case 'name':
            if (typeof v === 'string' && v !== '') this.portName(ports, j, v);
            break;
          case 'containerPort':
            if (!isInt(v)) break;
            if (v === 0) this.r.required('container-port', this.c('ports', j, key));
            else if (!isPortNumber(v)) this.r.invalidEach('container-port', this.c('ports', j, key), v, portNumberErrors(v));
            // SetDefaults_PodSpec gives hostNetwork pods hostPort = containerPort; only an explicit other value fails
            if (this.hostNetwork && !init && hp !== 0 && hp !== v) {
              this.r.invalid('host-network-port', this.c('ports', j, key), v, 'must match `hostPort` when `hostNetwork` is true');
            }
            break;
          case 'hostPort':
            if (isInt(v) && v !== 0 && !isPortNumber(v)) this.r.invalidEach('container-host-port', this.c('ports', j, key), v, portNumberErrors(v));
            break;
          case 'protocol':
            if (typeof v === 'string' && v !== '' && !PROTOCOLS.includes(v))
              this.r.unsupported('container-port-protocol', this.c('ports', j, key), v, PROTOCOLS);
            break;
          default:
            break;
        }
      }
      // rule 36: protocol/hostIP/hostPort unique (after defaulting the hostPort of hostNetwork pods)
      const effectiveHostPort = hp === 0 && this.hostNetwork ? cp : hp;
      let hostConflict = false;
      if (effectiveHostPort !== 0) {
        const key = `${protocol}/${hostIP}/${effectiveHostPort}`;
        const seen = init ? (ownHostPorts ??= new Set()) : (this.hostPorts ??= new Set());
        if (seen.has(key)) {
          hostConflict = true;
          this.r.duplicate('host-port-conflict', this.c('ports', j, 'hostPort'), key);
        } else {
          seen.add(key);
        }
      }
      if (!hostConflict && isPortNumber(cp) && PROTOCOLS.includes(protocol)) this.portConflicts(ports, j, cp, protocol, effectiveHostPort, hostIP, init);
    }
  }

  private portName(ports: readonly unknown[], j: number, name: string): void {
    const errs = portNameErrors(name);
    if (errs.length > 0) {
      this.r.invalidEach('container-port-name', this.c('ports', j, 'name'), name, errs);
      return;
    }
    for (let k = 0; k < j; k++) {
      const other = ports[k];
      if (isObject(other) && other.name === name) {
        this.r.duplicate('container-port-name', this.c('ports', j, 'name'), name);
        return;
      }
    }
  }

  /**
   * The same containerPort/protocol twice: in one container a warning (`pkg/api/pod/warnings.go`);
   * in two regular containers an error, since they share one network namespace.
   */
  private portConflicts(ports: readonly unknown[], j: number, cp: number, protocol: string, hostPort: number, hostIP: string, init: boolean): void {
    for (let k = 0; k < j; k++) {
      const other = ports[k];
      if (!isObject(other) || other.containerPort !== cp) continue;
      const otherProtocol = typeof other.protocol === 'string' && other.protocol !== '' ? other.protocol : 'TCP';
      if (otherProtocol !== protocol) continue;
      const otherHostPort = isInt(other.hostPort) && other.hostPort !== 0 ? other.hostPort : this.hostNetwork ? cp : 0;
      const otherHostIP = typeof other.hostIP === 'string' ? other.hostIP : '';
      let what: string | undefined;
      if (hostIP === otherHostIP && hostPort === otherHostPort) what = 'duplicate';
      else if (hostPort === 0 || otherHostPort === 0) what = 'overlapping';
      else if (hostPort === otherHostPort && (hostIP === '') !== (otherHostIP === '')) what = 'dangerously ambiguous';
      if (what !== undefined) {
        this.r.warning('duplicate-port-definition', this.c('ports', j), `${cp}/${protocol}`, `${what} port definition with ${formatPath(this.c('ports', k))}`);
      }
      return;
    }
    if (init || !this.multiContainer) return;
    const index = (this.podPorts ??= new Map());
    const key = cp * 3 + PROTOCOLS.indexOf(protocol);
    const owner = index.get(key);
    if (owner === undefined) {
      index.set(key, this.index);
    } else if (owner !== this.index) {
      const containers = this.spec.containers as unknown[];
      const first = containers[owner] as Obj;
      const name = typeof first.name === 'string' ? ` ("${first.name}")` : '';
      this.r.duplicate(
        'pod-port-conflict',
        this.c('ports', j, 'containerPort'),
        cp,
        `containers[${owner}]${name} already declares ${cp}/${protocol}; the containers of a pod share one network namespace, so only one of them can listen on it`,
      );
    }
  }

  // -------------------------------------------------------------------------------------------
  // env
  // -------------------------------------------------------------------------------------------

  private env(env: readonly unknown[]): void {
    // names seen so far, for long lists (short ones are searched)
    const first = env.length > SMALL ? new Set<string>() : undefined;
    for (let i = 0; i < env.length; i++) {
      const e = env[i];
      if (!isObject(e)) continue;
      const name = e.name;
      if (name === '') {
        this.r.required('env-name', this.c('env', i, 'name'));
      } else if (typeof name === 'string') {
        const errs = envVarNameErrors(name);
        if (errs.length > 0) this.r.invalidEach('env-name', this.c('env', i, 'name'), name, errs);
        const earlier = first === undefined ? hasName(env, i, name) : first.has(name);
        if (earlier) this.duplicateEnv(name, e, i);
        else first?.add(name);
      }
      const from = e.valueFrom;
      if (isObject(from)) this.valueFrom(from, i, typeof e.value === 'string' && e.value !== '');
    }
  }

  /** `warnings.go`: a later definition hides an earlier one, unless it builds on it (`X=$(X):more`). */
  private duplicateEnv(name: string, e: Obj, i: number): void {
    const ref = `$(${name})`;
    const value = typeof e.value === 'string' ? e.value : '';
    if (isObject(e.valueFrom) || value === ref || !value.includes(ref)) {
      this.r.warning('duplicate-env', this.c('env', i), name, `hides previous definition of "${name}", which may be dropped when using apply`);
    }
  }

  private valueFrom(from: Obj, i: number, hasValue: boolean): void {
    let sources = 0;
    for (const key in from) {
      const v = from[key];
      if (!isObject(v)) continue;
      switch (key) {
        case 'fieldRef':
          sources++;
          this.fieldRef(v, i);
          break;
        case 'resourceFieldRef':
          sources++;
          if (typeof v.resource === 'string') {
            const resource = v.resource;
            if (resource === '') {
              this.r.required('env-value-from', this.c('env', i, 'valueFrom', key, 'resource'));
            } else if (!RESOURCE_FIELD_PATHS.includes(resource) && !resource.startsWith('requests.hugepages-') && !resource.startsWith('limits.hugepages-')) {
              this.r.unsupported('env-value-from', this.c('env', i, 'valueFrom', key, 'resource'), resource, RESOURCE_FIELD_PATHS);
            }
          }
          break;
        case 'configMapKeyRef':
        case 'secretKeyRef':
          sources++;
          this.keySelector(v, i, key);
          break;
        default:
          break;
      }
    }
    let detail: string | undefined;
    if (sources === 0) detail = 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`';
    else if (hasValue) detail = 'may not be specified when `value` is not empty';
    else if (sources > 1) detail = 'may not have more than one field specified at a time';
    if (detail !== undefined) this.r.invalid('env-value-from', this.c('env', i, 'valueFrom'), '', detail);
  }

  /** `validateObjectFieldSelector` with the env expressions, after `ConvertDownwardAPIFieldLabel`. */
  private fieldRef(ref: Obj, i: number): void {
    const fieldPath = ref.fieldPath;
    if (typeof fieldPath !== 'string') return; // schema: Required value / wrong type
    const apiVersion = typeof ref.apiVersion === 'string' && ref.apiVersion !== '' ? ref.apiVersion : 'v1'; // defaulted
    if (fieldPath === '') {
      this.r.required('env-field-ref', this.c('env', i, 'valueFrom', 'fieldRef', 'fieldPath'));
      return;
    }
    let detail: string | undefined;
    if (apiVersion !== 'v1') {
      detail = `error converting fieldPath: unsupported pod version: ${apiVersion}`;
    } else if (fieldPath.endsWith("']") && fieldPath.indexOf("['") > 0) {
      const open = fieldPath.indexOf("['");
      const prefix = fieldPath.slice(0, open);
      if (prefix !== 'metadata.labels' && prefix !== 'metadata.annotations') {
        detail = `error converting fieldPath: field label does not support subscript: ${fieldPath}`;
      } else {
        // the key is checked at the fieldRef, lowercased for annotations
        const key = prefix === 'metadata.labels' ? fieldPath.slice(open + 2, -2) : fieldPath.slice(open + 2, -2).toLowerCase();
        const errs = qualifiedNameErrors(key);
        if (errs.length > 0) this.r.invalidEach('env-field-ref', this.c('env', i, 'valueFrom', 'fieldRef'), key, errs);
      }
    } else {
      const internal = fieldPath === 'spec.host' ? 'spec.nodeName' : fieldPath;
      if (!CONVERTIBLE_FIELD_PATHS.has(internal)) {
        detail = `error converting fieldPath: field label not supported: ${fieldPath}`;
      } else if (!ENV_FIELD_PATHS.includes(internal)) {
        this.r.unsupported('env-field-ref', this.c('env', i, 'valueFrom', 'fieldRef', 'fieldPath'), internal, ENV_FIELD_PATHS);
      }
    }
    if (detail !== undefined) this.r.invalid('env-field-ref', this.c('env', i, 'valueFrom', 'fieldRef', 'fieldPath'), fieldPath, detail);
  }

  /** `validateConfigMapKeySelector` / `validateSecretKeySelector`. */
  private keySelector(ref: Obj, i: number, selector: string): void {
    for (const key in ref) {
      const v = ref[key];
      if (typeof v !== 'string' || (key !== 'name' && key !== 'key')) continue;
      if (key === 'key' && v === '') {
        this.r.required('env-value-from', this.c('env', i, 'valueFrom', selector, key));
        continue;
      }
      const errs = key === 'name' ? dns1123SubdomainErrors(v) : configMapKeyErrors(v);
      if (errs.length > 0) this.r.invalidEach('env-value-from', this.c('env', i, 'valueFrom', selector, key), v, errs);
    }
    // an absent name is "" to the apiserver, and "" names no object
    if (ref.name === undefined || ref.name === null)
      this.r.invalidEach('env-value-from', this.c('env', i, 'valueFrom', selector, 'name'), '', dns1123SubdomainErrors(''));
  }

  private envFrom(list: readonly unknown[]): void {
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      if (!isObject(e)) continue;
      let sources = 0;
      for (const key in e) {
        const v = e[key];
        if (key === 'prefix') {
          if (typeof v !== 'string' || v === '') continue;
          const errs = envVarNameErrors(v);
          if (errs.length > 0) this.r.invalidEach('env-from', this.c('envFrom', i, key), v, errs);
        } else if ((key === 'configMapRef' || key === 'secretRef') && isObject(v)) {
          sources++;
          const name = v.name;
          if (name === undefined || name === null || name === '') {
            this.r.required('env-from', this.c('envFrom', i, key, 'name'));
          } else if (typeof name === 'string') {
            // validated as a name prefix: one trailing dash is allowed
            const errs = dns1123SubdomainErrors(name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name);
            if (errs.length > 0) this.r.invalidEach('env-from', this.c('envFrom', i, key, 'name'), name, errs);
          }
        }
      }
      if (sources === 0) this.r.invalid('env-from', this.c('envFrom', i), '', 'must specify one of: `configMapRef` or `secretRef`');
      else if (sources > 1) this.r.invalid('env-from', this.c('envFrom', i), '', 'may not have more than one field specified at a time');
    }
  }

  // -------------------------------------------------------------------------------------------
  // volume mounts
  // -------------------------------------------------------------------------------------------

  private volumeMounts(mounts: readonly unknown[]): void {
    // a StatefulSet also mounts its volumeClaimTemplates, which this pod spec does not list
    const checkNames = this.ctx.kind !== 'StatefulSet';
    for (let i = 0; i < mounts.length; i++) {
      const m = mounts[i];
      if (!isObject(m)) continue;
      for (const key in m) {
        const v = m[key];
        if (typeof v !== 'string') continue;
        switch (key) {
          case 'name':
            if (v === '') this.r.required('volume-mount', this.c('volumeMounts', i, key));
            else if (checkNames && !this.hasVolume(v)) this.r.notFound('volume-mount', this.c('volumeMounts', i, key), v);
            break;
          case 'mountPath':
            if (v === '') this.r.required('volume-mount', this.c('volumeMounts', i, key));
            else if (hasMountPath(mounts, i, v)) this.r.invalid('volume-mount', this.c('volumeMounts', i, key), v, 'must be unique');
            break;
          case 'subPath':
          case 'subPathExpr': {
            if (v === '') break;
            if (key === 'subPathExpr' && typeof m.subPath === 'string' && m.subPath !== '') {
              this.r.invalid('volume-mount', this.c('volumeMounts', i, key), v, 'subPathExpr and subPath are mutually exclusive');
            }
            const errs = localDescendingPathErrors(v);
            if (errs.length > 0) this.r.invalidEach('volume-mount', this.c('volumeMounts', i, key), v, errs);
            break;
          }
          case 'mountPropagation':
            if (!MOUNT_PROPAGATIONS.includes(v)) {
              this.r.unsupported('volume-mount', this.c('volumeMounts', i, key), v, MOUNT_PROPAGATIONS);
            } else if (v === 'Bidirectional') {
              const sc = this.container.securityContext;
              if (!isObject(sc) || sc.privileged !== true) {
                this.r.forbidden('volume-mount', this.c('volumeMounts', i, key), 'Bidirectional mount propagation is available only to privileged containers');
              }
            }
            break;
          default:
            break;
        }
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // resources
  // -------------------------------------------------------------------------------------------

  private resources(res: Obj): void {
    const limits = isObject(res.limits) ? res.limits : undefined;
    let cpuOrMemory = false;
    let hugePages = false;
    for (const key in res) {
      if (key !== 'limits' && key !== 'requests') continue;
      const list = res[key];
      if (!isObject(list)) continue;
      for (const name in list) {
        const q = list[name];
        if (typeof q !== 'string' && typeof q !== 'number') continue;
        if (name === 'cpu' || name === 'memory') cpuOrMemory = true;
        if (isHugePages(name)) hugePages = true;
        this.resource(key, name, q, limits);
      }
    }
    if (hugePages && !cpuOrMemory) this.r.forbidden('resource-hugepages', this.c('resources'), 'HugePages require cpu or memory');
  }

  private resource(list: 'limits' | 'requests', name: string, q: string | number, limits: Obj | undefined): void {
    const nameErrs = resourceNameErrors(name);
    if (nameErrs.length > 0) this.r.invalidEach('resource-name', this.rp(list, name), name, nameErrs);
    const value = quantityValue(q);
    if (Number.isNaN(value)) {
      this.r.invalid('quantity-syntax', this.rp(list, name), q, quantityError);
      return;
    }
    if (value < 0) this.r.invalid('resource-quantity', this.rp(list, name), q, NONNEGATIVE);
    if (isIntegerResource(name) && !Number.isInteger(value)) this.r.invalid('resource-quantity', this.rp(list, name), q, 'must be an integer');
    if (isHugePages(name)) {
      const size = hugePageSize(name);
      if (!(size > 0) || !Number.isInteger(size) || Math.ceil(value) % size !== 0) {
        this.r.invalid('resource-hugepages', this.rp(list, name), q, `${q} is not positive integer multiple of ${name}`);
      }
    }
    if (list === 'requests') {
      const limit = limits === undefined ? undefined : limits[name];
      if (limit === undefined || limit === null) {
        if (!isOvercommitAllowed(name)) this.r.required('resource-limit', this.rp('limits', name), 'Limit must be set for non overcommitable resources');
      } else {
        const limitValue = quantityValue(limit);
        if (Number.isNaN(limitValue)) {
          // a limit that does not decode is reported where it is
        } else if (value !== limitValue && !isOvercommitAllowed(name)) {
          this.r.invalid('resource-limit', this.rp(list, name), q, `must be equal to ${name} limit of ${String(limit)}`);
        } else if (value > limitValue) {
          this.r.invalid('resource-limit', this.rp(list, name), q, `must be less than or equal to ${name} limit of ${String(limit)}`);
        }
      }
    }
    if ((name === 'memory' || name === 'ephemeral-storage') && !Number.isInteger(value)) {
      this.r.warning('fractional-bytes', this.rp(list, name), q, `fractional byte value "${q}" is invalid, must be an integer`);
    }
  }

  /** `resources.limits[cpu]`. */
  private rp(list: 'limits' | 'requests', name: string): Path {
    return this.c('resources', list, { key: name });
  }

  // -------------------------------------------------------------------------------------------
  // security context
  // -------------------------------------------------------------------------------------------

  private securityContext(sc: Obj): void {
    for (const key in sc) {
      const v = sc[key];
      if ((key === 'runAsUser' || key === 'runAsGroup') && isInt(v) && (v < 0 || v > INT32_MAX)) {
        this.r.invalid('security-context-id', this.c('securityContext', key), v, ID_RANGE);
      } else if (key === 'seccompProfile' && isObject(v)) {
        this.seccompProfile(v, true);
      }
    }
    if (sc.allowPrivilegeEscalation !== false) return;
    if (sc.privileged === true) {
      this.r.invalid(
        'security-context-privilege-escalation',
        this.c('securityContext'),
        sc,
        'cannot set `allowPrivilegeEscalation` to false and `privileged` to true',
      );
    }
    const caps = sc.capabilities;
    const add = isObject(caps) ? caps.add : undefined;
    if (Array.isArray(add)) {
      for (const cap of add) {
        if (cap === 'CAP_SYS_ADMIN') {
          this.r.invalid(
            'security-context-privilege-escalation',
            this.c('securityContext'),
            sc,
            'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN',
          );
        }
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // probes and lifecycle hooks
  // -------------------------------------------------------------------------------------------

  private probe(p: unknown, field: ProbeField): void {
    if (!isObject(p)) return;
    const mustBeOne = field !== 'readinessProbe';
    let handlers = 0;
    for (const key in p) {
      const v = p[key];
      switch (key) {
        case 'exec':
        case 'httpGet':
        case 'tcpSocket':
        case 'grpc':
          if (!isObject(v)) break;
          handlers++;
          if (earlierHandler(p, key, PROBE_HANDLERS)) this.r.forbidden('probe-handler', this.c(field, key), 'may not specify more than 1 handler type');
          else this.handler(key, v, field, undefined);
          break;
        case 'initialDelaySeconds':
        case 'timeoutSeconds':
        case 'periodSeconds':
        case 'failureThreshold':
          if (isInt(v) && v < 0) this.r.invalid('probe-field', this.c(field, key), v, NONNEGATIVE);
          break;
        case 'successThreshold':
          if (!isInt(v)) break;
          if (v < 0) this.r.invalid('probe-field', this.c(field, key), v, NONNEGATIVE);
          // 0 is defaulted to 1
          if (mustBeOne && v !== 0 && v !== 1) this.r.invalid('probe-success-threshold', this.c(field, key), v, 'must be 1');
          break;
        case 'terminationGracePeriodSeconds':
          if (!isInt(v)) break;
          if (v <= 0) this.r.invalid('probe-field', this.c(field, key), v, 'must be greater than 0');
          if (field === 'readinessProbe') this.r.invalid('probe-readiness-grace-period', this.c(field, key), v, 'must not be set for readinessProbes');
          break;
        default:
          break;
      }
    }
    if (handlers === 0) this.r.required('probe-handler', this.c(field), 'must specify a handler type');
    if (field === 'livenessProbe' && handlers > 0) {
      const readiness = this.container.readinessProbe;
      if (isObject(readiness) && sameProbe(p, readiness)) {
        this.r.warning(
          'liveness-equals-readiness',
          this.c(field),
          undefined,
          'is identical to the readinessProbe: a container that is only temporarily unready (e.g. overloaded) is also restarted; ' +
            'give the livenessProbe a check that fails only when the process is stuck, or a higher failureThreshold',
        );
      }
    }
  }

  private lifecycle(l: unknown): void {
    if (!isObject(l)) return;
    for (const hook in l) {
      const h = l[hook];
      if ((hook !== 'postStart' && hook !== 'preStop') || !isObject(h)) continue;
      let handlers = 0;
      for (const key in h) {
        const v = h[key];
        if (!LIFECYCLE_HANDLERS.includes(key) || !isObject(v)) continue;
        handlers++;
        if (earlierHandler(h, key, LIFECYCLE_HANDLERS))
          this.r.forbidden('probe-handler', this.c('lifecycle', hook, key), 'may not specify more than 1 handler type');
        else this.handler(key, v, 'lifecycle', hook);
      }
      if (handlers === 0) this.r.required('probe-handler', this.c('lifecycle', hook), 'must specify a handler type');
    }
  }

  /** One handler of a probe (`field`) or of a lifecycle hook (`field` = `lifecycle`, `hook`). */
  private handler(kind: string, h: Obj, field: string, hook: string | undefined): void {
    switch (kind) {
      case 'exec': {
        const command = h.command;
        if (command === undefined || command === null || (Array.isArray(command) && command.length === 0)) {
          this.r.required('probe-exec-command', this.h(field, hook, 'exec', 'command'));
        }
        break;
      }
      case 'httpGet':
        for (const key in h) {
          const v = h[key];
          if (key === 'port') {
            this.portRef(v, field, hook, 'httpGet');
          } else if (key === 'scheme') {
            if (typeof v === 'string' && v !== '' && !HTTP_SCHEMES.includes(v))
              this.r.unsupported('probe-http-scheme', this.h(field, hook, 'httpGet', key), v, HTTP_SCHEMES);
          } else if (key === 'httpHeaders' && Array.isArray(v)) {
            for (let i = 0; i < v.length; i++) {
              const header = v[i];
              if (!isObject(header) || typeof header.name !== 'string') continue;
              const errs = httpHeaderNameErrors(header.name);
              if (errs.length > 0) this.r.invalidEach('probe-http-header', this.h(field, hook, 'httpGet', key, i, 'name'), header.name, errs);
            }
          }
        }
        break;
      case 'tcpSocket':
        this.portRef(h.port, field, hook, 'tcpSocket');
        break;
      case 'grpc': {
        const port = h.port;
        if (isInt(port) && !isPortNumber(port)) this.r.invalidEach('probe-port', this.h(field, hook, 'grpc', 'port'), port, portNumberErrors(port));
        break;
      }
      default:
        break;
    }
  }

  /** An int-or-string port of `httpGet` / `tcpSocket`; a name must be declared by this container (rule 57). */
  private portRef(v: unknown, field: string, hook: string | undefined, kind: string): void {
    if (isInt(v)) {
      if (!isPortNumber(v)) this.r.invalidEach('probe-port', this.h(field, hook, kind, 'port'), v, portNumberErrors(v));
      return;
    }
    if (typeof v !== 'string') return;
    const errs = portNameErrors(v);
    if (errs.length > 0) {
      this.r.invalidEach('probe-port', this.h(field, hook, kind, 'port'), v, errs);
      return;
    }
    const ports = this.container.ports;
    if (Array.isArray(ports)) {
      for (const p of ports) if (isObject(p) && p.name === v) return;
    }
    const names: string[] = [];
    if (Array.isArray(ports)) for (const p of ports) if (isObject(p) && typeof p.name === 'string' && p.name !== '') names.push(p.name);
    const what = hook === undefined ? 'the probe fails' : 'the hook fails';
    const detail =
      names.length > 0
        ? `must name a port declared in this container's ports (${quoted(names)}); the kubelet cannot resolve it and ${what}`
        : `must name a port declared in this container's ports, and it declares no named port; the kubelet cannot resolve it and ${what}`;
    this.r.invalid('probe-port-declared', this.h(field, hook, kind, 'port'), v, detail, names.length > 0 ? suggest(v, names) : undefined);
  }
}

/** Whether one of the first `upto` objects of `list` (containers, volumes) is named `name`. */
function hasName(list: readonly unknown[], upto: number, name: string): boolean {
  for (let i = 0; i < upto; i++) {
    const c = list[i];
    if (isObject(c) && c.name === name) return true;
  }
  return false;
}

/** Whether a mount before `i` has the same mountPath. */
function hasMountPath(mounts: readonly unknown[], i: number, mountPath: string): boolean {
  for (let k = 0; k < i; k++) {
    const m = mounts[k];
    if (isObject(m) && m.mountPath === mountPath) return true;
  }
  return false;
}
