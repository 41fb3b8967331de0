/**
 * Secrets: `ValidateSecret` of `pkg/apis/core/validation` (Kubernetes 1.27), on the Secret as the
 * apiserver decodes it: `data` values base64-decoded, `stringData` merged into `data` (its values
 * win), and `type` defaulted to Opaque.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';
import { configMapKeyErrors } from '../../../values/names';
import { Reporter } from '../../reporter';
import { decodeBase64 } from './base64';
import { MAX_DATA_BYTES } from './config-map';
import { unmarshalMapError } from './go-json';

const REDACTED = '<secret contents redacted>';

/** The decoded `data`, with `stringData` merged in; values that do not decode are reported and left out. */
function decodedData(r: Reporter, manifest: JsonObject): Map<string, Uint8Array | undefined> {
  const out = new Map<string, Uint8Array | undefined>();
  const data = isObject(manifest.data) ? manifest.data : {};
  for (const key in data) {
    const v = data[key];
    if (typeof v !== 'string') {
      // null decodes as an empty value; another type is a schema finding
      if (v === null) out.set(key, new Uint8Array(0));
      continue;
    }
    const decoded = decodeBase64(v);
    if (decoded.error !== undefined) r.invalid('base64-data', ['data', { key }], undefined, decoded.error);
    out.set(key, decoded.bytes);
  }
  const stringData = isObject(manifest.stringData) ? manifest.stringData : {};
  for (const key in stringData) {
    const v = stringData[key];
    if (typeof v === 'string') out.set(key, Buffer.from(v, 'utf8'));
  }
  return out;
}

/** The checks of each type that has some (`SecretTypeXxx`). */
function checkType(r: Reporter, type: string, data: Map<string, Uint8Array | undefined>, annotations: JsonObject): void {
  const required = (key: string): void => r.required('secret-type-keys', ['data', { key }]);
  switch (type) {
    case 'kubernetes.io/service-account-token': {
      const name = annotations['kubernetes.io/service-account.name'];
      if (typeof name !== 'string' || name === '') {
        r.required('secret-service-account-token', ['metadata', 'annotations', { key: 'kubernetes.io/service-account.name' }]);
      }
      break;
    }
    case 'kubernetes.io/dockercfg':
    case 'kubernetes.io/dockerconfigjson': {
      const key = type === 'kubernetes.io/dockercfg' ? '.dockercfg' : '.dockerconfigjson';
      if (!data.has(key)) {
        required(key);
        break;
      }
      const bytes = data.get(key);
      const error = bytes && unmarshalMapError(bytes);
      if (error !== undefined) r.invalid('secret-docker-config', ['data', { key }], REDACTED, error);
      break;
    }
    case 'kubernetes.io/basic-auth':
      // either may be empty, but one of them must be there
      if (!data.has('username') && !data.has('password')) {
        required('username');
        required('password');
      }
      break;
    case 'kubernetes.io/ssh-auth': {
      const key = data.get('ssh-privatekey');
      if (data.has('ssh-privatekey') && key === undefined) break; // undecodable: reported already
      if (!key || key.length === 0) required('ssh-privatekey');
      break;
    }
    case 'kubernetes.io/tls':
      if (!data.has('tls.crt')) required('tls.crt');
      if (!data.has('tls.key')) required('tls.key');
      break;
    default:
      // Opaque, bootstrap tokens and custom types have no required keys
      break;
  }
}

/** Checks a Secret's keys, size and the keys its type requires. */
export function checkSecret(r: Reporter, manifest: JsonObject): void {
  const data = decodedData(r, manifest);
  let total = 0;
  for (const [key, bytes] of data) {
    r.invalidEach('secret-key', ['data', { key }], key, configMapKeyErrors(key));
    total += bytes?.length ?? 0;
  }
  if (total > MAX_DATA_BYTES) r.tooLong('secret-size', ['data'], `must have at most ${MAX_DATA_BYTES} bytes`);
  const type = typeof manifest.type === 'string' && manifest.type !== '' ? manifest.type : 'Opaque';
  const meta = isObject(manifest.metadata) ? manifest.metadata : {};
  checkType(r, type, data, isObject(meta.annotations) ? meta.annotations : {});
}
