/**
 * Containers and init containers (Kubernetes 1.27 rules 14–20 and 58), and what each field of a
 * container leads to: image, command, ports, env, volume mounts, resources, security context,
 * probes and hooks.
 *
 * @packageDocumentation
 */
import { isObject } from '../../../values/json';
import { dns1123LabelErrors } from '../../../values/names';
import { Path } from '../../../values/path';
import { Reporter } from '../../reporter';
import { checkImage } from '../image';
import { checkCommandWords } from './commands';
import { checkEnv, checkEnvFrom } from './env';
import { checkPorts } from './ports';
import { checkLifecycle, checkProbe, ProbeField } from './probes';
import { checkResources } from './resources';
import { ContainerScope, hasName, ListName, PodContext, PodScope } from './scope';
import { checkContainerSecurityContext } from './security-context';
import { checkVolumeMounts } from './volumes';

const PULL_POLICIES: readonly string[] = ['Always', 'IfNotPresent', 'Never'];
const TERMINATION_MESSAGE_POLICIES: readonly string[] = ['File', 'FallbackToLogsOnError'];

/** A list of containers of the pod: `containers` or `initContainers`. */
export function checkContainerList(pod: PodScope, list: readonly unknown[], name: ListName): void {
  if (list.length === 0) {
    if (name === 'containers') pod.r.required('pod-containers-required', pod.at('containers'));
    return;
  }
  if (name === 'containers') pod.multiContainer = list.length > 1;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (isObject(c)) checkContainer(new ContainerScope(pod, name, i, c, pod.at(name, i)));
  }
}

/**
 * Checks one container on its own, as the builders do with what they build: the rules of a
 * container of a pod of `ctx.kind`, with paths from the container (`ports[0].containerPort`). The
 * rules that need the rest of the pod (volumes, other containers) do not run.
 */
export function checkContainerAlone(r: Reporter, container: unknown, ctx: PodContext, base: Path = []): void {
  if (isObject(container)) checkContainer(new ContainerScope(new PodScope(r, {}, [], ctx, false), 'containers', 0, container, base));
}

function checkContainer(c: ContainerScope): void {
  const container = c.container;
  for (const key in container) {
    const v = container[key];
    switch (key) {
      case 'name':
        if (typeof v === 'string') containerName(c, v);
        break;
      case 'image':
        if (v === '') {
          c.r.required('container-image', c.at('image'));
        } else if (c.pod.ctx.isPod && typeof v === 'string' && v.trim() !== v) {
          c.r.invalid('container-image', c.at('image'), v, 'must not have leading or trailing whitespace');
        } else {
          // what the apiserver accepts but no runtime can pull: one rule per concern, so not the whitespace of a Pod's image above
          checkImage(c.r, v, c.at('image'));
        }
        break;
      case 'command':
        checkCommandWords(c.r, v, c.at('command'));
        break;
      case 'imagePullPolicy':
        if (typeof v === 'string' && v !== '' && !PULL_POLICIES.includes(v)) c.r.unsupported('container-image-pull-policy', c.at(key), v, PULL_POLICIES);
        break;
      case 'terminationMessagePolicy':
        if (typeof v === 'string' && v !== '' && !TERMINATION_MESSAGE_POLICIES.includes(v)) {
          c.r.unsupported('container-termination-message-policy', c.at(key), v, TERMINATION_MESSAGE_POLICIES);
        }
        break;
      case 'ports':
        if (Array.isArray(v)) checkPorts(c, v);
        break;
      case 'env':
        if (Array.isArray(v)) checkEnv(c, v);
        break;
      case 'envFrom':
        if (Array.isArray(v)) checkEnvFrom(c, v);
        break;
      case 'volumeMounts':
        if (Array.isArray(v)) checkVolumeMounts(c, v);
        break;
      case 'resources':
        if (isObject(v)) checkResources(c, v);
        break;
      case 'securityContext':
        if (isObject(v)) checkContainerSecurityContext(c, v);
        break;
      case 'lifecycle':
      case 'livenessProbe':
      case 'readinessProbe':
      case 'startupProbe':
        if (v === undefined || v === null) break;
        if (c.init) c.r.forbidden('init-container-field', c.at(key), 'may not be set for init containers');
        else if (key === 'lifecycle') checkLifecycle(c, v);
        else checkProbe(c, v, key as ProbeField);
        break;
      default:
        break;
    }
  }
  if (container.image === undefined || container.image === null) c.r.required('container-image', c.at('image'));
}

function containerName(c: ContainerScope, name: string): void {
  if (name === '') {
    c.r.required('container-name', c.at('name'));
    return;
  }
  c.r.invalidEach('container-name', c.at('name'), name, dns1123LabelErrors(name));
  // regular containers: unique among themselves; init containers: also unique against the regular ones
  const spec = c.pod.spec;
  const regular = spec.containers;
  const own = spec[c.list];
  if ((c.init && Array.isArray(regular) && hasName(regular, regular.length, name)) || (Array.isArray(own) && hasName(own, c.index, name))) {
    c.r.duplicate('container-name-unique', c.at('name'), name);
  }
}
