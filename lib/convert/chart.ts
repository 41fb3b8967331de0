/**
 * One chart of the generated app: its objects written typed where the typed layer says them as
 * the input does (config first, then workloads, then the Services and budgets that select them),
 * the others carried over as written, and the module that holds the chart's class.
 *
 * @packageDocumentation
 */
import { call, obj, Statement, str } from './code';
import { emitConfig } from './config';
import { ChartState, EmitOptions, externalStatement, NotTyped, ObjectEmit } from './emit';
import { importLine, printStatements } from './format';
import { dropUnused, hoistShared, importsOf, uses } from './hoist';
import { ConvertReport, labelOf, SourceObject, takeComments } from './model';
import { camelCase, pascalCase } from './names';
import { rawConstruct } from './raw';
import { emitBudget, emitService } from './services';
import { emitWorkload } from './workloads';

/** The typed emitter of each kind the typed layer writes, by `apiVersion/kind`, in the order the phases run. */
const PHASES: readonly Readonly<Record<string, (e: ObjectEmit) => void>>[] = [
  { 'v1/ConfigMap': emitConfig, 'v1/Secret': emitConfig, 'v1/PersistentVolumeClaim': emitConfig, 'v1/ServiceAccount': emitConfig },
  {
    'v1/Pod': emitWorkload,
    'apps/v1/Deployment': emitWorkload,
    'apps/v1/StatefulSet': emitWorkload,
    'apps/v1/DaemonSet': emitWorkload,
    'batch/v1/Job': emitWorkload,
    'batch/v1/CronJob': emitWorkload,
  },
  { 'v1/Service': emitService, 'policy/v1/PodDisruptionBudget': emitBudget },
];

/** A chart's module: its file name (without `.ts`), class, chart id, and text. */
export interface ChartModule {
  readonly module: string;
  readonly className: string;
  readonly chartId: string;
  readonly files: readonly string[];
  readonly text: string;
}

function kindKey(o: SourceObject): string {
  return `${String(o.manifest.apiVersion)}/${String(o.manifest.kind)}`;
}

/** Writes `o` as its L1 class or an `ApiObject`, saying why. */
function carry(chart: ChartState, o: SourceObject, why: string): void {
  const e = new ObjectEmit(chart, o, new Map());
  const name = labelOf(o.manifest).split('/').slice(1).join('/');
  const kind = String(o.manifest.kind);
  const id = e.id(pascalCase(name === '<no name>' ? kind : name), kind);
  const raw = rawConstruct(o, id, o.later.length > 0);
  const value =
    raw.expr.kind === 'call' ? { ...raw.expr, args: raw.expr.args.map((a, i) => (i === 2 && a.kind === 'object' ? obj(a.props, true) : a)) } : raw.expr;
  const rest = takeComments(o, []);
  const because = raw.missing === undefined ? why : `${why}; an ApiObject, since its L1 class requires ${raw.missing}, which the apiserver does not`;
  const meta = o.manifest.metadata;
  if (typeof meta === 'object' && meta !== null && (meta as Record<string, unknown>).name === undefined) {
    // cdk8s names every object: the input's has none (generateName), so the name goes again
    const variable = e.name(camelCase(kind));
    e.statements.push({ name: variable, value, comments: [`as written: ${because}`, ...rest] });
    e.statements.push({
      value: call(`${variable}.addJsonPatch`, call('JsonPatch.remove', str('/metadata/name'))),
      comments: ['the input names no object: the apiserver names it (generateName), so the name cdk8s gives it is removed'],
    });
  } else e.statements.push({ value, comments: [`as written: ${because}`, ...rest] });
  chart.report.carried.push({ file: o.file, object: labelOf(o.manifest), text: `${raw.l1 ? 'L1 class' : 'ApiObject'}: ${because}` });
  e.commit();
}

/** Why an object is carried over, when no typed emitter tries it. */
function untypedReason(o: SourceObject, typed: boolean): string {
  if (o.todos.size > 0) return `unresolved findings (TODO below) keep it out of the typed layer`;
  if (o.later.length > 0) return `fields of a later Kubernetes (${o.later.join(', ')}), kept as JSON`;
  return typed ? 'not in the typed layer' : `${String(o.manifest.kind)} (${String(o.manifest.apiVersion)}) is not in the typed layer`;
}

/** Writes each object of the chart, typed when it can be. */
function emitAll(chart: ChartState): void {
  const done = new Set<SourceObject>();
  for (const phase of PHASES) {
    for (const o of chart.objects) {
      const emitter = phase[kindKey(o)];
      if (emitter === undefined || done.has(o) || chart.consumed.has(o)) continue;
      done.add(o);
      if (o.todos.size > 0 || o.later.length > 0) {
        carry(chart, o, untypedReason(o, true));
        continue;
      }
      const e = new ObjectEmit(chart, o, o.strict);
      try {
        emitter(e);
        for (const [path, rule] of e.strict) e.fail([path], `${rule}, an error in typed code`);
        const rest = takeComments(o, []);
        if (rest.length > 0) e.statements[e.statements.length - 1] = { ...e.statements[e.statements.length - 1], comments: rest };
        e.commit();
      } catch (err) {
        if (!(err instanceof NotTyped)) throw err;
        e.rollback();
        carry(chart, o, `the typed layer cannot say ${err.message}`);
      }
    }
  }
  for (const o of chart.objects) if (!done.has(o) && !chart.consumed.has(o)) carry(chart, o, untypedReason(o, false));
}

/** The module of a chart of `objects` (from `files`), named `module`, with class `className`. */
export function chartModule(
  objects: readonly SourceObject[],
  files: readonly string[],
  names: { module: string; className: string; chartId: string },
  options: EmitOptions,
  report: ConvertReport,
): ChartModule {
  const chart = new ChartState(objects, options, report);
  chart.scope.take(names.className);
  emitAll(chart);
  const externals = [...chart.refs.values()].filter(r => r.external).map(externalStatement);
  const groups = chart.statements.filter(g => g.length > 0);
  if (externals.length > 0) groups.unshift(externals);
  const hoisted = hoistShared(groups, chart.scope);
  const reasons: Statement[] = [...chart.reasons].map(([file, v]) => ({ name: v, value: obj([['reason', str(`converted from ${file}`)]]) }));
  const all = [...reasons, ...hoisted, ...groups.flat()];
  const used = uses(all);
  const body = groups.map(g => dropUnused(g, used)).map(g => printStatements(g, 4));
  const moduleConsts = [...reasons.filter(r => used.has(r.name!)), ...hoisted];
  const imports = importsOf(all);
  imports.set('cdk8s', (imports.get('cdk8s') ?? new Set()).add('Chart').add('ChartProps'));
  imports.set('constructs', new Set(['Construct']));
  const order = ['cdk8s', 'cdk8s-plus-27', 'constructs', 'cdk8s-pod-patterns'];
  const importText = order
    .filter(m => imports.has(m))
    .map(m =>
      importLine(
        [...imports.get(m)!].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)),
        m,
      ),
    )
    .join('');
  const fileList = files.length === 1 ? files[0] : `${files.slice(0, -1).join(', ')} and ${files[files.length - 1]}`;
  const text = [
    `/**\n * The objects of ${fileList}, converted by \`cdk8s-pod-patterns convert\`.\n */\n`,
    importText,
    moduleConsts.length > 0 ? `\n${printStatements(moduleConsts, 0)}` : '',
    `\n/** The chart of ${fileList}. */\n`,
    `export class ${names.className} extends Chart {\n`,
    `  public constructor(scope: Construct, id: string, props: ChartProps = {}) {\n`,
    `    super(scope, id, props);\n`,
    body.map(b => `\n${b}`).join(''),
    `  }\n}\n`,
  ].join('');
  return { ...names, files, text };
}
