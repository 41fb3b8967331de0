/**
 * Which objects go into which chart: one chart per input file, except that files whose objects
 * refer to each other (a Service and the Deployment it selects, a pod and its ConfigMap, a
 * StatefulSet and its headless Service) share one, so that the code can refer by variable.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../values/json';
import { SourceObject } from './model';
import { pascalCase } from './names';

/** The names a chart's module uses, for the code. */
const TAKEN = new Set(
  'App ApiObject Chart ChartProps Construct Cron Duration Size Container Cpu Deployment StatefulSet DaemonSet Job CronJob Pod Service PodDisruptionBudget ConfigMap Secret PersistentVolumeClaim ServiceAccount Volume VolumeClaimTemplate ProjectedSource EnvValue EnvFrom HostPort LivenessProbe ReadinessProbe StartupProbe LifecycleHandler Toleration DeploymentStrategy DaemonSetUpdateStrategy StatefulSetUpdateStrategy'.split(
    ' ',
  ),
);

/** A group of objects that becomes one chart. */
export interface ChartPlan {
  readonly files: string[];
  readonly objects: SourceObject[];
  readonly module: string;
  readonly className: string;
  readonly chartId: string;
}

function namespaceOf(m: JsonObject): string {
  return isObject(m.metadata) && typeof m.metadata.namespace === 'string' ? m.metadata.namespace : '';
}

function sorted(labels: unknown): string {
  return isObject(labels) ? JSON.stringify(Object.entries(labels).sort()) : '';
}

/** The keys an object provides to others, and those it refers to. */
function links(m: JsonObject): { provides: string[]; wants: string[] } {
  const ns = namespaceOf(m);
  const kind = String(m.kind);
  const meta = isObject(m.metadata) ? m.metadata : {};
  const spec = isObject(m.spec) ? m.spec : {};
  const provides: string[] = [`${kind}:${ns}:${String(meta.name)}`];
  const wants: string[] = [];
  const template = isObject(spec.template) ? spec.template : undefined;
  if (isObject(spec.selector) && isObject(spec.selector.matchLabels)) {
    if (kind === 'PodDisruptionBudget') wants.push(`sel:${ns}:${sorted(spec.selector.matchLabels)}`);
    else provides.push(`sel:${ns}:${sorted(spec.selector.matchLabels)}`);
  }
  if (kind === 'Pod') provides.push(`sel:${ns}:${sorted(meta.labels)}`);
  if (kind === 'Service' && isObject(spec.selector)) wants.push(`sel:${ns}:${sorted(spec.selector)}`);
  if (kind === 'StatefulSet' && typeof spec.serviceName === 'string') wants.push(`Service:${ns}:${spec.serviceName}`);
  const refs = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(refs);
    if (!isObject(v)) return;
    for (const [k, x] of Object.entries(v)) {
      if (isObject(x)) {
        const name = x.name ?? x.secretName ?? x.claimName;
        if (/^configMap(KeyRef|Ref)?$/.test(k) && typeof name === 'string') wants.push(`ConfigMap:${ns}:${name}`);
        if (/^secret(KeyRef|Ref)?$/.test(k) && typeof name === 'string') wants.push(`Secret:${ns}:${name}`);
        if (k === 'persistentVolumeClaim' && typeof name === 'string') wants.push(`PersistentVolumeClaim:${ns}:${name}`);
      }
      if (k === 'serviceAccountName' && typeof x === 'string') wants.push(`ServiceAccount:${ns}:${x}`);
      if (k === 'imagePullSecrets' && Array.isArray(x)) for (const s of x) if (isObject(s) && typeof s.name === 'string') wants.push(`Secret:${ns}:${s.name}`);
      refs(x);
    }
  };
  refs(kind === 'Pod' ? spec : (template ?? (isObject(spec.jobTemplate) ? spec.jobTemplate : undefined)));
  return { provides, wants };
}

/** The module name of a group of files: the file's base name, or the folder the files share. */
function moduleName(files: readonly string[]): string {
  const base = (f: string) =>
    f
      .replace(/\\/g, '/')
      .split('/')
      .pop()!
      .replace(/\.(ya?ml|json)$/i, '');
  const dirs = files.map(f => f.replace(/\\/g, '/').split('/').slice(0, -1).join('/'));
  let name = files[0] === '<stdin>' ? 'manifests' : base(files[0]);
  if (files.length > 1 && dirs.every(d => d === dirs[0]) && dirs[0] !== '' && dirs[0] !== '.') name = dirs[0].split('/').pop()!;
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'manifests'
  );
}

/** The charts of `objects`: files joined when their objects refer to each other, in input order. */
export function planCharts(objects: readonly SourceObject[]): ChartPlan[] {
  const files = [...new Set(objects.map(o => o.file))];
  const parent = files.map((_f, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const byKey = new Map<string, { provides: number[]; wants: number[] }>();
  for (const o of objects) {
    const f = files.indexOf(o.file);
    const { provides, wants } = links(o.manifest);
    for (const [list, keys] of [
      ['provides', provides],
      ['wants', wants],
    ] as const) {
      for (const k of keys) {
        const entry = byKey.get(k) ?? { provides: [], wants: [] };
        entry[list].push(f);
        byKey.set(k, entry);
      }
    }
  }
  for (const { provides, wants } of byKey.values()) {
    if (provides.length === 0 || wants.length === 0) continue;
    for (const f of [...provides, ...wants]) parent[find(f)] = find(provides[0]);
  }
  const groups = new Map<number, string[]>();
  files.forEach((f, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), f]));
  const modules = new Set<string>(['main']);
  const classes = new Set<string>();
  return [...groups.values()].map(group => {
    let module = moduleName(group);
    for (let i = 2; modules.has(module); i++) module = `${moduleName(group)}-${i}`;
    modules.add(module);
    let className = pascalCase(module);
    if (TAKEN.has(className) || classes.has(className)) className = `${className}Chart`;
    for (let i = 2; classes.has(className); i++) className = `${pascalCase(module)}Chart${i}`;
    classes.add(className);
    return { files: group, objects: objects.filter(o => group.includes(o.file)), module, className, chartId: module };
  });
}

/** The text of `main.ts`: the app with one chart per module. */
export function mainModule(charts: readonly ChartPlan[]): string {
  const imports = charts.map(c => `import { ${c.className} } from './${c.module}';\n`).join('');
  const instances = charts.map(c => `new ${c.className}(app, '${c.chartId}');\n`).join('');
  return [
    '/**\n * The app converted by `cdk8s-pod-patterns convert`: a chart for each file (or files that refer to each other).\n */\n',
    "import { App } from 'cdk8s';\n",
    imports,
    '\nconst app = new App();\n',
    instances,
    'app.synth();\n',
  ].join('');
}
