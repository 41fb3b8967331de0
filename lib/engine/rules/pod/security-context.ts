/**
 * Security contexts of pods and containers (Kubernetes 1.27 rules 60–62 and seccomp profiles):
 * `ValidatePodSecurityContext` and `ValidateSecurityContext` in `pkg/apis/core/validation`.
 *
 * @packageDocumentation
 */
import { isInt, INT32_MAX } from '../../../values/numbers';
import { isObject, JsonObject } from '../../../values/json';
import { localDescendingPathErrors } from '../../../values/names';
import { Path } from '../../../values/path';
import { ContainerScope, PodScope } from './scope';

const ID_RANGE = `must be between 0 and ${INT32_MAX}, inclusive`;
const SECCOMP_TYPES: readonly string[] = ['Localhost', 'RuntimeDefault', 'Unconfined'];

/** The pod's `securityContext`. */
export function checkPodSecurityContext(pod: PodScope, sc: JsonObject): void {
  for (const key in sc) {
    const v = sc[key];
    switch (key) {
      case 'fsGroup':
      case 'runAsUser':
      case 'runAsGroup':
        if (isInt(v) && (v < 0 || v > INT32_MAX)) pod.r.invalid('security-context-id', pod.at('securityContext', key), v, ID_RANGE);
        break;
      case 'supplementalGroups':
        if (Array.isArray(v)) {
          for (let i = 0; i < v.length; i++) {
            const g = v[i];
            if (isInt(g) && (g < 0 || g > INT32_MAX)) pod.r.invalid('security-context-id', pod.at('securityContext', key, i), g, ID_RANGE);
          }
        }
        break;
      case 'seccompProfile':
        if (isObject(v)) checkSeccompProfile(pod, v, pod.at('securityContext', 'seccompProfile'));
        break;
      default:
        break;
    }
  }
}

/** A container's `securityContext`. */
export function checkContainerSecurityContext(c: ContainerScope, sc: JsonObject): void {
  for (const key in sc) {
    const v = sc[key];
    if ((key === 'runAsUser' || key === 'runAsGroup') && isInt(v) && (v < 0 || v > INT32_MAX)) {
      c.r.invalid('security-context-id', c.at('securityContext', key), v, ID_RANGE);
    } else if (key === 'seccompProfile' && isObject(v)) {
      checkSeccompProfile(c.pod, v, c.at('securityContext', 'seccompProfile'));
    }
  }
  if (sc.allowPrivilegeEscalation !== false) return;
  if (sc.privileged === true) {
    c.r.invalid(
      'security-context-privilege-escalation',
      c.at('securityContext'),
      sc,
      'cannot set `allowPrivilegeEscalation` to false and `privileged` to true',
    );
  }
  const caps = sc.capabilities;
  const add = isObject(caps) ? caps.add : undefined;
  if (Array.isArray(add) && add.includes('CAP_SYS_ADMIN')) {
    c.r.invalid(
      'security-context-privilege-escalation',
      c.at('securityContext'),
      sc,
      'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN',
    );
  }
}

/** A seccomp profile of the pod or of a container, at `path`. */
function checkSeccompProfile(pod: PodScope, sp: JsonObject, path: Path): void {
  const type = sp.type;
  if (typeof type !== 'string') return; // schema: Required value
  if (type === '') {
    pod.r.required('seccomp-profile', [...path, 'type'], 'type is required when seccompProfile is set');
  } else if (!SECCOMP_TYPES.includes(type)) {
    pod.r.unsupported('seccomp-profile', [...path, 'type'], type, SECCOMP_TYPES);
  }
  const profile = sp.localhostProfile;
  if (type === 'Localhost') {
    if (typeof profile === 'string') {
      const errs = localDescendingPathErrors(profile);
      if (errs.length > 0) pod.r.invalidEach('seccomp-profile', [...path, 'localhostProfile'], profile, errs);
    } else if (profile === undefined || profile === null) {
      pod.r.required('seccomp-profile', [...path, 'localhostProfile'], 'must be set when seccomp type is Localhost');
    }
  } else if (typeof profile === 'string') {
    pod.r.invalid('seccomp-profile', [...path, 'localhostProfile'], sp, 'can only be set when seccomp type is Localhost');
  }
}
