/**
 * Volumes of a pod: values that containers mount. A container lists the volumes it mounts (the
 * objects, not their names), and the pod gets every volume its containers mount: a mount of a
 * volume the pod does not have cannot be written.
 *
 * @packageDocumentation
 */
import { Duration, Size } from 'cdk8s';
import { ClaimOptions, claimSpec } from '../config/claim';
import { checkArguments } from '../engine/options/check-options';
import { ClaimRef, ConfigMapRef, SecretRef } from '../config/refs';
import { BuilderCheck } from '../engine/builder-check';
import { seconds } from '../probes/build';
import { Path } from '../values/path';
import { checkDataKeys } from './data-keys';
import { withoutUndefined } from '../values/json';

/** A volume, as a manifest writes it in a pod's `volumes`. */
export interface VolumeJson {
  /** The volume's name in the pod. */
  readonly name: string;
  /** Its source (`emptyDir`, `configMap`, `secret`, `persistentVolumeClaim`, `projected`, `hostPath`). */
  readonly [source: string]: unknown;
}

/** A claim template, as a manifest writes it in a StatefulSet's `volumeClaimTemplates`. */
export interface VolumeClaimTemplateJson {
  /** Its name, which mounts use. */
  readonly metadata: {
    /** The claim template's name: each pod's claim is `<name>-<pod>`. */
    readonly name: string;
  };
  /** The claim's spec: access modes, storage request, storage class. */
  readonly spec: Readonly<Record<string, unknown>>;
}

/** The kind of file or directory a `hostPath` volume expects, spelled as Kubernetes spells it. */
export type HostPathType = 'DirectoryOrCreate' | 'Directory' | 'FileOrCreate' | 'File' | 'Socket' | 'CharDevice' | 'BlockDevice';

/** Options of a ConfigMap or Secret volume. */
export interface KeyVolumeOptions<K extends string> {
  /**
   * The volume's name: a DNS-1123 label, unique in the pod.
   *
   * @default - the ConfigMap's or Secret's name
   */
  readonly name?: string;
  /**
   * The keys to project, each to a relative path; only these keys appear in the volume.
   *
   * @default - every key, each as a file named after it
   */
  readonly items?: Readonly<Partial<Record<K, string>>>;
  /**
   * The file mode of the files, e.g. `0o440`.
   *
   * @default - not emitted; Kubernetes uses 0o644
   */
  readonly defaultMode?: number;
  /**
   * Whether the pod starts when the object does not exist.
   *
   * @default - not emitted; the pod does not start
   */
  readonly optional?: boolean;
}

/** Options of {@link Volume.emptyDir}. */
export interface EmptyDirOptions {
  /**
   * `Memory` for a tmpfs (counted against the container's memory limit).
   *
   * @default - not emitted; the node's disk
   */
  readonly medium?: 'Memory';
  /**
   * The most the volume may hold; the pod is evicted beyond it.
   *
   * @default - not emitted; no limit but the node's
   */
  readonly sizeLimit?: Size;
}

/** Options of {@link Volume.fromClaim}. */
export interface ClaimVolumeOptions {
  /**
   * The volume's name.
   *
   * @default - the claim's name
   */
  readonly name?: string;
  /**
   * Whether the claim is mounted read-only by every container.
   *
   * @default - not emitted; read-write
   */
  readonly readOnly?: boolean;
}

/** Options of {@link Volume.hostPath}: an explicit Pod Security exemption. */
export interface HostPathOptions {
  /** Why the pod needs the node's files, for the reviewers of the manifest. */
  readonly reason: string;
  /**
   * What must exist at the path.
   *
   * @default - not emitted; no check
   */
  readonly type?: HostPathType;
}

/** A source of a projected volume. */
export class ProjectedSource {
  /** Keys of a ConfigMap; a key it does not hold does not compile. */
  public static configMap<K extends string>(configMap: ConfigMapRef<K>, items?: Readonly<Partial<Record<NoInfer<K>, string>>>): ProjectedSource {
    checkArguments('ProjectedSource.configMap', 'ProjectedSource.configMap', [configMap, items]);
    checkDataKeys('ProjectedSource.configMap', configMap, itemKeys(items, []));
    return new ProjectedSource({ configMap: withoutUndefined({ name: configMap.configMapName, items: itemsOf(items) }) });
  }

  /** Keys of a Secret; a key it does not hold does not compile. */
  public static secret<K extends string>(secret: SecretRef<K>, items?: Readonly<Partial<Record<NoInfer<K>, string>>>): ProjectedSource {
    checkArguments('ProjectedSource.secret', 'ProjectedSource.secret', [secret, items]);
    checkDataKeys('ProjectedSource.secret', secret, itemKeys(items, []));
    return new ProjectedSource({ secret: withoutUndefined({ name: secret.secretName, items: itemsOf(items) }) });
  }

  /**
   * A service-account token for an audience (a bound, expiring token, e.g. for Vault or a cloud's
   * workload identity), at `path`.
   */
  public static serviceAccountToken(path: string, options: { readonly audience?: string; readonly expiration?: Duration } = {}): ProjectedSource {
    checkArguments('ProjectedSource.serviceAccountToken', 'ProjectedSource.serviceAccountToken', [path, options]);
    const check = new BuilderCheck();
    const expirationSeconds = seconds(check, 'expiration', options.expiration, 0);
    check.throwIfErrors('ProjectedSource.serviceAccountToken');
    return new ProjectedSource({ serviceAccountToken: withoutUndefined({ path, audience: options.audience, expirationSeconds }) });
  }

  private constructor(private readonly json: Readonly<Record<string, unknown>>) {}

  /** The source, as a manifest writes it. */
  public toJson(): Readonly<Record<string, unknown>> {
    return this.json;
  }
}

/**
 * A volume of a pod. Containers mount it (`mounts: [{ volume, path }]`); the pod gets every volume
 * its containers mount.
 *
 * @example
 * const config = Volume.fromConfigMap(configMap, { items: { 'app.yaml': 'app.yaml' } });
 * Container.of({ name: 'api', image, mounts: [{ volume: config, path: '/etc/api', readOnly: true }] });
 */
export class Volume {
  /** An empty directory for the pod's lifetime, shared by the containers that mount it. */
  public static emptyDir(name: string, options: EmptyDirOptions = {}): Volume {
    checkArguments('Volume.emptyDir', 'Volume.emptyDir', [name, options]);
    return new Volume(name, { emptyDir: withoutUndefined({ medium: options.medium, sizeLimit: options.sizeLimit?.asString() }) });
  }

  /** The keys of a ConfigMap as files. */
  public static fromConfigMap<K extends string>(configMap: ConfigMapRef<K>, options: KeyVolumeOptions<NoInfer<K>> = {}): Volume {
    checkArguments('Volume.fromConfigMap', 'Volume.fromConfigMap', [configMap, options]);
    checkDataKeys('Volume.fromConfigMap', configMap, itemKeys(options.items, ['items']));
    return new Volume(options.name ?? configMap.configMapName, {
      configMap: withoutUndefined({
        name: configMap.configMapName,
        items: itemsOf(options.items),
        defaultMode: options.defaultMode,
        optional: options.optional,
      }),
    });
  }

  /** The keys of a Secret as files. */
  public static fromSecret<K extends string>(secret: SecretRef<K>, options: KeyVolumeOptions<NoInfer<K>> = {}): Volume {
    checkArguments('Volume.fromSecret', 'Volume.fromSecret', [secret, options]);
    checkDataKeys('Volume.fromSecret', secret, itemKeys(options.items, ['items']));
    return new Volume(options.name ?? secret.secretName, {
      secret: withoutUndefined({ secretName: secret.secretName, items: itemsOf(options.items), defaultMode: options.defaultMode, optional: options.optional }),
    });
  }

  /** A PersistentVolumeClaim. */
  public static fromClaim(claim: ClaimRef, options: ClaimVolumeOptions = {}): Volume {
    checkArguments('Volume.fromClaim', 'Volume.fromClaim', [claim, options]);
    return new Volume(options.name ?? claim.claimName, {
      persistentVolumeClaim: withoutUndefined({ claimName: claim.claimName, readOnly: options.readOnly }),
    });
  }

  /** Several sources (ConfigMap and Secret keys, a bound token) in one directory. */
  public static projected(name: string, sources: readonly ProjectedSource[], options: { readonly defaultMode?: number } = {}): Volume {
    checkArguments('Volume.projected', 'Volume.projected', [name, sources, options]);
    return new Volume(name, { projected: withoutUndefined({ sources: sources.map(s => s.toJson()), defaultMode: options.defaultMode }) });
  }

  /**
   * A path of the node's filesystem: an explicit Pod Security exemption (baseline forbids it: the
   * pod reads or writes the node's files). The reason is recorded on the pod as the annotation
   * `exempt.cdk8s-pod-patterns/host-path-volumes`.
   */
  public static hostPath(name: string, path: string, options: HostPathOptions): Volume {
    checkArguments('Volume.hostPath', 'Volume.hostPath', [name, path, options]);
    return new Volume(name, { hostPath: withoutUndefined({ path, type: options.type }) }, options.reason);
  }

  private constructor(
    /** The volume's name in the pod. */
    public readonly name: string,
    private readonly source: Readonly<Record<string, unknown>>,
    /** Why the pod needs this volume, for a volume that is a Pod Security exemption. */
    public readonly exemptionReason?: string,
  ) {}

  /** The volume, as a manifest writes it in a pod's `volumes`. */
  public toJson(): VolumeJson {
    return { name: this.name, ...this.source };
  }
}

/**
 * A claim that a StatefulSet makes for each of its pods (`volumeClaimTemplates`): containers mount
 * it like a volume; only a StatefulSet can run containers that mount one.
 *
 * @example
 * const data = VolumeClaimTemplate.of('data', { storage: Size.gibibytes(10) });
 * Container.of({ name: 'db', image, mounts: [{ volume: data, path: '/var/lib/postgresql/data' }] });
 */
export class VolumeClaimTemplate {
  /** A claim of `options.storage`, named `name` (each pod's claim is `<name>-<pod>`). */
  public static of(name: string, options: ClaimOptions): VolumeClaimTemplate {
    checkArguments('VolumeClaimTemplate.of', 'VolumeClaimTemplate.of', [name, options]);
    return new VolumeClaimTemplate(name, options);
  }

  private constructor(
    /** The claim template's name, which mounts use. */
    public readonly name: string,
    private readonly options: ClaimOptions,
  ) {}

  /** The claim template, as a manifest writes it in `volumeClaimTemplates`. */
  public toJson(): VolumeClaimTemplateJson {
    return { metadata: { name: this.name }, spec: claimSpec(this.options) };
  }
}

/** Something a container mounts: a pod volume, or a StatefulSet's claim template. */
export type Mountable = Volume | VolumeClaimTemplate;

/** A volume mounted in a container. */
export interface VolumeMount {
  /** What is mounted: a {@link Volume}, or a StatefulSet's {@link VolumeClaimTemplate}. */
  readonly volume: Mountable;
  /** Where, an absolute path in the container. */
  readonly path: string;
  /**
   * Whether the container only reads it.
   *
   * @default - not emitted; read-write
   */
  readonly readOnly?: boolean;
  /**
   * A path inside the volume to mount instead of its root.
   *
   * @default - the volume's root
   */
  readonly subPath?: string;
}

/** The keys of `items`, each with its path (`items[app.yaml]`). */
function itemKeys(items: Readonly<Record<string, string | undefined>> | undefined, path: Path): [Path, string][] {
  return Object.keys(items ?? {}).map(key => [[...path, { key }], key]);
}

function itemsOf(items: Readonly<Record<string, string | undefined>> | undefined): { key: string; path: string }[] | undefined {
  if (items === undefined) return undefined;
  const list = Object.entries(items).flatMap(([key, path]) => (path === undefined ? [] : [{ key, path }]));
  return list.length > 0 ? list : undefined;
}
