/**
 * The last touches of a chart's code: values used more than once (an image, a set of labels, the
 * namespace) hoisted into constants, variables that nothing refers to left out, and the imports
 * that the code needs.
 *
 * @packageDocumentation
 */
import { code, Expr, Prop, sameExpr, Statement } from './code';
import { camelCase, Scope } from './names';

/** Every expression below `e` (itself included), depth first. */
function* walk(e: Expr): Generator<Expr> {
  yield e;
  if (e.kind === 'object') for (const p of e.props) yield* walk(p.value);
  else if (e.kind === 'array') for (const x of e.items) yield* walk(x);
  else if (e.kind === 'call') for (const x of e.args) yield* walk(x);
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
  const found: { key: string; value: Expr; count: number }[] = [];
  for (const s of groups.flat()) {
    for (const e of walk(s.value)) {
      if (e.kind !== 'object') continue;
      for (const p of e.props) {
        const hoistable =
          ((p.key === 'image' || p.key === 'namespace') && p.value.kind === 'string') ||
          (LABEL_KEYS.includes(p.key) && p.value.kind === 'object' && p.value.props.length > 0);
        if (!hoistable || p.spread) continue;
        const same = found.find(f => (f.key === p.key || (LABEL_KEYS.includes(f.key) && LABEL_KEYS.includes(p.key))) && sameExpr(f.value, p.value));
        if (same) same.count++;
        else found.push({ key: p.key, value: p.value, count: 1 });
      }
    }
  }
  const hoisted = found.filter(f => f.count > 1).map(f => ({ ...f, name: scope.take(nameOf(f.key, f.value)) }));
  if (hoisted.length === 0) return [];
  for (const group of groups) {
    group.forEach((s, i) => {
      group[i] = {
        ...s,
        value: mapProps(s.value, p => {
          const h = hoisted.find(x => (x.key === p.key || (LABEL_KEYS.includes(x.key) && LABEL_KEYS.includes(p.key))) && sameExpr(x.value, p.value));
          return h === undefined || p.spread ? p : { ...p, value: code(h.name) };
        }),
      };
    });
  }
  return hoisted.map(h => ({ name: h.name, value: h.value }));
}

/** How often each identifier is used in `statements`. */
export function uses(statements: readonly Statement[]): Map<string, number> {
  const out = new Map<string, number>();
  const count = (name: string) => out.set(name, (out.get(name) ?? 0) + 1);
  for (const s of statements) {
    for (const e of walk(s.value)) {
      if (e.kind === 'code') count(e.text);
      if (e.kind === 'object') for (const p of e.props) if (p.spread && p.value.kind === 'code') count(p.value.text);
    }
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
  Size: 'cdk8s',
  k8s: 'cdk8s-plus-27',
  Construct: 'constructs',
};

/** The modules and names the statements call (`Container.of` → `Container` of `cdk8s-pod-patterns`). */
export function importsOf(statements: readonly Statement[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (name: string) => {
    const from = MODULES[name] ?? 'cdk8s-pod-patterns';
    out.set(from, (out.get(from) ?? new Set()).add(name));
  };
  for (const s of statements) for (const e of walk(s.value)) if (e.kind === 'call') add(e.callee.split('.')[0]);
  return out;
}
