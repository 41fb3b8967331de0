/**
 * Environment variables (Kubernetes 1.27 rules 38–41), `envFrom`, and the duplicate-env warning of
 * `pkg/api/pod/warnings.go`.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';
import { configMapKeyErrors, dns1123SubdomainErrors, envVarNameErrors, maskTrailingDash, qualifiedNameErrors } from '../../../values/names';
import { ContainerScope, hasName, SMALL } from './scope';

/** `ConvertDownwardAPIFieldLabel` (v1): the field paths a `fieldRef` may name at all. */
const CONVERTIBLE_FIELD_PATHS: ReadonlySet<string> = new Set([
  'metadata.annotations',
  'metadata.labels',
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.restartPolicy',
  'spec.serviceAccountName',
  'spec.schedulerName',
  'status.phase',
  'status.hostIP',
  'status.podIP',
  'status.podIPs',
]);
/** `validEnvDownwardAPIFieldPathExpressions` (1.27), sorted as the message lists them. */
const ENV_FIELD_PATHS: readonly string[] = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.podIP',
  'status.podIPs',
];
/** `validContainerResourceFieldPathExpressions`, sorted. */
const RESOURCE_FIELD_PATHS: readonly string[] = [
  'limits.cpu',
  'limits.ephemeral-storage',
  'limits.memory',
  'requests.cpu',
  'requests.ephemeral-storage',
  'requests.memory',
];

export function checkEnv(c: ContainerScope, env: readonly unknown[]): void {
  // names seen so far, for long lists (short ones are searched)
  const first = env.length > SMALL ? new Set<string>() : undefined;
  for (let i = 0; i < env.length; i++) {
    const e = env[i];
    if (!isObject(e)) continue;
    const name = e.name;
    if (name === '') {
      c.r.required('env-name', c.at('env', i, 'name'));
    } else if (typeof name === 'string') {
      const errs = envVarNameErrors(name);
      if (errs.length > 0) c.r.invalidEach('env-name', c.at('env', i, 'name'), name, errs);
      const earlier = first === undefined ? hasName(env, i, name) : first.has(name);
      if (earlier) duplicateEnv(c, name, e, i);
      else first?.add(name);
    }
    const from = e.valueFrom;
    if (isObject(from)) valueFrom(c, from, i, typeof e.value === 'string' && e.value !== '');
  }
}

/** `warnings.go`: a later definition hides an earlier one, unless it builds on it (`X=$(X):more`). */
function duplicateEnv(c: ContainerScope, name: string, e: JsonObject, i: number): void {
  const ref = `$(${name})`;
  const value = typeof e.value === 'string' ? e.value : '';
  if (isObject(e.valueFrom) || value === ref || !value.includes(ref)) {
    c.r.advise('duplicate-env', c.at('env', i), name, `hides previous definition of "${name}", which may be dropped when using apply`);
  }
}

function valueFrom(c: ContainerScope, from: JsonObject, i: number, hasValue: boolean): void {
  let sources = 0;
  for (const key in from) {
    const v = from[key];
    if (!isObject(v)) continue;
    switch (key) {
      case 'fieldRef':
        sources++;
        fieldRef(c, v, i);
        break;
      case 'resourceFieldRef':
        sources++;
        if (typeof v.resource === 'string') {
          const resource = v.resource;
          if (resource === '') {
            c.r.required('env-value-from', c.at('env', i, 'valueFrom', key, 'resource'));
          } else if (!RESOURCE_FIELD_PATHS.includes(resource) && !resource.startsWith('requests.hugepages-') && !resource.startsWith('limits.hugepages-')) {
            c.r.unsupported('env-value-from', c.at('env', i, 'valueFrom', key, 'resource'), resource, RESOURCE_FIELD_PATHS);
          }
        }
        break;
      case 'configMapKeyRef':
      case 'secretKeyRef':
        sources++;
        keySelector(c, v, i, key);
        break;
      default:
        break;
    }
  }
  let detail: string | undefined;
  if (sources === 0) detail = 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`';
  else if (hasValue) detail = 'may not be specified when `value` is not empty';
  else if (sources > 1) detail = 'may not have more than one field specified at a time';
  if (detail !== undefined) c.r.invalid('env-value-from', c.at('env', i, 'valueFrom'), '', detail);
}

/** `validateObjectFieldSelector` with the env expressions, after `ConvertDownwardAPIFieldLabel`. */
function fieldRef(c: ContainerScope, ref: JsonObject, i: number): void {
  const fieldPath = ref.fieldPath;
  if (typeof fieldPath !== 'string') return; // schema: Required value / wrong type
  const apiVersion = typeof ref.apiVersion === 'string' && ref.apiVersion !== '' ? ref.apiVersion : 'v1'; // defaulted
  if (fieldPath === '') {
    c.r.required('env-field-ref', c.at('env', i, 'valueFrom', 'fieldRef', 'fieldPath'));
    return;
  }
  let detail: string | undefined;
  if (apiVersion !== 'v1') {
    detail = `error converting fieldPath: unsupported pod version: ${apiVersion}`;
  } else if (fieldPath.endsWith("']") && fieldPath.indexOf("['") > 0) {
    const open = fieldPath.indexOf("['");
    const prefix = fieldPath.slice(0, open);
    if (prefix !== 'metadata.labels' && prefix !== 'metadata.annotations') {
      detail = `error converting fieldPath: field label does not support subscript: ${fieldPath}`;
    } else {
      // the key is checked at the fieldRef, lowercased for annotations
      const key = prefix === 'metadata.labels' ? fieldPath.slice(open + 2, -2) : fieldPath.slice(open + 2, -2).toLowerCase();
      const errs = qualifiedNameErrors(key);
      if (errs.length > 0) c.r.invalidEach('env-field-ref', c.at('env', i, 'valueFrom', 'fieldRef'), key, errs);
    }
  } else {
    const internal = fieldPath === 'spec.host' ? 'spec.nodeName' : fieldPath;
    if (!CONVERTIBLE_FIELD_PATHS.has(internal)) {
      detail = `error converting fieldPath: field label not supported: ${fieldPath}`;
    } else if (!ENV_FIELD_PATHS.includes(internal)) {
      c.r.unsupported('env-field-ref', c.at('env', i, 'valueFrom', 'fieldRef', 'fieldPath'), internal, ENV_FIELD_PATHS);
    }
  }
  if (detail !== undefined) c.r.invalid('env-field-ref', c.at('env', i, 'valueFrom', 'fieldRef', 'fieldPath'), fieldPath, detail);
}

/** `validateConfigMapKeySelector` / `validateSecretKeySelector`. */
function keySelector(c: ContainerScope, ref: JsonObject, i: number, selector: string): void {
  for (const key in ref) {
    const v = ref[key];
    if (typeof v !== 'string' || (key !== 'name' && key !== 'key')) continue;
    if (key === 'key' && v === '') {
      c.r.required('env-value-from', c.at('env', i, 'valueFrom', selector, key));
      continue;
    }
    const errs = key === 'name' ? dns1123SubdomainErrors(v) : configMapKeyErrors(v);
    if (errs.length > 0) c.r.invalidEach('env-value-from', c.at('env', i, 'valueFrom', selector, key), v, errs);
  }
  // an absent name is "" to the apiserver, and "" names no object
  if (ref.name === undefined || ref.name === null)
    c.r.invalidEach('env-value-from', c.at('env', i, 'valueFrom', selector, 'name'), '', dns1123SubdomainErrors(''));
}

export function checkEnvFrom(c: ContainerScope, list: readonly unknown[]): void {
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    if (!isObject(e)) continue;
    let sources = 0;
    for (const key in e) {
      const v = e[key];
      if (key === 'prefix') {
        if (typeof v !== 'string' || v === '') continue;
        const errs = envVarNameErrors(v);
        if (errs.length > 0) c.r.invalidEach('env-from', c.at('envFrom', i, key), v, errs);
      } else if ((key === 'configMapRef' || key === 'secretRef') && isObject(v)) {
        sources++;
        const name = v.name;
        if (name === undefined || name === null || name === '') {
          c.r.required('env-from', c.at('envFrom', i, key, 'name'));
        } else if (typeof name === 'string') {
          // validated as a name prefix: one trailing dash is allowed
          const errs = dns1123SubdomainErrors(maskTrailingDash(name));
          if (errs.length > 0) c.r.invalidEach('env-from', c.at('envFrom', i, key, 'name'), name, errs);
        }
      }
    }
    if (sources === 0) c.r.invalid('env-from', c.at('envFrom', i), '', 'must specify one of: `configMapRef` or `secretRef`');
    else if (sources > 1) c.r.invalid('env-from', c.at('envFrom', i), '', 'may not have more than one field specified at a time');
  }
}
