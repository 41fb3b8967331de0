/**
 * The catalogue: PersistentVolumeClaims, ConfigMaps and Secrets (`pkg/apis/core/validation`).
 *
 * A claim's selector follows the shared `label-selector` rule of `workloads.ts`.
 *
 * @packageDocumentation
 */
import { CORE_VALIDATION, RuleMeta } from './rule';

/** The rules of PersistentVolumeClaims, ConfigMaps and Secrets, by id. */
export const STORAGE_CONFIG_RULES = {
  'pvc-access-modes': {
    description:
      'A PersistentVolumeClaim has at least one access mode, each ReadOnlyMany, ReadWriteMany, ReadWriteOnce or ReadWriteOncePod, and ReadWriteOncePod alone.',
    origin: 'apiserver',
    source: `ValidatePersistentVolumeClaimSpec (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'pvc-storage-request': {
    description: 'A PersistentVolumeClaim requests storage (resources.requests.storage), more than zero.',
    origin: 'apiserver',
    source: `ValidatePersistentVolumeClaimSpec, ValidatePositiveQuantityValue (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'pvc-storage-class-name': {
    description: 'storageClassName is empty (no class) or a DNS-1123 subdomain.',
    origin: 'apiserver',
    source: `ValidatePersistentVolumeClaimSpec, ValidateClassName (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'pvc-volume-mode': {
    description: 'volumeMode is Block or Filesystem.',
    origin: 'apiserver',
    source: `ValidatePersistentVolumeClaimSpec (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'pvc-data-source': {
    description:
      'dataSource and dataSourceRef name an object by kind and name (a kind of the core group must be PersistentVolumeClaim), and agree with each other when both are set.',
    origin: 'apiserver',
    source: `ValidatePersistentVolumeClaimSpec, validateDataSource, validateDataSourceRef (${CORE_VALIDATION}); pkg/api/persistentvolumeclaim/util.go`,
    severity: 'error',
  },
  'pvc-data-source-dropped': {
    description:
      'A dataSource other than a PersistentVolumeClaim or VolumeSnapshot (without dataSourceRef), or a dataSourceRef with a namespace, is dropped on create: the volume starts empty.',
    origin: 'beyond-apiserver',
    source: 'EnforceDataSourceBackwardsCompatibility, DropDisabledFields (pkg/api/persistentvolumeclaim/util.go), run by the create strategy',
    severity: 'warning',
  },
  'config-map-key': {
    description: "ConfigMap keys consist of alphanumerics, '-', '_' and '.' (at most 253, not '.' or '..'), and no key is in both data and binaryData.",
    origin: 'apiserver',
    source: `ValidateConfigMap (${CORE_VALIDATION}); IsConfigMapKey`,
    severity: 'error',
  },
  'config-map-size': {
    description: 'The values of a ConfigMap (data and binaryData) hold at most 1 MiB.',
    origin: 'apiserver',
    source: `ValidateConfigMap (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'secret-key': {
    description: "Secret keys (of data and stringData) consist of alphanumerics, '-', '_' and '.' (at most 253, not '.' or '..').",
    origin: 'apiserver',
    source: `ValidateSecret (${CORE_VALIDATION}); IsConfigMapKey`,
    severity: 'error',
  },
  'secret-size': {
    description: 'The data of a Secret (stringData included) holds at most 1 MiB.',
    origin: 'apiserver',
    source: `ValidateSecret (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'secret-type-keys': {
    description:
      'A Secret has the keys of its type: .dockercfg, .dockerconfigjson, username or password (basic-auth), a non-empty ssh-privatekey (ssh-auth), tls.crt and tls.key (tls).',
    origin: 'apiserver',
    source: `ValidateSecret (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'secret-docker-config': {
    description: 'The .dockercfg or .dockerconfigjson of a docker-config Secret is a JSON object.',
    origin: 'apiserver',
    source: `ValidateSecret (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'secret-service-account-token': {
    description: 'A Secret of type kubernetes.io/service-account-token names its service account (annotation kubernetes.io/service-account.name).',
    origin: 'apiserver',
    source: `ValidateSecret (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'base64-data': {
    description: 'The values of Secret data and ConfigMap binaryData are base64 (standard alphabet, padded).',
    origin: 'decoding',
    source: 'encoding/json and encoding/base64 of Go (the StdEncoding of []byte fields)',
    severity: 'error',
  },
} as const satisfies Record<string, RuleMeta>;
