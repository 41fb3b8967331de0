/**
 * Field paths, as segments and in the apiserver's notation (`spec.containers[0].ports[1].name`,
 * map entries as `resources.limits[cpu]`).
 *
 * @packageDocumentation
 */

/** A step of a field path: a field name, an array index, or a map key (`limits[cpu]`). */
export type Segment =
  | string
  | number
  | {
      /** The key of a map entry, e.g. `cpu` in `limits[cpu]`. */
      readonly key: string;
    };

/** A field path from the root of a manifest, as segments. */
export type Path = readonly Segment[];

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
