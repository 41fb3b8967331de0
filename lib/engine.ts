/**
 * The manifest rules engine: Kubernetes 1.27 validation of manifest objects (the JSON that cdk8s
 * emits, or parsed YAML), plus the checks the apiserver misses.
 *
 * One engine serves the constructs at synth time, the `check` command and the cdk8s validation
 * plugin. Its cost is linear in the size of the input: each manifest is walked once, and the
 * rules across manifests (Services and the pods they select) go through label indexes.
 */
import { KINDS } from './_k8s-schema.generated';
import { Path } from './_path';
import { Reporter } from './_report';
import { checkAppRules, WorkloadIndex } from './_rules-app';
import { checkImageRegistry } from './_rules-image';
import { checkObjectMeta, NameRule } from './_rules-meta';
import { checkPodSpec, PodSpecContext } from './_rules-pod';
import { checkPolicy } from './_rules-policy';
import { PolicyProfile } from './policy';
import { checkServiceSpec } from './_rules-service';
import { checkAgainstSchema, suggest } from './_schema';
import { Finding } from './finding';

/** Options of {@link validateManifests}. */
export interface ValidateOptions {
  /**
   * Whether cross-manifest rules run: a Service's selector and named `targetPort` against
   * the pods of the same input. Turn off when the input is only part of an app.
   *
   * @default true
   */
  readonly crossObject?: boolean;

  /**
   * Also run the policy checks of this profile: `baseline` and `restricted` are the Pod Security
   * Standards, `recommended` adds the checks platform teams run (probes, image tags, resources).
   * An annotation `exempt.cdk8s-pod-patterns/<check>: <reason>` on a pod (template) turns that
   * check's findings into infos.
   *
   * @default - no policy checks, only the Kubernetes 1.27 API rules
   */
  readonly policy?: PolicyProfile;
}

/** The annotation prefix that exempts a pod from a policy check: `exempt.cdk8s-pod-patterns/host-ports`. */
export const EXEMPTION_PREFIX = 'exempt.cdk8s-pod-patterns/';

/** Where a kind keeps its pod spec, and how its name is validated. */
interface KindRules {
  readonly name: NameRule;
  /** Path of the pod template's metadata and spec, for workloads; `[]` for a Pod itself. */
  readonly template?: Path;
}

const POD_TEMPLATE: Path = ['spec', 'template'];

/** The kinds whose content the engine checks beyond the schema. */
const CHECKED: Readonly<Record<string, KindRules>> = {
  'v1/Pod': { name: 'dns1123-subdomain', template: [] },
  'v1/Service': { name: 'dns1035-label' },
  'v1/ReplicationController': { name: 'dns1123-subdomain', template: POD_TEMPLATE },
  'v1/PodTemplate': { name: 'dns1123-subdomain', template: ['template'] },
  'apps/v1/Deployment': { name: 'dns1123-subdomain', template: POD_TEMPLATE },
  'apps/v1/StatefulSet': { name: 'dns1123-subdomain', template: POD_TEMPLATE },
  'apps/v1/DaemonSet': { name: 'dns1123-subdomain', template: POD_TEMPLATE },
  'apps/v1/ReplicaSet': { name: 'dns1123-subdomain', template: POD_TEMPLATE },
  'batch/v1/Job': { name: 'dns1123-subdomain', template: POD_TEMPLATE },
  'batch/v1/CronJob': { name: 'dns1123-subdomain', template: ['spec', 'jobTemplate', 'spec', 'template'] },
};

/** Name rules of kinds that are checked against their schema and metadata only (subdomain otherwise). */
const NAME_RULES: Readonly<Record<string, NameRule>> = {
  Namespace: 'dns1123-label',
  Role: 'path-segment',
  ClusterRole: 'path-segment',
  RoleBinding: 'path-segment',
  ClusterRoleBinding: 'path-segment',
};

/** Built-in API groups/versions, and the kinds of each. */
let builtIns: { versions: Map<string, string[]>; groups: Set<string> } | undefined;
function builtInKinds(): { versions: Map<string, string[]>; groups: Set<string> } {
  if (builtIns) return builtIns;
  const versions = new Map<string, string[]>();
  const groups = new Set<string>();
  for (const key of Object.keys(KINDS)) {
    const slash = key.lastIndexOf('/');
    const apiVersion = key.slice(0, slash);
    versions.set(apiVersion, [...(versions.get(apiVersion) ?? []), key.slice(slash + 1)]);
    groups.add(groupOf(apiVersion));
  }
  // removed in earlier releases, but still a Kubernetes group: not a custom resource
  groups.add('extensions');
  builtIns = { versions, groups };
  return builtIns;
}

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Validates manifests as the Kubernetes 1.27 apiserver would on create, plus the checks it
 * misses. Returns every finding, errors, warnings and infos, in input order.
 */
export function validateManifests(manifests: readonly unknown[], options: ValidateOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const index = new WorkloadIndex();
  const services: { reporter: Reporter; manifest: Record<string, unknown> }[] = [];
  manifests.forEach((manifest, i) => {
    const meta = isObject(manifest) && isObject(manifest.metadata) ? manifest.metadata : undefined;
    const kind = isObject(manifest) && typeof manifest.kind === 'string' ? manifest.kind : undefined;
    const name = meta && typeof meta.name === 'string' ? meta.name : undefined;
    const r = new Reporter(findings, { object: i, kind, name });
    const rules = checkOne(r, manifest);
    if (!rules || !isObject(manifest)) return;
    if (options.policy && rules.template !== undefined && kind !== 'PodTemplate') {
      const first = findings.length;
      checkPolicy(r, manifest, rules.template, kind!, options.policy);
      applyExemptions(findings, first, manifest, rules.template);
    }
    if (rules.template !== undefined) index.add(r, manifest, rules.template);
    if (kind === 'Service') services.push({ reporter: r, manifest });
  });
  if (options.crossObject ?? true) checkAppRules(index, services);
  return findings;
}

/** Checks one manifest on its own; returns the rules of its kind when it is a checked kind. */
function checkOne(r: Reporter, manifest: unknown): KindRules | undefined {
  if (!isObject(manifest)) {
    r.report('error', 'manifest-object', [], 'Wrong type', manifest, 'a manifest must be an object with apiVersion, kind and metadata');
    return undefined;
  }
  const { apiVersion, kind } = manifest;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || apiVersion === '' || kind === '') {
    if (typeof apiVersion !== 'string' || apiVersion === '') r.required('type-meta', ['apiVersion']);
    if (typeof kind !== 'string' || kind === '') r.required('type-meta', ['kind']);
    return undefined;
  }
  const { versions, groups } = builtInKinds();
  const key = `${apiVersion}/${kind}`;
  if (!(key in KINDS)) {
    if (!groups.has(groupOf(apiVersion))) {
      r.info('custom-resource', [], `${kind} (${apiVersion}) is not a built-in Kubernetes 1.27 kind; its content is not checked`);
      return undefined;
    }
    const known = versions.get(apiVersion);
    const suggestion = known ? (known.find(k => k.toLowerCase() === kind.toLowerCase()) ?? suggest(kind, known)) : otherVersionOf(kind, apiVersion);
    r.invalid(
      'kind-registered',
      ['kind'],
      kind,
      known
        ? `no kind "${kind}" is registered for version "${apiVersion}"`
        : `version "${apiVersion}" of group "${groupOf(apiVersion)}" does not exist in Kubernetes 1.27`,
      suggestion,
    );
    return undefined;
  }
  for (const f of checkAgainstSchema(manifest)) {
    if (f.kind === 'unknown-field')
      r.report(
        'error',
        'unknown-field',
        f.segments,
        'Unknown field',
        f.value,
        `unknown field ${JSON.stringify(f.segments[f.segments.length - 1])}`,
        f.suggestion,
      );
    else if (f.kind === 'type') r.report('error', 'field-type', f.segments, 'Wrong type', f.value, f.message);
    else r.required('required-field', f.segments);
  }
  const rules = CHECKED[key];
  checkObjectMeta(r, manifest.metadata, ['metadata'], rules?.name ?? NAME_RULES[kind] ?? 'dns1123-subdomain');
  if (!rules) {
    r.info('kind-not-checked', [], `${kind} is checked against the Kubernetes 1.27 schema and its metadata only`);
    return undefined;
  }
  if (kind === 'Service') {
    checkServiceSpec(r, manifest.spec, ['spec']);
  } else if (rules.template) {
    checkPodTemplate(r, manifest, rules.template, kind);
  }
  return rules;
}

function checkPodTemplate(r: Reporter, manifest: Record<string, unknown>, template: Path, kind: string): void {
  let node: unknown = manifest;
  for (const s of template) node = isObject(node) ? node[s as string] : undefined;
  // a missing template is a schema finding already
  if (!isObject(node)) return;
  if (template.length > 0) checkObjectMeta(r, node.metadata, [...template, 'metadata'], 'none');
  const ctx: PodSpecContext = { isPod: kind === 'Pod', kind };
  const specPath: Path = [...template, 'spec'];
  checkPodSpec(r, node.spec, specPath, ctx);
  if (!isObject(node.spec)) return;
  for (const field of ['initContainers', 'containers'] as const) {
    const list = node.spec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      if (isObject(c)) checkImageRegistry(r, c.image, [...specPath, field, i, 'image']);
    });
  }
}

/** For `extensions/v1beta1` Deployment: the built-in apiVersion that has this kind. */
function otherVersionOf(kind: string, _apiVersion: string): string | undefined {
  for (const [version, kinds] of builtInKinds().versions) {
    if (kinds.includes(kind)) return `apiVersion: ${version}`;
  }
  return undefined;
}

/** Turns the policy findings (from `first` on) of checks the pod template is exempted from into infos. */
function applyExemptions(findings: Finding[], first: number, manifest: Record<string, unknown>, template: Path): void {
  let node: unknown = manifest;
  for (const s of template) node = isObject(node) ? node[s as string] : undefined;
  const annotations = isObject(node) && isObject(node.metadata) && isObject(node.metadata.annotations) ? node.metadata.annotations : undefined;
  if (!annotations) return;
  for (let i = first; i < findings.length; i++) {
    const f = findings[i];
    const reason = annotations[EXEMPTION_PREFIX + f.rule];
    if (typeof reason !== 'string' || f.severity === 'info') continue;
    findings[i] = { ...f, severity: 'info', type: 'Info', detail: `exempted (${reason}): ${f.detail}` };
  }
}
