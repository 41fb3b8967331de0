/**
 * Typed probes for containers of cdk8s-plus-27 workloads.
 *
 * cdk8s-plus-27's own `Probe` has no named ports, no HTTP headers, no gRPC and no probe
 * grace period. This gives a `kplus.Container` any probe of this library instead.
 *
 * @packageDocumentation
 */
import { ApiObject, JsonPatch } from 'cdk8s';
// types only: loading cdk8s-plus-27 is left to the apps that use it
import type * as kplus from 'cdk8s-plus-27';
import { templatePathOf } from '../engine/rules/kinds';
import { reportUndeclaredPort } from '../engine/rules/pod/probes';
import { BuilderCheck } from '../engine/builder-check';
import { checkArguments } from '../engine/options/check-options';
import { constructPathWhere } from '../objects/construct-arguments';
import { LivenessProbe } from '../probes/liveness';
import { Probe } from '../probes/probe';
import { ReadinessProbe } from '../probes/readiness';
import { StartupProbe } from '../probes/startup';

/** The probes to give a cdk8s-plus container. */
export interface TypedProbes {
  /**
   * Replaces the container's liveness probe.
   *
   * @default - the container's own liveness probe, if any, is kept
   */
  readonly liveness?: LivenessProbe<string>;
  /**
   * Replaces the container's readiness probe.
   *
   * @default - the container's own readiness probe, if any, is kept
   */
  readonly readiness?: ReadinessProbe<string>;
  /**
   * Replaces the container's startup probe (including the TCP startup probe that
   * cdk8s-plus-27 adds on its own when the container has a `portNumber`).
   *
   * @default - the container's own startup probe, if any, is kept
   */
  readonly startup?: StartupProbe<string>;
}

/**
 * Gives `container`, a container of the cdk8s-plus-27 `workload`, typed probes.
 * A named probe port must be one of the container's ports: this is checked here, since
 * cdk8s-plus containers do not carry their port names in their type.
 *
 * @example
 * const deployment = new kplus.Deployment(chart, 'Web');
 * const web = deployment.addContainer({ image: 'nginx:1.25', ports: [{ number: 8080, name: 'http' }] });
 * applyTypedProbes(deployment, web, {
 *   liveness: LivenessProbe.httpGet({ path: '/healthz', port: 'http', headers: { 'X-Probe': 'liveness' } }),
 * });
 */
export function applyTypedProbes(workload: kplus.AbstractPod, container: kplus.Container, probes: TypedProbes): void {
  checkArguments(constructPathWhere(workload, 'applyTypedProbes'), 'applyTypedProbes', [workload, container, probes]);
  const index = workload.containers.indexOf(container);
  if (index < 0) {
    const misplaced = new BuilderCheck();
    misplaced.r.invalid('sdk-container-of-workload', ['container'], container.name, 'is not a container of this workload (init containers cannot have probes)');
    misplaced.throwIfErrors(`[${workload.node.path}]`);
  }
  const check = new BuilderCheck();
  const names = container.ports.flatMap(p => (p.name ? [p.name] : []));
  const { kind } = ApiObject.of(workload);
  const base = `/${[...(templatePathOf(kind) ?? ['spec', 'template']), 'spec', 'containers', String(index)].join('/')}`;
  const fields: [string, Probe<string> | undefined][] = [
    ['livenessProbe', probes.liveness],
    ['readinessProbe', probes.readiness],
    ['startupProbe', probes.startup],
  ];
  for (const [field, probe] of fields) {
    const name = probe?.portName;
    if (name !== undefined && !names.includes(name)) reportUndeclaredPort(check.r, [field, 'port'], name, names);
  }
  check.throwIfErrors(`[${workload.node.path}] container "${container.name}"`);
  for (const [field, probe] of fields) {
    // cdk8s applies patches before the L1 class converts its props to JSON: the value is in props form
    if (probe) ApiObject.of(workload).addJsonPatch(JsonPatch.add(`${base}/${field}`, probe.toKube()));
  }
}
