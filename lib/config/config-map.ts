/**
 * ConfigMaps: created in the app with their keys in their type, or referenced as `external`.
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
import { ConfigMapRef, DATA_KEYS } from './refs';

/** Properties of a {@link ConfigMap}. */
export interface ConfigMapProps<K extends string> extends MetadataOptions {
  /**
   * The ConfigMap's name: a DNS-1123 subdomain.
   *
   * @default - a unique name derived from the construct's path
   */
  readonly name?: string;

  /** The entries, by key: keys of alphanumerics, `-`, `_` and `.`. Their keys are in the ConfigMap's type. */
  readonly data: Readonly<Record<K, string>>;

  /**
   * Whether the data can no longer change once created (faster for the kubelet, and safe: a change
   * needs a new ConfigMap, which rolls the pods that use it).
   *
   * @default - not emitted; Kubernetes lets the data change
   */
  readonly immutable?: boolean;
}

/**
 * A ConfigMap. Its keys are part of its type: a container's env, `envFrom` and volumes refer to
 * them, and a key it does not hold does not compile.
 *
 * @example
 * const config = new ConfigMap(chart, 'Config', { data: { 'app.yaml': 'mode: production\n', LOG_LEVEL: 'info' } });
 * EnvValue.fromConfigMap(config, 'LOG_LEVEL');
 */
export class ConfigMap<K extends string = string> extends Construct implements ConfigMapRef<K> {
  /**
   * A ConfigMap created elsewhere (by a cluster admin, another app, a controller), with the keys
   * this app relies on.
   *
   * @param name the ConfigMap's name
   * @param keys the keys this app uses
   */
  public static external<const K extends string>(name: string, keys: readonly K[]): ConfigMapRef<K> {
    checkArguments('ConfigMap.external', 'ConfigMap.external', [name, keys]);
    return { configMapName: name, keys: [...keys] };
  }

  /** The ConfigMap's name. */
  public readonly configMapName: string;
  /** Its keys. */
  public readonly keys: readonly K[];
  /** The underlying object, the child `'Resource'`. */
  public readonly apiObject: ApiObject;
  /** Its keys, for the compiler only. */
  declare public readonly [DATA_KEYS]?: K;

  public constructor(scope: Construct, id: string, props: ConfigMapProps<K>) {
    super(scope, id);
    checkConstructArguments('ConfigMap', scope, id, props);
    this.configMapName = props.name ?? Names.toDnsLabel(this);
    this.keys = Object.keys(props.data) as K[];
    const manifest = withoutUndefined({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: buildMetadata(`[${this.node.path}]`, this.configMapName, props),
      immutable: props.immutable,
      data: { ...props.data },
    });
    validateOwn(this, [manifest]);
    this.apiObject = new OwnApiObject(this, 'Resource', manifest);
  }
}
