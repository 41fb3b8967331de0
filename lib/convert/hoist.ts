/**
 * The last touches of a chart's code: values used more than once (an image, a set of labels, the
 * namespace) hoisted into constants, variables that nothing refers to left out, and the imports
 * that the code needs.
 *
 * @packageDocumentation
 */
import { code, Expr, Prop, Statement } from './code';
import { camelCase, Scope } from './names';

/** Visits every expression below `e` (itself included), depth first. */
function visit(e: Expr, f: (x: Expr) => void): void {
  f(e);
  if (e.kind === 'object') for (const p of e.props) visit(p.value, f);
  else if (e.kind === 'array') for (const x of e.items) visit(x, f);
  else if (e.kind === 'call') for (const x of e.args) visit(x, f);
}

/** `e` with each property rewritten by `f` (bottom-up). */
function mapProps(e: Expr, f: (p: Prop) => Prop): Expr {
  if (e.kind === 'object') return { ...e, props: e.props.map(p => f({ ...p, value: mapProps(p.value, f) })) };
  if (e.kind === 'array') return { ...e, items: e.items.map(x => mapProps(x, f)) };
  if (e.kind === 'call') return { ...e, args: e.args.map(x => mapProps(x, f)) };
  return e;
}

const LABEL_KEYS = ['labels', 'selectorLabels', 'podLabels'];

/** The name of a hoisted value. */
function nameOf(key: string, value: Expr): string {
  if (key === 'namespace') return 'namespace';
  if (key === 'image' && value.kind === 'string') {
    const repo = value.value.replace(/[@:][^/]*$/, '');
    return `${camelCase(repo.slice(repo.lastIndexOf('/') + 1))}Image`;
  }
  if (value.kind === 'object') {
    const main = value.props.find(p => p.key === 'app.kubernetes.io/name' || p.key === 'app');
    if (main !== undefined && main.value.kind === 'string') return `${camelCase(main.value.value)}Labels`;
  }
  return 'commonLabels';
}

/**
 * Hoists the images, label sets and namespaces used more than once in `groups` into module
 * constants (returned), rewriting their uses.
 */
export function hoistShared(groups: Statement[][], scope: Scope): Statement[] {
  const found = new Map<string, { key: string; value: Expr; count: number }>();
  const keyOf = (p: Prop) => `${LABEL_KEYS.includes(p.key) ? 'labels' : p.key} ${JSON.stringify(p.value)}`;
  for (const s of groups.flat()) {
    visit(s.value, e => {
      if (e.kind !== 'object') return;
      for (const p of e.props) {
        const hoistable =
          ((p.key === 'image' || p.key === 'namespace') && p.value.kind === 'string') ||
          (LABEL_KEYS.includes(p.key) && p.value.kind === 'object' && p.value.props.length > 0);
        if (!hoistable || p.spread) continue;
        const same = found.get(keyOf(p));
        if (same) same.count++;
        else found.set(keyOf(p), { key: p.key, value: p.value, count: 1 });
      }
    });
  }
  const hoisted = new Map([...found].filter(([, f]) => f.count > 1).map(([k, f]) => [k, { ...f, name: scope.take(nameOf(f.key, f.value)) }]));
  if (hoisted.size === 0) return [];
  for (const group of groups) {
    group.forEach((s, i) => {
      group[i] = {
        ...s,
        value: mapProps(s.value, p => {
          const h = p.spread ? undefined : hoisted.get(keyOf(p));
          return h === undefined ? p : { ...p, value: code(h.name) };
        }),
      };
    });
  }
  return [...hoisted.values()].map(h => ({ name: h.name, value: h.value }));
}

/** How often each identifier is used in `statements`. */
export function uses(statements: readonly Statement[]): Map<string, number> {
  const out = new Map<string, number>();
  const count = (name: string) => out.set(name, (out.get(name) ?? 0) + 1);
  for (const s of statements) {
    visit(s.value, e => {
      if (e.kind === 'code') count(e.text);
      // a method of a variable (`pod.addJsonPatch(...)`) uses the variable
      if (e.kind === 'call') count(e.callee.split('.')[0]);
    });
  }
  return out;
}

/** `statements` without the names of the constructs that nothing refers to (`new Deployment(...)` instead of `const api = ...`). */
export function dropUnused(statements: readonly Statement[], used: ReadonlyMap<string, number>): Statement[] {
  return statements.map(s => (s.name !== undefined && s.value.kind === 'call' && s.value.isNew && !used.has(s.name) ? { ...s, name: undefined } : s));
}

/** Where each name the generated code uses is imported from. */
const MODULES: Readonly<Record<string, string>> = {
  ApiObject: 'cdk8s',
  Chart: 'cdk8s',
  ChartProps: 'cdk8s',
  Cron: 'cdk8s',
  Duration: 'cdk8s',
  JsonPatch: 'cdk8s',
  Size: 'cdk8s',
  k8s: 'cdk8s-plus-27',
  Cpu: 'cdk8s-plus-27',
  Construct: 'constructs',
};

/** The modules and names the statements call (`Container.of` → `Container` of `cdk8s-pod-patterns`). */
export function importsOf(statements: readonly Statement[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (name: string) => {
    const from = MODULES[name] ?? 'cdk8s-pod-patterns';
    out.set(from, (out.get(from) ?? new Set()).add(name));
  };
  // a class or namespace (`Container.of`, `k8s.KubeRole`); a variable's method (`pod.addJsonPatch`) needs none
  for (const s of statements) visit(s.value, e => e.kind === 'call' && /^([A-Z]|k8s\.)/.test(e.callee) && add(e.callee.split('.')[0]));
  return out;
}
