/**
 * The `ApiObject` of this library's constructs: unique in its construct tree, with its final
 * metadata checked when the app is synthesized (see own-objects.ts). Other objects (L1,
 * cdk8s-plus-27) are left as they are.
 *
 * @packageDocumentation
 */
import { ApiObject, ApiObjectProps } from 'cdk8s';
import { Construct } from 'constructs';
import { registerOwnObject } from './own-objects';

/** The `ApiObject` of this library's constructs. */
export class OwnApiObject extends ApiObject {
  /**
   * Throws when the construct tree already has an object of this library with the same identity
   * (group, kind, namespace, name); checks the object's final metadata (with its chart's
   * namespace and labels) when the app is synthesized.
   */
  public constructor(scope: Construct, id: string, props: ApiObjectProps) {
    super(scope, id, props);
    registerOwnObject(this);
  }
}
