/**
 * The catalogue: image references, which the apiserver accepts whatever they say.
 *
 * @packageDocumentation
 */
import { RuleMeta } from './rule';

export const IMAGE_RULES = {
  'image-reference': {
    description:
      'An image reference follows the grammar the container runtimes parse: [host[:port]/]path[:tag][@digest], a lower-case path, no whitespace, at most 255 characters of name.',
    origin: 'beyond-apiserver',
    source: 'the kubelet image manager (pkg/kubelet/images): a reference it cannot parse fails as InvalidImageName',
    severity: 'warning',
    typedSeverity: 'error',
  },
  'image-registry-frozen': {
    description: 'k8s.gcr.io is frozen: images are published on registry.k8s.io.',
    origin: 'beyond-apiserver',
    source: 'Kubernetes announcement: k8s.gcr.io frozen (2023)',
    severity: 'warning',
    typedSeverity: 'error',
  },
  'image-registry-typo': {
    description: 'A registry one edit away from a well-known one is probably a typo, and the image fails to pull.',
    origin: 'beyond-apiserver',
    source: 'the kubelet: an unknown registry host fails to pull (ErrImagePull)',
    severity: 'warning',
    typedSeverity: 'error',
  },
} as const satisfies Record<string, RuleMeta>;
