/**
 * Security contexts as the typed layer says them: the secure defaults where the input has them,
 * a typed opt-out with the conversion's reason for each setting the input relaxes or leaves out
 * (with `harden`, the secure default instead, listed), and `NotTyped` for what neither says.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../values/json';
import { Path } from '../values/path';
import { arr, Entry, Expr, num, obj, str } from './code';
import { ObjectEmit } from './emit';

/** The capabilities a container may add (`Capability`), without the `CAP_` prefix. */
const CAPABILITIES = new Set(
  'AUDIT_CONTROL AUDIT_READ AUDIT_WRITE BLOCK_SUSPEND BPF CHECKPOINT_RESTORE CHOWN DAC_OVERRIDE DAC_READ_SEARCH FOWNER FSETID IPC_LOCK IPC_OWNER KILL LEASE LINUX_IMMUTABLE MAC_ADMIN MAC_OVERRIDE MKNOD NET_ADMIN NET_BIND_SERVICE NET_BROADCAST NET_RAW PERFMON SETFCAP SETGID SETPCAP SETUID SYS_ADMIN SYS_BOOT SYS_CHROOT SYS_MODULE SYS_NICE SYS_PACCT SYS_PTRACE SYS_RAWIO SYS_RESOURCE SYS_TIME SYS_TTY_CONFIG SYSLOG WAKE_ALARM'.split(
    ' ',
  ),
);

const CONTAINER_FIELDS = [
  'runAsUser',
  'runAsGroup',
  'runAsNonRoot',
  'allowPrivilegeEscalation',
  'capabilities',
  'readOnlyRootFilesystem',
  'seccompProfile',
  'privileged',
];

/** What a container's security context becomes: `user`, `seccompLocalhostProfile` and exemptions. */
export interface ContainerSecurity {
  readonly user?: Expr;
  readonly seccompLocalhostProfile?: Expr;
  readonly exemptions: Entry[];
}

/** An exemption the input leaves out: an opt-out, or with `harden` the secure default, listed. */
function leftOut(e: ObjectEmit, out: Entry[], path: Path, exemption: string, check: string, secure: string): void {
  if (e.harden) {
    e.hardened(path, secure);
    return;
  }
  out.push([exemption, e.reason()]);
  e.optOut(path, `${exemption} [${check}]`);
}

/** An exemption for what the input says explicitly: kept in both modes. */
function relaxed(e: ObjectEmit, out: Entry[], path: Path, exemption: string, check: string, value: Expr, keeps: string): void {
  out.push([exemption, value]);
  e.optOut(path, `${exemption} [${check}] (${keeps})`);
}

function isId(v: unknown, min: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= 2147483647;
}

/** The user a container runs as. */
function user(e: ObjectEmit, sc: JsonObject, path: Path, out: Entry[]): Expr | undefined {
  const { runAsUser: uid, runAsGroup: gid, runAsNonRoot: nonRoot } = sc;
  if (uid === undefined && gid === undefined && nonRoot === undefined) {
    leftOut(e, out, path, 'imageUser', 'run-as-non-root', 'runs as uid/gid 65534 with runAsNonRoot');
    return undefined;
  }
  if (nonRoot === true && isId(uid, 1) && isId(gid, 1))
    return obj([
      ['uid', num(uid)],
      ['gid', gid === uid ? undefined : num(gid)],
    ]);
  if (nonRoot === false && uid === 0 && gid === 0) {
    relaxed(e, out, path, 'runAsRoot', 'run-as-non-root, run-as-user', e.reason(), 'root');
    return undefined;
  }
  if (e.harden && (uid === undefined || isId(uid, 1))) {
    e.hardened(path, `runs as uid ${isId(uid, 1) ? uid : 65534}, gid ${isId(gid, 1) ? gid : isId(uid, 1) ? uid : 65534}, with runAsNonRoot`);
    return isId(uid, 1)
      ? obj([
          ['uid', num(uid)],
          ['gid', isId(gid, 1) && gid !== uid ? num(gid) : undefined],
        ])
      : undefined;
  }
  return e.fail(path, 'runAsUser, runAsGroup and runAsNonRoot are written together (or none of them), with a user other than root');
}

/** The typed form of a container's `securityContext` (at `path`). */
export function containerSecurity(e: ObjectEmit, value: unknown, path: Path): ContainerSecurity {
  const sc: JsonObject = isObject(value) ? value : {};
  if (value !== undefined && !isObject(value)) e.fail(path, 'not an object');
  for (const k of Object.keys(sc)) if (!CONTAINER_FIELDS.includes(k)) e.fail([...path, k], 'the typed layer does not write it');
  if (sc.privileged === true) e.fail([...path, 'privileged'], 'a privileged container');
  if (sc.privileged === false) e.normalize([...path, 'privileged'], undefined, "privileged: false left out (Kubernetes' default)");
  const out: Entry[] = [];
  const u = user(e, sc, path, out);
  const escalation = sc.allowPrivilegeEscalation;
  if (escalation === undefined) {
    leftOut(e, out, path, 'defaultPrivilegeEscalation', 'allow-privilege-escalation', 'allowPrivilegeEscalation: false');
  } else if (escalation === true) {
    relaxed(e, out, path, 'privilegeEscalation', 'allow-privilege-escalation', e.reason(), 'allowPrivilegeEscalation: true');
  }
  capabilities(e, sc.capabilities, [...path, 'capabilities'], out);
  const readOnly = sc.readOnlyRootFilesystem;
  if (readOnly === undefined) {
    leftOut(e, out, path, 'defaultRootFilesystem', 'read-only-root-filesystem', 'a read-only root filesystem (give writablePaths where it writes)');
  } else if (readOnly === false) {
    relaxed(e, out, path, 'writableRootFilesystem', 'read-only-root-filesystem', e.reason(), 'readOnlyRootFilesystem: false');
  }
  let seccompLocalhostProfile: Expr | undefined;
  const seccomp = sc.seccompProfile;
  if (isObject(seccomp)) {
    const at = [...path, 'seccompProfile'];
    if (seccomp.type === 'Unconfined' && Object.keys(seccomp).length === 1) {
      relaxed(e, out, at, 'unconfinedSeccomp', 'seccomp-baseline, seccomp-restricted', e.reason(), 'Unconfined');
    } else if (seccomp.type === 'Localhost' && typeof seccomp.localhostProfile === 'string' && Object.keys(seccomp).length === 2) {
      seccompLocalhostProfile = str(seccomp.localhostProfile);
    } else e.fail(at, 'the typed layer writes RuntimeDefault on the pod, Unconfined and Localhost on a container');
  }
  return { user: u, seccompLocalhostProfile, exemptions: out };
}

function capabilities(e: ObjectEmit, caps: unknown, path: Path, out: Entry[]): void {
  if (caps === undefined) {
    leftOut(e, out, path, 'defaultCapabilities', 'capabilities-restricted', 'every capability dropped');
    return;
  }
  if (!isObject(caps) || Object.keys(caps).some(k => k !== 'drop' && k !== 'add')) return e.fail(path, 'the typed layer drops ALL and adds some back');
  const drop = caps.drop;
  const add = caps.add;
  if (!(Array.isArray(drop) && drop.length === 1 && drop[0] === 'ALL')) return e.fail([...path, 'drop'], 'the typed layer drops ALL');
  if (add === undefined) return;
  if (!Array.isArray(add) || add.length === 0 || !add.every(c => typeof c === 'string' && CAPABILITIES.has(c))) {
    return e.fail([...path, 'add'], 'capabilities the typed layer does not know (write them without CAP_)');
  }
  out.push(['addCapabilities', obj([['capabilities', arr(add.map(c => str(c as string)))], { key: '', value: e.reason(), spread: true }])]);
  e.optOut(path, `addCapabilities [capabilities-restricted] (adds ${add.join(', ')})`);
}

/** What a pod's `securityContext`, `automountServiceAccountToken` and host namespaces become: `fsGroup` and pod exemptions. */
export function podSecurity(e: ObjectEmit, spec: JsonObject, path: Path): { fsGroup?: Expr; exemptions: Entry[] } {
  const out: Entry[] = [];
  const scPath = [...path, 'securityContext'];
  const sc: JsonObject = isObject(spec.securityContext) ? spec.securityContext : {};
  for (const k of Object.keys(sc))
    if (!['runAsNonRoot', 'seccompProfile', 'fsGroup'].includes(k)) e.fail([...scPath, k], 'the typed layer does not write it on the pod');
  if (sc.runAsNonRoot === undefined) {
    leftOut(e, out, scPath, 'imageUser', 'run-as-non-root', 'runAsNonRoot: true on the pod');
  } else if (sc.runAsNonRoot !== true) e.fail([...scPath, 'runAsNonRoot'], 'the typed layer writes true, or nothing');
  const seccomp = sc.seccompProfile;
  if (seccomp === undefined) {
    leftOut(e, out, scPath, 'noSeccompProfile', 'seccomp-restricted', 'the RuntimeDefault seccomp profile');
  } else if (!(isObject(seccomp) && seccomp.type === 'RuntimeDefault' && Object.keys(seccomp).length === 1)) {
    e.fail([...scPath, 'seccompProfile'], 'the typed layer writes RuntimeDefault on the pod');
  }
  if (sc.fsGroup !== undefined && !isId(sc.fsGroup, 0)) e.fail([...scPath, 'fsGroup'], 'not a group id');
  const token = spec.automountServiceAccountToken;
  const tokenPath = [...path, 'automountServiceAccountToken'];
  if (token === undefined) {
    leftOut(e, out, tokenPath, 'defaultServiceAccountToken', 'service-account-token', 'no service-account token');
  } else if (token === true) {
    relaxed(e, out, tokenPath, 'serviceAccountToken', 'service-account-token', e.reason(), 'automountServiceAccountToken: true');
  }
  for (const ns of ['hostNetwork', 'hostPID', 'hostIPC']) {
    if (spec[ns] === true) relaxed(e, out, [...path, ns], ns, 'host-namespaces', e.reason(), `${ns}: true`);
    else if (spec[ns] === false) e.normalize([...path, ns], undefined, `${ns}: false left out (Kubernetes' default)`);
  }
  return { fsGroup: typeof sc.fsGroup === 'number' ? num(sc.fsGroup) : undefined, exemptions: out };
}
