/**
 * References to the objects pods use: a ConfigMap, a Secret, a PersistentVolumeClaim, a
 * ServiceAccount. A reference is what a container or a pod needs of the object (its name and, for
 * ConfigMaps and Secrets, its keys, carried in its type); the constructs of this part are
 * references, and so are the `external` forms for objects created elsewhere.
 *
 * @packageDocumentation
 */

/**
 * The key of the brand that carries the keys of a ConfigMap or a Secret in its type, so that a
 * reference to a key it does not hold does not compile. Never set at run time.
 */
export const DATA_KEYS: unique symbol = Symbol('cdk8s-pod-patterns.dataKeys');

/** A ConfigMap that pods refer to, with keys `K`. */
export interface ConfigMapRef<K extends string = string> {
  /** The ConfigMap's name. */
  readonly configMapName: string;
  /** Its keys, at run time. */
  readonly keys: readonly K[];
  /** Its keys, for the compiler only (see {@link DATA_KEYS}). */
  readonly [DATA_KEYS]?: K;
}

/** A Secret that pods refer to, with keys `K`. */
export interface SecretRef<K extends string = string> {
  /** The Secret's name. */
  readonly secretName: string;
  /**
   * Its type (`Opaque`, `kubernetes.io/dockerconfigjson`...), when it is known: that of a Secret
   * created in the app; `undefined` for one created elsewhere.
   */
  readonly secretType?: string;
  /** Its keys, at run time. */
  readonly keys: readonly K[];
  /** Its keys, for the compiler only (see {@link DATA_KEYS}). */
  readonly [DATA_KEYS]?: K;
}

/** A PersistentVolumeClaim that pods mount. */
export interface ClaimRef {
  /** The claim's name. */
  readonly claimName: string;
}

/** A ServiceAccount that pods run as. */
export interface ServiceAccountRef {
  /** The ServiceAccount's name. */
  readonly serviceAccountName: string;
}

/** The keys that a ConfigMap or Secret reference holds. */
export type KeysOf<R> = R extends ConfigMapRef<infer K> ? K : R extends SecretRef<infer K> ? K : never;
