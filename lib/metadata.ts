/**
 * Labels, annotations and names: the metadata every construct takes.
 */
import * as k8s from '../imports/k8s';
import { check, dns1123LabelErrors, invalid, labelValueErrors, qualifiedNameErrors, raise } from './_validators';

/** Labels and annotations, which every construct of this library accepts. */
export interface MetadataOptions {
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

/** The apiserver's limit on the total size of an object's annotations. */
const ANNOTATIONS_MAX_BYTES = 256 * 1024;

/**
 * Validates labels, annotations and namespace and builds the object metadata.
 * `ownLabels` come first; user labels may not override them (selectors rely on them).
 * @internal
 */
export function _buildMetadata(where: string, name: string, options: MetadataOptions, ownLabels: Readonly<Record<string, string>> = {}): k8s.ObjectMeta {
  for (const [key, value] of Object.entries(options.labels ?? {})) {
    check(where, `labels`, key, qualifiedNameErrors(key));
    check(where, `labels.${key}`, value, labelValueErrors(value));
    if (key in ownLabels && ownLabels[key] !== value) {
      raise(where, invalid(`labels.${key}`, value, [`must not override the selector label ${key}=${ownLabels[key]}`]));
    }
  }
  let size = 0;
  for (const [key, value] of Object.entries(options.annotations ?? {})) {
    check(where, 'annotations', key, qualifiedNameErrors(key.toLowerCase()));
    size += Buffer.byteLength(key) + Buffer.byteLength(value);
  }
  if (size > ANNOTATIONS_MAX_BYTES) {
    raise(where, invalid('annotations', `${size} bytes`, [`must have at most ${ANNOTATIONS_MAX_BYTES} bytes in total`]));
  }
  if (options.namespace !== undefined) check(where, 'namespace', options.namespace, dns1123LabelErrors(options.namespace));
  const labels = { ...ownLabels, ...options.labels };
  return {
    name,
    namespace: options.namespace,
    labels: Object.keys(labels).length > 0 ? labels : undefined,
    annotations: options.annotations && Object.keys(options.annotations).length > 0 ? { ...options.annotations } : undefined,
  };
}
