/**
 * Policy checks: the Pod Security Standards (`baseline`, `restricted`) as the Kubernetes 1.27
 * Pod Security admission evaluates them (kubernetes/pod-security-admission `policy/check_*.go`,
 * release-1.27), plus the best practices platform teams lint for (kube-linter, Polaris): probes,
 * image tags, resources.
 *
 * Semantics follow the admission checks, on the object after API defaulting (a hostNetwork pod's
 * hostPort defaults to its containerPort; a volume without source is an emptyDir). Every violation
 * is reported once, at the field that causes it (or, when a required setting is missing, at the
 * container's securityContext or the container), by the weakest check that forbids it: a restricted
 * check does not repeat what its baseline counterpart reports (a hostPath volume is
 * `host-path-volumes`, not `volume-types`; an added SYS_ADMIN is `capabilities-baseline`; an
 * `Unconfined` seccomp profile is `seccomp-baseline`). The admission replaces the baseline check by
 * the restricted one at the restricted level instead; the violations are the same.
 *
 * Defensive: values may have any JSON type (the schema check has reported wrong types); a value of
 * the wrong type is treated as absent. Never throws.
 *
 * Cost: one walk over the pod template; paths and messages are built only for findings.
 *
 * @internal
 * @packageDocumentation
 */
import { Path, Segment } from './_path';
import { Reporter } from './_report';
import { Severity } from './finding';
import { PolicyProfile } from './policy';
import { VOLUME_SOURCES } from './_rules-pod';
import { isPortNumber } from './_validators';

type Obj = Record<string, unknown>;
type ListName = 'initContainers' | 'containers' | 'ephemeralContainers';
type Level = 0 | 1 | 2;

const LEVELS: Readonly<Record<string, Level>> = { baseline: 0, restricted: 1, recommended: 2 };
const RESTRICTED_LEVEL = 1;
const RECOMMENDED_LEVEL = 2;

/** The order the admission visits containers in. */
const CONTAINER_LISTS: readonly ListName[] = ['initContainers', 'containers', 'ephemeralContainers'];

const HOST_NAMESPACES: readonly string[] = ['hostNetwork', 'hostPID', 'hostIPC'];

/** `capabilities_allowed_1_0`. */
const DEFAULT_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);
const NET_BIND_SERVICE = 'NET_BIND_SERVICE';

/** `selinux_allowed_types_1_0`. */
const SELINUX_TYPES: ReadonlySet<string> = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t']);

/** `sysctls_allowed_1_27`. */
const SAFE_SYSCTLS: readonly string[] = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.ip_local_reserved_ports',
];

const APPARMOR_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const APPARMOR_RUNTIME_DEFAULT = 'runtime/default';
const APPARMOR_LOCALHOST = 'localhost/';

/** Volume sources the restricted profile allows (`restrictedVolumes_1_0`). */
const RESTRICTED_ALLOWED_VOLUMES: ReadonlySet<string> = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
]);

/** Volume sources the restricted profile forbids (hostPath is the baseline's `host-path-volumes`). */
const RESTRICTED_VOLUME_SOURCES: ReadonlySet<string> = new Set(VOLUME_SOURCES.filter(v => !RESTRICTED_ALLOWED_VOLUMES.has(v) && v !== 'hostPath'));
const ALLOWED_VOLUMES = 'configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected or secret';

const JOB_KINDS: ReadonlySet<string> = new Set(['Job', 'CronJob']);
const PROBES: readonly string[] = ['livenessProbe', 'readinessProbe', 'startupProbe'];
const PORT_HANDLERS: readonly string[] = ['httpGet', 'tcpSocket', 'grpc'];
const START_TIME_PREFIX = 'start-time.cdk8s-pod-patterns/';
const WHOLE_SECONDS = /^[0-9]{1,9}$/;
const RESOURCES: readonly string[] = ['cpu', 'memory'];

const FINDING_TYPE = { error: 'Forbidden', warning: 'Warning', info: 'Info' } as const;

// ---------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function validSeccomp(type: string): boolean {
  return type === 'RuntimeDefault' || type === 'Localhost';
}

/** The seccomp profile type of a security context, when it sets one of the right type. */
function seccompType(sc: Obj | undefined): string | undefined {
  const sp = sc === undefined ? undefined : sc.seccompProfile;
  return isObject(sp) && typeof sp.type === 'string' ? sp.type : undefined;
}

function hasValue(o: Obj | undefined, key: string): boolean {
  return o !== undefined && o[key] !== undefined && o[key] !== null;
}

/**
 * Where the tag of an image reference without digest starts (after its `:`), or -1 when it has none.
 * The tag follows the last `:` after the last `/`: `localhost:5000/app` has none, `localhost:5000/app:1.0` has `1.0`.
 */
function tagStart(image: string): number {
  const colon = image.indexOf(':', image.lastIndexOf('/') + 1);
  return colon < 0 ? -1 : colon + 1;
}

// ---------------------------------------------------------------------------------------------
// the checker
// ---------------------------------------------------------------------------------------------

/**
 * Runs the checks of `profile` on one workload. `template` is the path of the pod template
 * ([] for a Pod, whose metadata/spec are the manifest's; ['spec','template'] for a Deployment...),
 * `kind` the manifest kind.
 */
export function checkPolicy(r: Reporter, manifest: Record<string, unknown>, template: Path, kind: string, profile: PolicyProfile): void {
  const level = LEVELS[profile];
  if (level === undefined) return;
  let node: unknown = manifest;
  for (const s of template) node = isObject(node) ? node[s as string] : undefined;
  if (!isObject(node)) return;
  const spec = node.spec;
  if (level >= RECOMMENDED_LEVEL && kind === 'Pod') {
    report(
      r,
      'naked-pod',
      'info',
      [],
      undefined,
      'a bare Pod is not recreated when it fails, is evicted or its node goes away; create it through a Deployment, StatefulSet or Job',
    );
  }
  if (!isObject(spec)) return;
  new PolicyChecker(r, template, node, spec, kind, level).check();
}

function report(r: Reporter, rule: string, severity: Severity, path: Path, value: unknown, detail: string): void {
  r.report(severity, rule, path, FINDING_TYPE[severity], value, detail);
}

class PolicyChecker {
  private readonly annotations: Obj | undefined;
  private readonly podSc: Obj | undefined;
  private readonly windows: boolean;
  private readonly hostNetwork: boolean;
  /** Pod-level `runAsNonRoot`: true, false, or undefined when unset. */
  private readonly podRunAsNonRoot: boolean | undefined;
  /** Pod-level seccomp type, when set. */
  private readonly podSeccomp: string | undefined;
  /** The container being checked. */
  private list: ListName = 'containers';
  private index = 0;

  public constructor(
    private readonly r: Reporter,
    private readonly template: Path,
    pod: Obj,
    private readonly spec: Obj,
    private readonly kind: string,
    private readonly level: Level,
  ) {
    const meta = pod.metadata;
    const annotations = isObject(meta) ? meta.annotations : undefined;
    this.annotations = isObject(annotations) ? annotations : undefined;
    this.podSc = isObject(spec.securityContext) ? spec.securityContext : undefined;
    this.windows = isObject(spec.os) && spec.os.name === 'windows';
    this.hostNetwork = spec.hostNetwork === true;
    const nonRoot = this.podSc === undefined ? undefined : this.podSc.runAsNonRoot;
    this.podRunAsNonRoot = typeof nonRoot === 'boolean' ? nonRoot : undefined;
    this.podSeccomp = seccompType(this.podSc);
  }

  public check(): void {
    if (this.annotations !== undefined) this.appArmor(this.annotations);
    for (const ns of HOST_NAMESPACES) {
      if (this.spec[ns] === true) {
        this.error('host-namespaces', this.at(ns), true, `host namespaces (${ns}=true); remove ${ns} or set it to false`);
      }
    }
    if (this.podSc !== undefined) this.podSecurityContext(this.podSc);
    const volumes = this.spec.volumes;
    if (Array.isArray(volumes)) this.volumes(volumes);
    for (const list of CONTAINER_LISTS) {
      const containers = this.spec[list];
      if (!Array.isArray(containers)) continue;
      this.list = list;
      for (let i = 0; i < containers.length; i++) {
        const c = containers[i];
        if (!isObject(c)) continue;
        this.index = i;
        this.container(c);
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // paths and reports (built only for findings)
  // -------------------------------------------------------------------------------------------

  private at(...tail: Segment[]): Path {
    return [...this.template, 'spec', ...tail];
  }

  private c(...tail: Segment[]): Path {
    return [...this.template, 'spec', this.list, this.index, ...tail];
  }

  /** Path of a container's security context, or of the container when it has none. */
  private scPath(sc: Obj | undefined): Path {
    return sc === undefined ? this.c() : this.c('securityContext');
  }

  private error(rule: string, path: Path, value: unknown, detail: string): void {
    report(this.r, rule, 'error', path, value, detail);
  }

  private who(c: Obj): string {
    return typeof c.name === 'string' ? `container ${JSON.stringify(c.name)}` : `container ${this.list}[${this.index}]`;
  }

  // -------------------------------------------------------------------------------------------
  // pod level
  // -------------------------------------------------------------------------------------------

  private appArmor(annotations: Obj): void {
    for (const key in annotations) {
      const v = annotations[key];
      if (!key.startsWith(APPARMOR_PREFIX) || typeof v !== 'string') continue;
      if (v === '' || v === APPARMOR_RUNTIME_DEFAULT || v.startsWith(APPARMOR_LOCALHOST)) continue;
      this.error(
        'apparmor',
        [...this.template, 'metadata', 'annotations', { key }],
        v,
        `forbidden AppArmor profile (${key}=${JSON.stringify(v)}); use "${APPARMOR_RUNTIME_DEFAULT}" or "${APPARMOR_LOCALHOST}<profile>"`,
      );
    }
  }

  private podSecurityContext(sc: Obj): void {
    const seLinux = sc.seLinuxOptions;
    if (isObject(seLinux)) this.seLinux(seLinux, 'pod', this.at('securityContext', 'seLinuxOptions'));
    if (this.podSeccomp !== undefined && !validSeccomp(this.podSeccomp)) {
      this.error(
        'seccomp-baseline',
        this.at('securityContext', 'seccompProfile', 'type'),
        this.podSeccomp,
        `seccompProfile (pod must not set securityContext.seccompProfile.type to ${JSON.stringify(this.podSeccomp)}); use "RuntimeDefault" or "Localhost"`,
      );
    }
    const sysctls = sc.sysctls;
    if (Array.isArray(sysctls)) {
      for (let i = 0; i < sysctls.length; i++) {
        const s = sysctls[i];
        const name = isObject(s) ? s.name : undefined;
        if (typeof name !== 'string' || SAFE_SYSCTLS.includes(name)) continue;
        this.error(
          'sysctls',
          this.at('securityContext', 'sysctls', i, 'name'),
          name,
          `forbidden sysctls (${name}); only the safe sysctls are allowed: ${SAFE_SYSCTLS.join(', ')}`,
        );
      }
    }
    const windowsOptions = sc.windowsOptions;
    if (isObject(windowsOptions) && windowsOptions.hostProcess === true) {
      this.error(
        'windows-host-process',
        this.at('securityContext', 'windowsOptions', 'hostProcess'),
        true,
        'hostProcess (pod must not set securityContext.windowsOptions.hostProcess=true)',
      );
    }
    if (this.level < RESTRICTED_LEVEL) return;
    if (this.podRunAsNonRoot === false) {
      this.error(
        'run-as-non-root',
        this.at('securityContext', 'runAsNonRoot'),
        false,
        'runAsNonRoot != true (pod must not set securityContext.runAsNonRoot=false); set it to true',
      );
    }
    if (sc.runAsUser === 0) {
      this.error(
        'run-as-user',
        this.at('securityContext', 'runAsUser'),
        0,
        'runAsUser=0 (pod must not set runAsUser=0); set a non-zero user id (e.g. 65534) or remove it',
      );
    }
  }

  /** `seLinuxOptions` of the pod (`who` = `pod`) or of a container. */
  private seLinux(opts: Obj, who: string, path: Path): void {
    const type = opts.type;
    if (typeof type === 'string' && !SELINUX_TYPES.has(type)) {
      this.error(
        'selinux',
        [...path, 'type'],
        type,
        `seLinuxOptions (${who} set forbidden securityContext.seLinuxOptions: type ${JSON.stringify(type)}); use container_t, container_init_t or container_kvm_t, or leave type unset`,
      );
    }
    for (const field of ['user', 'role'] as const) {
      const v = opts[field];
      if (typeof v === 'string' && v !== '') {
        this.error(
          'selinux',
          [...path, field],
          v,
          `seLinuxOptions (${who} set forbidden securityContext.seLinuxOptions: ${field} may not be set); remove seLinuxOptions.${field}`,
        );
      }
    }
  }

  private volumes(volumes: readonly unknown[]): void {
    const restricted = this.level >= RESTRICTED_LEVEL;
    for (let i = 0; i < volumes.length; i++) {
      const vol = volumes[i];
      if (!isObject(vol)) continue;
      const name = typeof vol.name === 'string' ? JSON.stringify(vol.name) : `volumes[${i}]`;
      for (const key in vol) {
        if (!isObject(vol[key])) continue;
        if (key === 'hostPath') {
          this.error(
            'host-path-volumes',
            this.at('volumes', i, key),
            vol[key],
            `hostPath volumes (volume ${name}); use an emptyDir, a configMap or secret, or a persistentVolumeClaim instead`,
          );
        } else if (restricted && RESTRICTED_VOLUME_SOURCES.has(key)) {
          this.error(
            'volume-types',
            this.at('volumes', i, key),
            vol[key],
            `restricted volume types (volume ${name} uses restricted volume type "${key}"); use ${ALLOWED_VOLUMES}, or a persistentVolumeClaim for other storage`,
          );
        }
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // containers
  // -------------------------------------------------------------------------------------------

  private container(c: Obj): void {
    const sc = isObject(c.securityContext) ? c.securityContext : undefined;
    if (sc !== undefined) this.baselineSecurityContext(c, sc);
    this.hostPorts(c);
    if (this.level >= RESTRICTED_LEVEL) this.restricted(c, sc);
    if (this.level >= RECOMMENDED_LEVEL && this.list !== 'ephemeralContainers') this.recommended(c);
  }

  private baselineSecurityContext(c: Obj, sc: Obj): void {
    if (sc.privileged === true) {
      this.error('privileged', this.c('securityContext', 'privileged'), true, `privileged (${this.who(c)} must not set securityContext.privileged=true)`);
    }
    const caps = sc.capabilities;
    const add = isObject(caps) ? caps.add : undefined;
    if (Array.isArray(add)) {
      for (let j = 0; j < add.length; j++) {
        const cap = add[j];
        if (typeof cap !== 'string' || DEFAULT_CAPABILITIES.has(cap)) continue;
        this.error(
          'capabilities-baseline',
          this.c('securityContext', 'capabilities', 'add', j),
          cap,
          `non-default capabilities (${this.who(c)} must not include ${JSON.stringify(cap)} in securityContext.capabilities.add)`,
        );
      }
    }
    const seLinux = sc.seLinuxOptions;
    if (isObject(seLinux)) this.seLinux(seLinux, this.who(c), this.c('securityContext', 'seLinuxOptions'));
    const procMount = sc.procMount;
    if (typeof procMount === 'string' && procMount !== '' && procMount !== 'Default') {
      this.error(
        'proc-mount',
        this.c('securityContext', 'procMount'),
        procMount,
        `procMount (${this.who(c)} must not set securityContext.procMount to ${JSON.stringify(procMount)}); remove procMount or set it to "Default"`,
      );
    }
    const seccomp = seccompType(sc);
    if (seccomp !== undefined && !validSeccomp(seccomp)) {
      this.error(
        'seccomp-baseline',
        this.c('securityContext', 'seccompProfile', 'type'),
        seccomp,
        `seccompProfile (${this.who(c)} must not set securityContext.seccompProfile.type to ${JSON.stringify(seccomp)}); use "RuntimeDefault" or "Localhost"`,
      );
    }
    const windowsOptions = sc.windowsOptions;
    if (isObject(windowsOptions) && windowsOptions.hostProcess === true) {
      this.error(
        'windows-host-process',
        this.c('securityContext', 'windowsOptions', 'hostProcess'),
        true,
        `hostProcess (${this.who(c)} must not set securityContext.windowsOptions.hostProcess=true)`,
      );
    }
  }

  /** Host ports, explicit or defaulted from containerPort in a hostNetwork pod (`SetDefaults_PodSpec`, 1.27). */
  private hostPorts(c: Obj): void {
    const ports = c.ports;
    if (!Array.isArray(ports)) return;
    for (let j = 0; j < ports.length; j++) {
      const p = ports[j];
      if (!isObject(p)) continue;
      const hp = p.hostPort;
      if (typeof hp === 'number' && hp !== 0) {
        this.error(
          'host-ports',
          this.c('ports', j, 'hostPort'),
          hp,
          `hostPort (${this.who(c)} uses hostPort ${hp}); remove hostPort and reach the container through a Service`,
        );
      } else if (this.hostNetwork && this.list !== 'ephemeralContainers' && (hp === undefined || hp === null || hp === 0) && isPortNumber(p.containerPort)) {
        this.error(
          'host-ports',
          this.c('ports', j),
          p.containerPort,
          `hostPort (${this.who(c)} uses hostPort ${p.containerPort}: in a hostNetwork pod, hostPort defaults to containerPort); remove hostNetwork`,
        );
      }
    }
  }

  private restricted(c: Obj, sc: Obj | undefined): void {
    const linux = !this.windows;
    // allowPrivilegeEscalation_1_25: Linux pods only
    if (linux && (sc === undefined || sc.allowPrivilegeEscalation !== false)) {
      const set = sc !== undefined && sc.allowPrivilegeEscalation !== undefined && sc.allowPrivilegeEscalation !== null;
      this.error(
        'allow-privilege-escalation',
        set ? this.c('securityContext', 'allowPrivilegeEscalation') : this.scPath(sc),
        set ? sc.allowPrivilegeEscalation : undefined,
        `allowPrivilegeEscalation != false (${this.who(c)} must set securityContext.allowPrivilegeEscalation=false)`,
      );
    }
    // runAsNonRoot_1_0: a pod-level false is reported once, at the pod
    const nonRoot = sc === undefined ? undefined : sc.runAsNonRoot;
    if (nonRoot === false) {
      this.error(
        'run-as-non-root',
        this.c('securityContext', 'runAsNonRoot'),
        false,
        `runAsNonRoot != true (${this.who(c)} must not set securityContext.runAsNonRoot=false); set it to true`,
      );
    } else if (nonRoot !== true && this.podRunAsNonRoot === undefined) {
      this.error('run-as-non-root', this.scPath(sc), undefined, `runAsNonRoot != true (pod or ${this.who(c)} must set securityContext.runAsNonRoot=true)`);
    }
    if (sc !== undefined && sc.runAsUser === 0) {
      this.error(
        'run-as-user',
        this.c('securityContext', 'runAsUser'),
        0,
        `runAsUser=0 (${this.who(c)} must not set runAsUser=0); set a non-zero user id (e.g. 65534) or remove it`,
      );
    }
    // seccompProfileRestricted_1_25: Linux pods only; explicit bad values are seccomp-baseline's
    if (linux && seccompType(sc) === undefined && this.podSeccomp === undefined) {
      this.error(
        'seccomp-restricted',
        this.scPath(sc),
        undefined,
        `seccompProfile (pod or ${this.who(c)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")`,
      );
    }
    // capabilitiesRestricted_1_25: Linux pods only; non-default capabilities are capabilities-baseline's
    if (linux) this.restrictedCapabilities(c, sc);
  }

  private restrictedCapabilities(c: Obj, sc: Obj | undefined): void {
    const caps = sc === undefined ? undefined : sc.capabilities;
    const capsObj = isObject(caps) ? caps : undefined;
    const drop = capsObj === undefined ? undefined : capsObj.drop;
    if (!Array.isArray(drop) || !drop.includes('ALL')) {
      const path = Array.isArray(drop)
        ? this.c('securityContext', 'capabilities', 'drop')
        : capsObj !== undefined
          ? this.c('securityContext', 'capabilities')
          : this.scPath(sc);
      this.error(
        'capabilities-restricted',
        path,
        Array.isArray(drop) ? drop : undefined,
        `unrestricted capabilities (${this.who(c)} must set securityContext.capabilities.drop=["ALL"])`,
      );
    }
    const add = capsObj === undefined ? undefined : capsObj.add;
    if (!Array.isArray(add)) return;
    for (let j = 0; j < add.length; j++) {
      const cap = add[j];
      if (typeof cap !== 'string' || cap === NET_BIND_SERVICE || !DEFAULT_CAPABILITIES.has(cap)) continue;
      this.error(
        'capabilities-restricted',
        this.c('securityContext', 'capabilities', 'add', j),
        cap,
        `unrestricted capabilities (${this.who(c)} must not include ${JSON.stringify(cap)} in securityContext.capabilities.add); only NET_BIND_SERVICE may be added`,
      );
    }
  }

  // -------------------------------------------------------------------------------------------
  // best practices
  // -------------------------------------------------------------------------------------------

  private recommended(c: Obj): void {
    this.image(c);
    this.resources(c);
    if (this.list !== 'containers') return; // init containers have no probes in 1.27
    for (const field of PROBES) {
      const probe = c[field];
      if (isObject(probe)) this.probePorts(c, field, probe);
    }
    const serving = !JOB_KINDS.has(this.kind);
    const liveness = c.livenessProbe;
    if (serving && !isObject(liveness)) {
      report(
        this.r,
        'liveness-probe-missing',
        'warning',
        this.c(),
        undefined,
        `${this.who(c)} has no livenessProbe: the kubelet cannot restart it when it hangs; add a livenessProbe that fails only when the process is stuck`,
      );
    }
    if (serving && !isObject(c.readinessProbe)) {
      report(
        this.r,
        'readiness-probe-missing',
        'warning',
        this.c(),
        undefined,
        `${this.who(c)} has no readinessProbe: Services send it traffic as soon as it starts; add a readinessProbe that passes when it can serve`,
      );
    }
    if (isObject(liveness) && !isObject(c.startupProbe)) this.livenessBeforeStart(c, liveness);
  }

  /** kube-linter liveness-port / readiness-port / startup-port, for numeric ports (names are checked by probe-port-declared). */
  private probePorts(c: Obj, field: string, probe: Obj): void {
    for (const handler of PORT_HANDLERS) {
      const h = probe[handler];
      if (!isObject(h)) continue;
      const port = h.port;
      if (!isPortNumber(port) || this.declaresPort(c, port)) continue;
      const declared = this.declaredPorts(c);
      const detail =
        declared === ''
          ? `${field} probes port ${port}, but ${this.who(c)} declares no ports; declare containerPort ${port} or probe a declared port`
          : `${field} probes port ${port}, which is not one of the ports of ${this.who(c)} (${declared}); declare containerPort ${port} or probe a declared port`;
      report(this.r, 'probe-port-exposed', 'warning', this.c(field, handler, 'port'), port, detail);
    }
  }

  private declaresPort(c: Obj, port: number): boolean {
    const ports = c.ports;
    if (!Array.isArray(ports)) return false;
    for (const p of ports) if (isObject(p) && p.containerPort === port) return true;
    return false;
  }

  private declaredPorts(c: Obj): string {
    const ports = c.ports;
    const out: number[] = [];
    if (Array.isArray(ports)) for (const p of ports) if (isObject(p) && isPortNumber(p.containerPort)) out.push(p.containerPort);
    return out.join(', ');
  }

  private livenessBeforeStart(c: Obj, liveness: Obj): void {
    if (this.annotations === undefined || typeof c.name !== 'string') return;
    const key = START_TIME_PREFIX + c.name;
    const declared = this.annotations[key];
    if (typeof declared !== 'string' || !WHOLE_SECONDS.test(declared)) return;
    const startTime = Number(declared);
    const delay = liveness.initialDelaySeconds;
    const initialDelay = typeof delay === 'number' && Number.isInteger(delay) && delay > 0 ? delay : 0;
    if (initialDelay >= startTime) return;
    const set = typeof delay === 'number';
    report(
      this.r,
      'liveness-before-start',
      'warning',
      set ? this.c('livenessProbe', 'initialDelaySeconds') : this.c('livenessProbe'),
      set ? delay : undefined,
      `the livenessProbe of ${this.who(c)} starts after ${initialDelay}s, before the declared start time of ${startTime}s (annotation ${key}), ` +
        `and there is no startupProbe: the kubelet can kill the container before it has started; add a startupProbe that allows ${startTime}s ` +
        `(failureThreshold × periodSeconds) or set initialDelaySeconds to at least ${startTime}`,
    );
  }

  private image(c: Obj): void {
    const image = c.image;
    if (typeof image !== 'string' || image === '') return;
    if (image.includes('@')) return; // pinned by digest
    const tag = tagStart(image);
    const path = this.c('image');
    if (tag < 0 || tag === image.length) {
      report(
        this.r,
        'image-tag-latest',
        'warning',
        path,
        image,
        `image ${JSON.stringify(image)} has no tag, so it pulls ":latest", which changes under the workload and makes rollouts and rollbacks unpredictable; pin a version tag or a digest`,
      );
    } else if (image.length - tag === 6 && image.startsWith('latest', tag)) {
      report(
        this.r,
        'image-tag-latest',
        'warning',
        path,
        image,
        `image ${JSON.stringify(image)} uses the ":latest" tag, which changes under the workload and makes rollouts and rollbacks unpredictable; pin a version tag or a digest`,
      );
    } else {
      report(
        this.r,
        'image-tag-mutable',
        'info',
        path,
        image,
        `image ${JSON.stringify(image)} is pinned by tag only, and a tag can be moved to another image; add its digest (${image}@sha256:...) for reproducible deployments`,
      );
    }
  }

  private resources(c: Obj): void {
    const res = isObject(c.resources) ? c.resources : undefined;
    const requests = res !== undefined && isObject(res.requests) ? res.requests : undefined;
    const limits = res !== undefined && isObject(res.limits) ? res.limits : undefined;
    let missing: string[] | undefined;
    for (const name of RESOURCES) {
      // a missing request defaults to the limit
      if (!hasValue(requests, name) && !hasValue(limits, name)) (missing ??= []).push(`requests.${name}`);
    }
    for (const name of RESOURCES) {
      if (!hasValue(limits, name)) (missing ??= []).push(`limits.${name}`);
    }
    if (missing === undefined) return;
    report(
      this.r,
      'resources-missing',
      'warning',
      res === undefined ? this.c() : this.c('resources'),
      undefined,
      `${this.who(c)} does not set ${missing.join(', ')}: without requests the scheduler cannot place it reliably, without limits it can starve its neighbours; set cpu and memory requests and limits`,
    );
  }
}
