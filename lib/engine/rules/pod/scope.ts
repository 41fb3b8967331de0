/**
 * What the pod rules share while they walk one pod spec: where it is, which kind holds it, and
 * the indexes that the rules across containers build on first use.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';
import { Path, Segment } from '../../../values/path';
import { RuleId } from '../../catalogue';
import { Reporter } from '../../reporter';

/** The lists of containers that the API rules check. */
export type ListName = 'containers' | 'initContainers';

/** Which object a pod spec belongs to. */
export interface PodContext {
  /** True only for kind Pod: image whitespace and ephemeral containers are checked on create. */
  readonly isPod: boolean;
  /** The manifest's kind (`Pod`, `Deployment`, `Job`, `CronJob`, ...). */
  readonly kind: string;
}

/** Lists up to this long are searched rather than indexed. */
export const SMALL = 16;

/** One pod spec being checked. */
export class PodScope {
  /** Whether the pod uses the node's network (host ports then default to container ports). */
  public readonly hostNetwork: boolean;
  /** Whether the pod has several regular containers (that could listen on the same port). */
  public multiContainer = false;
  /** `containerPort * 3 + protocol` → index of the first regular container declaring it. */
  public podPorts: Map<number, number> | undefined;
  /** `protocol/name` of a named port → index of the first regular container declaring it. */
  public portNames: Map<string, number> | undefined;
  /** `protocol/hostIP/hostPort` of the regular containers, once one has a host port. */
  public hostPorts: Set<string> | undefined;
  /** Volume names, built at the first volume mount of a pod with many volumes. */
  private volumeNames: Set<string> | undefined;

  /**
   * @param r where findings go
   * @param spec the pod spec (`{}` for a container checked on its own)
   * @param base the path of the pod spec
   * @param ctx the kind that holds it
   * @param whole false for a container or probe checked on its own: the pod's volumes and the
   *   container's ports are then unknown, and the rules that need them do not run
   */
  public constructor(
    public readonly r: Reporter,
    public readonly spec: JsonObject,
    public readonly base: Path,
    public readonly ctx: PodContext,
    public readonly whole = true,
  ) {
    this.hostNetwork = spec.hostNetwork === true;
  }

  /** A path below the pod spec. */
  public at(...tail: Segment[]): Path {
    return [...this.base, ...tail];
  }

  /** Whether the pod declares a volume of this name. */
  public hasVolume(name: string): boolean {
    const vols = this.spec.volumes;
    if (!Array.isArray(vols)) return false;
    if (vols.length <= SMALL) return hasName(vols, vols.length, name);
    if (!this.volumeNames) {
      this.volumeNames = new Set();
      for (const v of vols) if (isObject(v) && typeof v.name === 'string') this.volumeNames.add(v.name);
    }
    return this.volumeNames.has(name);
  }
}

/** One container of a pod being checked. */
export class ContainerScope {
  public constructor(
    public readonly pod: PodScope,
    public readonly list: ListName,
    public readonly index: number,
    public readonly container: JsonObject,
    /** The container's path: `[...pod spec, list, index]`, or `[]` for a container checked on its own. */
    public readonly base: Path,
    /** False for a probe checked on its own, before it is given to a container: its ports are then unknown. */
    public readonly portsKnown = true,
  ) {}

  /** Where findings go. */
  public get r(): Reporter {
    return this.pod.r;
  }

  /** A path below the container. */
  public at(...tail: Segment[]): Path {
    return [...this.base, ...tail];
  }

  /** Whether this is an init container. */
  public get init(): boolean {
    return this.list === 'initContainers';
  }
}

/** Whether one of the first `upto` objects of `list` (containers, volumes) is named `name`. */
export function hasName(list: readonly unknown[], upto: number, name: string): boolean {
  for (let i = 0; i < upto; i++) {
    const c = list[i];
    if (isObject(c) && c.name === name) return true;
  }
  return false;
}

/**
 * The name of an item of a list (a container port, a volume): valid by `errors`, and not the name
 * of an earlier item, both reported as `rule` at `path`.
 */
export function checkItemName(
  r: Reporter,
  rule: RuleId,
  list: readonly unknown[],
  index: number,
  name: string,
  path: Path,
  errors: (name: string) => string[],
): void {
  const errs = errors(name);
  if (errs.length > 0) r.invalidEach(rule, path, name, errs);
  else if (hasName(list, index, name)) r.duplicate(rule, path, name);
}

/** `"A", "B"`: a list of values as the apiserver quotes them. */
export function quoted(values: readonly string[]): string {
  return values.map(v => `"${v}"`).join(', ');
}
