/**
 * A pod template as the options of a typed workload: its containers and init containers, the
 * volumes they mount, the service account, image-pull secrets, scheduling, and the pod's
 * security as `fsGroup` and typed opt-outs.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../values/json';
import { Path } from '../values/path';
import { arr, call, code, Entry, Expr, json, literal, obj, str, strings } from './code';
import { containerStatement } from './container';
import { ObjectEmit } from './emit';
import { duration, isSeconds } from './quantities';
import { podSecurity } from './security';
import { podVolumes } from './volumes';

const FIELDS = [
  'containers',
  'initContainers',
  'volumes',
  'serviceAccountName',
  'automountServiceAccountToken',
  'imagePullSecrets',
  'nodeSelector',
  'tolerations',
  'affinity',
  'terminationGracePeriodSeconds',
  'priorityClassName',
  'shareProcessNamespace',
  'securityContext',
  'hostNetwork',
  'hostPID',
  'hostIPC',
  'restartPolicy',
];

/** The restart policy of each kind: `pod` takes any, `job` Never (the default) or OnFailure, the others Always (not written). */
export type RestartRule = 'pod' | 'job' | 'always';

function tolerations(e: ObjectEmit, v: unknown, path: Path): Expr {
  if (!Array.isArray(v)) return e.fail(path, 'not a list');
  return arr(
    v.map((t, i) => {
      const at = [...path, i];
      if (!isObject(t)) return e.fail(at, 'not an object');
      for (const k of Object.keys(t))
        if (!['key', 'operator', 'value', 'effect', 'tolerationSeconds'].includes(k)) e.fail([...at, k], 'not a toleration field');
      if (t.tolerationSeconds !== undefined && !isSeconds(t.tolerationSeconds)) e.fail([...at, 'tolerationSeconds'], 'whole seconds');
      const options = obj([
        ['effect', typeof t.effect === 'string' ? str(t.effect) : undefined],
        ['tolerationSeconds', isSeconds(t.tolerationSeconds) ? duration(t.tolerationSeconds) : undefined],
      ]);
      const withOptions = (...args: Expr[]) => (options.props.length > 0 ? [...args, options] : args);
      if (t.key === undefined && t.operator === 'Exists' && options.props.length === 0 && t.value === undefined) return call('Toleration.everything');
      if (typeof t.key !== 'string' || t.key === '') return e.fail([...at, 'key'], 'the typed tolerations take a key');
      if (t.operator === 'Exists' && t.value === undefined) return call('Toleration.exists', ...withOptions(str(t.key)));
      if ((t.operator === 'Equal' || t.operator === undefined) && typeof t.value === 'string') {
        if (t.operator === undefined) e.normalize([...at, 'operator'], 'Equal', "operator: Equal written out (Kubernetes' default)");
        return call('Toleration.equals', ...withOptions(str(t.key), str(t.value)));
      }
      return e.fail(at, 'an Exists or Equal toleration');
    }),
  );
}

/** The pod options of a typed workload or Pod (`containers`, `initContainers`, `serviceAccount`, ..., `exemptions`), after the statements they need. */
export function podOptions(
  e: ObjectEmit,
  spec: unknown,
  path: Path,
  namespace: string | undefined,
  templates: ReadonlyMap<string, Expr>,
  restart: RestartRule,
): Entry[] {
  if (!isObject(spec)) return e.fail(path, 'no pod spec');
  const s: JsonObject = spec;
  for (const k of Object.keys(s)) if (!FIELDS.includes(k)) e.fail([...path, k], 'the typed pods do not write it');
  const volumes = podVolumes(e, s, path, namespace, templates);
  e.statements.push(...volumes.statements);
  const containers = (field: string): Expr | undefined => {
    const list = s[field];
    if (list === undefined) return undefined;
    if (!Array.isArray(list) || (field === 'containers' && list.length === 0)) return e.fail([...path, field], 'a list of containers');
    return arr(list.map((c, i) => code(containerStatement(e, c, [...path, field, i], volumes, namespace))));
  };
  const init = containers('initContainers');
  const main = containers('containers') ?? e.fail([...path, 'containers'], 'no containers');
  const security = podSecurity(e, s, path);
  const restartPolicy = s.restartPolicy;
  let restartEntry: Expr | undefined;
  if (restartPolicy !== undefined) {
    if (typeof restartPolicy !== 'string') return e.fail([...path, 'restartPolicy'], 'not a string');
    if (restart === 'pod') restartEntry = str(restartPolicy);
    else if (restart === 'job' && restartPolicy === 'OnFailure') restartEntry = str(restartPolicy);
    else if (restart === 'always' && restartPolicy === 'Always')
      e.normalize([...path, 'restartPolicy'], undefined, 'restartPolicy: Always left out (the only policy of this kind)');
    else if (!(restart === 'job' && restartPolicy === 'Never')) e.fail([...path, 'restartPolicy'], 'a policy this kind does not take');
  }
  const secrets = s.imagePullSecrets;
  if (secrets !== undefined && !(Array.isArray(secrets) && secrets.every(x => isObject(x) && typeof x.name === 'string' && Object.keys(x).length === 1))) {
    e.fail([...path, 'imagePullSecrets'], 'a list of names');
  }
  const grace = s.terminationGracePeriodSeconds;
  if (grace !== undefined && !isSeconds(grace)) e.fail([...path, 'terminationGracePeriodSeconds'], 'whole seconds');
  const nodeSelector = s.nodeSelector;
  if (nodeSelector !== undefined && !(isObject(nodeSelector) && Object.values(nodeSelector).every(x => typeof x === 'string'))) {
    e.fail([...path, 'nodeSelector'], 'a map of strings');
  }
  return [
    ['restartPolicy', restartEntry],
    [
      'serviceAccount',
      typeof s.serviceAccountName === 'string'
        ? e.ref('ServiceAccount', namespace, s.serviceAccountName, undefined, [...path, 'serviceAccountName'])
        : undefined,
    ],
    [
      'imagePullSecrets',
      Array.isArray(secrets)
        ? arr(secrets.map((x, i) => e.ref('Secret', namespace, String((x as JsonObject).name), undefined, [...path, 'imagePullSecrets', i])))
        : undefined,
    ],
    ['nodeSelector', isObject(nodeSelector) ? strings(nodeSelector as Record<string, string>) : undefined],
    ['tolerations', s.tolerations === undefined ? undefined : tolerations(e, s.tolerations, [...path, 'tolerations'])],
    ['affinity', isObject(s.affinity) ? json(s.affinity) : undefined],
    ['terminationGracePeriod', isSeconds(grace) ? duration(grace) : undefined],
    ['priorityClassName', typeof s.priorityClassName === 'string' ? str(s.priorityClassName) : undefined],
    ['shareProcessNamespace', typeof s.shareProcessNamespace === 'boolean' ? literal(s.shareProcessNamespace) : undefined],
    ['fsGroup', security.fsGroup],
    ['initContainers', init],
    ['containers', main],
    ['volumeOrder', volumes.order],
    ['exemptions', security.exemptions.length > 0 ? obj(security.exemptions) : undefined],
  ];
}
