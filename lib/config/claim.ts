/**
 * PersistentVolumeClaims: storage a pod mounts, with its size as a typed `Size` (a claim cannot
 * come out without its request).
 *
 * @packageDocumentation
 */
import { ApiObject, Names, Size } from 'cdk8s';
import { Construct } from 'constructs';
import { OwnApiObject } from '../app-validation/own-api-object';
import { buildMetadata, MetadataOptions } from '../objects/metadata';
import { checkArguments } from '../engine/options/check-options';
import { checkConstructArguments } from '../objects/construct-arguments';
import { validateOwn } from '../objects/own-validation';
import { withoutUndefined } from '../values/json';
import { ClaimRef } from './refs';

/** How a volume can be mounted, spelled as Kubernetes spells it. */
export type AccessMode = 'ReadWriteOnce' | 'ReadOnlyMany' | 'ReadWriteMany' | 'ReadWriteOncePod';

/** What a claim asks for: the options of a {@link PersistentVolumeClaim} and of a StatefulSet's claim templates. */
export interface ClaimOptions {
  /** How much storage. */
  readonly storage: Size;

  /**
   * How the volume can be mounted.
   *
   * @default ['ReadWriteOnce']
   */
  readonly accessModes?: readonly AccessMode[];

  /**
   * The storage class; `''` asks for a volume without class.
   *
   * @default - not emitted; the cluster's default class
   */
  readonly storageClassName?: string;

  /**
   * Whether the volume is a filesystem or a raw block device.
   *
   * @default - not emitted; Kubernetes uses 'Filesystem'
   */
  readonly volumeMode?: 'Filesystem' | 'Block';
}

/** Properties of a {@link PersistentVolumeClaim}. */
export interface PersistentVolumeClaimProps extends ClaimOptions, MetadataOptions {
  /**
   * The claim's name: a DNS-1123 subdomain.
   *
   * @default - a unique name derived from the construct's path
   */
  readonly name?: string;
}

/** The spec of a claim, as a manifest writes it. */
export function claimSpec(options: ClaimOptions): Record<string, unknown> {
  return withoutUndefined({
    accessModes: [...(options.accessModes ?? ['ReadWriteOnce'])],
    storageClassName: options.storageClassName,
    volumeMode: options.volumeMode,
    resources: { requests: { storage: options.storage.asString() } },
  });
}

/**
 * A PersistentVolumeClaim, mounted with `Volume.fromClaim`.
 *
 * @example
 * const uploads = new PersistentVolumeClaim(chart, 'Uploads', { storage: Size.gibibytes(20), accessModes: ['ReadWriteMany'] });
 */
export class PersistentVolumeClaim extends Construct implements ClaimRef {
  /** A claim created elsewhere. */
  public static external(name: string): ClaimRef {
    checkArguments('PersistentVolumeClaim.external', 'PersistentVolumeClaim.external', [name]);
    return { claimName: name };
  }

  /** The claim's name. */
  public readonly claimName: string;
  /** The underlying object, the child `'Resource'`. */
  public readonly apiObject: ApiObject;

  public constructor(scope: Construct, id: string, props: PersistentVolumeClaimProps) {
    super(scope, id);
    checkConstructArguments('PersistentVolumeClaim', scope, id, props);
    this.claimName = props.name ?? Names.toDnsLabel(this);
    const manifest = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: buildMetadata(`[${this.node.path}]`, this.claimName, props),
      spec: claimSpec(props),
    };
    validateOwn(this, [manifest]);
    this.apiObject = new OwnApiObject(this, 'Resource', manifest);
  }
}
