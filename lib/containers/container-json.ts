/**
 * The JSON of a typed container, secure by default, and the pod annotations it needs: its start
 * time, and the exemptions it was given, by the policy check each exempts.
 *
 * @packageDocumentation
 */
import { Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-27';
import { START_TIME_PREFIX } from '../policy/best-practices';
import { DEFAULT_CAPABILITIES } from '../policy/baseline';
import { registryOf, registryRuleOf } from '../engine/rules/image';
import { EXEMPTION_PREFIX } from '../engine/exemptions';
import { withDefaults } from '../values/defaults';
import { withoutUndefined } from '../values/json';
import { Probe } from '../probes/probe';
import { LifecycleHandler } from '../probes/lifecycle';
import { EnvFrom, EnvValue } from './env';
import { ContainerExemptions } from './exemptions';
import { ContainerJson, SecurityContextJson, VolumeMountJson } from './json';
import { HostPort, Protocol } from './port';
import { ContainerProps, ContainerResources, ContainerUser } from './props';

/** What a container keeps of its props once the compiler has checked the port names. */
export interface ContainerInput extends Omit<ContainerProps<string>, 'ports' | 'livenessProbe' | 'readinessProbe' | 'startupProbe' | 'lifecycle'> {
  readonly ports?: readonly { readonly number: number; readonly name?: string; readonly protocol?: Protocol; readonly hostPort?: HostPort }[];
  readonly livenessProbe?: Probe<string>;
  readonly readinessProbe?: Probe<string>;
  readonly startupProbe?: Probe<string>;
  readonly lifecycle?: { readonly postStart?: LifecycleHandler<string>; readonly preStop?: LifecycleHandler<string> };
}

/** The default user: `nobody`. */
export const DEFAULT_USER: Required<ContainerUser> = { uid: 65534, gid: 65534 };
const DEFAULT_RESOURCES: Required<Pick<ContainerResources, 'cpu' | 'memory'>> = {
  cpu: { request: Cpu.millis(100), limit: Cpu.millis(500) },
  memory: { request: Size.mebibytes(64), limit: Size.mebibytes(128) },
};
const ROOT: Required<ContainerUser> = { uid: 0, gid: 0 };

/** The container, secure by default, as a manifest writes it. */
export function containerJson(p: ContainerInput, mounts: readonly VolumeMountJson[]): ContainerJson {
  const x: ContainerExemptions = p.exemptions ?? {};
  const user = x.runAsRoot ? ROOT : (p.user ?? DEFAULT_USER);
  const resources = withDefaults(DEFAULT_RESOURCES, p.resources);
  const env = Object.entries(p.env ?? {}).map(([name, value]) => (value instanceof EnvValue ? { name, valueFrom: value.toJson() } : { name, value }));
  const ports = (p.ports ?? []).map(port =>
    withoutUndefined({ containerPort: port.number, name: port.name, protocol: port.protocol, hostPort: port.hostPort?.number }),
  );
  const lifecycle = withoutUndefined({ postStart: p.lifecycle?.postStart?.toJson(), preStop: p.lifecycle?.preStop?.toJson() });
  return withoutUndefined({
    name: p.name,
    image: p.image,
    imagePullPolicy: p.imagePullPolicy,
    command: p.command ? [...p.command] : undefined,
    args: p.args ? [...p.args] : undefined,
    workingDir: p.workingDir,
    env: env.length > 0 ? env : undefined,
    envFrom: p.envFrom && p.envFrom.length > 0 ? p.envFrom.map((e: EnvFrom) => e.toJson()) : undefined,
    ports: ports.length > 0 ? ports : undefined,
    livenessProbe: p.livenessProbe?.toJson(),
    readinessProbe: p.readinessProbe?.toJson(),
    startupProbe: p.startupProbe?.toJson(),
    lifecycle: Object.keys(lifecycle).length > 0 ? lifecycle : undefined,
    resources: x.noResources
      ? undefined
      : withoutUndefined({
          requests: { cpu: resources.cpu.request.amount, memory: resources.memory.request.asString() },
          limits: x.noResourceLimits ? undefined : { cpu: resources.cpu.limit.amount, memory: resources.memory.limit.asString() },
        }),
    securityContext: nonEmpty(securityContext(p, x, user)),
    volumeMounts: mounts.length > 0 ? mounts.map(m => ({ ...m })) : undefined,
  });
}

/** The container's security context; the `default*` and `imageUser` exemptions leave their fields unwritten. */
function securityContext(p: ContainerInput, x: ContainerExemptions, user: ContainerUser): SecurityContextJson {
  const image = x.imageUser !== undefined;
  return withoutUndefined({
    allowPrivilegeEscalation: x.defaultPrivilegeEscalation ? undefined : x.privilegeEscalation !== undefined,
    capabilities: x.defaultCapabilities
      ? undefined
      : withoutUndefined({ drop: ['ALL'], add: x.addCapabilities ? [...x.addCapabilities.capabilities] : undefined }),
    readOnlyRootFilesystem: x.defaultRootFilesystem ? undefined : x.writableRootFilesystem === undefined,
    runAsNonRoot: image ? undefined : x.runAsRoot === undefined,
    runAsUser: image ? undefined : user.uid,
    runAsGroup: image ? undefined : (user.gid ?? user.uid),
    seccompProfile: x.unconfinedSeccomp
      ? { type: 'Unconfined' }
      : p.seccompLocalhostProfile !== undefined
        ? { type: 'Localhost', localhostProfile: p.seccompLocalhostProfile }
        : undefined,
  });
}

/** An object, or nothing when it has no field. */
function nonEmpty<T extends object>(o: T): T | undefined {
  return Object.keys(o).length > 0 ? o : undefined;
}

/** The checks (policy checks and the typed layer's strict rules) each exemption exempts, and how the annotation describes it. */
function exempted(p: ContainerInput): { check: string; what: string; reason: string }[] {
  const x: ContainerExemptions = p.exemptions ?? {};
  const out: { check: string; what: string; reason: string }[] = [];
  const add = (checks: readonly string[], what: string, reason: string) => checks.forEach(check => out.push({ check, what, reason }));
  if (x.runAsRoot) add(['run-as-non-root', 'run-as-user'], 'runs as root', x.runAsRoot.reason);
  if (x.writableRootFilesystem) add(['read-only-root-filesystem'], 'writable root filesystem', x.writableRootFilesystem.reason);
  if (x.privilegeEscalation) add(['allow-privilege-escalation'], 'privilege escalation', x.privilegeEscalation.reason);
  if (x.addCapabilities) {
    const caps = x.addCapabilities.capabilities;
    const what = `adds ${caps.join(', ')}`;
    if (caps.some(c => c !== 'NET_BIND_SERVICE' && DEFAULT_CAPABILITIES.has(c))) add(['capabilities-restricted'], what, x.addCapabilities.reason);
    if (caps.some(c => !DEFAULT_CAPABILITIES.has(c))) add(['capabilities-baseline'], what, x.addCapabilities.reason);
  }
  if (x.unconfinedSeccomp) add(['seccomp-baseline', 'seccomp-restricted'], 'unconfined seccomp', x.unconfinedSeccomp.reason);
  if (x.noResourceLimits) add(['resources-missing'], 'no resource limits', x.noResourceLimits.reason);
  if (x.imageUser) add(['run-as-non-root'], "the image's user", x.imageUser.reason);
  if (x.defaultCapabilities) add(['capabilities-restricted'], "the runtime's default capabilities", x.defaultCapabilities.reason);
  if (x.defaultPrivilegeEscalation) add(['allow-privilege-escalation'], 'privilege escalation not set', x.defaultPrivilegeEscalation.reason);
  if (x.defaultRootFilesystem) add(['read-only-root-filesystem'], 'root filesystem not set read-only', x.defaultRootFilesystem.reason);
  if (x.noResources) add(['resources-missing'], 'no resources', x.noResources.reason);
  for (const port of p.ports ?? []) if (port.hostPort) add(['host-ports'], String(port.hostPort.number), port.hostPort.reason);
  if (x.imageRegistry) {
    add([registryRuleOf(p.image) ?? 'image-registry-typo'], `registry ${registryOf(p.image) ?? p.image}`, x.imageRegistry.reason);
  }
  if (x.commandWithSpaces) add(['exec-command-words'], 'command with spaces', x.commandWithSpaces.reason);
  return out;
}

/** The pod annotations a container needs: its start time and the exemptions it was given. */
export function containerPodAnnotations(p: ContainerInput, startSeconds: number | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (startSeconds !== undefined) out[`${START_TIME_PREFIX}${p.name}`] = String(startSeconds);
  for (const { check, what, reason } of exempted(p)) {
    const key = `${EXEMPTION_PREFIX}${check}`;
    const entry = `${p.name}:${what} (${reason})`;
    out[key] = out[key] === undefined ? entry : `${out[key]}; ${entry}`;
  }
  return out;
}
