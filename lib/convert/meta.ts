/**
 * The metadata of an object as the typed constructs take it (`name`, `namespace`, `labels`,
 * `annotations`), and a workload's labels split into selector labels, labels and pod labels as
 * the typed layer joins them again.
 *
 * @packageDocumentation
 */
import { isObject } from '../values/json';
import { Path } from '../values/path';
import { Entry, Prop, str, strings } from './code';
import { ObjectEmit } from './emit';

/** Labels, annotations: a map of strings. */
export type Labels = Readonly<Record<string, string>>;

/** The name, namespace, labels and annotations of an object's metadata; anything else cannot be typed. */
export interface Meta {
  readonly name: string;
  readonly namespace?: string;
  readonly labels: Labels;
  readonly annotations?: Labels;
}

/** A map of strings, or `undefined`; `NotTyped` for anything else. */
function stringMap(e: ObjectEmit, v: unknown, path: Path): Labels | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v) || !Object.values(v).every(x => typeof x === 'string')) return e.fail(path, 'a map of strings');
  return v as Labels;
}

/** The metadata of an object (`path` to it), as the typed constructs take it. */
export function metaOf(e: ObjectEmit, v: unknown, path: Path = ['metadata'], named = true): Meta {
  if (!isObject(v)) return e.fail(path, 'no metadata');
  for (const k of Object.keys(v)) if (!['name', 'namespace', 'labels', 'annotations'].includes(k)) e.fail([...path, k], 'the typed constructs do not write it');
  if (named && typeof v.name !== 'string') return e.fail([...path, 'name'], 'no name');
  if (v.namespace !== undefined && typeof v.namespace !== 'string') e.fail([...path, 'namespace'], 'not a string');
  const annotations = stringMap(e, v.annotations, [...path, 'annotations']);
  return {
    name: typeof v.name === 'string' ? v.name : '',
    namespace: typeof v.namespace === 'string' ? v.namespace : undefined,
    labels: stringMap(e, v.labels, [...path, 'labels']) ?? {},
    annotations: annotations !== undefined && Object.keys(annotations).length > 0 ? annotations : undefined,
  };
}

/** `name`, `namespace`, `labels` (less the construct's own) and `annotations` entries. */
export function metaEntries(e: ObjectEmit, meta: Meta, own: Labels = {}, name = true): (Entry | Prop)[] {
  const labels = Object.entries(meta.labels).filter(([k]) => !(k in own));
  return [
    name ? { key: 'name', value: str(meta.name), comments: e.comments(['metadata', 'name']) } : ['name', undefined],
    ['namespace', meta.namespace === undefined ? undefined : str(meta.namespace)],
    ['labels', labels.length > 0 ? strings(Object.fromEntries(labels)) : undefined],
    ['annotations', meta.annotations && strings(meta.annotations)],
  ];
}

/** Whether `big` holds every entry of `small`. */
function includes(big: Labels, small: Labels): boolean {
  return Object.entries(small).every(([k, v]) => big[k] === v);
}

/** Whether two maps of strings are equal. */
export function same(a: Labels, b: Labels): boolean {
  return includes(a, b) && includes(b, a);
}

/**
 * The selector labels, labels and pod labels whose union the typed workload writes back as the
 * object's labels `m`, its selector `s` and its pods' labels `t`.
 */
export function labelEntries(e: ObjectEmit, meta: Meta, s: Labels, t: Labels, templatePath: Path): (Entry | Prop)[] {
  const m = meta.labels;
  if (!includes(m, s)) e.fail(['metadata', 'labels'], "the typed workloads carry their selector's labels");
  const missing = Object.keys(m).filter(k => !(k in t));
  if (missing.length > 0) e.fail([...templatePath, 'metadata', 'labels'], `the typed workloads put their labels on their pods too (${missing.join(', ')})`);
  if (!includes(t, s)) e.fail([...templatePath, 'metadata', 'labels'], "the pods carry their selector's labels");
  const pod = Object.entries(t).filter(([k, v]) => !(k in s) && m[k] !== v);
  const isDefault = same(s, { 'app.kubernetes.io/name': meta.name });
  const none = Object.keys(s).length === 0;
  return [
    none
      ? { key: 'selectorLabels', value: strings(s), comments: ['no labels: the input gives the object and its pods none in common'] }
      : ['selectorLabels', isDefault ? undefined : strings(s)],
    ['podLabels', pod.length > 0 ? strings(Object.fromEntries(pod)) : undefined],
  ];
}

/** The labels and annotations of a pod template, and its spec. */
export function template(e: ObjectEmit, v: unknown, path: Path): { labels: Labels; annotations?: Labels; spec: unknown } {
  if (!isObject(v)) return e.fail(path, 'no template');
  for (const k of Object.keys(v)) if (k !== 'metadata' && k !== 'spec') e.fail([...path, k], 'the typed workloads do not write it');
  const meta = v.metadata === undefined ? { name: '', labels: {} } : metaOf(e, v.metadata, [...path, 'metadata'], false);
  if (meta.name !== '' || meta.namespace !== undefined) e.fail([...path, 'metadata'], 'the typed pod templates have no name or namespace');
  return { labels: meta.labels, annotations: meta.annotations, spec: v.spec };
}

/** The `matchLabels` of a selector; a selector with expressions cannot be typed. */
export function matchLabels(e: ObjectEmit, v: unknown, path: Path): Labels {
  if (!isObject(v) || Object.keys(v).length !== 1 || !isObject(v.matchLabels)) return e.fail(path, 'the typed workloads select by matchLabels');
  return stringMap(e, v.matchLabels, [...path, 'matchLabels']) ?? {};
}
