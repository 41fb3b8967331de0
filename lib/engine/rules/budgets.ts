/**
 * PodDisruptionBudgets against the workloads of the same input whose pods they select: a budget
 * that keeps every pod available (`minAvailable` at least the replicas, `maxUnavailable` 0) lets
 * no voluntary eviction through, so a node drain or a cluster upgrade waits until someone moves the
 * pods by hand. The apiserver accepts it; it is sometimes meant (a singleton that must not move on
 * its own), which an exemption annotation on the budget says.
 *
 * A workload an autoscaler scales (a HorizontalPodAutoscaler of the input) is counted at its
 * `minReplicas`, where the budget bites first.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../values/json';
import { Path } from '../../values/path';
import { annotationsOf, applyExemptionsFrom } from '../exemptions';
import { Finding } from '../finding';
import { Reporter } from '../reporter';
import { describeTemplate, IndexedTemplate, namespaceOf, WorkloadIndex } from './workload-index';

/** Separates the parts of a scale target's key: no valid name holds it. */
const SEP = '\u0000';

/** A budget of the input, with where its findings go. */
export interface BudgetUnderCheck {
  readonly reporter: Reporter;
  readonly manifest: JsonObject;
}

/** The scale targets of the HorizontalPodAutoscalers of an input, and their `minReplicas`. */
export class ScaleTargets {
  private readonly min = new Map<string, number>();

  /** Records an autoscaler: its target (kind and name, in its namespace) runs `minReplicas` pods at least (1 by default). */
  public add(manifest: JsonObject): void {
    const spec = manifest.spec;
    const ref = isObject(spec) ? spec.scaleTargetRef : undefined;
    if (!isObject(spec) || !isObject(ref) || typeof ref.kind !== 'string' || typeof ref.name !== 'string') return;
    const min = typeof spec.minReplicas === 'number' && Number.isInteger(spec.minReplicas) ? spec.minReplicas : 1;
    this.min.set(namespaceOf(manifest) + SEP + ref.kind + SEP + ref.name, min);
  }

  /** The `minReplicas` of the autoscaler that scales the workload of `t`, if one does. */
  public minOf(t: IndexedTemplate): number | undefined {
    return this.min.get(t.namespace + SEP + (t.subject.kind ?? '') + SEP + (t.subject.name ?? ''));
  }
}

/** `"60%"` → 60; a number → itself; anything else `undefined`. */
function intOrPercent(v: unknown): { value: number; percent: boolean } | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return { value: v, percent: false };
  if (typeof v !== 'string') return undefined;
  const m = /^([0-9]+)%$/.exec(v);
  return m ? { value: Number(m[1]), percent: true } : undefined;
}

/**
 * The field by which a budget with `minAvailable` and `maxUnavailable` (each a number, a `"60%"`,
 * or absent) lets no voluntary eviction happen among `pods` pods, if it does: `minAvailable` at
 * least all of them (a percentage rounded up, as the disruption controller does), or
 * `maxUnavailable` 0 without `minAvailable`.
 */
export function blockingField(minAvailable: unknown, maxUnavailable: unknown, pods: number): 'minAvailable' | 'maxUnavailable' | undefined {
  const min = intOrPercent(minAvailable);
  const max = intOrPercent(maxUnavailable);
  if (min !== undefined && (min.percent ? Math.ceil((min.value * pods) / 100) : min.value) >= pods) return 'minAvailable';
  if (max !== undefined && max.value === 0 && minAvailable === undefined) return 'maxUnavailable';
  return undefined;
}

/**
 * Checks each budget against the pods it selects; the findings of a budget whose annotations
 * exempt `pdb-blocks-eviction` become infos.
 */
export function checkBudgets(index: WorkloadIndex, budgets: readonly BudgetUnderCheck[], scaled: ScaleTargets, sink: Finding[]): void {
  for (const { reporter: r, manifest } of budgets) {
    const first = sink.length;
    checkBudget(r, index, manifest, scaled);
    applyExemptionsFrom(sink, first, annotationsOf(manifest));
  }
}

function checkBudget(r: Reporter, index: WorkloadIndex, manifest: JsonObject, scaled: ScaleTargets): void {
  const spec = manifest.spec;
  const selector = isObject(spec) ? spec.selector : undefined;
  if (!isObject(spec) || !isObject(selector) || !isObject(selector.matchLabels)) return;
  if (Array.isArray(selector.matchExpressions) && selector.matchExpressions.length > 0) return;
  const labels = selector.matchLabels;
  const keys = Object.keys(labels);
  if (keys.length === 0 || keys.some(k => typeof labels[k] !== 'string')) return;
  const { matched } = index.select(namespaceOf(manifest), keys, labels);
  // only workloads that say how many pods they run are counted
  if (matched.length === 0 || matched.some(t => t.replicas === undefined)) return;
  let pods = 0;
  let autoscaled = false;
  for (const t of matched) {
    const min = scaled.minOf(t);
    if (min !== undefined) autoscaled = true;
    pods += min ?? t.replicas!;
  }
  if (pods === 0) return;
  const field = blockingField(spec.minAvailable, spec.maxUnavailable, pods);
  if (field === undefined) return;
  const path: Path = ['spec', field];
  const whose = matched.map(t =>
    describeTemplate(t, `${scaled.minOf(t) ?? t.replicas} ${autoscaled && scaled.minOf(t) !== undefined ? 'at its minReplicas' : 'replicas'}`),
  );
  r.advise(
    'pdb-blocks-eviction',
    path,
    spec[field],
    `keeps ${pods === 1 ? 'the one selected pod' : `all ${pods} selected pods`} available (${whose.join('; ')}): no voluntary eviction is ever allowed, so a node drain waits until the pods are moved by hand; let one be unavailable (maxUnavailable: 1), or exempt the budget with the annotation exempt.cdk8s-pod-patterns/pdb-blocks-eviction: <reason>`,
  );
}
