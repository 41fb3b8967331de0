/**
 * PersistentVolumeClaims, ConfigMaps and Secrets (`pkg/apis/core/validation`).
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../values/json';
import { Reporter } from '../reporter';
import { ObjectRule } from './object-rule';
import { checkConfigMap } from './storage-config/config-map';
import { checkClaimSpec } from './storage-config/pvc';
import { checkSecret } from './storage-config/secret';

/** `ValidatePersistentVolumeClaim`: its metadata is checked by the engine, its spec here. */
function checkPersistentVolumeClaim(r: Reporter, manifest: JsonObject): void {
  checkClaimSpec(r, isObject(manifest.spec) ? manifest.spec : {}, ['spec']);
}

/** The rules of each kind, by `<apiVersion>/<kind>`. */
export const STORAGE_CONFIG_OBJECT_RULES: Readonly<Record<string, ObjectRule>> = {
  'v1/PersistentVolumeClaim': checkPersistentVolumeClaim,
  'v1/ConfigMap': checkConfigMap,
  'v1/Secret': checkSecret,
};
