/**
 * The security posture of a changed pod template, container by container, as the kubelet applies
 * it (a container's `securityContext` over the pod's): the user, the root filesystem, privileges,
 * capabilities, seccomp, the host namespaces, `hostPath` volumes, host ports and the service
 * account token. Each change says whether it weakens the posture. A field moved between the pod's
 * and a container's `securityContext` with the same effect is no change.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../values/json';
import { Path } from '../values/path';
import { DiffChange } from './diff-model';
import { containerOf, containerPath, containersOf, Explained, PodPair, showPath, specOf, startsWith } from './diff-pod';
import { showValue } from './diff-words';

interface Facet {
  readonly field: string;
  /** Whether the pod's `securityContext` sets it too (the container's wins). */
  readonly podToo: boolean;
  readonly weakens: (before: unknown, after: unknown) => boolean;
  /** What the weakened posture allows. */
  readonly consequence: string;
}

const CONFINED = ['RuntimeDefault', 'Localhost'];
const typeOf = (v: unknown): unknown => (isObject(v) ? v.type : undefined);
/** A seccomp profile in words: its type, and its file for a Localhost profile. */
const seccompOf = (v: unknown): unknown => (isObject(v) && typeof v.localhostProfile === 'string' ? `${String(v.type)} (${v.localhostProfile})` : typeOf(v));

const CONTAINER_FACETS: readonly Facet[] = [
  { field: 'runAsNonRoot', podToo: true, weakens: (b, a) => b === true && a !== true, consequence: 'the kubelet no longer refuses a root user' },
  { field: 'runAsUser', podToo: true, weakens: (b, a) => a === 0 && b !== 0, consequence: 'runs as root' },
  { field: 'runAsGroup', podToo: true, weakens: (b, a) => a === 0 && b !== 0, consequence: 'runs with the root group' },
  {
    field: 'seccompProfile',
    podToo: true,
    weakens: (b, a) => CONFINED.includes(String(typeOf(b))) && !CONFINED.includes(String(typeOf(a))),
    consequence: 'no seccomp filter: every system call is allowed',
  },
  { field: 'readOnlyRootFilesystem', podToo: false, weakens: (b, a) => b === true && a !== true, consequence: 'the root filesystem is writable' },
  { field: 'privileged', podToo: false, weakens: (b, a) => a === true && b !== true, consequence: 'privileged: every capability and the host devices' },
  {
    field: 'allowPrivilegeEscalation',
    podToo: false,
    weakens: (b, a) => b === false && a !== false,
    consequence: 'a process can gain privileges (setuid binaries)',
  },
];

const POD_FACETS: readonly Facet[] = [
  { field: 'hostNetwork', podToo: true, weakens: (b, a) => a === true && b !== true, consequence: "shares the host's network namespace" },
  { field: 'hostPID', podToo: true, weakens: (b, a) => a === true && b !== true, consequence: "sees the host's processes" },
  { field: 'hostIPC', podToo: true, weakens: (b, a) => a === true && b !== true, consequence: "shares the host's IPC namespace" },
  {
    field: 'automountServiceAccountToken',
    podToo: true,
    weakens: (b, a) => b === false && a !== false,
    consequence: 'the service account token is mounted',
  },
];

function objectOf(v: unknown): JsonObject {
  return isObject(v) ? v : {};
}

function stringsOf(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Collects changes; with `onlyWeakening` (a container or object that is new), only those that weaken the posture. */
class Collector {
  readonly changes: DiffChange[] = [];
  constructor(private readonly onlyWeakening: (container: string | undefined) => boolean) {}

  add(path: Path, container: string | undefined, before: unknown, after: unknown, weakens: boolean, explanation: string): void {
    if (!weakens && this.onlyWeakening(container)) return;
    this.changes.push({
      kind: 'security',
      path: showPath(path),
      ...(container === undefined ? {} : { container }),
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
      explanation,
      weakens,
    });
  }

  facet(f: Facet, path: Path, container: string | undefined, before: unknown, after: unknown): void {
    const words = (v: unknown): string => (f.field === 'seccompProfile' && v !== undefined ? showValue(seccompOf(v)).replace(/^"(.*)"$/, '$1') : showValue(v));
    const weakens = f.weakens(before, after);
    this.add(path, container, before, after, weakens, `${f.field} ${words(before)} → ${words(after)}${weakens ? `: ${f.consequence}` : ''}`);
  }

  /** Items added to and removed from a set, each a change. */
  set(path: Path, container: string | undefined, before: readonly string[], after: readonly string[], addedWeakens: boolean, words: [string, string]): void {
    for (const v of after) if (!before.includes(v)) this.add([...path, { key: v }], container, undefined, v, addedWeakens, words[0].replace('$', v));
    for (const v of before) if (!after.includes(v)) this.add([...path, { key: v }], container, v, undefined, !addedWeakens, words[1].replace('$', v));
  }
}

function hostPaths(spec: JsonObject): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const v of Array.isArray(spec.volumes) ? spec.volumes : []) {
    if (isObject(v) && typeof v.name === 'string' && isObject(v.hostPath)) out.set(v.name, v.hostPath.path);
  }
  return out;
}

function hostPorts(container: JsonObject | undefined): string[] {
  const ports = container !== undefined && Array.isArray(container.ports) ? container.ports : [];
  return ports.filter(isObject).flatMap(p => (typeof p.hostPort === 'number' ? [`${p.hostPort}/${typeof p.protocol === 'string' ? p.protocol : 'TCP'}`] : []));
}

/** The security posture of a pod template on both sides; with `isNew`, the template is new and only what weakens it counts. */
export function explainSecurity(pair: PodPair, isNew = false): Explained {
  const [bSpec, aSpec] = [specOf(pair.before), specOf(pair.after)];
  const [bPod, aPod] = [objectOf(bSpec.securityContext), objectOf(aSpec.securityContext)];
  const before = containersOf(pair.before);
  const c = new Collector(name => isNew || (name !== undefined && !before.has(name)));
  const specPath: Path = [...pair.templatePath, 'spec'];

  for (const f of POD_FACETS) if (bSpec[f.field] !== aSpec[f.field]) c.facet(f, [...specPath, f.field], undefined, bSpec[f.field], aSpec[f.field]);
  const [bHost, aHost] = [hostPaths(bSpec), hostPaths(aSpec)];
  for (const [name, p] of aHost) {
    if (bHost.get(name) !== p)
      c.add([...specPath, 'volumes', { key: name }, 'hostPath'], undefined, bHost.get(name), p, true, `volume ${name} mounts host path ${showValue(p)}`);
  }
  for (const [name, p] of bHost) {
    if (!aHost.has(name))
      c.add([...specPath, 'volumes', { key: name }, 'hostPath'], undefined, p, undefined, false, `volume ${name} no longer mounts host path ${showValue(p)}`);
  }

  for (const [name, a] of containersOf(pair.after)) {
    const b = before.get(name);
    const at = containerPath(pair.templatePath, a.list, name);
    const [bSc, aSc] = [objectOf(b?.node.securityContext), objectOf(a.node.securityContext)];
    for (const f of CONTAINER_FACETS) {
      const x = bSc[f.field] ?? (f.podToo ? bPod[f.field] : undefined);
      const y = aSc[f.field] ?? (f.podToo ? aPod[f.field] : undefined);
      if (JSON.stringify(x) === JSON.stringify(y)) continue;
      // the field that changed: the container's, unless only the pod's did
      const own = JSON.stringify(bSc[f.field]) !== JSON.stringify(aSc[f.field]);
      c.facet(f, own ? [...at, 'securityContext', f.field] : [...specPath, 'securityContext', f.field], name, x, y);
    }
    const [bCaps, aCaps] = [objectOf(bSc.capabilities), objectOf(aSc.capabilities)];
    const caps: Path = [...at, 'securityContext', 'capabilities'];
    c.set([...caps, 'add'], name, stringsOf(bCaps.add), stringsOf(aCaps.add), true, ['capability $ added', 'capability $ no longer added']);
    c.set([...caps, 'drop'], name, stringsOf(bCaps.drop), stringsOf(aCaps.drop), false, ['drops capability $', 'no longer drops capability $']);
    c.set([...at, 'ports'], name, hostPorts(b?.node), hostPorts(a.node), true, ['binds host port $', 'no longer binds host port $']);
  }

  const consumed = (path: Path): boolean => {
    if (POD_FACETS.some(f => startsWith(path, [...specPath, f.field]))) return true;
    if (CONTAINER_FACETS.some(f => f.podToo && startsWith(path, [...specPath, 'securityContext', f.field]))) return true;
    if (startsWith(path, [...specPath, 'volumes']) && path[specPath.length + 2] === 'hostPath') return true;
    const inContainer = containerOf(path, pair.templatePath);
    if (inContainer === undefined) return false;
    const [first, second, third, fourth] = inContainer.rest;
    if (first === 'securityContext') return second === 'capabilities' || CONTAINER_FACETS.some(f => f.field === second);
    return first === 'ports' && third === 'hostPort' && fourth === undefined;
  };
  return { changes: c.changes, consumes: consumed };
}
