/**
 * What the objects of this library's constructs check of each other and of their chart, besides
 * what each construct validates of its own object:
 *
 * - one object per identity (API group, kind, namespace, name) in a construct tree: the second
 *   construct that would write an object the first already writes (a Service named as a
 *   StatefulSet's headless one, two ConfigMaps `shop-config`) throws when it is created, naming
 *   both, since `kubectl apply` would keep only the last;
 * - the metadata the object ends up with, once its chart has given it its namespace and labels,
 *   checked when the app is synthesized (`new Chart(app, 'shop', { namespace: 'Shop' })`).
 *
 * The objects of a tree are kept per tree root, and only while the tree lives: no state is shared
 * between apps. Objects of cdk8s-plus-27 or the L1 classes are not seen here (whole-app validation
 * checks them).
 *
 * @packageDocumentation
 */
import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';
import { BuilderCheck } from '../engine/builder-check';
import { Finding, formatFindingWithRule, formatSubject } from '../engine/finding';
import { Reporter } from '../engine/reporter';
import { CHECKED_KINDS, NAME_RULES } from '../engine/rules/kinds';
import { IdentityMap } from '../engine/rules/duplicates';
import { checkObjectMeta } from '../engine/rules/meta';

/** The objects of this library in one construct tree. */
interface Tree {
  /** By identity (API group, kind, namespace, name). */
  readonly objects: IdentityMap<ApiObject>;
  /** In the order they were created. */
  readonly all: ApiObject[];
  /** The errors of the objects whose final metadata the tree's last validation found wrong. */
  readonly errors: Map<ApiObject, string[]>;
  /** The objects that carry a validation reporting their errors. */
  readonly reported: WeakSet<ApiObject>;
}

/** The objects of this library in each construct tree, by the tree's root. */
const TREES = new WeakMap<IConstruct, Tree>();
/** The construct trees whose whole-app validation is on: it reports the objects' metadata itself. */
const WHOLE_APP = new WeakSet<IConstruct>();

/** Says that whole-app validation is on for the tree of `root`, which then checks the objects' final metadata. */
export function markWholeAppValidated(root: IConstruct): void {
  WHOLE_APP.add(root.node.root);
}

/** `Service "db"`, with its namespace when it has one. */
function describe(o: ApiObject): string {
  const ns = o.metadata.namespace;
  return `${o.kind} "${o.name}"${ns === undefined || ns === '' ? '' : ` in namespace "${ns}"`}`;
}

/** The construct that writes `o`: its scope. */
function writerOf(o: ApiObject): IConstruct {
  return o.node.scope ?? o;
}

/** The construct that writes `o`, as errors name it: `[chart/Db]`. */
function constructOf(o: ApiObject): string {
  return `[${writerOf(o).node.path}]`;
}

/**
 * The tree of `root`; a new tree gets one validation, on its root, that checks the final metadata
 * of all its objects when the app is synthesized (cdk8s validates the root first).
 */
function treeOf(root: IConstruct): Tree {
  const known = TREES.get(root);
  if (known) return known;
  const tree: Tree = { objects: new IdentityMap(), all: [], errors: new Map(), reported: new WeakSet() };
  TREES.set(root, tree);
  root.node.addValidation({ validate: () => checkFinalMetadata(tree, root) });
  return tree;
}

/**
 * Records `o`, an object of this library, in its construct tree; throws a `ValidationError`
 * (rule `duplicate-object`) naming both constructs when the tree already has an object of its
 * identity. Its final metadata (with its chart's namespace and labels, and what was added since)
 * is checked when the app is synthesized, and reported by cdk8s on the construct that writes it;
 * unless whole-app validation, which reports it too, is on.
 */
export function registerOwnObject(o: ApiObject): void {
  const tree = treeOf(o.node.root);
  const first = tree.objects.claim(o.apiGroup, o.kind, o.metadata.namespace ?? '', o.name, o);
  if (first === undefined) {
    tree.all.push(o);
    return;
  }
  const check = new BuilderCheck();
  check.r.advise(
    'duplicate-object',
    ['metadata', 'name'],
    o.name,
    `${describe(first)} is already written by ${constructOf(first)} (${first.node.path}): kubectl apply would apply both definitions in turn and keep the last one; give this one a name of its own`,
  );
  check.throwIfErrors(`${constructOf(o)} ${describe(o)}`);
}

/**
 * Checks the final metadata of every object of a tree. An object with errors gets a validation of
 * its own, on the construct that writes it, which cdk8s runs after this one: the errors name that
 * construct, and a large app keeps no closure per object.
 */
function checkFinalMetadata(tree: Tree, root: IConstruct): string[] {
  tree.errors.clear();
  if (WHOLE_APP.has(root)) return [];
  for (const o of tree.all) {
    const errors = finalMetadataErrors(o);
    if (errors.length === 0) continue;
    tree.errors.set(o, errors);
    if (tree.reported.has(o)) continue;
    tree.reported.add(o);
    writerOf(o).node.addValidation({ validate: () => tree.errors.get(o) ?? [] });
  }
  return [];
}

/** The errors of the final metadata of `o`. */
function finalMetadataErrors(o: ApiObject): string[] {
  const findings: Finding[] = [];
  const r = new Reporter(findings, { object: 0, kind: o.kind, name: o.name }, [], { typed: true });
  const nameRule = CHECKED_KINDS[`${o.apiVersion}/${o.kind}`]?.name ?? NAME_RULES[o.kind] ?? 'dns1123-subdomain';
  checkObjectMeta(r, o.metadata.toJson(), ['metadata'], nameRule);
  return findings.filter(f => f.severity === 'error').map(f => `${formatSubject(f)}: ${formatFindingWithRule(f)}`);
}
