/**
 * Field paths, as segments and in the apiserver's notation.
 *
 * @internal
 * @packageDocumentation
 */

import { Path } from './finding';

export { Path, Segment } from './finding';

/** `['spec', 'containers', 0, 'resources', 'limits', { key: 'cpu' }]` → `spec.containers[0].resources.limits[cpu]`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const s of path) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string') out += out === '' ? s : `.${s}`;
    else out += `[${s.key}]`;
  }
  return out;
}
