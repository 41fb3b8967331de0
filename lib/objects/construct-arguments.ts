/**
 * A construct checks its arguments against the schema of its signature before it reads them
 * (unknown keys, JSON types: what the compiler checks, for JavaScript callers and for props held in
 * a variable), and names itself as its other errors do, `[chart/Api]`, even before it exists.
 *
 * @packageDocumentation
 */
import { IConstruct } from 'constructs';
import { BuilderName, checkArguments } from '../engine/options/check-options';

/** `[chart/Api]`: how the errors of the construct `scope`/`id` will be (or are) named. */
export function constructWhere(scope: IConstruct, id: string): string {
  // a JavaScript caller may give anything: the check of the arguments says what is wrong with them
  const path: unknown = typeof scope === 'object' && scope !== null && 'node' in scope ? scope.node.path : undefined;
  return `[${typeof path === 'string' && path !== '' ? `${path}/${String(id)}` : String(id)}]`;
}

/** `[chart/Web]`: how errors about `construct` name it; `otherwise` when it is not a construct. */
export function constructPathWhere(construct: unknown, otherwise: string): string {
  const path: unknown = typeof construct === 'object' && construct !== null && 'node' in construct ? (construct as IConstruct).node.path : undefined;
  return typeof path === 'string' ? `[${path}]` : otherwise;
}

/**
 * Checks the arguments of the constructor of `builder` (a construct: `scope`, `id`, `props`) and
 * returns the props, so that a subclass can check them in its call to `super`.
 */
export function checkConstructArguments<P>(builder: BuilderName, scope: IConstruct, id: string, props: P): P {
  checkArguments(constructWhere(scope, id), builder, [scope, id, props]);
  return props;
}
