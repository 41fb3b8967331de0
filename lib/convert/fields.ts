/**
 * The Kubernetes 1.27 schema at a field path: what type a field has (an int-or-string, a
 * quantity, an object of which fields), for repairs and for writing L1 code.
 *
 * @packageDocumentation
 */
import { TYPES } from '../engine/schema/k8s-schema.generated';
import { schemaTypeForKind } from '../engine/schema/schema';
import { JsonObject } from '../values/json';
import { Segment } from '../values/path';

/** A schema descriptor without its required mark: `s`, `io`, `q`, `[]Container`, `{}s`, `Probe`, ... */
export type Descriptor = string;

/** The descriptor of a kind's object (its props type), or `undefined` for a kind the schema does not know. */
export function kindDescriptor(m: JsonObject): Descriptor | undefined {
  return typeof m.apiVersion === 'string' && typeof m.kind === 'string' ? schemaTypeForKind(m.apiVersion, m.kind) : undefined;
}

/** The descriptor one step below `d`, or `undefined` (an unknown field, a free-form value). */
export function childDescriptor(d: Descriptor | undefined, s: Segment): Descriptor | undefined {
  if (d === undefined) return undefined;
  if (d.startsWith('[]')) return typeof s === 'number' ? d.slice(2) : undefined;
  if (d.startsWith('{}')) return typeof s === 'number' ? undefined : d.slice(2);
  const fields = TYPES[d];
  if (fields === undefined || typeof s !== 'string' || !Object.prototype.hasOwnProperty.call(fields, s)) return undefined;
  if (s === 'apiVersion' || s === 'kind') return 's';
  return fields[s].replace(/^!/, '');
}

/** The descriptor at `path` below `root`. */
export function descriptorAt(root: Descriptor | undefined, path: readonly Segment[]): Descriptor | undefined {
  let d = root;
  for (const s of path) d = childDescriptor(d, s);
  return d;
}

/** The fields of an object type (`Probe` → `exec`, `httpGet`, ...), or none for another descriptor. */
export function fieldsOf(d: Descriptor | undefined): string[] {
  if (d === undefined) return [];
  const fields = TYPES[d];
  return fields === undefined ? [] : Object.keys(fields);
}

/** The first field the schema marks required (the L1 classes require it) that `value` lacks, as a path; `undefined` when none. */
export function missingRequired(value: unknown, d: Descriptor | undefined, path = ''): string | undefined {
  if (d === undefined || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = missingRequired(value[i], childDescriptor(d, i), `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const o = value as Record<string, unknown>;
  const fields = d.startsWith('{}') ? undefined : TYPES[d];
  if (fields !== undefined) {
    for (const [k, desc] of Object.entries(fields)) {
      if (desc.startsWith('!') && k !== 'apiVersion' && k !== 'kind' && (o[k] === undefined || o[k] === null)) return path === '' ? k : `${path}.${k}`;
    }
  }
  for (const [k, v] of Object.entries(o)) {
    const found = missingRequired(v, childDescriptor(d, d.startsWith('{}') ? { key: k } : k), path === '' ? k : `${path}.${k}`);
    if (found !== undefined) return found;
  }
  return undefined;
}
