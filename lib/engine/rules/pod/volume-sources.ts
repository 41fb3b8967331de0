/**
 * The sources of a pod's volumes that its own files come from: `hostPath`, `secret`, `configMap`,
 * `downwardAPI` and `projected`, as `validateVolumeSource` checks them in
 * `pkg/apis/core/validation/validation.go` (v1.27), after the v1 defaults (a missing `defaultMode`
 * is 0644, a token's `expirationSeconds` 3600). And what the kubelet cannot mount although the
 * apiserver accepts it: a relative host path, a token path out of the volume.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';
import { localDescendingPathErrors } from '../../../values/names';
import { Path } from '../../../values/path';
import { checkObjectFieldSelector, checkResourceFieldSelector } from './field-selectors';
import { PodScope } from './scope';

const FILE_MODE = 'must be a number between 0 and 0777 (octal), both inclusive';
/** `supportedHostPathTypes.List()`: sorted, with the unset type. */
const HOST_PATH_TYPES: readonly string[] = ['', 'BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket'];
/** `validVolumeDownwardAPIFieldPathExpressions`, sorted. */
const VOLUME_FIELD_PATHS: readonly string[] = ['metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid'];
const MIN_TOKEN_SECONDS = 10 * 60;
const MAX_TOKEN_SECONDS = 2 ** 32;

/** Checks the source `key` (`secret`, `projected`...) of volume `i`. */
export function checkVolumeSource(pod: PodScope, i: number, key: string, source: JsonObject): void {
  const path = pod.at('volumes', i, key);
  switch (key) {
    case 'hostPath':
      hostPath(pod, source, path);
      break;
    case 'secret':
      objectName(pod, source.secretName, [...path, 'secretName']);
      fileMode(pod, source.defaultMode, [...path, 'defaultMode']);
      keyToPaths(pod, source.items, [...path, 'items']);
      break;
    case 'configMap':
      objectName(pod, source.name, [...path, 'name']);
      fileMode(pod, source.defaultMode, [...path, 'defaultMode']);
      keyToPaths(pod, source.items, [...path, 'items']);
      break;
    case 'downwardAPI':
      fileMode(pod, source.defaultMode, [...path, 'defaultMode']);
      if (Array.isArray(source.items)) for (const file of source.items) if (isObject(file)) downwardAPIFile(pod, file, path);
      break;
    case 'projected':
      fileMode(pod, source.defaultMode, [...path, 'defaultMode']);
      if (Array.isArray(source.sources)) projectionSources(pod, source.sources, path);
      break;
    default:
      break;
  }
}

/** `validateHostPathVolumeSource`, and the absolute path the kubelet needs. */
function hostPath(pod: PodScope, source: JsonObject, path: Path): void {
  const p = source.path;
  if (p === '') {
    pod.r.required('volume-host-path', [...path, 'path']);
    return;
  }
  if (typeof p === 'string') {
    if (hasBacksteps(p)) pod.r.invalid('volume-host-path', [...path, 'path'], p, "must not contain '..'");
    if (!isAbsolute(p)) {
      pod.r.advise(
        'host-path-absolute',
        [...path, 'path'],
        p,
        `must be an absolute path on the node: "/${p}"? The apiserver accepts a relative one, but the kubelet cannot mount it`,
      );
    }
  }
  const type = source.type;
  if (typeof type === 'string' && !HOST_PATH_TYPES.includes(type)) pod.r.unsupported('volume-host-path', [...path, 'type'], type, HOST_PATH_TYPES);
}

/** The name of the Secret or ConfigMap a volume source projects: required. */
function objectName(pod: PodScope, name: unknown, path: Path): void {
  if (name === undefined || name === null || name === '') pod.r.required('volume-source-name', path);
}

/** `defaultMode` or `mode`: 0 to 0777; a decimal number written for an octal one is said so. */
function fileMode(pod: PodScope, mode: unknown, path: Path): void {
  if (typeof mode !== 'number' || (mode >= 0 && mode <= 0o777)) return;
  // 644 meant as 0644: three octal digits, written in decimal
  const digits = /^[0-7]{3}$/.test(String(mode)) ? String(mode) : undefined;
  const suggestion = digits === undefined ? undefined : pod.r.typed ? `0o${digits}` : `0${digits}`;
  pod.r.invalid('volume-file-mode', path, mode, FILE_MODE, suggestion);
}

/** `validateKeyToPath` of each item; returns their paths (for the duplicates of a projection). */
function keyToPaths(pod: PodScope, items: unknown, path: Path): string[] {
  const paths: string[] = [];
  if (!Array.isArray(items)) return paths;
  items.forEach((item: unknown, i: number) => {
    if (!isObject(item)) return;
    // an absent key or path is the schema's Required value
    if (item.key === '') pod.r.required('volume-item-path', [...path, i, 'key']);
    const p = typeof item.path === 'string' ? item.path : '';
    if (item.path === '') pod.r.required('volume-item-path', [...path, i, 'path']);
    localNonReservedPath(pod, p, [...path, i, 'path']);
    fileMode(pod, item.mode, [...path, i, 'mode']);
    if (p !== '') paths.push(p);
  });
  return paths;
}

/** `validateLocalNonReservedPath`: relative, no `..` element, not starting with `..`. */
function localNonReservedPath(pod: PodScope, p: string, path: Path): void {
  pod.r.invalidEach('volume-item-path', path, p, localNonReservedPathErrors(p));
}

function localNonReservedPathErrors(p: string): string[] {
  const errs = localDescendingPathErrors(p);
  // not said twice when the '..' check caught it
  if (p.startsWith('..') && !p.startsWith('../')) errs.push("must not start with '..'");
  return errs;
}

/** Absolute on a Linux node, or on a Windows one (`C:\\logs`, `\\\\.\\pipe\\docker_engine`). */
function isAbsolute(p: string): boolean {
  return p.startsWith('/') || p.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(p);
}

function hasBacksteps(p: string): boolean {
  return p.split('/').includes('..');
}

/**
 * `validateDownwardAPIVolumeFile`. Its findings are at `path`, the source's own path (not the
 * item's): `downwardAPI.path`, `downwardAPI.fieldRef.fieldPath`, as the apiserver reports them.
 */
function downwardAPIFile(pod: PodScope, file: JsonObject, path: Path): void {
  const p = typeof file.path === 'string' ? file.path : '';
  if (file.path === '') pod.r.required('volume-item-path', [...path, 'path']);
  localNonReservedPath(pod, p, [...path, 'path']);
  const fieldRef = file.fieldRef;
  const resourceFieldRef = file.resourceFieldRef;
  if (isObject(fieldRef)) {
    checkObjectFieldSelector(pod.r, 'volume-downward-api', fieldRef, [...path, 'fieldRef'], VOLUME_FIELD_PATHS);
    if (isObject(resourceFieldRef)) pod.r.invalid('volume-downward-api', path, 'resource', 'fieldRef and resourceFieldRef can not be specified simultaneously');
  } else if (isObject(resourceFieldRef)) {
    checkResourceFieldSelector(pod, 'volume-downward-api', resourceFieldRef, [...path, 'resourceFieldRef'], true);
  } else {
    pod.r.required('volume-downward-api', path, 'one of fieldRef and resourceFieldRef is required');
  }
  fileMode(pod, file.mode, [...path, 'mode']);
}

/** `validateProjectionSources`: one source each, their files, a path projected once, the token's lifetime and path. */
function projectionSources(pod: PodScope, sources: readonly unknown[], path: Path): void {
  const all = new Set<string>();
  const conflict = (value: unknown) => pod.r.invalid('volume-item-path', path, value, 'conflicting duplicate paths');
  sources.forEach((source, i) => {
    if (!isObject(source)) return;
    const srcPath = [...path, 'sources', i];
    let count = 0;
    for (const kind of ['secret', 'configMap'] as const) {
      const s = source[kind];
      if (!isObject(s)) continue;
      count++;
      objectName(pod, s.name, [...srcPath, kind, 'name']);
      for (const p of keyToPaths(pod, s.items, [...srcPath, kind, 'items'])) {
        if (all.has(p)) conflict(s.name ?? '');
        all.add(p);
      }
    }
    const downward = source.downwardAPI;
    if (isObject(downward)) {
      count++;
      if (Array.isArray(downward.items)) {
        for (const file of downward.items) {
          if (!isObject(file)) continue;
          downwardAPIFile(pod, file, [...srcPath, 'downwardAPI']);
          if (typeof file.path !== 'string' || file.path === '') continue;
          if (all.has(file.path)) conflict(file.path);
          all.add(file.path);
        }
      }
    }
    const token = source.serviceAccountToken;
    if (isObject(token)) {
      count++;
      serviceAccountToken(pod, token, [...srcPath, 'serviceAccountToken'], path);
    }
    if (count > 1) pod.r.forbidden('volume-source', srcPath, 'may not specify more than 1 volume type');
  });
}

/** A projected token: a lifetime of 10 minutes to 2^32 seconds, and a path inside the volume. */
function serviceAccountToken(pod: PodScope, token: JsonObject, path: Path, projected: Path): void {
  const seconds = token.expirationSeconds;
  if (typeof seconds === 'number') {
    if (seconds < MIN_TOKEN_SECONDS) {
      pod.r.invalid('projected-token', [...path, 'expirationSeconds'], seconds, 'may not specify a duration less than 10 minutes');
    }
    if (seconds > MAX_TOKEN_SECONDS) {
      pod.r.invalid('projected-token', [...path, 'expirationSeconds'], seconds, 'may not specify a duration larger than 2^32 seconds');
    }
  }
  const p = token.path;
  // the apiserver reports an empty path at the projection, not at the token (an absent one is the schema's)
  if (p === '') pod.r.required('projected-token', [...projected, 'path']);
  else if (typeof p === 'string') {
    for (const e of localNonReservedPathErrors(p)) {
      pod.r.invalid(
        'projected-token-path',
        [...path, 'path'],
        p,
        `${e}: the apiserver accepts it, but the kubelet cannot write the token there, and the pod does not start`,
      );
    }
  }
}
