/**
 * Services: a stable address for the pods of a workload, whose named target ports can only be
 * ports the workload's containers declare.
 *
 * @packageDocumentation
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { OwnApiObject } from '../app-validation/own-api-object';
import { Protocol } from '../containers/port';
import { BuilderCheck } from '../engine/builder-check';
import { Finding, formatFindingWithRule } from '../engine/finding';
import { throwIfErrors } from '../engine/validation-error';
import { buildMetadata, MetadataOptions } from '../objects/metadata';
import { checkConstructArguments } from '../objects/construct-arguments';
import { validateOwn } from '../objects/own-validation';
import { withoutUndefined } from '../values/json';
import { DeclaredPortName } from '../values/port-name';
import { Selectable } from '../workloads/selectable';
import { ServiceSpellings } from './spellings';

/** How a Service is reachable, spelled as Kubernetes spells it. */
export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer';

/** A port of a Service. */
export interface ServicePortSpec<N extends string> {
  /** The port the Service listens on. */
  readonly port: number;
  /**
   * The pods' port: a number, or the name of a port the selected containers declare (a name they do
   * not declare does not compile).
   *
   * @default - the same number as `port`
   */
  readonly targetPort?: number | DeclaredPortName<N>;
  /**
   * The port's name: required by Kubernetes when the Service has several ports.
   *
   * @default - no name
   */
  readonly name?: string;
  /**
   * The protocol.
   *
   * @default 'TCP'
   */
  readonly protocol?: Protocol;
  /**
   * The node port, for a `NodePort` or `LoadBalancer` Service.
   *
   * @default - not emitted; allocated by the cluster
   */
  readonly nodePort?: number;
}

/** Properties of a {@link Service}. */
export interface ServiceProps<N extends string> extends MetadataOptions, ServiceSpellings {
  /**
   * The Service's name: a DNS-1035 label.
   *
   * @default - the name of the selected workload
   */
  readonly name?: string;

  /** The pods the Service sends traffic to: a workload of this library, or a Pod. */
  readonly selector: Selectable<N>;

  /** The ports. */
  readonly ports: readonly ServicePortSpec<NoInfer<N>>[];

  /**
   * How the Service is reachable.
   *
   * @default 'ClusterIP'
   */
  readonly type?: ServiceType;

  /**
   * A headless Service (`clusterIP: None`): DNS returns the pods' own addresses (a StatefulSet's
   * pods get stable names through it).
   *
   * @default false
   */
  readonly headless?: boolean;

  /**
   * Whether pods are in the endpoints before they are ready (a StatefulSet's peers finding each other).
   *
   * @default - not emitted; only ready pods
   */
  readonly publishNotReadyAddresses?: boolean;
}

/**
 * A Service for the pods of a workload. Its selector is the workload's selector labels, and a
 * named `targetPort` must be a port the workload's containers declare, at compile time.
 *
 * @example
 * new Service(chart, 'ApiService', { selector: api, ports: [{ port: 80, targetPort: 'http' }] });
 */
export class Service<N extends string = string> extends Construct {
  /** The Service's name (its DNS name in the namespace). */
  public readonly serviceName: string;
  /** The underlying object, the child `'Resource'`. */
  public readonly apiObject: ApiObject;

  public constructor(scope: Construct, id: string, props: ServiceProps<N>) {
    super(scope, id);
    checkConstructArguments('Service', scope, id, props);
    const where = `[${this.node.path}]`;
    const selector = props.selector;
    this.serviceName = props.name ?? selector.name;
    checkTargetPorts(where, props);
    // a Pod's containers may still be added: its ports are known when the app is synthesized
    if (props.selector.kind === 'Pod') this.node.addValidation({ validate: () => targetPortNumberErrors(props) });
    else throwIfErrors(where, targetPortNumberFindings(props));
    const manifest = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: buildMetadata(where, this.serviceName, { namespace: selector.namespace, ...props }, selector.selectorLabels),
      spec: withoutUndefined({
        type: props.type ?? 'ClusterIP',
        clusterIP: props.headless ? 'None' : undefined,
        publishNotReadyAddresses: props.publishNotReadyAddresses,
        selector: { ...selector.selectorLabels },
        ports: props.ports.map(p =>
          withoutUndefined({ name: p.name, port: p.port, targetPort: p.targetPort ?? p.port, protocol: p.protocol ?? 'TCP', nodePort: p.nodePort }),
        ),
      }),
    };
    validateOwn(this, [manifest]);
    this.apiObject = new OwnApiObject(this, 'Resource', manifest);
  }
}

/** A Service port, as the checks of its target port see it. */
type TargetedPort = { readonly port: number; readonly targetPort?: number | string; readonly protocol?: Protocol };

/**
 * A numeric target port (or the port it defaults to) must be one the selected containers declare,
 * when they declare ports: a Service of this library targets what its workload declares.
 */
function targetPortNumberFindings(props: { readonly selector: Selectable<string>; readonly ports: readonly TargetedPort[] }): Finding[] {
  const check = new BuilderCheck();
  const { selector } = props;
  const numbers = [...new Set(selector.ports.map(d => d.number))].sort((a, b) => a - b);
  if (numbers.length === 0) return [];
  props.ports.forEach((p, i) => {
    if (typeof p.targetPort === 'string') return;
    const target = p.targetPort ?? p.port;
    if (numbers.includes(target)) return;
    const field = p.targetPort === undefined ? 'port' : 'targetPort';
    check.r.advise(
      'service-target-port-number',
      ['ports', i, field],
      target,
      `${field === 'port' ? 'the targetPort defaults to the port, and ' : ''}${selector.kind} "${selector.name}" declares no port ${target} (it declares ${numbers.join(', ')}): give the targetPort of the port the containers listen on, or its name`,
    );
  });
  return check.findings;
}

/** The errors of {@link targetPortNumberFindings}, as cdk8s reports them when the app is synthesized. */
function targetPortNumberErrors(props: { readonly selector: Selectable<string>; readonly ports: readonly TargetedPort[] }): string[] {
  return targetPortNumberFindings(props)
    .filter(f => f.severity === 'error')
    .map(f => formatFindingWithRule(f));
}

/** At run time too (a JavaScript caller, a Pod's added containers): a named target port must be declared. */
function checkTargetPorts(
  where: string,
  props: { readonly selector: Selectable<string>; readonly ports: readonly { readonly targetPort?: number | string; readonly protocol?: Protocol }[] },
): void {
  const check = new BuilderCheck();
  const { selector } = props;
  if (Object.keys(selector.selectorLabels).length === 0) {
    check.r.required('service-selector', ['selector'], `${selector.kind} "${selector.name}" has no labels to select its pods by`);
  }
  props.ports.forEach((p, i) => {
    if (typeof p.targetPort !== 'string') return;
    const protocol = p.protocol ?? 'TCP';
    if (selector.ports.some(d => d.name === p.targetPort && d.protocol === protocol)) return;
    const other = selector.ports.find(d => d.name === p.targetPort);
    const declared = selector.ports.filter(d => d.name !== undefined && d.protocol === protocol).map(d => `"${d.name}"`);
    const detail = other
      ? `${selector.kind} "${selector.name}" declares it as a ${other.protocol} port, and this Service port is ${protocol}: give \`protocol: '${other.protocol}'\``
      : `${selector.kind} "${selector.name}" declares no ${protocol} port of that name (${declared.length > 0 ? `it declares ${declared.join(', ')}` : 'it declares no named port'})`;
    check.r.invalid('service-target-port-declared', ['ports', i, 'targetPort'], p.targetPort, detail);
  });
  check.throwIfErrors(where);
}
