/**
 * The pods of a cdk8s-plus-27 workload as this library's {@link Service} selects them: by the
 * workload's selector labels, with the ports its containers declare, and the port names a Service may
 * target in the type.
 *
 * @packageDocumentation
 */
import { ApiObject } from 'cdk8s';
// types only: loading cdk8s-plus-27 is left to the apps that use it
import type * as kplus from 'cdk8s-plus-27';
import { BuilderCheck } from '../engine/builder-check';
import { checkArguments } from '../engine/options/check-options';
import { constructPathWhere } from '../objects/construct-arguments';
import { DeclaredPort } from '../containers/container';
import { Selectable } from '../workloads/selectable';
import { PORT_NAMES } from '../values/port-name';
import { suggest } from '../values/suggest';

/**
 * The pods of a cdk8s-plus-27 workload (a `kplus.Deployment`, `StatefulSet`, `DaemonSet`, `Job`, or a
 * `kplus.Pod`), for a {@link Service} of this library. Build it with {@link KplusPods.of}, naming the
 * ports the Service may target by name: `N` is their union, and a named `targetPort` outside it does
 * not compile.
 *
 * A workload selects its pods by `matchLabels` (cdk8s-plus-27 adds a label of its own unless the
 * workload was built with `select: false`), a Pod by its labels. A Service selects by labels only: it
 * does not see the workload's `matchExpressions`.
 *
 * @example
 * const web = new kplus.Deployment(chart, 'Web');
 * web.addContainer({ image: 'registry.k8s.io/e2e-test-images/agnhost:2.40', ports: [{ number: 8080, name: 'http' }] });
 * new Service(chart, 'WebService', { selector: KplusPods.of(web, ['http']), ports: [{ port: 80, targetPort: 'http' }] });
 */
export class KplusPods<N extends string = string> implements Selectable<N> {
  /**
   * The pods of `workload`. Each of `portNames` must be the name of a port that the workload's
   * containers declare now, or this throws, naming the workload and the names they declare.
   *
   * @param workload a cdk8s-plus-27 workload or Pod
   * @param portNames the port names a Service may target by name: none by default, so that only
   * port numbers compile
   */
  public static of<const N extends string = never>(workload: kplus.AbstractPod, portNames: readonly N[] = []): KplusPods<N> {
    checkArguments(constructPathWhere(workload, 'KplusPods.of'), 'KplusPods.of', [workload, portNames]);
    return new KplusPods<N>(workload, portNames);
  }

  /** The cdk8s-plus-27 workload or Pod. */
  public readonly workload: kplus.AbstractPod;
  /** The kind of its object (`Deployment`, `Pod`, ...). */
  public readonly kind: string;
  /** Its name. */
  public readonly name: string;
  /** Its namespace, when it sets one. */
  public readonly namespace?: string;
  /** The port names given to {@link KplusPods.of}. */
  public readonly portNames: readonly N[];

  /** The port names a Service may target by name, for the compiler only. Never set at run time. */
  declare public readonly [PORT_NAMES]: N;

  private constructor(workload: kplus.AbstractPod, portNames: readonly N[]) {
    this.workload = workload;
    this.kind = ApiObject.of(workload).kind;
    this.name = workload.name;
    this.namespace = workload.metadata.namespace;
    this.portNames = [...portNames];
    this.checkPortNames();
  }

  /** The labels that select the pods: a workload's `matchLabels`, a Pod's labels. */
  public get selectorLabels(): Readonly<Record<string, string>> {
    if (isWorkload(this.workload)) return this.workload.matchLabels;
    return labelsOf(this.workload.podMetadata.toJson());
  }

  /** The ports the workload's containers declare (not its init containers': a Service cannot reach those). */
  public get ports(): readonly DeclaredPort[] {
    return this.workload.containers.flatMap(c => c.ports.map(p => ({ number: p.number, name: p.name, protocol: protocolOf(p) })));
  }

  private checkPortNames(): void {
    const declared = [...new Set(this.ports.flatMap(p => (p.name === undefined ? [] : [p.name])))];
    const check = new BuilderCheck();
    this.portNames.forEach((name, i) => {
      if (declared.includes(name)) return;
      const its = declared.length > 0 ? `its containers declare ${declared.map(d => `"${d}"`).join(', ')}` : 'its containers declare no named port';
      check.r.invalid(
        'service-target-port-declared',
        ['portNames', i],
        name,
        `${this.kind} "${this.name}" declares no port of that name (${its})`,
        suggest(name, declared),
      );
    });
    check.throwIfErrors(`[${this.workload.node.path}]`);
  }
}

/** Whether `pods` is a workload, which selects its pods by `matchLabels`, rather than a Pod. */
function isWorkload(pods: kplus.AbstractPod): pods is kplus.Workload {
  return 'matchLabels' in pods;
}

/** The labels of object metadata as cdk8s writes it. */
function labelsOf(metadata: { readonly labels?: unknown }): Record<string, string> {
  const labels: Record<string, string> = {};
  if (typeof metadata.labels !== 'object' || metadata.labels === null) return labels;
  for (const [key, value] of Object.entries(metadata.labels)) if (typeof value === 'string') labels[key] = value;
  return labels;
}

/** A cdk8s-plus port's protocol, `TCP` when it gives none. */
function protocolOf(port: kplus.ContainerPort): DeclaredPort['protocol'] {
  switch (port.protocol) {
    case 'UDP':
      return 'UDP';
    case 'SCTP':
      return 'SCTP';
    default:
      return 'TCP';
  }
}
