/**
 * ConfigMaps: `ValidateConfigMap` of `pkg/apis/core/validation` (Kubernetes 1.27). Neither v1
 * defaulting nor the create strategy changes what it checks.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';
import { configMapKeyErrors } from '../../../values/names';
import { Reporter } from '../../reporter';
import { decodeBase64 } from './base64';

/** `core.MaxSecretSize`, the limit of ConfigMaps too: 1 MiB of values. */
export const MAX_DATA_BYTES = 1048576;

/** The decoded length of each `binaryData` value; an undecodable value is reported and counts as empty. */
function binarySizes(r: Reporter, binary: JsonObject): number {
  let total = 0;
  for (const key in binary) {
    const v = binary[key];
    if (typeof v !== 'string') continue;
    const decoded = decodeBase64(v);
    if (decoded.error !== undefined) r.invalid('base64-data', ['binaryData', { key }], undefined, decoded.error);
    else total += decoded.bytes.length;
  }
  return total;
}

/** Checks a ConfigMap's keys and size. */
export function checkConfigMap(r: Reporter, manifest: JsonObject): void {
  const data = isObject(manifest.data) ? manifest.data : {};
  const binary = isObject(manifest.binaryData) ? manifest.binaryData : {};
  const binarySize = binarySizes(r, binary);
  let total = binarySize;
  for (const key in data) {
    r.invalidEach('config-map-key', ['data', { key }], key, configMapKeyErrors(key));
    if (Object.prototype.hasOwnProperty.call(binary, key)) r.invalid('config-map-key', ['data', { key }], key, 'duplicate of key present in binaryData');
    const v = data[key];
    if (typeof v === 'string') total += Buffer.byteLength(v, 'utf8');
  }
  for (const key in binary) r.invalidEach('config-map-key', ['binaryData', { key }], key, configMapKeyErrors(key));
  // the apiserver reports the size on the whole object: an empty path
  if (total > MAX_DATA_BYTES) r.tooLong('config-map-size', [], `must have at most ${MAX_DATA_BYTES} bytes`);
}
