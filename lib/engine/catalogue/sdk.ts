/**
 * The catalogue: the rules of this library's typed builders, stricter than the Kubernetes API by
 * design (the API rules that the builders also check are the engine's own, listed elsewhere).
 *
 * @packageDocumentation
 */
import { RuleMeta, THIS_LIBRARY } from './rule';

export const SDK_RULES = {
  'sdk-whole-seconds': {
    description: "Durations given to the builders are whole seconds (the API fields are integers of seconds), within the field's minimum.",
    origin: 'sdk',
    source: THIS_LIBRARY,
    severity: 'error',
  },
  'sdk-probe-option': {
    description:
      'A probe takes only the options of its kind: successThreshold on readiness probes, terminationGracePeriod on liveness and startup probes, budget on startup probes.',
    origin: 'sdk',
    source: THIS_LIBRARY,
    severity: 'error',
  },
  'sdk-probe-threshold': {
    description: 'Probe thresholds given to the builders are whole numbers, 1 or more (the apiserver would turn a 0 into the default).',
    origin: 'sdk',
    source: THIS_LIBRARY,
    severity: 'error',
  },
  'sdk-probe-budget': {
    description: "A startup probe's budget is a whole number of its periods, given with a period and without failureThreshold.",
    origin: 'sdk',
    source: THIS_LIBRARY,
    severity: 'error',
  },
  'sdk-http-path': {
    description: 'An httpGet path starts with "/".',
    origin: 'sdk',
    source: THIS_LIBRARY,
    severity: 'error',
  },
  'sdk-non-root-user': {
    description: 'Containers run as a user other than root (uid and gid 1 to 2147483647).',
    origin: 'sdk',
    source: THIS_LIBRARY,
    severity: 'error',
  },
  'sdk-writable-path': {
    description: 'A writable path is absolute, and given once (`/var/cache` and `/var/cache/` are one path).',
    origin: 'sdk',
    source: THIS_LIBRARY,
    severity: 'error',
  },
  'sdk-data-key': {
    description:
      'A key that an env variable or a volume takes from a ConfigMap or Secret is one the reference holds (its keys, at run time, for a JavaScript caller; the compiler checks them for TypeScript).',
    origin: 'sdk',
    source: THIS_LIBRARY,
    severity: 'error',
  },
  'sdk-image-pull-secret': {
    description:
      'An image pull secret created in the app is of type kubernetes.io/dockerconfigjson (or the legacy kubernetes.io/dockercfg): the kubelet ignores the credentials of another type.',
    origin: 'sdk',
    source: THIS_LIBRARY,
    severity: 'error',
  },
  'sdk-exemption-reason': {
    description: 'An exemption from a secure default says why it is needed.',
    origin: 'sdk',
    source: THIS_LIBRARY,
    severity: 'error',
  },
  'sdk-selector-label': {
    description: 'A label that a construct selects on cannot be given another value.',
    origin: 'sdk',
    source: THIS_LIBRARY,
    severity: 'error',
  },
  'sdk-replicas': {
    description: 'replicas is a whole number, 0 or more.',
    origin: 'sdk',
    source: THIS_LIBRARY,
    severity: 'error',
  },
  'sdk-container-of-workload': {
    description: 'Typed probes go to a (regular) container of the workload they are applied to.',
    origin: 'sdk',
    source: THIS_LIBRARY,
    severity: 'error',
  },
  'sdk-claim-template': {
    description: 'Only a StatefulSet runs containers that mount a volume claim template (each pod gets its own claim).',
    origin: 'sdk',
    source: THIS_LIBRARY,
    severity: 'error',
  },
  'sdk-workload-option': {
    description:
      'Options of a workload or of its companions are valid for their kind and for each other: whole counts, exactly one budget in a disruption budget whose workload has labels, no option that a given container replaces.',
    origin: 'sdk',
    source: THIS_LIBRARY,
    severity: 'error',
  },
  'sdk-unknown-option': {
    description:
      "A builder takes only the options its types declare, at run time too (options in a variable or from JavaScript): an unknown key is an error with the closest known one, and a manifest's spelling (initialDelaySeconds, containerPort, volumeMounts) says what to write instead.",
    origin: 'sdk',
    source: THIS_LIBRARY,
    severity: 'error',
  },
  'sdk-option-type': {
    description:
      'The arguments of a builder have the types it declares, at run time too: a number, a string, a Duration or another class, one of the literals of a union, an array, nested option objects; required ones are given.',
    origin: 'sdk',
    source: THIS_LIBRARY,
    severity: 'error',
  },
} as const satisfies Record<string, RuleMeta>;
