/**
 * The state of writing one chart, and of writing one object into it: variable names, references
 * to ConfigMaps, Secrets, claims and workloads, opt-outs and notes. An object's writing is a
 * transaction: when the typed layer cannot say the object (`NotTyped`), nothing of the attempt
 * stays, and the object is carried over as written instead.
 *
 * @packageDocumentation
 */
import { formatPath, Path } from '../values/path';
import { call, code, Expr, Statement, str } from './code';
import { ConvertNote, ConvertReport, labelOf, setAt, SourceObject, takeComments, valueAt } from './model';
import { camelCase, Scope } from './names';

/** The typed layer cannot say an object as written: why (the field, in a few words). */
export class NotTyped extends Error {}

/** Options of a conversion that the emitters follow. */
export interface EmitOptions {
  /** Keep the secure defaults where the input leaves a setting out, instead of opting out of them. */
  readonly harden: boolean;
}

/** A ConfigMap, Secret, claim or ServiceAccount that code refers to: a variable, with the keys used. */
export interface Ref {
  readonly variable: string;
  /** `ConfigMap`, `Secret`, `PersistentVolumeClaim`, `ServiceAccount`. */
  readonly kind: string;
  readonly name: string;
  /** The keys the object holds (typed), or the keys used so far (external). */
  readonly keys: Set<string>;
  /** Created elsewhere: declared with `<Kind>.external(...)`. */
  readonly external: boolean;
}

/** A typed workload that Services and budgets can select. */
export interface SelectableRef {
  readonly variable: string;
  readonly namespace?: string;
  readonly name: string;
  readonly selector: Readonly<Record<string, string>>;
  readonly ports: readonly { readonly name?: string; readonly protocol: string }[];
  /** Set when a Service or budget refers to it. */
  used: boolean;
}

/** One chart (module) being written. */
export class ChartState {
  public readonly scope = new Scope();
  /** The construct ids of the chart's children. */
  public readonly ids = new Scope();
  public readonly statements: Statement[][] = [];
  /** ConfigMaps, Secrets, claims and ServiceAccounts by `Kind/namespace/name`. */
  public readonly refs = new Map<string, Ref>();
  public readonly selectables: SelectableRef[] = [];
  /** Objects of the chart consumed by another's construct (a StatefulSet's governing Service). */
  public readonly consumed = new Set<SourceObject>();
  /** The variable of each file's opt-out reason, by file. */
  public readonly reasons = new Map<string, string>();

  public constructor(
    public readonly objects: readonly SourceObject[],
    public readonly options: EmitOptions,
    public readonly report: ConvertReport,
  ) {}
}

/** A key for a ref. */
export function refKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}/${namespace ?? ''}/${name}`;
}

/** The writing of one object into a chart: kept by `commit()`, dropped when the object is not typed. */
export class ObjectEmit {
  public readonly statements: Statement[] = [];
  private readonly names: string[] = [];
  private readonly ids: string[] = [];
  private readonly notes: [keyof ConvertReport, ConvertNote][] = [];
  private readonly edits: [SourceObject, Path, unknown][] = [];
  private readonly newRefs = new Map<string, Ref>();
  private readonly keysUsed: [Ref, string][] = [];
  private readonly selected: SelectableRef[] = [];
  private readonly selectables: SelectableRef[] = [];
  private readonly consumes: SourceObject[] = [];
  /** The warnings that typed code treats as errors, not handled yet (path → rule). */
  public readonly strict: Map<string, string>;

  public constructor(
    public readonly chart: ChartState,
    public readonly o: SourceObject,
    strict: ReadonlyMap<string, string>,
  ) {
    this.strict = new Map(strict);
  }

  /** Whether the secure defaults replace what the input leaves out. */
  public get harden(): boolean {
    return this.chart.options.harden;
  }

  /** Stops: the typed layer cannot say the field at `path` as written. */
  public fail(path: Path, why: string): never {
    throw new NotTyped(`${formatPath(path)}: ${why}`);
  }

  /** A new construct id (`ShopApi`, or `ShopApiService` when taken). */
  public id(name: string, kind: string): string {
    const id = this.chart.ids.take(name, kind);
    this.ids.push(id);
    return id;
  }

  /** A new variable name, given back if the object is not typed. */
  public name(base: string, ...suffixes: string[]): string {
    const n = this.chart.scope.take(base, ...suffixes);
    this.names.push(n);
    return n;
  }

  /** The expression of the opt-out reason of the object's file (`converted`). */
  public reason(): Expr {
    let v = this.chart.reasons.get(this.o.file);
    if (v === undefined) {
      v = this.chart.reasons.size === 0 ? 'converted' : `converted${this.chart.reasons.size + 1}`;
      this.chart.reasons.set(this.o.file, v);
    }
    return code(v);
  }

  /** Records an opt-out that keeps what the input says (`what`: the exemption, and its check). */
  public optOut(path: Path, what: string): void {
    this.note('optOuts', path, `${this.subject(path)}: ${what}`);
  }

  /** Records, with `harden`, a secure default that replaces what the input said or left out. */
  public hardened(path: Path, what: string): void {
    this.note('hardened', path, `${this.subject(path)}: ${what}`);
  }

  /** What a field belongs to, in words: `container web`, `volume logs`, `pod`. */
  private subject(path: Path): string {
    for (const list of ['initContainers', 'containers', 'volumes']) {
      const i = path.indexOf(list);
      if (i >= 0 && typeof path[i + 1] === 'number') {
        const name = valueAt(this.o.manifest, [...path.slice(0, i + 2), 'name']);
        return `${list === 'volumes' ? 'volume' : list === 'containers' ? 'container' : 'init container'} ${String(name)}`;
      }
    }
    return 'pod';
  }

  /** Records a Kubernetes default the typed layer writes out (`value`) or leaves out (`undefined`): the expected output changes with it. */
  public normalize(path: Path, value: unknown, what: string, of: SourceObject = this.o): void {
    this.edits.push([of, path, value]);
    this.notes.push(['normalized', { file: of.file, object: labelOf(of.manifest), path: formatPath(path), text: what }]);
  }

  /** Marks a strict finding at `path` handled (by an exemption). */
  public handled(path: Path, rule: string): boolean {
    const key = formatPath(path);
    if (this.strict.get(key) !== rule) return false;
    this.strict.delete(key);
    return true;
  }

  /** The comments of the field at `path` and below, for the code. */
  public comments(path: Path): string[] | undefined {
    const c = takeComments(this.o, path);
    return c.length > 0 ? c : undefined;
  }

  private note(list: keyof ConvertReport, path: Path, text: string): void {
    this.notes.push([list, { file: this.o.file, object: labelOf(this.o.manifest), path: formatPath(path), text }]);
  }

  /**
   * The expression of a ConfigMap, Secret, claim or ServiceAccount `name` of the object's namespace:
   * the variable of the one this chart writes (which must hold `key`), or an external declaration.
   */
  public ref(kind: string, namespace: string | undefined, name: string, key: string | undefined, path: Path): Expr {
    const k = refKey(kind, namespace, name);
    let ref = this.chart.refs.get(k) ?? this.newRefs.get(k);
    if (ref === undefined) {
      ref = { variable: this.name(`${camelCase(name)}${kind === 'PersistentVolumeClaim' ? 'Claim' : kind}`), kind, name, keys: new Set(), external: true };
      this.newRefs.set(k, ref);
    }
    if (key !== undefined) {
      if (!ref.external && !ref.keys.has(key)) this.fail(path, `the ${kind} "${name}" has no key "${key}"`);
      if (ref.external) this.keysUsed.push([ref, key]);
    }
    return code(ref.variable);
  }

  /** Registers a typed workload that Services and budgets of the chart may select. */
  public registerSelectable(s: SelectableRef): void {
    this.selectables.push(s);
  }

  /** Marks a typed workload selected (by a Service or budget of this object). */
  public select(s: SelectableRef): Expr {
    this.selected.push(s);
    return code(s.variable);
  }

  /** Keeps what was written: statements, names, notes, references, the expected output's edits. */
  public commit(): void {
    this.chart.statements.push(this.statements);
    for (const [list, note] of this.notes) this.chart.report[list].push(note);
    for (const [of, path, value] of this.edits) setAt(of.expected, path, value);
    for (const [k, ref] of this.newRefs) this.chart.refs.set(k, ref);
    for (const [ref, key] of this.keysUsed) ref.keys.add(key);
    for (const s of this.selected) s.used = true;
    this.chart.selectables.push(...this.selectables);
    for (const c of this.consumes) this.chart.consumed.add(c);
  }

  /** Marks another object of the chart as written by this one's construct (a StatefulSet's governing Service). */
  public consume(o: SourceObject): void {
    this.consumes.push(o);
  }

  /** Gives the names back: the object is written another way. */
  public rollback(): void {
    for (const n of this.names) this.chart.scope.release(n);
    for (const n of this.ids) this.chart.ids.release(n);
  }
}

/** The statement declaring an external reference (`const db = Secret.external('db', ['password']);`). */
export function externalStatement(ref: Ref): Statement {
  const args: Expr[] = [str(ref.name)];
  if (ref.kind === 'ConfigMap' || ref.kind === 'Secret') args.push({ kind: 'array', items: [...ref.keys].map(str) });
  return { name: ref.variable, value: call(`${ref.kind}.external`, ...args) };
}
