/**
 * The pod template that every workload shares: containers and init containers, the volumes they
 * mount, scheduling, the service account, image-pull secrets, and the pod-level exemptions; secure
 * by default (the rules that span containers are the engine's).
 *
 * @packageDocumentation
 */
import { Duration } from 'cdk8s';
import { k8s } from '../../imports/k8s';
import { ServiceAccountRef, SecretRef } from '../config/refs';
import { Container } from '../containers/container';
import { Exemption } from '../containers/exemptions';
import { ContainerJson } from '../containers/json';
import { Volume, VolumeClaimTemplate, VolumeJson } from '../containers/volume';
import { BuilderCheck } from '../engine/builder-check';
import { EXEMPTION_PREFIX } from '../engine/exemptions';
import { seconds } from '../probes/build';
import { withoutUndefined } from '../values/json';
import { Toleration } from './scheduling';
import { PodTemplateSpellings } from './spellings';

/** What a pod may do beyond its secure defaults and strict checks; each needs a reason, recorded on the pod. */
export interface PodExemptions {
  /**
   * Use the node's network namespace (`hostNetwork: true`). Exempts `host-namespaces`.
   *
   * @default - the pod's own network namespace
   */
  readonly hostNetwork?: Exemption;
  /**
   * See the node's processes (`hostPID: true`). Exempts `host-namespaces`.
   *
   * @default - the pod's own process namespace
   */
  readonly hostPID?: Exemption;
  /**
   * Use the node's IPC namespace (`hostIPC: true`). Exempts `host-namespaces`.
   *
   * @default - the pod's own IPC namespace
   */
  readonly hostIPC?: Exemption;
  /**
   * Mount a service-account token, for a pod that calls the Kubernetes API
   * (`automountServiceAccountToken: true`). Exempts `service-account-token`.
   *
   * @default - no token (`automountServiceAccountToken: false`)
   */
  readonly serviceAccountToken?: Exemption;
  /**
   * Let two containers declare a port of the same name and protocol, on purpose: a sidecar and the
   * main container each expose `metrics` for a PodMonitor. A Service `targetPort` of that name
   * resolves to the first container's port only. Exempts `pod-port-name-shared`, an error otherwise.
   *
   * @default - a port name declared by two containers is an error
   */
  readonly sharedPortName?: Exemption;
  /**
   * No `runAsNonRoot` on the pod: each container says for itself, so that one with the container
   * exemption `imageUser` runs as its image's user, root included. Exempts `run-as-non-root`.
   *
   * @default - `runAsNonRoot: true` on the pod
   */
  readonly imageUser?: Exemption;
  /**
   * No seccomp profile on the pod (`seccompProfile` unwritten): the kubelet's default, which is
   * `Unconfined` unless the kubelet runs with `--seccomp-default`. Exempts `seccomp-restricted`.
   *
   * @default - the `RuntimeDefault` profile on the pod
   */
  readonly noSeccompProfile?: Exemption;
  /**
   * Leave `automountServiceAccountToken` unwritten: Kubernetes mounts the token unless the
   * ServiceAccount says otherwise. Exempts `service-account-token`.
   *
   * @default - no token (`automountServiceAccountToken: false`)
   */
  readonly defaultServiceAccountToken?: Exemption;
}

/** The pod-level options of every pod and workload; the manifest's spellings of them are errors that say what to write. */
export interface PodTemplateOptions extends PodTemplateSpellings {
  /**
   * Containers that run to completion, in order, before the containers start (migrations, waiting
   * for a dependency).
   *
   * @default - none
   */
  readonly initContainers?: readonly Container[];

  /**
   * The ServiceAccount the pod runs as.
   *
   * @default - not emitted; the namespace's `default` ServiceAccount
   */
  readonly serviceAccount?: ServiceAccountRef;

  /**
   * Secrets of type `kubernetes.io/dockerconfigjson` with the credentials of private registries.
   *
   * @default - none
   */
  readonly imagePullSecrets?: readonly SecretRef[];

  /**
   * Node labels the pod's node must have (`kubernetes.io/arch: arm64`).
   *
   * @default - any node
   */
  readonly nodeSelector?: Readonly<Record<string, string>>;

  /**
   * Node taints the pod tolerates.
   *
   * @default - none
   */
  readonly tolerations?: readonly Toleration[];

  /**
   * Node and pod affinity: the L1 struct of `imports/k8s`, an escape hatch for what the typed
   * options do not cover.
   *
   * @default - none
   */
  readonly affinity?: k8s.Affinity;

  /**
   * How long the pod may take to stop after SIGTERM before it is killed.
   *
   * @default - not emitted; Kubernetes waits 30 seconds
   */
  readonly terminationGracePeriod?: Duration;

  /**
   * The PriorityClass of the pod.
   *
   * @default - not emitted; the cluster's default priority
   */
  readonly priorityClassName?: string;

  /**
   * Whether the containers share one process namespace, so that they see (and can signal)
   * each other's processes. Network, UTS and IPC namespaces are always shared in a pod.
   *
   * @default - not emitted; Kubernetes does not share it
   */
  readonly shareProcessNamespace?: boolean;

  /**
   * The group that owns the pod's volumes (`securityContext.fsGroup`): Kubernetes makes each volume
   * that supports ownership management (claims, emptyDirs, ConfigMaps, Secrets) writable by this
   * group, so that a non-root container can write to a freshly provisioned claim.
   *
   * @default - not emitted; volumes keep the ownership their storage gives them
   */
  readonly fsGroup?: number;

  /**
   * Volumes the pod lists first, in this order: a volume that no container mounts, or an order of
   * your own (as a manifest converted from YAML lists them). The volumes the containers mount
   * follow, each once.
   *
   * @default - the volumes the containers mount, in the order they first mount them
   */
  readonly volumeOrder?: readonly Volume[];

  /**
   * What the pod may do beyond its secure defaults and strict checks (host namespaces, a
   * service-account token, a port name shared by two containers).
   *
   * @default - none: the secure defaults hold
   */
  readonly exemptions?: PodExemptions;
}

/** The types of Secret the kubelet reads registry credentials from. */
const PULL_SECRET_TYPES: readonly string[] = ['kubernetes.io/dockerconfigjson', 'kubernetes.io/dockercfg'];

/** A pod spec, as a manifest writes it (the fields the constructs write). */
export interface PodSpecJson {
  readonly [field: string]: unknown;
  readonly containers: readonly ContainerJson[];
  readonly volumes?: readonly VolumeJson[];
}

/** A pod template: the pod's annotations, its spec, and the claim templates its containers mount. */
export interface PodTemplateParts {
  readonly annotations: Readonly<Record<string, string>>;
  readonly spec: PodSpecJson;
  readonly claimTemplates: readonly VolumeClaimTemplate[];
}

/** How one kind of workload runs its pods. */
export interface PodTemplateContext {
  /** Who builds the template, for errors (`[chart/Api]`). */
  readonly where: string;
  /** The workload's kind: only a StatefulSet runs containers that mount claim templates. */
  readonly kind: string;
  /** The restart policy, when the kind sets one (Jobs). */
  readonly restartPolicy?: string;
}

/** Builds the pod template of `containers` with the pod-level options; throws what the options break. */
export function buildPodTemplate(options: PodTemplateOptions, containers: readonly Container[], ctx: PodTemplateContext): PodTemplateParts {
  const check = new BuilderCheck();
  const all = [...(options.initContainers ?? []), ...containers];
  const mounted = [...new Set([...(options.volumeOrder ?? []), ...all.flatMap(c => c.volumes)])];
  const volumes = mounted.filter((v): v is Volume => v instanceof Volume);
  const claimTemplates = mounted.filter((v): v is VolumeClaimTemplate => v instanceof VolumeClaimTemplate);
  if (claimTemplates.length > 0 && ctx.kind !== 'StatefulSet') {
    check.r.invalid(
      'sdk-claim-template',
      ['containers'],
      claimTemplates.map(t => t.name),
      `mount volume claim templates, which only a StatefulSet makes; mount a PersistentVolumeClaim (Volume.fromClaim) in a ${ctx.kind}`,
    );
  }
  const x = options.exemptions ?? {};
  for (const [key, exemption] of Object.entries(x)) {
    if (exemption !== undefined && exemption.reason.trim() === '') {
      check.r.invalid('sdk-exemption-reason', ['exemptions', key, 'reason'], exemption.reason, 'must say why the pod needs the exemption');
    }
  }
  for (const v of volumes) {
    if (v.exemptionReason !== undefined && v.exemptionReason.trim() === '') {
      check.r.invalid('sdk-exemption-reason', ['volumes', { key: v.name }, 'reason'], v.exemptionReason, 'must say why the pod needs the node path');
    }
  }
  if (x.defaultServiceAccountToken !== undefined && x.serviceAccountToken !== undefined) {
    const reason = x.defaultServiceAccountToken.reason;
    check.r.invalid(
      'sdk-workload-option',
      ['exemptions', 'defaultServiceAccountToken'],
      reason,
      'must not be set together with exemptions.serviceAccountToken',
    );
  }
  // a fraction of a second cannot be written (a workload has checked it with its other durations)
  seconds(check, 'terminationGracePeriod', options.terminationGracePeriod, 0);
  for (const [i, secret] of (options.imagePullSecrets ?? []).entries()) {
    // the kubelet reads only these types: another is skipped, and the image does not pull
    if (secret.secretType !== undefined && !PULL_SECRET_TYPES.includes(secret.secretType)) {
      check.r.invalid(
        'sdk-image-pull-secret',
        ['imagePullSecrets', i],
        secret.secretName,
        `is a Secret of type ${secret.secretType}: an image pull secret must be of type kubernetes.io/dockerconfigjson (or the legacy kubernetes.io/dockercfg), or the kubelet ignores it`,
      );
    }
  }
  check.throwIfErrors(ctx.where);
  const securityContext = withoutUndefined({
    runAsNonRoot: x.imageUser ? undefined : true,
    fsGroup: options.fsGroup,
    seccompProfile: x.noSeccompProfile ? undefined : { type: 'RuntimeDefault' },
  });
  const spec: PodSpecJson = withoutUndefined({
    automountServiceAccountToken: x.defaultServiceAccountToken ? undefined : x.serviceAccountToken !== undefined,
    hostNetwork: x.hostNetwork ? true : undefined,
    hostPID: x.hostPID ? true : undefined,
    hostIPC: x.hostIPC ? true : undefined,
    shareProcessNamespace: options.shareProcessNamespace,
    serviceAccountName: options.serviceAccount?.serviceAccountName,
    imagePullSecrets: options.imagePullSecrets?.map(s => ({ name: s.secretName })),
    nodeSelector: options.nodeSelector && { ...options.nodeSelector },
    tolerations: options.tolerations?.map(t => t.toJson()),
    affinity: options.affinity && (k8s.toJson_Affinity(options.affinity) as Record<string, unknown>),
    terminationGracePeriodSeconds: options.terminationGracePeriod?.toSeconds(),
    priorityClassName: options.priorityClassName,
    restartPolicy: ctx.restartPolicy,
    securityContext: Object.keys(securityContext).length > 0 ? securityContext : undefined,
    initContainers: options.initContainers && options.initContainers.length > 0 ? options.initContainers.map(c => c.toJson().container) : undefined,
    containers: containers.map(c => c.toJson().container),
    volumes: volumes.length > 0 ? volumes.map(v => v.toJson()) : undefined,
  });
  return { annotations: podAnnotations(options, all, volumes), spec, claimTemplates };
}

/** The pod annotations: what the containers record, and the pod's own exemptions. */
function podAnnotations(options: PodTemplateOptions, containers: readonly Container[], volumes: readonly Volume[]): Record<string, string> {
  const out = containerAnnotations(containers);
  const add = (check: string, entry: string) => {
    const key = `${EXEMPTION_PREFIX}${check}`;
    out[key] = out[key] === undefined ? entry : `${out[key]}; ${entry}`;
  };
  const x = options.exemptions ?? {};
  for (const ns of ['hostNetwork', 'hostPID', 'hostIPC'] as const) {
    const e = x[ns];
    if (e) add('host-namespaces', `pod:${ns} (${e.reason})`);
  }
  if (x.serviceAccountToken) add('service-account-token', `pod:token (${x.serviceAccountToken.reason})`);
  if (x.sharedPortName) add('pod-port-name-shared', `pod:sharedPortName (${x.sharedPortName.reason})`);
  if (x.imageUser) add('run-as-non-root', `pod:imageUser (${x.imageUser.reason})`);
  if (x.noSeccompProfile) add('seccomp-restricted', `pod:noSeccompProfile (${x.noSeccompProfile.reason})`);
  if (x.defaultServiceAccountToken) add('service-account-token', `pod:defaultServiceAccountToken (${x.defaultServiceAccountToken.reason})`);
  for (const v of volumes) {
    if (v.exemptionReason === undefined) continue;
    const path = String((v.toJson().hostPath as { path?: string } | undefined)?.path ?? '');
    add('host-path-volumes', `${v.name}:${path} (${v.exemptionReason})`);
    add('volume-types', `${v.name}:hostPath (${v.exemptionReason})`);
  }
  return out;
}

/** The pod annotations that a list of containers needs, merged (exemptions of several containers joined by `; `). */
export function containerAnnotations(containers: readonly Container[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of containers) {
    for (const [key, value] of Object.entries(c.toJson().podAnnotations)) out[key] = out[key] && key.startsWith('exempt.') ? `${out[key]}; ${value}` : value;
  }
  return out;
}
