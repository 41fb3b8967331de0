/**
 * PersistentVolumeClaims: `ValidatePersistentVolumeClaimSpec` of `pkg/apis/core/validation`, as
 * Kubernetes 1.27 runs it on create, after the create strategy's data-source handling.
 *
 * v1 defaults `volumeMode` to Filesystem (so an absent mode is valid). Before validating, the
 * create strategy (`pkg/api/persistentvolumeclaim/util.go`, gates of 1.27: AnyVolumeDataSource on,
 * CrossNamespaceVolumeDataSource off, ReadWriteOncePod on):
 * 1. drops a `dataSourceRef` that names a namespace;
 * 2. without a `dataSourceRef`, drops a `dataSource` that is neither a PersistentVolumeClaim nor a
 *    VolumeSnapshot (`snapshot.storage.k8s.io`);
 * 3. copies the one of `dataSource` / `dataSourceRef` that is set to the other.
 * This module works on a view of those values and never changes the manifest.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';
import { dns1123SubdomainErrors } from '../../../values/names';
import { Path } from '../../../values/path';
import { parseQuantity, quantityOf } from '../../../values/quantity';
import { Reporter } from '../../reporter';
import { checkLabelSelector } from '../selectors';

/** `supportedAccessModes` with ReadWriteOncePod (its gate is on in 1.27), sorted. */
const ACCESS_MODES: readonly string[] = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];
const RWOP = 'ReadWriteOncePod';
const VOLUME_MODES: readonly string[] = ['Block', 'Filesystem'];
const PVC_KIND = 'PersistentVolumeClaim';

/** A data source as the validator sees it; `own` when the manifest wrote it (not copied from the other field). */
interface DataSource {
  readonly apiGroup: unknown;
  readonly kind: unknown;
  readonly name: unknown;
  readonly own: boolean;
}

function isSet(v: unknown): boolean {
  return v !== undefined && v !== null;
}

/** The string of a field, `""` when absent or of another type. */
function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** `dataSourceIsPvcOrSnapshot`. */
function isClaimOrSnapshot(ds: JsonObject): boolean {
  const group = text(ds.apiGroup);
  return (ds.kind === PVC_KIND && group === '') || (ds.kind === 'VolumeSnapshot' && group === 'snapshot.storage.k8s.io');
}

/** The data sources after `DropDisabledFields`, `EnforceDataSourceBackwardsCompatibility` and `NormalizeDataSources`. */
function dataSources(r: Reporter, spec: JsonObject, path: Path): { ds?: DataSource; ref?: DataSource } {
  let ds = isObject(spec.dataSource) ? spec.dataSource : undefined;
  let ref = isObject(spec.dataSourceRef) ? spec.dataSourceRef : undefined;
  if (ref && text(ref.namespace) !== '') {
    r.advise(
      'pvc-data-source-dropped',
      [...path, 'dataSourceRef'],
      undefined,
      'a dataSourceRef with a namespace needs the CrossNamespaceVolumeDataSource feature gate (alpha, off in 1.27): the apiserver drops it and the volume is created empty',
    );
    ref = undefined;
  }
  if (!ref && ds && !isClaimOrSnapshot(ds)) {
    r.advise(
      'pvc-data-source-dropped',
      [...path, 'dataSource'],
      undefined,
      'dataSource only takes a PersistentVolumeClaim or a VolumeSnapshot (snapshot.storage.k8s.io): the apiserver drops any other and the volume is created empty; name it in dataSourceRef instead',
    );
    ds = undefined;
  }
  const own = (o: JsonObject): DataSource => ({ apiGroup: o.apiGroup, kind: o.kind, name: o.name, own: true });
  const copy = (o: JsonObject): DataSource => ({ apiGroup: o.apiGroup, kind: text(o.kind), name: text(o.name), own: false });
  if (ds && !ref) return { ds: own(ds), ref: copy(ds) };
  if (ref && !ds) return { ds: copy(ref), ref: own(ref) };
  return { ds: ds && own(ds), ref: ref && own(ref) };
}

/** `validateDataSource` / `validateDataSourceRef` (the namespace of a ref never gets here in 1.27). */
function checkDataSource(r: Reporter, ds: DataSource, path: Path): void {
  // a field the manifest omits is reported by the schema; a copied field is reported here
  const missing = (v: unknown): boolean => v === '' || (!ds.own && !isSet(v));
  if (missing(ds.name)) r.required('pvc-data-source', [...path, 'name']);
  if (missing(ds.kind)) r.required('pvc-data-source', [...path, 'kind']);
  if (text(ds.apiGroup) === '' && ds.kind !== PVC_KIND && (typeof ds.kind === 'string' || !isSet(ds.kind))) {
    r.invalid('pvc-data-source', path, text(ds.kind), '');
  }
}

/** `isDataSourceEqualDataSourceRef`: an absent apiGroup differs from `""`. */
function sameSource(a: DataSource, b: DataSource): boolean {
  const group = (g: unknown): unknown => (isSet(g) ? g : undefined);
  return group(a.apiGroup) === group(b.apiGroup) && text(a.kind) === text(b.kind) && text(a.name) === text(b.name);
}

function checkStorage(r: Reporter, resources: JsonObject, path: Path): void {
  for (const list of ['requests', 'limits']) {
    const quantities = resources[list];
    if (!isObject(quantities)) continue;
    for (const name in quantities) {
      const q = quantities[name];
      if (typeof q !== 'string') continue;
      const parsed = parseQuantity(q);
      if (parsed.error !== undefined) r.invalid('quantity-syntax', [...path, 'resources', list, { key: name }], q, parsed.error);
    }
  }
  const requests = isObject(resources.requests) ? resources.requests : {};
  const storage = requests.storage;
  const at = [...path, 'resources', { key: 'storage' }];
  if (!isSet(storage)) {
    r.required('pvc-storage-request', at);
  } else if (typeof storage === 'string' || typeof storage === 'number') {
    const value = quantityOf(storage).value;
    if (value !== undefined && value <= 0) r.invalid('pvc-storage-request', at, value === 0 ? '0' : String(storage), 'must be greater than zero');
  }
}

/** Checks the `spec` of a PersistentVolumeClaim at `path`. */
export function checkClaimSpec(r: Reporter, spec: JsonObject, path: Path): void {
  const modes = Array.isArray(spec.accessModes) ? spec.accessModes : [];
  if (modes.length === 0) r.required('pvc-access-modes', [...path, 'accessModes'], 'at least 1 access mode is required');
  checkLabelSelector(r, spec.selector, [...path, 'selector']);
  let rwop = false;
  let other = false;
  for (const mode of modes) {
    if (typeof mode !== 'string') continue;
    if (!ACCESS_MODES.includes(mode)) r.unsupported('pvc-access-modes', [...path, 'accessModes'], mode, ACCESS_MODES);
    else if (mode === RWOP) rwop = true;
    else other = true;
  }
  if (rwop && other) r.forbidden('pvc-access-modes', [...path, 'accessModes'], 'may not use ReadWriteOncePod with other access modes');

  checkStorage(r, isObject(spec.resources) ? spec.resources : {}, path);

  const className = spec.storageClassName;
  if (typeof className === 'string' && className !== '') {
    r.invalidEach('pvc-storage-class-name', [...path, 'storageClassName'], className, dns1123SubdomainErrors(className));
  }
  const mode = spec.volumeMode;
  if (typeof mode === 'string' && !VOLUME_MODES.includes(mode)) r.unsupported('pvc-volume-mode', [...path, 'volumeMode'], mode, VOLUME_MODES);

  const { ds, ref } = dataSources(r, spec, path);
  if (ds) checkDataSource(r, ds, [...path, 'dataSource']);
  if (ref) checkDataSource(r, ref, [...path, 'dataSourceRef']);
  if (ds && ref && !sameSource(ds, ref)) r.invalid('pvc-data-source', path, undefined, 'must match dataSourceRef');
}
