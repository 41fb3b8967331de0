/**
 * Volumes and volume mounts (Kubernetes 1.27 rules 29–30): `ValidateVolumes`, `ValidateVolumeMounts`;
 * the sources are checked in `volume-sources.ts`.
 *
 * @packageDocumentation
 */
import { isObject } from '../../../values/json';
import { dns1123LabelErrors, localDescendingPathErrors } from '../../../values/names';
import { checkItemName, ContainerScope, PodScope } from './scope';
import { checkVolumeSource } from './volume-sources';

/** Volume sources in the order `validateVolumeSource` counts them. */
export const VOLUME_SOURCES: readonly string[] = [
  'emptyDir',
  'hostPath',
  'gitRepo',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'flocker',
  'persistentVolumeClaim',
  'rbd',
  'cinder',
  'cephfs',
  'quobyte',
  'downwardAPI',
  'fc',
  'flexVolume',
  'configMap',
  'azureFile',
  'vsphereVolume',
  'photonPersistentDisk',
  'portworxVolume',
  'azureDisk',
  'storageos',
  'projected',
  'scaleIO',
  'csi',
  'ephemeral',
];
const VOLUME_SOURCE_SET: ReadonlySet<string> = new Set(VOLUME_SOURCES);
const MOUNT_PROPAGATIONS: readonly string[] = ['Bidirectional', 'HostToContainer', 'None'];

/** The pod's `volumes`. */
export function checkVolumes(pod: PodScope, vols: readonly unknown[]): void {
  for (let i = 0; i < vols.length; i++) {
    const vol = vols[i];
    if (!isObject(vol)) continue;
    // no source at all is fine: SetDefaults_Volume makes it an emptyDir
    let sources = 0;
    for (const key in vol) if (VOLUME_SOURCE_SET.has(key) && isObject(vol[key])) sources++;
    const primary = sources > 1 ? VOLUME_SOURCES.find(k => isObject(vol[k])) : undefined;
    for (const key in vol) {
      const v = vol[key];
      if (key === 'name') {
        if (v === '') pod.r.required('volume-name', pod.at('volumes', i, 'name'));
        else if (typeof v === 'string') checkItemName(pod.r, 'volume-name', vols, i, v, pod.at('volumes', i, 'name'), dns1123LabelErrors);
      } else if (primary !== undefined && key !== primary && VOLUME_SOURCE_SET.has(key) && isObject(v)) {
        pod.r.forbidden('volume-source', pod.at('volumes', i, key), 'may not specify more than 1 volume type');
      } else if (VOLUME_SOURCE_SET.has(key) && isObject(v)) {
        // the one source, or the first of several (the others are not validated)
        checkVolumeSource(pod, i, key, v);
      }
    }
  }
}

/** A container's `volumeMounts`. */
export function checkVolumeMounts(c: ContainerScope, mounts: readonly unknown[]): void {
  // a StatefulSet also mounts its volumeClaimTemplates, which this pod spec does not list;
  // a container checked on its own does not know the pod's volumes
  const checkNames = c.pod.whole && c.pod.ctx.kind !== 'StatefulSet';
  for (let i = 0; i < mounts.length; i++) {
    const m = mounts[i];
    if (!isObject(m)) continue;
    for (const key in m) {
      const v = m[key];
      if (typeof v !== 'string') continue;
      switch (key) {
        case 'name':
          if (v === '') c.r.required('volume-mount', c.at('volumeMounts', i, key));
          else if (checkNames && !c.pod.hasVolume(v)) c.r.notFound('volume-mount', c.at('volumeMounts', i, key), v);
          break;
        case 'mountPath':
          if (v === '') c.r.required('volume-mount', c.at('volumeMounts', i, key));
          else if (hasMountPath(mounts, i, v)) c.r.invalid('volume-mount', c.at('volumeMounts', i, key), v, 'must be unique');
          break;
        case 'subPath':
        case 'subPathExpr': {
          if (v === '') break;
          if (key === 'subPathExpr' && typeof m.subPath === 'string' && m.subPath !== '') {
            c.r.invalid('volume-mount', c.at('volumeMounts', i, key), v, 'subPathExpr and subPath are mutually exclusive');
          }
          c.r.invalidEach('volume-mount', c.at('volumeMounts', i, key), v, localDescendingPathErrors(v));
          break;
        }
        case 'mountPropagation':
          if (!MOUNT_PROPAGATIONS.includes(v)) {
            c.r.unsupported('volume-mount', c.at('volumeMounts', i, key), v, MOUNT_PROPAGATIONS);
          } else if (v === 'Bidirectional') {
            const sc = c.container.securityContext;
            if (!isObject(sc) || sc.privileged !== true) {
              c.r.forbidden('volume-mount', c.at('volumeMounts', i, key), 'Bidirectional mount propagation is available only to privileged containers');
            }
          }
          break;
        default:
          break;
      }
    }
  }
}

/** Whether a mount before `i` has the same mountPath. */
function hasMountPath(mounts: readonly unknown[], i: number, mountPath: string): boolean {
  for (let k = 0; k < i; k++) {
    const m = mounts[k];
    if (isObject(m) && m.mountPath === mountPath) return true;
  }
  return false;
}
