/**
 * The Pod Security Standards, "restricted" level (on top of the baseline), as the Kubernetes 1.27
 * Pod Security admission evaluates them. Explicit values that the baseline already forbids (an
 * added SYS_ADMIN, an Unconfined seccomp profile) are the baseline checks' findings, not repeated.
 *
 * @packageDocumentation
 */
import { isObject } from '../values/json';
import { DEFAULT_CAPABILITIES } from './baseline';
import { PolicyContainer, PolicyScope, seccompType } from './scope';

const NET_BIND_SERVICE = 'NET_BIND_SERVICE';

/** The pod-level checks of the restricted level: the pod's runAsNonRoot and runAsUser. */
export function checkPodRestricted(pod: PolicyScope): void {
  const sc = pod.podSc;
  if (sc === undefined) return;
  if (pod.podRunAsNonRoot === false) {
    pod.report(
      'run-as-non-root',
      pod.at('securityContext', 'runAsNonRoot'),
      false,
      'runAsNonRoot != true (pod must not set securityContext.runAsNonRoot=false); set it to true',
    );
  }
  if (sc.runAsUser === 0) {
    pod.report(
      'run-as-user',
      pod.at('securityContext', 'runAsUser'),
      0,
      'runAsUser=0 (pod must not set runAsUser=0); set a non-zero user id (e.g. 65534) or remove it',
    );
  }
}

/** The container checks of the restricted level. */
export function checkContainerRestricted(c: PolicyContainer): void {
  const pod = c.pod;
  const sc = c.sc;
  const linux = !pod.windows;
  // allowPrivilegeEscalation_1_25: Linux pods only
  if (linux && (sc === undefined || sc.allowPrivilegeEscalation !== false)) {
    const set = sc !== undefined && sc.allowPrivilegeEscalation !== undefined && sc.allowPrivilegeEscalation !== null;
    pod.report(
      'allow-privilege-escalation',
      set ? c.at('securityContext', 'allowPrivilegeEscalation') : c.scPath(),
      set ? sc.allowPrivilegeEscalation : undefined,
      `allowPrivilegeEscalation != false (${c.who} must set securityContext.allowPrivilegeEscalation=false)`,
    );
  }
  // runAsNonRoot_1_0: a pod-level false is reported once, at the pod
  const nonRoot = sc === undefined ? undefined : sc.runAsNonRoot;
  if (nonRoot === false) {
    pod.report(
      'run-as-non-root',
      c.at('securityContext', 'runAsNonRoot'),
      false,
      `runAsNonRoot != true (${c.who} must not set securityContext.runAsNonRoot=false); set it to true`,
    );
  } else if (nonRoot !== true && pod.podRunAsNonRoot === undefined) {
    pod.report('run-as-non-root', c.scPath(), undefined, `runAsNonRoot != true (pod or ${c.who} must set securityContext.runAsNonRoot=true)`);
  }
  if (sc !== undefined && sc.runAsUser === 0) {
    pod.report(
      'run-as-user',
      c.at('securityContext', 'runAsUser'),
      0,
      `runAsUser=0 (${c.who} must not set runAsUser=0); set a non-zero user id (e.g. 65534) or remove it`,
    );
  }
  // seccompProfileRestricted_1_25: Linux pods only; explicit bad values are seccomp-baseline's
  if (linux && seccompType(sc) === undefined && pod.podSeccomp === undefined) {
    pod.report(
      'seccomp-restricted',
      c.scPath(),
      undefined,
      `seccompProfile (pod or ${c.who} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")`,
    );
  }
  // capabilitiesRestricted_1_25: Linux pods only; non-default capabilities are capabilities-baseline's
  if (linux) capabilities(c);
}

function capabilities(c: PolicyContainer): void {
  const sc = c.sc;
  const caps = sc === undefined ? undefined : sc.capabilities;
  const capsObj = isObject(caps) ? caps : undefined;
  const drop = capsObj === undefined ? undefined : capsObj.drop;
  if (!Array.isArray(drop) || !drop.includes('ALL')) {
    // `all` or `All`: Pod Security compares the exact string
    const dropped: readonly unknown[] = Array.isArray(drop) ? drop : [];
    const nearly = dropped.findIndex(d => typeof d === 'string' && d.toUpperCase() === 'ALL');
    const path =
      nearly >= 0
        ? c.at('securityContext', 'capabilities', 'drop', nearly)
        : Array.isArray(drop)
          ? c.at('securityContext', 'capabilities', 'drop')
          : capsObj !== undefined
            ? c.at('securityContext', 'capabilities')
            : c.scPath();
    const caseNote =
      nearly >= 0
        ? `; ${JSON.stringify(dropped[nearly])} is not "ALL": capability names are case-sensitive, and Pod Security accepts only "ALL" in upper case`
        : '';
    c.pod.report(
      'capabilities-restricted',
      path,
      nearly >= 0 ? dropped[nearly] : Array.isArray(drop) ? drop : undefined,
      `unrestricted capabilities (${c.who} must set securityContext.capabilities.drop=["ALL"])${caseNote}`,
    );
  }
  const add = capsObj === undefined ? undefined : capsObj.add;
  if (!Array.isArray(add)) return;
  for (let j = 0; j < add.length; j++) {
    const cap = add[j];
    if (typeof cap !== 'string' || cap === NET_BIND_SERVICE || !DEFAULT_CAPABILITIES.has(cap)) continue;
    c.pod.report(
      'capabilities-restricted',
      c.at('securityContext', 'capabilities', 'add', j),
      cap,
      `unrestricted capabilities (${c.who} must not include ${JSON.stringify(cap)} in securityContext.capabilities.add); only NET_BIND_SERVICE may be added`,
    );
  }
}
