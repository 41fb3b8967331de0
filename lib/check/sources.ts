/**
 * Checking YAML manifests written by hand or by other tools (Helm output, `kubectl get -o yaml`)
 * with the manifest rules engine, with each finding located at a file, line and column.
 */
import { RuleId, RULES } from '../engine/catalogue';
import { Finding, formatFinding, Severity } from '../engine/finding';
import { objectCount } from '../engine/input';
import { EngineRun } from '../engine/validate';
import { PolicyProfile } from '../policy/profiles';
import { isNotManifests, locate, Location, parseSource, readSource, SourceManifest } from '../yaml/reader';
import { yamlHint } from './hints';
import { Places } from './places';
import { engineOptions } from './validate';
import { Path } from '../values/path';

/** The file names kustomize reads as a kustomization. */
const KUSTOMIZATION_FILE = /(^|[\\/])(kustomization\.ya?ml|Kustomization)$/;

/** One YAML source: a file's name (or `<stdin>`) and its text. */
export interface YamlSource {
  /** How findings name the source, e.g. `manifests/pod.yaml`. */
  readonly name: string;
  /** The YAML text: one or more documents. */
  readonly text: string;
}

/** A finding of {@link checkSources}, located in its source. */
export interface LocatedFinding {
  /** The source's name. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** 1-based index of the YAML document in the source. */
  readonly document: number;
  /** How serious it is. */
  readonly severity: Severity;
  /** The rule's identifier (`yaml-syntax` for YAML that cannot be read, `not-yaml` for a source that is not YAML manifests at all). */
  readonly rule: RuleId;
  /** `Kind/name` of the manifest, when known. */
  readonly object?: string;
  /** The field path, e.g. `spec.containers[0].livenessProve`. */
  readonly path: string;
  /** The whole message, in the apiserver's terms. */
  readonly message: string;
  /** A fix to try. */
  readonly suggestion?: string;
  /** The engine's finding, when it came from the engine (not from the YAML reader). */
  readonly finding?: Finding;
}

/** The result of {@link checkSources}. */
export interface CheckResult {
  /** Every finding, by source, then by position. */
  readonly findings: LocatedFinding[];
  /** How many objects were checked (the items of a list count one by one). */
  readonly manifests: number;
  /** How many YAML documents were read. */
  readonly documents: number;
}

/** Options of {@link checkSources}. */
export interface CheckOptions {
  /**
   * A policy profile to run besides the Kubernetes 1.27 API rules.
   *
   * @default - none
   */
  readonly policy?: PolicyProfile;

  /**
   * Called after each source with the number of manifests read so far, for a progress line.
   *
   * @default - no progress reports
   */
  readonly onProgress?: (sourcesDone: number, manifestsSoFar: number) => void;

  /**
   * Locate every finding by parsing its document with the `yaml` package, as the reference that
   * the fast locating (from lines, without a parser) is tested against.
   *
   * @internal
   */
  readonly parsedLocations?: boolean;
}

/**
 * Reads every source, validates all their manifests together (a Service in one file selects the
 * pods of another), and locates each finding. Sources are read one at a time and each document
 * is checked as soon as it is read, then let go: what stays is a compact index for the rules
 * across objects, so memory is bounded by the largest source, not by the sum of them. `sources`
 * may be an iterable that reads each source only when it is reached.
 */
export function checkSources(sources: Iterable<YamlSource>, options: CheckOptions = {}): CheckResult {
  const early: LocatedFinding[] = [];
  const found: LocatedFinding[] = [];
  const order = new Map<string, number>();
  const places = new Places();
  const run = new EngineRun({ ...engineOptions({ policy: options.policy }), placeOf: (object, prefix) => places.placeOf(object, prefix) });
  let objects = 0;
  let manifests = 0;
  let documents = 0;
  let done = 0;
  const check = (file: string, m: SourceManifest) => {
    const object = objects++;
    manifests += objectCount(m.value);
    places.reading(object, file, m);
    const findings: Finding[] = [];
    const later: Path[] = [];
    run.add(m.value, object, findings, later);
    for (const f of findings) found.push(located(f, file, m.document, locate(m, f.segments, f.type === 'Unknown field')));
    places.done(later);
  };
  for (const source of sources) {
    if (!order.has(source.name)) order.set(source.name, order.size);
    documents += readOne(source, early, m => check(source.name, options.parsedLocations ? { ...m, root: undefined, byLines: undefined } : m));
    options.onProgress?.(++done, objects);
  }
  for (const f of run.finish()) {
    // the rules across objects report at the paths the run named when the object was added
    let kept = places.locationOf(f.object, f.segments);
    for (let n = f.segments.length - 1; !kept && n >= 0; n--) kept = places.locationOf(f.object, f.segments.slice(0, n));
    const at = kept?.at ?? { line: 1, column: 1 };
    found.push(located(f, kept?.file ?? '', kept?.document ?? 1, at));
  }
  const findings = [...early, ...found];
  findings.sort((a, b) => order.get(a.file)! - order.get(b.file)! || a.line - b.line || a.column - b.column);
  return { findings, manifests, documents };
}

/** A finding of the engine at a location. */
function located(f: Finding, file: string, document: number, at: Location): LocatedFinding {
  return {
    file,
    line: at.line,
    column: at.column,
    document,
    severity: f.severity,
    rule: f.rule,
    object: f.kind ? `${f.kind}/${f.name ?? '<no name>'}` : undefined,
    path: f.path,
    message: formatFinding(f) + yamlHint(f, at),
    suggestion: f.suggestion,
    finding: f,
  };
}

/**
 * Reads one source, handing its manifests to `check` in order; its YAML problems, or why it is
 * not checked at all (a kustomization, a file that is not YAML manifests), go to `early`.
 * Returns how many documents it holds.
 */
function readOne(source: YamlSource, early: LocatedFinding[], check: (m: SourceManifest) => void): number {
  const at1 = { file: source.name, line: 1, column: 1, document: 1, path: '' };
  if (KUSTOMIZATION_FILE.test(source.name)) {
    const parsed = parseSource(source.text);
    if (parsed.problems.length === 0) {
      // kustomize reads it (apiVersion and kind are optional there); kubectl apply -k never sends it
      early.push({
        ...at1,
        severity: RULES.kustomization.severity,
        rule: 'kustomization',
        message: 'is a kustomization: kubectl apply -k builds objects from it; it is not applied as an object, and is not checked as one',
      });
      return parsed.documents;
    }
  }
  // documents that are not mappings wait for one that is: a source of none may be no YAML at all
  let waiting: SourceManifest[] | undefined = [];
  const { problems, documents } = readSource(source.text, m => {
    if (waiting && (typeof m.value !== 'object' || m.value === null)) {
      waiting.push(m);
      return;
    }
    if (waiting) for (const w of waiting) check(w);
    waiting = undefined;
    check(m);
  });
  if (waiting && isNotManifests(source.text, { manifests: waiting, problems, documents })) {
    early.push({
      ...at1,
      severity: 'error',
      rule: 'not-yaml',
      message: 'is not a YAML manifest file: none of its documents is a mapping (is it the file you meant?)',
    });
    return documents;
  }
  if (waiting) for (const w of waiting) check(w);
  for (const p of problems) {
    early.push({
      file: source.name,
      line: p.line,
      column: p.column,
      document: p.document,
      severity: 'error',
      rule: 'yaml-syntax',
      path: '',
      message: p.message,
    });
  }
  return documents;
}
