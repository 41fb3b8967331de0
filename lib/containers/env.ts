/**
 * Environment variables: a value, a key of a ConfigMap or Secret (checked at compile time against
 * the keys the reference holds), a field of the pod, or a resource of a container; and `envFrom`,
 * every key of a ConfigMap or Secret.
 *
 * @packageDocumentation
 */
import { ConfigMapRef, SecretRef } from '../config/refs';
import { checkArguments } from '../engine/options/check-options';
import { checkDataKeys } from './data-keys';
import { withoutUndefined } from '../values/json';

/** The fields of a pod that an env variable can hold (`valueFrom.fieldRef`), as the apiserver allows them. */
export type PodField =
  | 'metadata.name'
  | 'metadata.namespace'
  | 'metadata.uid'
  | `metadata.labels['${string}']`
  | `metadata.annotations['${string}']`
  | 'spec.nodeName'
  | 'spec.serviceAccountName'
  | 'status.hostIP'
  | 'status.hostIPs'
  | 'status.podIP'
  | 'status.podIPs';

/** The resources of a container that an env variable can hold (`valueFrom.resourceFieldRef`). */
export type ContainerResource = 'limits.cpu' | 'limits.memory' | 'limits.ephemeral-storage' | 'requests.cpu' | 'requests.memory' | 'requests.ephemeral-storage';

/** Options of a key reference. */
export interface KeyRefOptions {
  /**
   * Whether the pod starts when the key (or the object) does not exist.
   *
   * @default - not emitted; the pod does not start
   */
  readonly optional?: boolean;
}

/** Options of {@link EnvValue.fromResource}. */
export interface ResourceRefOptions {
  /**
   * The container whose resource it is.
   *
   * @default - the container the variable is in
   */
  readonly container?: string;
  /**
   * The unit the value is given in, as a quantity (`1m` for millicores, `1Mi` for mebibytes).
   *
   * @default - not emitted; `1`
   */
  readonly divisor?: string;
}

/** An env variable's source, as a manifest writes it (`valueFrom`). */
export type EnvVarSourceJson = Readonly<Record<string, unknown>>;

/**
 * The value of an environment variable, other than a plain string.
 *
 * @example
 * env: {
 *   LOG_LEVEL: 'info',
 *   DATABASE_URL: EnvValue.fromSecret(db, 'url'),
 *   POD_NAME: EnvValue.fromField('metadata.name'),
 * }
 */
export class EnvValue {
  /** A key of a ConfigMap; a key the ConfigMap does not hold does not compile. */
  public static fromConfigMap<K extends string>(configMap: ConfigMapRef<K>, key: NoInfer<K>, options: KeyRefOptions = {}): EnvValue {
    checkArguments('EnvValue.fromConfigMap', 'EnvValue.fromConfigMap', [configMap, key, options]);
    checkDataKeys('EnvValue.fromConfigMap', configMap, [[['key'], key]]);
    return new EnvValue({ configMapKeyRef: withoutUndefined({ name: configMap.configMapName, key, optional: options.optional }) });
  }

  /** A key of a Secret; a key the Secret does not hold does not compile. */
  public static fromSecret<K extends string>(secret: SecretRef<K>, key: NoInfer<K>, options: KeyRefOptions = {}): EnvValue {
    checkArguments('EnvValue.fromSecret', 'EnvValue.fromSecret', [secret, key, options]);
    checkDataKeys('EnvValue.fromSecret', secret, [[['key'], key]]);
    return new EnvValue({ secretKeyRef: withoutUndefined({ name: secret.secretName, key, optional: options.optional }) });
  }

  /** A field of the pod: its name, namespace, IP, node, a label... */
  public static fromField(field: PodField): EnvValue {
    checkArguments('EnvValue.fromField', 'EnvValue.fromField', [field]);
    return new EnvValue({ fieldRef: { fieldPath: field } });
  }

  /** A resource request or limit of a container. */
  public static fromResource(resource: ContainerResource, options: ResourceRefOptions = {}): EnvValue {
    checkArguments('EnvValue.fromResource', 'EnvValue.fromResource', [resource, options]);
    return new EnvValue({ resourceFieldRef: withoutUndefined({ resource, containerName: options.container, divisor: options.divisor }) });
  }

  private constructor(private readonly source: EnvVarSourceJson) {}

  /** The source, as a manifest writes it under `valueFrom`. */
  public toJson(): EnvVarSourceJson {
    return this.source;
  }
}

/** Options of an {@link EnvFrom}. */
export interface EnvFromOptions {
  /**
   * A prefix for every variable's name (`DB_`).
   *
   * @default - none
   */
  readonly prefix?: string;
  /**
   * Whether the pod starts when the object does not exist.
   *
   * @default - not emitted; the pod does not start
   */
  readonly optional?: boolean;
}

/** Every key of a ConfigMap or Secret as an environment variable (`envFrom`). */
export class EnvFrom {
  /** Every key of a ConfigMap. */
  public static configMap(configMap: ConfigMapRef, options: EnvFromOptions = {}): EnvFrom {
    checkArguments('EnvFrom.configMap', 'EnvFrom.configMap', [configMap, options]);
    return new EnvFrom(
      withoutUndefined({ prefix: options.prefix, configMapRef: withoutUndefined({ name: configMap.configMapName, optional: options.optional }) }),
    );
  }

  /** Every key of a Secret. */
  public static secret(secret: SecretRef, options: EnvFromOptions = {}): EnvFrom {
    checkArguments('EnvFrom.secret', 'EnvFrom.secret', [secret, options]);
    return new EnvFrom(withoutUndefined({ prefix: options.prefix, secretRef: withoutUndefined({ name: secret.secretName, optional: options.optional }) }));
  }

  private constructor(private readonly source: Readonly<Record<string, unknown>>) {}

  /** The source, as a manifest writes it in `envFrom`. */
  public toJson(): Readonly<Record<string, unknown>> {
    return this.source;
  }
}
