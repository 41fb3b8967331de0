/**
 * The engine's run over manifests: the Kubernetes 1.27 API rules of every object, the rules across
 * objects, and the rule sets given to it (the policy profiles are one).
 *
 * Its cost is linear in the size of the input: each manifest is walked once, and the rules across
 * manifests (Services and the pods they select) go through label indexes.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../values/json';
import { Path } from '../values/path';
import { Finding } from './finding';
import { annotationsOf, applyExemptionsFrom } from './exemptions';
import { defaultPlace, isList, objectsOf } from './input';
import { Reporter, Subject } from './reporter';
import { checkApiVersion } from './rules/api-versions';
import { BudgetUnderCheck, checkBudgets, ScaleTargets } from './rules/budgets';
import { OBJECT_RULES } from './rules/by-kind';
import { checkServices, serviceReportPaths } from './rules/cross-object';
import { ObjectRegistry } from './rules/duplicates';
import { CHECKED_KINDS, KindRules, NAME_RULES, PodTemplate, podTemplateAt } from './rules/kinds';
import { checkObjectMeta } from './rules/meta';
import { checkPodSpec } from './rules/pod/pod-spec';
import { checkServiceSpec } from './rules/service';
import { checkAgainstSchema, checkType, SchemaFinding } from './schema/schema';
import { WorkloadIndex } from './rules/workload-index';

/** One object of a checked kind, as a {@link RuleSet} sees it. */
export interface ObjectUnderCheck {
  /** Which object it is: its index in the input, kind and name. */
  readonly subject: Subject;
  /** Where it sits in the manifest of the input: `[]`, or `['items', 3]` for an item of a list. */
  readonly prefix: Path;
  /** The manifest. */
  readonly manifest: JsonObject;
  /** The manifest's kind. */
  readonly kind: string;
  /** The pod template, for the kinds that run pods (a Pod is its own template). */
  readonly template?: PodTemplate;
}

/** Rules that run after the API rules on every object of a checked kind, such as a policy profile. */
export interface RuleSet {
  /** The findings of one object. */
  check(object: ObjectUnderCheck): readonly Finding[];
}

/** Options of {@link runEngine}. */
export interface EngineOptions {
  /** Whether the rules across objects run (Services against the pods of the same input). */
  readonly crossObject: boolean;
  /** Rule sets to run besides the API rules. */
  readonly ruleSets: readonly RuleSet[];
  /**
   * How messages name where an object is, when they point at another object (a duplicate, the
   * pods a Service selects): a file and line for YAML sources; `manifests[2]` when not given.
   */
  readonly placeOf?: (object: number, prefix: Path) => string;
  /**
   * Whether the manifests are what the typed layer builds: a rule with a `typedSeverity` then has
   * that severity (an image that cannot be pulled is an error in code, a warning in YAML).
   */
  readonly typed?: boolean;
}

/** Which object a manifest is, as far as it says. */
function subjectOf(manifest: unknown, object: number): Subject {
  const meta = isObject(manifest) && isObject(manifest.metadata) ? manifest.metadata : undefined;
  const kind = isObject(manifest) && typeof manifest.kind === 'string' ? manifest.kind : undefined;
  const name = meta && typeof meta.name === 'string' ? meta.name : undefined;
  return { object, kind, name };
}

/**
 * Validates manifests as the Kubernetes 1.27 apiserver would on create, plus the checks it misses
 * and the given rule sets. Lists are unpacked as kubectl unpacks them, each item checked as an
 * object of its own (with paths such as `items[3].spec...`). An exemption annotation of a pod
 * (template) turns the findings of its rule in the object into infos (see `exemptions.ts`).
 * Returns every finding, errors, warnings and infos, in input order.
 */
export function runEngine(manifests: readonly unknown[], options: EngineOptions): Finding[] {
  const run = new EngineRun(options);
  const findings: Finding[] = [];
  for (let i = 0; i < manifests.length; i++) run.add(manifests[i], i, findings);
  for (const f of run.finish()) findings.push(f);
  return findings;
}

/**
 * The engine's run over manifests given one at a time, in input order, so that a caller can read,
 * check and forget each one: the rules of each object run when it is added, and only a compact
 * index is kept for the rules across objects (identities for duplicates, labels and declared port
 * names of pod templates, Services), which run at {@link finish}.
 */
export class EngineRun {
  private readonly index = new WorkloadIndex();
  private readonly registry = new ObjectRegistry();
  private readonly placeOf: (object: number, prefix: Path) => string;
  /** The notices about a kind are given once per input, on its first object. */
  private readonly told = new Set<string>();
  private readonly services: { reporter: Reporter; manifest: JsonObject }[] = [];
  private readonly budgets: BudgetUnderCheck[] = [];
  private readonly scaled = new ScaleTargets();
  private readonly across: Finding[] = [];

  public constructor(private readonly options: EngineOptions) {
    this.placeOf = options.placeOf ?? defaultPlace;
  }

  /**
   * Checks manifest `object` (its index in the input) and the objects of it, when it is a list;
   * its findings go to `findings`. `later` receives the paths in the manifest (list prefixes
   * included) at which {@link finish} may report a finding: a Service's selector and named target
   * ports, which a caller that does not keep the manifest's text locates now.
   */
  public add(manifest: unknown, object: number, findings: Finding[], later?: Path[]): void {
    if (!isList(manifest)) {
      this.addObject(findings, later, manifest, object, []);
      return;
    }
    for (const { manifest: m, prefix } of objectsOf([manifest])) this.addObject(findings, later, m, object, prefix);
  }

  /** The findings of the rules across objects (Services and budgets against the pods of the input). */
  public finish(): Finding[] {
    if (this.options.crossObject) {
      checkServices(this.index, this.services);
      checkBudgets(this.index, this.budgets, this.scaled, this.across);
    }
    return this.across;
  }

  /** Keeps what the rules across objects need of a budget or an autoscaler. */
  private addAcross(later: Path[] | undefined, manifest: JsonObject, subject: Subject, prefix: Path): void {
    if (subject.kind === 'PodDisruptionBudget' && manifest.apiVersion === 'policy/v1') {
      this.budgets.push({ reporter: new Reporter(this.across, subject, prefix, { typed: this.options.typed }), manifest });
      const spec = manifest.spec;
      if (later && isObject(spec))
        for (const field of ['minAvailable', 'maxUnavailable']) if (spec[field] !== undefined) later.push([...prefix, 'spec', field]);
    } else if (subject.kind === 'HorizontalPodAutoscaler') {
      this.scaled.add(manifest);
    }
  }

  private addObject(findings: Finding[], later: Path[] | undefined, manifest: unknown, object: number, prefix: Path): void {
    const { options } = this;
    const subject = subjectOf(manifest, object);
    const r = new Reporter(findings, subject, prefix, { typed: options.typed });
    const first = findings.length;
    const rules = checkOne(r, manifest, this.told);
    if (!isObject(manifest)) return;
    const place = () => this.placeOf(object, prefix);
    this.registry.add(r, manifest, place);
    if (options.crossObject) this.addAcross(later, manifest, subject, prefix);
    if (!rules) return;
    const kind = subject.kind!;
    const template = rules.template === undefined ? undefined : podTemplateAt(manifest, rules.template);
    for (const set of options.ruleSets) findings.push(...set.check({ subject, prefix, manifest, kind, template }));
    if (template) applyExemptionsFrom(findings, first, annotationsOf(template.node));
    if (template) this.index.add(subject, manifest, template.node, place);
    if (kind === 'Service' && options.crossObject) {
      this.services.push({ reporter: new Reporter(this.across, subject, prefix, { typed: options.typed }), manifest: serviceForChecks(manifest) });
      if (later) for (const p of serviceReportPaths(manifest)) later.push([...prefix, ...p]);
    }
  }
}

/** Checks one manifest on its own; returns the rules of its kind when it is a checked kind. */
function checkOne(r: Reporter, manifest: unknown, told: Set<string>): KindRules | undefined {
  if (!isObject(manifest)) {
    r.decoding('manifest-object', [], 'Wrong type', manifest, 'a manifest must be an object with apiVersion, kind and metadata');
    return undefined;
  }
  const { apiVersion, kind } = manifest;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || apiVersion === '' || kind === '') {
    if (typeof apiVersion !== 'string' || apiVersion === '') r.required('type-meta', ['apiVersion']);
    if (typeof kind !== 'string' || kind === '') r.required('type-meta', ['kind']);
    return undefined;
  }
  if (!checkApiVersion(r, apiVersion, kind, told)) return undefined;
  const key = `${apiVersion}/${kind}`;
  const first = r.count;
  reportSchema(r, checkAgainstSchema(manifest));
  const rules = CHECKED_KINDS[key];
  checkObjectMeta(r, manifest.metadata, ['metadata'], rules?.name ?? NAME_RULES[kind] ?? 'dns1123-subdomain');
  const objectRule = OBJECT_RULES[key];
  if (objectRule) {
    objectRule(r, manifest);
    r.dropRepeatedRequired(first);
  }
  if (!rules) {
    if (!objectRule && !told.has(key)) {
      told.add(key);
      r.advise('kind-not-checked', [], undefined, `${kind} is checked against the Kubernetes 1.27 schema and its metadata only (said once per kind)`);
    }
    return undefined;
  }
  if (kind === 'Service') checkServiceSpec(r, manifest.spec, ['spec']);
  else if (rules.template) checkPodTemplate(r, manifest, rules, kind);
  return rules;
}

function reportSchema(r: Reporter, findings: readonly SchemaFinding[]): void {
  for (const f of findings) {
    if (f.kind === 'unknown-field') r.decoding('unknown-field', f.segments, 'Unknown field', f.value, f.message, f.suggestion);
    else if (f.kind === 'type') r.decoding('field-type', f.segments, 'Wrong type', f.value, f.message);
    else r.required('required-field', f.segments);
  }
}

/**
 * Checks a part of a manifest against its type in the Kubernetes 1.27 schema (`Container`,
 * `Probe`, ...), with paths from the part: what the builders run on the JSON they build.
 */
export function checkSchemaOf(r: Reporter, value: unknown, typeName: string): void {
  reportSchema(r, checkType(value, typeName, ''));
}

function checkPodTemplate(r: Reporter, manifest: JsonObject, rules: KindRules, kind: string): void {
  // a missing template is a schema finding already
  const template = podTemplateAt(manifest, rules.template!);
  if (!template) return;
  const { node, path } = template;
  if (path.length > 0) checkObjectMeta(r, node.metadata, [...path, 'metadata'], 'none');
  const specPath = [...path, 'spec'];
  checkPodSpec(r, node.spec, specPath, { isPod: kind === 'Pod', kind });
}

/**
 * What the rules across objects read of a Service (its namespace, type, selector and ports), kept
 * until the end of the run instead of the whole object: a large input keeps no Service whole.
 */
function serviceForChecks(manifest: JsonObject): JsonObject {
  const metadata = isObject(manifest.metadata) ? { namespace: manifest.metadata.namespace } : undefined;
  const spec = manifest.spec;
  if (!isObject(spec)) return { metadata };
  const ports = Array.isArray(spec.ports)
    ? spec.ports.map(p => (isObject(p) ? { port: p.port, targetPort: p.targetPort, protocol: p.protocol } : p))
    : spec.ports;
  return { metadata, spec: { type: spec.type, selector: spec.selector, ports } };
}
