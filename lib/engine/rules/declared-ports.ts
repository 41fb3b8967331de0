/**
 * The container port names a pod spec declares, with their protocols: what the rules across
 * objects keep of a pod template (not the spec itself) to check the named `targetPort`s of
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
export function declaredPortsOf(spec: unknown): Map<string, string[]> | null {
  const containers = isObject(spec) ? spec.containers : undefined;
  if (!Array.isArray(containers)) return null;
  const ports = new Map<string, string[]>();
  for (const c of containers) {
    if (!isObject(c) || !Array.isArray(c.ports)) continue;
    for (const p of c.ports) {
      if (!isObject(p) || typeof p.name !== 'string' || p.name === '') continue;
      const protocol = protocolOf(p);
      const known = ports.get(p.name);
      if (!known) ports.set(p.name, [protocol]);
      else if (!known.includes(protocol)) known.push(protocol);
    }
  }
  return ports;
}
