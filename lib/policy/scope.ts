/**
 * What the policy checks share while they look at one pod template: the profile that runs, the
 * pod-level settings the container checks depend on, and where findings go.
 *
 * Semantics follow the Pod Security admission checks on the object after API defaulting (a
 * hostNetwork pod's hostPort defaults to its containerPort; a volume without source is an emptyDir).
 * Every violation is reported once, at the field that causes it (or, when a required setting is
 * missing, at the container's securityContext or the container), by the weakest check that forbids
 * it. Values of the wrong JSON type count as absent; nothing here throws.
 *
 * @packageDocumentation
 */
import { PolicyProfile, RULES } from '../engine/catalogue';
import { PolicyRuleId } from '../engine/catalogue';
import { Reporter } from '../engine/reporter';
import { isObject, JsonObject } from '../values/json';
import { Path, Segment } from '../values/path';
import { TemplatePath } from '../engine/rules/kinds';

/** The container lists, in the order the admission visits them. */
export type ListName = 'initContainers' | 'containers' | 'ephemeralContainers';
export const CONTAINER_LISTS: readonly ListName[] = ['initContainers', 'containers', 'ephemeralContainers'];

/** The seccomp profile type of a security context, when it sets one of the right type. */
export function seccompType(sc: JsonObject | undefined): string | undefined {
  const sp = sc === undefined ? undefined : sc.seccompProfile;
  return isObject(sp) && typeof sp.type === 'string' ? sp.type : undefined;
}

/** One pod template under a profile's checks. */
export class PolicyScope {
  public readonly annotations: JsonObject | undefined;
  public readonly podSc: JsonObject | undefined;
  /** Whether the pod runs Windows (`spec.os.name`), which several restricted checks exempt. */
  public readonly windows: boolean;
  public readonly hostNetwork: boolean;
  /** Pod-level `runAsNonRoot`: true, false, or undefined when unset. */
  public readonly podRunAsNonRoot: boolean | undefined;
  /** Pod-level seccomp type, when set. */
  public readonly podSeccomp: string | undefined;

  public constructor(
    public readonly r: Reporter,
    public readonly profile: PolicyProfile,
    public readonly template: TemplatePath,
    pod: JsonObject,
    public readonly spec: JsonObject,
    public readonly kind: string,
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

  /** Whether the profile runs this check (the catalogue says which profiles run each). */
  public runs(rule: PolicyRuleId): boolean {
    return RULES[rule].profiles?.includes(this.profile) ?? false;
  }

  /** A path below the pod spec. */
  public at(...tail: Segment[]): Path {
    return [...this.template, 'spec', ...tail];
  }

  /** Reports a finding of `rule`, with the severity the catalogue gives it; nothing when the profile does not run it. */
  public report(rule: PolicyRuleId, path: Path, value: unknown, detail: string): void {
    if (!this.runs(rule)) return;
    if (RULES[rule].severity === 'error') this.r.forbidden(rule, path, detail, value);
    else this.r.advise(rule, path, value, detail);
  }
}

/** One container of the pod template under the checks. */
export class PolicyContainer {
  public readonly sc: JsonObject | undefined;

  public constructor(
    public readonly pod: PolicyScope,
    public readonly list: ListName,
    public readonly index: number,
    public readonly container: JsonObject,
  ) {
    this.sc = isObject(container.securityContext) ? container.securityContext : undefined;
  }

  /** A path below the container. */
  public at(...tail: Segment[]): Path {
    return [...this.pod.template, 'spec', this.list, this.index, ...tail];
  }

  /** Path of the container's security context, or of the container when it has none. */
  public scPath(): Path {
    return this.sc === undefined ? this.at() : this.at('securityContext');
  }

  /** `container "web"`, or `container containers[0]` when it has no name. */
  public get who(): string {
    const name = this.container.name;
    return typeof name === 'string' ? `container ${JSON.stringify(name)}` : `container ${this.list}[${this.index}]`;
  }
}
