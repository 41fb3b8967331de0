/**
 * The Pod Security Standards, "baseline" level, as the Kubernetes 1.27 Pod Security admission
 * evaluates them (`pod-security-admission/policy/check_*.go`, release-1.27).
 *
 * @packageDocumentation
 */
import { VOLUME_SOURCES } from '../engine/rules/pod/volumes';
import { isObject, JsonObject } from '../values/json';
import { isPortNumber } from '../values/numbers';
import { Path } from '../values/path';
import { PolicyContainer, PolicyScope, seccompType } from './scope';

const HOST_NAMESPACES: readonly ('hostNetwork' | 'hostPID' | 'hostIPC')[] = ['hostNetwork', 'hostPID', 'hostIPC'];

/** `capabilities_allowed_1_0`. */
export const DEFAULT_CAPABILITIES: ReadonlySet<string> = new Set([
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

/** Whether a seccomp profile type is allowed: RuntimeDefault or Localhost. */
export function validSeccomp(type: string): boolean {
  return type === 'RuntimeDefault' || type === 'Localhost';
}

/** The pod-level checks of the baseline: AppArmor, host namespaces, the pod's security context. */
export function checkPodBaseline(pod: PolicyScope): void {
  if (pod.annotations !== undefined) appArmor(pod, pod.annotations);
  for (const ns of HOST_NAMESPACES) {
    if (pod.spec[ns] === true) pod.report('host-namespaces', pod.at(ns), true, `host namespaces (${ns}=true); remove ${ns} or set it to false`);
  }
  const sc = pod.podSc;
  if (sc === undefined) return;
  const seLinux = sc.seLinuxOptions;
  if (isObject(seLinux)) checkSeLinux(pod, seLinux, 'pod', pod.at('securityContext', 'seLinuxOptions'));
  if (pod.podSeccomp !== undefined && !validSeccomp(pod.podSeccomp)) {
    pod.report(
      'seccomp-baseline',
      pod.at('securityContext', 'seccompProfile', 'type'),
      pod.podSeccomp,
      `seccompProfile (pod must not set securityContext.seccompProfile.type to ${JSON.stringify(pod.podSeccomp)}); use "RuntimeDefault" or "Localhost"`,
    );
  }
  const sysctls = sc.sysctls;
  if (Array.isArray(sysctls)) {
    for (let i = 0; i < sysctls.length; i++) {
      const s = sysctls[i];
      const name = isObject(s) ? s.name : undefined;
      if (typeof name !== 'string' || SAFE_SYSCTLS.includes(name)) continue;
      pod.report(
        'sysctls',
        pod.at('securityContext', 'sysctls', i, 'name'),
        name,
        `forbidden sysctls (${name}); only the safe sysctls are allowed: ${SAFE_SYSCTLS.join(', ')}`,
      );
    }
  }
  const windowsOptions = sc.windowsOptions;
  if (isObject(windowsOptions) && windowsOptions.hostProcess === true) {
    pod.report(
      'windows-host-process',
      pod.at('securityContext', 'windowsOptions', 'hostProcess'),
      true,
      'hostProcess (pod must not set securityContext.windowsOptions.hostProcess=true)',
    );
  }
}

function appArmor(pod: PolicyScope, annotations: JsonObject): void {
  for (const key in annotations) {
    const v = annotations[key];
    if (!key.startsWith(APPARMOR_PREFIX) || typeof v !== 'string') continue;
    if (v === '' || v === APPARMOR_RUNTIME_DEFAULT || v.startsWith(APPARMOR_LOCALHOST)) continue;
    pod.report(
      'apparmor',
      [...pod.template, 'metadata', 'annotations', { key }],
      v,
      `forbidden AppArmor profile (${key}=${JSON.stringify(v)}); use "${APPARMOR_RUNTIME_DEFAULT}" or "${APPARMOR_LOCALHOST}<profile>"`,
    );
  }
}

/** `seLinuxOptions` of the pod (`who` = `pod`) or of a container. */
function checkSeLinux(pod: PolicyScope, opts: JsonObject, who: string, path: Path): void {
  const type = opts.type;
  if (typeof type === 'string' && !SELINUX_TYPES.has(type)) {
    pod.report(
      'selinux',
      [...path, 'type'],
      type,
      `seLinuxOptions (${who} set forbidden securityContext.seLinuxOptions: type ${JSON.stringify(type)}); use container_t, container_init_t or container_kvm_t, or leave type unset`,
    );
  }
  for (const field of ['user', 'role'] as const) {
    const v = opts[field];
    if (typeof v === 'string' && v !== '') {
      pod.report(
        'selinux',
        [...path, field],
        v,
        `seLinuxOptions (${who} set forbidden securityContext.seLinuxOptions: ${field} may not be set); remove seLinuxOptions.${field}`,
      );
    }
  }
}

/** Volumes: hostPath (baseline) and the types outside the restricted set (restricted). */
export function checkVolumes(pod: PolicyScope, volumes: readonly unknown[]): void {
  for (let i = 0; i < volumes.length; i++) {
    const vol = volumes[i];
    if (!isObject(vol)) continue;
    const name = typeof vol.name === 'string' ? JSON.stringify(vol.name) : `volumes[${i}]`;
    for (const key in vol) {
      if (!isObject(vol[key])) continue;
      if (key === 'hostPath') {
        pod.report(
          'host-path-volumes',
          pod.at('volumes', i, key),
          vol[key],
          `hostPath volumes (volume ${name}); use an emptyDir, a configMap or secret, or a persistentVolumeClaim instead`,
        );
      } else if (RESTRICTED_VOLUME_SOURCES.has(key)) {
        pod.report(
          'volume-types',
          pod.at('volumes', i, key),
          vol[key],
          `restricted volume types (volume ${name} uses restricted volume type "${key}"); use ${ALLOWED_VOLUMES}, or a persistentVolumeClaim for other storage`,
        );
      }
    }
  }
}

/** The container checks of the baseline. */
export function checkContainerBaseline(c: PolicyContainer): void {
  const pod = c.pod;
  const sc = c.sc;
  if (sc !== undefined) {
    if (sc.privileged === true)
      pod.report('privileged', c.at('securityContext', 'privileged'), true, `privileged (${c.who} must not set securityContext.privileged=true)`);
    const caps = sc.capabilities;
    const add = isObject(caps) ? caps.add : undefined;
    if (Array.isArray(add)) {
      for (let j = 0; j < add.length; j++) {
        const cap = add[j];
        if (typeof cap !== 'string' || DEFAULT_CAPABILITIES.has(cap)) continue;
        pod.report(
          'capabilities-baseline',
          c.at('securityContext', 'capabilities', 'add', j),
          cap,
          `non-default capabilities (${c.who} must not include ${JSON.stringify(cap)} in securityContext.capabilities.add)`,
        );
      }
    }
    const seLinux = sc.seLinuxOptions;
    if (isObject(seLinux)) checkSeLinux(pod, seLinux, c.who, c.at('securityContext', 'seLinuxOptions'));
    const procMount = sc.procMount;
    if (typeof procMount === 'string' && procMount !== '' && procMount !== 'Default') {
      pod.report(
        'proc-mount',
        c.at('securityContext', 'procMount'),
        procMount,
        `procMount (${c.who} must not set securityContext.procMount to ${JSON.stringify(procMount)}); remove procMount or set it to "Default"`,
      );
    }
    const seccomp = seccompType(sc);
    if (seccomp !== undefined && !validSeccomp(seccomp)) {
      pod.report(
        'seccomp-baseline',
        c.at('securityContext', 'seccompProfile', 'type'),
        seccomp,
        `seccompProfile (${c.who} must not set securityContext.seccompProfile.type to ${JSON.stringify(seccomp)}); use "RuntimeDefault" or "Localhost"`,
      );
    }
    const windowsOptions = sc.windowsOptions;
    if (isObject(windowsOptions) && windowsOptions.hostProcess === true) {
      pod.report(
        'windows-host-process',
        c.at('securityContext', 'windowsOptions', 'hostProcess'),
        true,
        `hostProcess (${c.who} must not set securityContext.windowsOptions.hostProcess=true)`,
      );
    }
  }
  hostPorts(c);
}

/** Host ports, explicit or defaulted from containerPort in a hostNetwork pod (`SetDefaults_PodSpec`, 1.27). */
function hostPorts(c: PolicyContainer): void {
  const ports = c.container.ports;
  if (!Array.isArray(ports)) return;
  for (let j = 0; j < ports.length; j++) {
    const p = ports[j];
    if (!isObject(p)) continue;
    const hp = p.hostPort;
    if (typeof hp === 'number' && hp !== 0) {
      c.pod.report(
        'host-ports',
        c.at('ports', j, 'hostPort'),
        hp,
        `hostPort (${c.who} uses hostPort ${hp}); remove hostPort and reach the container through a Service`,
      );
    } else if (c.pod.hostNetwork && c.list !== 'ephemeralContainers' && (hp === undefined || hp === null || hp === 0) && isPortNumber(p.containerPort)) {
      c.pod.report(
        'host-ports',
        c.at('ports', j),
        p.containerPort,
        `hostPort (${c.who} uses hostPort ${p.containerPort}: in a hostNetwork pod, hostPort defaults to containerPort); remove hostNetwork`,
      );
    }
  }
}
