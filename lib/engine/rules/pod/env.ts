/**
 * Environment variables (Kubernetes 1.27 rules 38–41), `envFrom`, and the duplicate-env warning of
 * `pkg/api/pod/warnings.go`.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';
import { configMapKeyErrors, dns1123SubdomainErrors, envVarNameErrors, maskTrailingDash } from '../../../values/names';
import { checkObjectFieldSelector, checkResourceFieldSelector } from './field-selectors';
import { ContainerScope, hasName, SMALL } from './scope';

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

/** A container's `env`: names, sources, and the duplicate-env warning. */
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
        checkObjectFieldSelector(c.r, 'env-field-ref', v, c.at('env', i, 'valueFrom', key), ENV_FIELD_PATHS);
        break;
      case 'resourceFieldRef':
        sources++;
        checkResourceFieldSelector(c.pod, 'env-value-from', v, c.at('env', i, 'valueFrom', key), false);
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
