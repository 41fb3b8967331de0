/**
 * The container ports a pod spec declares, by name with their protocols and by number: what the
 * rules across objects keep of a pod template (not the spec itself) to check the `targetPort`s of
 * Services.
 *
 * @packageDocumentation
 */
import { isObject } from '../../values/json';
import { protocolOf } from './pod/ports';

/**
 * Declared container port names of a pod spec → protocols (defaulted `TCP`), or `null` when its
 * containers are not readable (the other rules report that), so the template is not judged.
 */
export function declaredPortsOf(spec: unknown): ReadonlyMap<string, readonly string[]> | null {
  const containers = isObject(spec) ? spec.containers : undefined;
  if (!Array.isArray(containers)) return null;
  let ports: Map<string, string[]> | undefined;
  for (const c of containers) {
    if (!isObject(c) || !Array.isArray(c.ports)) continue;
    for (const p of c.ports) {
      if (!isObject(p) || typeof p.name !== 'string' || p.name === '') continue;
      const protocol = protocolOf(p);
      ports ??= new Map();
      const known = ports.get(p.name);
      if (!known) ports.set(p.name, [protocol]);
      else if (!known.includes(protocol)) known.push(protocol);
    }
  }
  // most templates of a large app name no port: they share one empty map
  return ports ?? NONE;
}

const NONE: ReadonlyMap<string, readonly string[]> = new Map();

/**
 * The container port numbers a pod spec declares (any protocol, sorted, each once), or `null` when
 * its containers are not readable, so the template is not judged.
 */
export function declaredPortNumbersOf(spec: unknown): readonly number[] | null {
  const containers = isObject(spec) ? spec.containers : undefined;
  if (!Array.isArray(containers)) return null;
  let numbers: Set<number> | undefined;
  for (const c of containers) {
    if (!isObject(c) || !Array.isArray(c.ports)) continue;
    for (const p of c.ports) if (isObject(p) && typeof p.containerPort === 'number') (numbers ??= new Set()).add(p.containerPort);
  }
  return numbers === undefined ? NO_NUMBERS : [...numbers].sort((a, b) => a - b);
}

const NO_NUMBERS: readonly number[] = [];
