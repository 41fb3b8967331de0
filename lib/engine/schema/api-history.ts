/**
 * The history of built-in API versions around 1.27: versions that Kubernetes removed before it
 * (and what replaces them), and versions that 1.27 still serves but deprecates. Facts from the
 * Kubernetes deprecated API migration guide and the schemas of each release.
 *
 * @packageDocumentation
 */

/** A removed API version of some kinds. */
export interface RemovedApi {
  /** The first minor version (of 1.x) that no longer serves it. */
  readonly removedIn: number;
  /** What to use instead, e.g. `apps/v1`; undefined when nothing replaces it. */
  readonly replacement?: string;
  /** What to do when nothing replaces it, or what changed in the replacement. */
  readonly note?: string;
}

const APPS = { removedIn: 16, replacement: 'apps/v1' };
const NETWORK_POLICY = { removedIn: 16, replacement: 'networking.k8s.io/v1' };
const PSP = {
  removedIn: 25,
  note: 'nothing replaces it: use Pod Security Admission (namespace labels pod-security.kubernetes.io/enforce) or a policy admission webhook',
};
const INGRESS = {
  removedIn: 22,
  replacement: 'networking.k8s.io/v1',
  note: 'backend is defaultBackend, serviceName/servicePort are service.name and service.port.number (or .name), and pathType is required',
};
const RBAC = { removedIn: 22, replacement: 'rbac.authorization.k8s.io/v1' };

/** Removed API versions, by `<apiVersion>/<kind>`. */
export const REMOVED_APIS: Readonly<Record<string, RemovedApi>> = {
  'extensions/v1beta1/DaemonSet': APPS,
  'extensions/v1beta1/Deployment': APPS,
  'extensions/v1beta1/ReplicaSet': APPS,
  'extensions/v1beta1/NetworkPolicy': NETWORK_POLICY,
  'extensions/v1beta1/PodSecurityPolicy': PSP,
  'extensions/v1beta1/Ingress': INGRESS,
  'apps/v1beta1/Deployment': APPS,
  'apps/v1beta1/StatefulSet': APPS,
  'apps/v1beta1/ControllerRevision': APPS,
  'apps/v1beta2/DaemonSet': APPS,
  'apps/v1beta2/Deployment': APPS,
  'apps/v1beta2/ReplicaSet': APPS,
  'apps/v1beta2/StatefulSet': APPS,
  'apps/v1beta2/ControllerRevision': APPS,
  'admissionregistration.k8s.io/v1beta1/MutatingWebhookConfiguration': { removedIn: 22, replacement: 'admissionregistration.k8s.io/v1' },
  'admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfiguration': { removedIn: 22, replacement: 'admissionregistration.k8s.io/v1' },
  'apiextensions.k8s.io/v1beta1/CustomResourceDefinition': {
    removedIn: 22,
    replacement: 'apiextensions.k8s.io/v1',
    note: 'scope is required, the version, validation, subresources and columns move into spec.versions[], and every schema must be structural',
  },
  'apiregistration.k8s.io/v1beta1/APIService': { removedIn: 22, replacement: 'apiregistration.k8s.io/v1' },
  'authentication.k8s.io/v1beta1/TokenReview': { removedIn: 22, replacement: 'authentication.k8s.io/v1' },
  'authorization.k8s.io/v1beta1/SubjectAccessReview': { removedIn: 22, replacement: 'authorization.k8s.io/v1' },
  'authorization.k8s.io/v1beta1/LocalSubjectAccessReview': { removedIn: 22, replacement: 'authorization.k8s.io/v1' },
  'authorization.k8s.io/v1beta1/SelfSubjectAccessReview': { removedIn: 22, replacement: 'authorization.k8s.io/v1' },
  'authorization.k8s.io/v1beta1/SelfSubjectRulesReview': { removedIn: 22, replacement: 'authorization.k8s.io/v1' },
  'certificates.k8s.io/v1beta1/CertificateSigningRequest': { removedIn: 22, replacement: 'certificates.k8s.io/v1', note: 'signerName and usages are required' },
  'coordination.k8s.io/v1beta1/Lease': { removedIn: 22, replacement: 'coordination.k8s.io/v1' },
  'networking.k8s.io/v1beta1/Ingress': INGRESS,
  'networking.k8s.io/v1beta1/IngressClass': { removedIn: 22, replacement: 'networking.k8s.io/v1' },
  'rbac.authorization.k8s.io/v1beta1/ClusterRole': RBAC,
  'rbac.authorization.k8s.io/v1beta1/ClusterRoleBinding': RBAC,
  'rbac.authorization.k8s.io/v1beta1/Role': RBAC,
  'rbac.authorization.k8s.io/v1beta1/RoleBinding': RBAC,
  'rbac.authorization.k8s.io/v1alpha1/ClusterRole': { ...RBAC, removedIn: 23 },
  'rbac.authorization.k8s.io/v1alpha1/ClusterRoleBinding': { ...RBAC, removedIn: 23 },
  'rbac.authorization.k8s.io/v1alpha1/Role': { ...RBAC, removedIn: 23 },
  'rbac.authorization.k8s.io/v1alpha1/RoleBinding': { ...RBAC, removedIn: 23 },
  'scheduling.k8s.io/v1beta1/PriorityClass': { removedIn: 22, replacement: 'scheduling.k8s.io/v1' },
  'scheduling.k8s.io/v1alpha1/PriorityClass': { removedIn: 23, replacement: 'scheduling.k8s.io/v1' },
  'storage.k8s.io/v1beta1/CSIDriver': { removedIn: 22, replacement: 'storage.k8s.io/v1' },
  'storage.k8s.io/v1beta1/CSINode': { removedIn: 22, replacement: 'storage.k8s.io/v1' },
  'storage.k8s.io/v1beta1/StorageClass': { removedIn: 22, replacement: 'storage.k8s.io/v1' },
  'storage.k8s.io/v1beta1/VolumeAttachment': { removedIn: 22, replacement: 'storage.k8s.io/v1' },
  'storage.k8s.io/v1beta1/CSIStorageCapacity': { removedIn: 27, replacement: 'storage.k8s.io/v1' },
  'batch/v1beta1/CronJob': { removedIn: 25, replacement: 'batch/v1' },
  'batch/v2alpha1/CronJob': { removedIn: 21, replacement: 'batch/v1' },
  'discovery.k8s.io/v1beta1/EndpointSlice': { removedIn: 25, replacement: 'discovery.k8s.io/v1', note: 'topology is nodeName and zone' },
  'events.k8s.io/v1beta1/Event': { removedIn: 25, replacement: 'events.k8s.io/v1' },
  'autoscaling/v2beta1/HorizontalPodAutoscaler': { removedIn: 25, replacement: 'autoscaling/v2' },
  'autoscaling/v2beta2/HorizontalPodAutoscaler': { removedIn: 26, replacement: 'autoscaling/v2' },
  'policy/v1beta1/PodDisruptionBudget': {
    removedIn: 25,
    replacement: 'policy/v1',
    note: 'an empty selector ({}) selects every pod of the namespace in policy/v1',
  },
  'policy/v1beta1/PodSecurityPolicy': PSP,
  'node.k8s.io/v1beta1/RuntimeClass': { removedIn: 25, replacement: 'node.k8s.io/v1' },
  'flowcontrol.apiserver.k8s.io/v1beta1/FlowSchema': { removedIn: 26, replacement: 'flowcontrol.apiserver.k8s.io/v1beta3' },
  'flowcontrol.apiserver.k8s.io/v1beta1/PriorityLevelConfiguration': { removedIn: 26, replacement: 'flowcontrol.apiserver.k8s.io/v1beta3' },
  'settings.k8s.io/v1alpha1/PodPreset': { removedIn: 20, note: 'nothing replaces it: use a mutating admission webhook' },
};

/** API versions that 1.27 serves with a deprecation warning, by `<apiVersion>/<kind>`. */
export const DEPRECATED_APIS: Readonly<Record<string, RemovedApi>> = {
  'flowcontrol.apiserver.k8s.io/v1beta2/FlowSchema': { removedIn: 29, replacement: 'flowcontrol.apiserver.k8s.io/v1beta3' },
  'flowcontrol.apiserver.k8s.io/v1beta2/PriorityLevelConfiguration': { removedIn: 29, replacement: 'flowcontrol.apiserver.k8s.io/v1beta3' },
};
