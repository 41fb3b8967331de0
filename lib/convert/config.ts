/**
 * ConfigMaps, Secrets given as `stringData`, PersistentVolumeClaims and ServiceAccounts without a
 * token as the typed constructs, each a variable that env, volumes and pods refer to (so that a key
 * they name is one the object holds).
 *
 * @packageDocumentation
 */
import { isObject } from '../values/json';
import { code, construct, Entry, literal, Prop, str, strings, objExpanded } from './code';
import { ObjectEmit, refKey } from './emit';
import { camelCase, pascalCase } from './names';
import { claimOptions } from './volumes';
import { metaEntries, metaOf } from './meta';

const SECRET_TYPES = [
  'Opaque',
  'kubernetes.io/tls',
  'kubernetes.io/basic-auth',
  'kubernetes.io/ssh-auth',
  'kubernetes.io/dockerconfigjson',
  'kubernetes.io/dockercfg',
];

/** Writes a typed ConfigMap, Secret, PersistentVolumeClaim or ServiceAccount; `NotTyped` when it cannot. */
export function emitConfig(e: ObjectEmit): void {
  const m = e.o.manifest;
  const kind = String(m.kind);
  const meta = metaOf(e, m.metadata);
  const entries: (Entry | Prop)[] = [...metaEntries(e, meta)];
  const keys = new Set<string>();
  const fields: Readonly<Record<string, string[]>> = {
    ConfigMap: ['data', 'immutable'],
    Secret: ['stringData', 'type', 'immutable'],
    PersistentVolumeClaim: ['spec'],
    ServiceAccount: ['automountServiceAccountToken'],
  };
  for (const k of Object.keys(m)) if (!['apiVersion', 'kind', 'metadata', ...fields[kind]].includes(k)) e.fail([k], `the typed ${kind} does not write it`);
  if (kind === 'ConfigMap' || kind === 'Secret') {
    const field = kind === 'ConfigMap' ? 'data' : 'stringData';
    const data = m[field] ?? {};
    if (!isObject(data) || !Object.values(data).every(v => typeof v === 'string')) return e.fail([field], 'a map of strings');
    Object.keys(data).forEach(k => keys.add(k));
    if (kind === 'Secret') {
      if (m.type === undefined) e.normalize(['type'], 'Opaque', "type: Opaque written out (Kubernetes' default)");
      else if (!SECRET_TYPES.includes(String(m.type))) e.fail(['type'], 'a type the typed Secret does not take');
      if (m.type !== undefined && m.type !== 'Opaque') entries.push(['type', str(String(m.type))]);
    }
    if (typeof m.immutable === 'boolean') entries.push(['immutable', literal(m.immutable)]);
    entries.push({ key: field, value: strings(data as Record<string, string>), comments: e.comments([field]) });
  } else if (kind === 'PersistentVolumeClaim') {
    if (!isObject(m.spec)) return e.fail(['spec'], 'no spec');
    const options = claimOptions(e, m.spec, ['spec']);
    entries.push(...options.props);
  } else if (m.automountServiceAccountToken !== false) {
    return e.fail(['automountServiceAccountToken'], 'the typed ServiceAccount writes false');
  }
  const variable = e.name(camelCase(meta.name), kind === 'PersistentVolumeClaim' ? 'Claim' : kind);
  const id = e.id(pascalCase(meta.name), kind === 'PersistentVolumeClaim' ? 'Claim' : kind);
  e.statements.push({ name: variable, value: construct(kind, code('this'), str(id), objExpanded(entries, 2)) });
  e.chart.refs.set(refKey(kind, meta.namespace, meta.name), { variable, kind, name: meta.name, keys, external: false });
}
