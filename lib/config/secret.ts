/**
 * Secrets: referenced as `external` (created by external-secrets, sealed-secrets or a cluster
 * admin: the usual case, as secret values do not belong in a Git repository), or created in the
 * app, with their keys in their type.
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
import { withoutUndefined } from '../values/json';
import { DATA_KEYS, SecretRef } from './refs';

/** The type of a Secret, which decides the keys it must hold (`tls.crt` and `tls.key` for TLS). */
export type SecretType =
  'Opaque' | 'kubernetes.io/tls' | 'kubernetes.io/basic-auth' | 'kubernetes.io/ssh-auth' | 'kubernetes.io/dockerconfigjson' | 'kubernetes.io/dockercfg';

/** Properties of a {@link Secret}. */
export interface SecretProps<K extends string> extends MetadataOptions {
  /**
   * The Secret's name: a DNS-1123 subdomain.
   *
   * @default - a unique name derived from the construct's path
   */
  readonly name?: string;

  /**
   * The entries, by key, as text (written as `stringData`; the apiserver stores them base64-encoded).
   * Their keys are in the Secret's type.
   */
  readonly stringData: Readonly<Record<K, string>>;

  /**
   * The Secret's type: the apiserver requires the keys of each type (`tls.crt` and `tls.key`,
   * `.dockerconfigjson`, ...).
   *
   * @default 'Opaque'
   */
  readonly type?: SecretType;

  /**
   * Whether the data can no longer change once created.
   *
   * @default - not emitted; Kubernetes lets the data change
   */
  readonly immutable?: boolean;
}

/**
 * A Secret. Its keys are part of its type: a container's env, `envFrom` and volumes refer to
 * them, and a key it does not hold does not compile. Most apps reference Secrets created
 * elsewhere with {@link Secret.external}.
 *
 * @example
 * const db = Secret.external('shop-db', ['url', 'password']);
 * EnvValue.fromSecret(db, 'url');
 */
export class Secret<K extends string = string> extends Construct implements SecretRef<K> {
  /**
   * A Secret created elsewhere (external-secrets, sealed-secrets, a cluster admin), with the keys
   * this app relies on.
   *
   * @param name the Secret's name
   * @param keys the keys this app uses
   */
  public static external<const K extends string>(name: string, keys: readonly K[]): SecretRef<K> {
    checkArguments('Secret.external', 'Secret.external', [name, keys]);
    return { secretName: name, keys: [...keys] };
  }

  /** The Secret's name. */
  public readonly secretName: string;
  /** Its type. */
  public readonly secretType: SecretType;
  /** Its keys. */
  public readonly keys: readonly K[];
  /** The underlying object, the child `'Resource'`. */
  public readonly apiObject: ApiObject;
  /** Its keys, for the compiler only. */
  declare public readonly [DATA_KEYS]?: K;

  public constructor(scope: Construct, id: string, props: SecretProps<K>) {
    super(scope, id);
    checkConstructArguments('Secret', scope, id, props);
    this.secretName = props.name ?? Names.toDnsLabel(this);
    this.keys = Object.keys(props.stringData) as K[];
    this.secretType = props.type ?? 'Opaque';
    const manifest = withoutUndefined({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: buildMetadata(`[${this.node.path}]`, this.secretName, props),
      type: this.secretType,
      immutable: props.immutable,
      stringData: { ...props.stringData },
    });
    validateOwn(this, [manifest]);
    this.apiObject = new OwnApiObject(this, 'Resource', manifest);
  }
}
