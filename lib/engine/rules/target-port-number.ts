/**
 * A Service's numeric `targetPort` (or its `port`, which a missing `targetPort` defaults to)
 * against the container ports of the pods it selects: when they declare ports, and none of them
 * this number, the Service most likely sends its traffic to a port nothing listens on. Declaring
 * ports is informational in Kubernetes (a container may listen on a port it does not declare), so
 * this is a warning in `check`; in code built with the typed layer, whose Services target what
 * their workload declares, an error.
 *
 * @packageDocumentation
 */
import { Path } from '../../values/path';
import { Reporter } from '../reporter';
import { describeTemplate, IndexedTemplate } from './workload-index';

/** `8080, 9090`. */
function numbersOf(t: IndexedTemplate): string {
  return (t.portNumbers ?? []).join(', ');
}

/**
 * Reports port `i` of a Service whose effective target port `target` no selected template that
 * declares ports declares; `defaulted` when the Service port gives no `targetPort`.
 */
export function checkTargetPortNumber(r: Reporter, i: number, target: number, defaulted: boolean, matched: readonly IndexedTemplate[]): void {
  const judged = matched.filter(t => t.portNumbers !== null && t.portNumbers.length > 0);
  if (judged.length === 0 || judged.some(t => t.portNumbers!.includes(target))) return;
  const path: Path = defaulted ? ['spec', 'ports', i, 'port'] : ['spec', 'ports', i, 'targetPort'];
  const who = judged.map(t => describeTemplate(t, `declares ${numbersOf(t)}`));
  r.advise(
    'service-target-port-number',
    path,
    target,
    `${defaulted ? 'the targetPort defaults to the port, and ' : ''}no container of the selected pods declares port ${target}: ${who.join('; ')}; the Service would send its traffic to a port they may not listen on`,
  );
}
