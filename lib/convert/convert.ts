/**
 * `convertManifests`: YAML manifests into a small cdk8s app written with this library's typed
 * API (a module per chart and a `main.ts`), faithful by default: the app synthesizes the objects
 * of the input, cleaned of what a cluster added and with certain mistakes repaired, each
 * relaxation of the secure defaults an explicit typed opt-out; with `harden`, the secure defaults
 * instead, listed. It loads no cdk8s module: it writes code as text.
 *
 * @packageDocumentation
 */
import { JsonObject } from '../values/json';
import { formatPath } from '../values/path';
import { chartModule } from './chart';
import { cleanClusterFields } from './clean';
import { cloneJson, ConvertReport, emptyReport, labelOf } from './model';
import { mainModule, planCharts } from './plan';
import { ConvertSource, readObjects } from './read';
import { isLater, repairObjects, typedError } from './repair';

/** Options of {@link convertManifests}. */
export interface ConvertOptions {
  /**
   * Keep the library's secure defaults where the input leaves a setting out (no user, no
   * resources, no seccomp profile, ...), each change listed in `report.hardened`, instead of a
   * typed opt-out that keeps the input's behaviour.
   *
   * @default false
   */
  readonly harden?: boolean;
}

/** A file of the generated app. */
export interface ConvertedFile {
  /** Its path in the output folder (`goproxy.ts`, `main.ts`). */
  readonly path: string;
  /** Its text, formatted as Prettier formats it with the project's options. */
  readonly text: string;
}

/** What {@link convertManifests} returns. */
export interface ConvertResult {
  /** The modules of the app, one per chart, then `main.ts`. */
  readonly files: ConvertedFile[];
  /** What was cleaned, repaired, opted out of, hardened, carried over as written, written out as a default, and left to do. */
  readonly report: ConvertReport;
  /**
   * The objects the app synthesizes (without `harden`): the input, cleaned and repaired, with the
   * Kubernetes defaults that the typed layer writes out or leaves out (`report.normalized`).
   * Besides these, the typed objects carry this library's own annotations (`exempt.…`).
   */
  readonly objects: JsonObject[];
  /** No TODO is left: the code compiles as written. */
  readonly complete: boolean;
}

export { ConvertSource, ConvertInputError } from './read';

/**
 * Converts YAML manifests (multi-document files, `kubectl get -o yaml` output, Lists) into the
 * files of a cdk8s app written with this library's typed API. Throws `ConvertInputError` for an
 * input that is not whole manifests (a fragment without `kind`, broken YAML).
 */
export function convertManifests(sources: readonly ConvertSource[], options: ConvertOptions = {}): ConvertResult {
  const report = emptyReport();
  const objects = readObjects(sources, report.skipped);
  for (const o of objects) {
    const removed = cleanClusterFields(o.manifest);
    if (removed.length > 0) report.cleaned.push({ file: o.file, object: labelOf(o.manifest), text: `removed ${removed.join(', ')}` });
  }
  for (const f of repairObjects(objects, report)) {
    const o = objects[f.object];
    if (o === undefined) continue;
    if (isLater(f)) o.later.push(f.path);
    else if (f.severity !== 'error' && typedError(f.rule)) o.strict.set(formatPath(f.segments), f.rule);
  }
  for (const o of objects) o.expected = cloneJson(o.manifest);
  const plans = planCharts(objects);
  const files = plans.map(p => {
    const m = chartModule(p.objects, p.files, p, { harden: options.harden === true }, report);
    return { path: `${m.module}.ts`, text: m.text };
  });
  files.push({ path: 'main.ts', text: mainModule(plans) });
  return { files, report, objects: objects.map(o => o.expected), complete: report.todos.length === 0 };
}
