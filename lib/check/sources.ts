/**
 * Checking YAML manifests written by hand or by other tools (Helm output, `kubectl get -o yaml`)
 * with the manifest rules engine, with each finding located at a file, line and column.
 */
import { RuleId, RULES } from '../engine/catalogue';
import { Finding, formatFinding, Severity } from '../engine/finding';
import { PolicyProfile } from '../policy/profiles';
import { isNotManifests, locate, parseSource, SourceManifest } from '../yaml/reader';
import { yamlHint } from './hints';
import { validateManifests } from './validate';
import { objectCount } from '../engine/input';
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
}

/**
 * Reads every source, validates all their manifests together (a Service in one file selects the
 * pods of another), and locates each finding.
 */
export function checkSources(sources: readonly YamlSource[], options: CheckOptions = {}): CheckResult {
  const findings: LocatedFinding[] = [];
  const all: { file: string; m: SourceManifest }[] = [];
  let documents = 0;
  sources.forEach((source, i) => {
    const parsed = parseSource(source.text);
    documents += parsed.documents;
    if (KUSTOMIZATION_FILE.test(source.name) && parsed.problems.length === 0) {
      // kustomize reads it (apiVersion and kind are optional there); kubectl apply -k never sends it
      findings.push({
        file: source.name,
        line: 1,
        column: 1,
        document: 1,
        severity: RULES.kustomization.severity,
        rule: 'kustomization',
        path: '',
        message: 'is a kustomization: kubectl apply -k builds objects from it; it is not applied as an object, and is not checked as one',
      });
      options.onProgress?.(i + 1, all.length);
      return;
    }
    if (isNotManifests(source.text, parsed)) {
      findings.push({
        file: source.name,
        line: 1,
        column: 1,
        document: 1,
        severity: 'error',
        rule: 'not-yaml',
        path: '',
        message: 'is not a YAML manifest file: none of its documents is a mapping (is it the file you meant?)',
      });
      options.onProgress?.(i + 1, all.length);
      return;
    }
    for (const p of parsed.problems) {
      findings.push({
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
    for (const m of parsed.manifests) all.push({ file: source.name, m });
    options.onProgress?.(i + 1, all.length);
  });
  const placeOf = (object: number, prefix: Path): string => {
    const { file, m } = all[object];
    return `${file}:${locate(m, prefix).line}`;
  };
  for (const f of validateManifests(
    all.map(a => a.m.value),
    { policy: options.policy, placeOf },
  )) {
    const { file, m } = all[f.object];
    const at = locate(m, f.segments, f.type === 'Unknown field');
    findings.push({
      file,
      line: at.line,
      column: at.column,
      document: m.document,
      severity: f.severity,
      rule: f.rule,
      object: f.kind ? `${f.kind}/${f.name ?? '<no name>'}` : undefined,
      path: f.path,
      message: formatFinding(f) + yamlHint(f, at),
      suggestion: f.suggestion,
      finding: f,
    });
  }
  const order = new Map(sources.map((s, i) => [s.name, i]));
  findings.sort((a, b) => order.get(a.file)! - order.get(b.file)! || a.line - b.line || a.column - b.column);
  return { findings, manifests: all.reduce((n, a) => n + objectCount(a.m.value), 0), documents };
}
