/**
 * ServiceAccounts: the identity a pod runs as, for RBAC and workload identity.
 *
 * @packageDocumentation
 */
import { ApiObject, Names } from 'cdk8s';
import { Construct } from 'constructs';
import { OwnApiObject } from '../app-validation/own-api-object';
import { buildMetadata, MetadataOptions } from '../objects/metadata';
import { checkArguments } from '../engine/options/check-options';
import { checkConstructArguments } from '../objects/construct-arguments';
import { validateOwn } from '../objects/own-validation';
import { ServiceAccountRef } from './refs';

/** Properties of a {@link ServiceAccount}. */
export interface ServiceAccountProps extends MetadataOptions {
  /**
   * The ServiceAccount's name: a DNS-1123 subdomain.
   *
   * @default - a unique name derived from the construct's path
   */
  readonly name?: string;
}

/**
 * A ServiceAccount. Its token is not mounted into pods (`automountServiceAccountToken: false`); a
 * pod that calls the Kubernetes API says so with the pod exemption `serviceAccountToken`.
 */
export class ServiceAccount extends Construct implements ServiceAccountRef {
  /** A ServiceAccount created elsewhere. */
  public static external(name: string): ServiceAccountRef {
    checkArguments('ServiceAccount.external', 'ServiceAccount.external', [name]);
    return { serviceAccountName: name };
  }

  /** The ServiceAccount's name. */
  public readonly serviceAccountName: string;
  /** The underlying object, the child `'Resource'`. */
  public readonly apiObject: ApiObject;

  public constructor(scope: Construct, id: string, props: ServiceAccountProps = {}) {
    super(scope, id);
    checkConstructArguments('ServiceAccount', scope, id, props);
    this.serviceAccountName = props.name ?? Names.toDnsLabel(this);
    const manifest = {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: buildMetadata(`[${this.node.path}]`, this.serviceAccountName, props),
      automountServiceAccountToken: false,
    };
    validateOwn(this, [manifest]);
    this.apiObject = new OwnApiObject(this, 'Resource', manifest);
  }
}
