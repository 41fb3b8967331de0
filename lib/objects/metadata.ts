/**
 * Labels, annotations and namespaces: the metadata every construct takes.
 *
 * @packageDocumentation
 */
import { BuilderCheck } from '../engine/builder-check';
import { withoutUndefined } from '../values/json';
import { MetadataSpellings } from './spellings';

/** Object metadata, as a manifest writes it (the fields the constructs write). */
export interface ObjectMetaJson {
  readonly name: string;
  readonly namespace?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

/** Labels and annotations, which every construct of this library accepts; the manifest's `metadata` is an error that says what to write. */
export interface MetadataOptions extends MetadataSpellings {
  /**
   * Labels to add to the objects, e.g. `{ test: 'liveness' }`. Keys are qualified names
   * (`example.com/name`), values at most 63 characters.
   *
   * @default - only the construct's own labels
   */
  readonly labels?: Readonly<Record<string, string>>;

  /**
   * Annotations to add to the objects, e.g. `{ key: 'test1234' }` (`kubectl annotate pod go-test key="test1234"`).
   * At most 256 KiB in total.
   *
   * @default - only the construct's own annotations: none, except `kubectl.kubernetes.io/default-container`
   * on a {@link MultiContainerPod} and those its containers record (`start-time.cdk8s-pod-patterns/<container>`,
   * `exempt.cdk8s-pod-patterns/host-ports`)
   */
  readonly annotations?: Readonly<Record<string, string>>;

  /**
   * The namespace of the objects.
   *
   * @default - not emitted; the namespace `kubectl` is pointed at
   */
  readonly namespace?: string;
}

/**
 * The object metadata of a construct: `ownLabels` first, which user labels may not override
 * (selectors rely on them). The rest is validated with the construct's objects.
 */
export function buildMetadata(where: string, name: string, options: MetadataOptions, ownLabels: Readonly<Record<string, string>> = {}): ObjectMetaJson {
  const check = new BuilderCheck();
  for (const [key, value] of Object.entries(options.labels ?? {})) {
    if (key in ownLabels && ownLabels[key] !== value) {
      check.r.invalid('sdk-selector-label', ['labels', { key }], value, `must not override the selector label ${key}=${ownLabels[key]}`);
    }
  }
  check.throwIfErrors(where);
  const labels = { ...ownLabels, ...options.labels };
  return withoutUndefined({
    name,
    namespace: options.namespace,
    labels: Object.keys(labels).length > 0 ? labels : undefined,
    annotations: options.annotations && Object.keys(options.annotations).length > 0 ? { ...options.annotations } : undefined,
  });
}
