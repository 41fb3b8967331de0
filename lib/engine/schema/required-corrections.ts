/**
 * Fields that the Kubernetes 1.27 OpenAPI (and so the generated schema) marks required, but that
 * the apiserver does not require on create: a one-of member, a zero value that is legal, a field
 * filled by defaulting before validation, or a field that validation never reads. Each was checked
 * against the apiserver's validation and defaulting code (the source names the function); the
 * schema check does not report them as missing. The other required fields of the schema are
 * required by the apiserver too (a test checks that each entry here names a required field).
 *
 * @packageDocumentation
 */

/** Why the apiserver accepts an object without the field, and where that is decided upstream. */
export interface RequiredCorrection {
  readonly why: string;
  readonly source: string;
}

const CORE = 'pkg/apis/core/validation/validation.go';
const BATCH = 'pkg/apis/batch/validation/validation.go';
const STORAGE = 'pkg/apis/storage/validation/validation.go';
const DISCOVERY = 'pkg/apis/discovery/validation/validation.go';
const CRD = 'apiextensions-apiserver pkg/apis/apiextensions/validation/validation.go';

/** The corrections, by `<schema type>.<field>`. */
export const NOT_REQUIRED_ON_CREATE: Readonly<Record<string, RequiredCorrection>> = {
  // workloads
  'StatefulSetSpec.serviceName': {
    why: 'never validated: a StatefulSet without a governing Service is accepted (the OpenAPI marks it required only because its Go field is not omitempty)',
    source: 'ValidateStatefulSetSpec (pkg/apis/apps/validation/validation.go)',
  },
  'KubeControllerRevisionProps.revision': {
    why: 'an integer whose zero value is legal (only a negative revision is rejected)',
    source: 'ValidateControllerRevision (pkg/apis/apps/validation/validation.go)',
  },
  'PodFailurePolicy.rules': { why: 'only more than 20 rules are rejected; podFailurePolicy: {} is accepted', source: `validatePodFailurePolicy (${BATCH})` },
  'PodFailurePolicyRule.onPodConditions': {
    why: 'one of two: a rule sets exactly one of onExitCodes and onPodConditions',
    source: `validatePodFailurePolicyRule (${BATCH})`,
  },
  'PodFailurePolicyOnPodConditionsPattern.status': {
    why: 'defaulted to "True" before validation (in a Job; a CronJob\'s job template is not defaulted in 1.27, and its rule reports a missing status)',
    source: 'SetDefaults_Job (pkg/apis/batch/v1/defaults.go)',
  },
  // pods
  'HttpHeader.value': { why: 'only header names are validated; an empty value is accepted', source: `validateHTTPGetAction (${CORE})` },
  'Sysctl.value': { why: 'only sysctl names are validated', source: `validateSysctls (${CORE})` },
  'PreferredSchedulingTerm.preference': {
    why: 'absent is an empty node selector term, which validates',
    source: `ValidatePreferredSchedulingTerms, ValidateNodeSelectorTerm (${CORE})`,
  },
  'IscsiVolumeSource.lun': { why: 'an integer whose zero value is legal (0 to 255)', source: `validateISCSIVolumeSource (${CORE})` },
  'IscsiPersistentVolumeSource.lun': { why: 'an integer whose zero value is legal (0 to 255)', source: `validateISCSIPersistentVolumeSource (${CORE})` },
  'ScaleIoVolumeSource.secretRef': { why: 'never validated (only gateway, system and volumeName are)', source: `validateScaleIOVolumeSource (${CORE})` },
  'ScaleIoPersistentVolumeSource.secretRef': {
    why: 'never validated (only gateway, system and volumeName are)',
    source: `validateScaleIOPersistentVolumeSource (${CORE})`,
  },
  // cluster objects
  'LimitRangeSpec.limits': { why: 'an absent or empty list is accepted', source: `ValidateLimitRange (${CORE})` },
  'ConfigMapNodeConfigSource.kubeletConfigKey': {
    why: 'a Node create drops spec.configSource before validation',
    source: 'dropDisabledFields (pkg/registry/core/node/strategy.go), ValidateNode',
  },
  'ConfigMapNodeConfigSource.name': {
    why: 'a Node create drops spec.configSource before validation',
    source: 'dropDisabledFields (pkg/registry/core/node/strategy.go), ValidateNode',
  },
  'ConfigMapNodeConfigSource.namespace': {
    why: 'a Node create drops spec.configSource before validation',
    source: 'dropDisabledFields (pkg/registry/core/node/strategy.go), ValidateNode',
  },
  'NetworkPolicySpec.podSelector': {
    why: 'absent is the empty selector {}, which selects every pod of the namespace',
    source: 'ValidateNetworkPolicySpec (pkg/apis/networking/validation/validation.go)',
  },
  'RoleRef.apiGroup': {
    why: 'defaulted to rbac.authorization.k8s.io before validation',
    source: 'SetDefaults_RoleBinding, SetDefaults_ClusterRoleBinding (pkg/apis/rbac/v1/defaults.go)',
  },
  'KubePriorityClassProps.value': {
    why: 'an integer whose zero value is a legal priority',
    source: 'ValidatePriorityClass (pkg/apis/scheduling/validation/validation.go)',
  },
  'EndpointPort.port': {
    why: 'an EndpointSlice port without a number means every port (the schema shares this type with Endpoints)',
    source: `validatePorts (${DISCOVERY})`,
  },
  'ForZone.name': { why: 'validated as a label value, which may be empty', source: `validateHints (${DISCOVERY})` },
  'KubeEndpointSliceProps.endpoints': {
    why: 'only more than 1000 endpoints are rejected; the controller itself creates empty slices',
    source: `validateEndpoints (${DISCOVERY})`,
  },
  // storage
  'KubeCsiDriverProps.spec': {
    why: 'every field the validation needs is defaulted',
    source: `SetDefaults_CSIDriver (pkg/apis/storage/v1/defaults.go), validateCSIDriverSpec (${STORAGE})`,
  },
  'KubeCsiNodeProps.spec': { why: 'it only holds drivers, which may be none', source: `validateCSINodeSpec (${STORAGE})` },
  'CsiNodeSpec.drivers': { why: 'an empty list is accepted (the kubelet creates CSINodes without drivers)', source: `validateCSINodeDrivers (${STORAGE})` },
  'TokenRequest.audience': {
    why: 'one token request may leave the audience empty (the apiserver audiences)',
    source: `validateTokenRequests (${STORAGE})`,
  },
  // custom resource definitions
  'CustomResourceDefinitionVersion.served': { why: 'a boolean whose zero value is legal', source: `validateCustomResourceDefinitionSpec (${CRD})` },
  'CustomResourceDefinitionVersion.storage': {
    why: 'a boolean whose zero value is legal (exactly one version stores, the others omit it)',
    source: `validateCustomResourceDefinitionSpec (${CRD})`,
  },
  // API-server-written objects
  'KubeTokenRequestProps.spec': {
    why: 'defaulted (one hour, the apiserver audiences)',
    source: 'SetDefaults_TokenRequestSpec (pkg/apis/authentication/v1/defaults.go), TokenREST.Create',
  },
  'TokenRequestSpec.audiences': {
    why: 'an empty list is replaced by the apiserver audiences',
    source: 'TokenREST.Create (pkg/registry/core/serviceaccount/storage/token.go)',
  },
  'KubeStorageVersionV1Alpha1Props.spec': {
    why: 'an empty struct: validation covers metadata and status only',
    source: 'ValidateStorageVersion (pkg/apis/apiserverinternal/validation/validation.go)',
  },
  'KubePodSchedulingContextV1Alpha2Props.spec': {
    why: 'every field of the spec is optional',
    source: 'validatePodSchedulingSpec (pkg/apis/resource/validation/validation.go)',
  },
};
