/**
 * Examples of the rules of the catalogue's `storage-config` part.
 */
import { STORAGE_CONFIG_RULES } from '../../lib/engine/catalogue/storage-config';
import { check, Example, M } from './support';

function pvc(spec: M): M {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: 'data' },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } }, ...spec },
  };
}

function configMap(fields: M): M {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, ...fields };
}

function secret(fields: M, annotations?: M): M {
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'creds', ...(annotations ? { annotations } : {}) }, ...fields };
}

export const STORAGE_CONFIG_EXAMPLES = {
  'pvc-access-modes': () => check(pvc({ accessModes: ['ReadWriteOncePod', 'ReadOnlyMany'] })),
  'pvc-storage-request': () => check(pvc({ resources: { requests: { storage: '0' } } })),
  'pvc-storage-class-name': () => check(pvc({ storageClassName: 'Fast_SSD' })),
  'pvc-volume-mode': () => check(pvc({ volumeMode: 'filesystem' })),
  'pvc-data-source': () =>
    check(
      pvc({
        dataSource: { kind: 'PersistentVolumeClaim', name: 'source' },
        dataSourceRef: { kind: 'PersistentVolumeClaim', name: 'other' },
      }),
    ),
  'pvc-data-source-dropped': () => check(pvc({ dataSource: { kind: 'Backup', apiGroup: 'backup.example.com', name: 'nightly' } })),
  'config-map-key': () => check(configMap({ data: { 'app/config.yaml': 'a: 1' } })),
  'config-map-size': () => check(configMap({ data: { 'big.txt': 'x'.repeat(1048577) } })),
  'secret-key': () => check(secret({ stringData: { 'db password': 'hunter2' } })),
  'secret-size': () => check(secret({ stringData: { 'big.bin': 'x'.repeat(1048577) } })),
  'secret-type-keys': () => check(secret({ type: 'kubernetes.io/tls', stringData: { 'tls.crt': 'cert' } })),
  'secret-docker-config': () => check(secret({ type: 'kubernetes.io/dockerconfigjson', stringData: { '.dockerconfigjson': '{"auths": ' } })),
  'secret-service-account-token': () => check(secret({ type: 'kubernetes.io/service-account-token' })),
  'base64-data': () => check(secret({ data: { password: 'hunter2' } })),
} satisfies Record<keyof typeof STORAGE_CONFIG_RULES, Example>;
