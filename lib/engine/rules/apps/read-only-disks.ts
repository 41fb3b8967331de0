/**
 * GCE persistent disks in the pods of workloads that run several pods at once
 * (`ValidateReadOnlyPersistentDisks`, as 1.27 still calls it for DaemonSets and for Deployments and
 * ReplicaSets of more than one replica): a disk mounted on several machines must be read-only.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';
import { Reporter } from '../../reporter';

const DETAIL = 'must be true for replicated pods > 1; GCE PD can only be mounted on multiple machines if it is read-only';

/** Reports each `gcePersistentDisk` volume of `spec.template.spec.volumes` that is not `readOnly: true`. */
export function checkReadOnlyDisks(r: Reporter, spec: JsonObject): void {
  const template = spec.template;
  const podSpec = isObject(template) ? template.spec : undefined;
  const volumes = isObject(podSpec) ? podSpec.volumes : undefined;
  if (!Array.isArray(volumes)) return;
  volumes.forEach((v, i) => {
    if (!isObject(v) || !isObject(v.gcePersistentDisk)) return;
    const readOnly = v.gcePersistentDisk.readOnly;
    // a readOnly of another type is the schema's finding
    if (readOnly === undefined || readOnly === null || readOnly === false) {
      r.invalid('replicated-gce-pd-read-only', ['spec', 'template', 'spec', 'volumes', i, 'gcePersistentDisk', 'readOnly'], false, DETAIL);
    }
  });
}
