/**
 * The catalogue: reading and decoding manifests.
 *
 * @packageDocumentation
 */
import { RuleMeta, THIS_LIBRARY } from './rule';

const SERIALIZER = 'apimachinery pkg/runtime/serializer/json';

export const DECODING_RULES = {
  'yaml-syntax': {
    description: 'A YAML document must be well formed (indented with spaces, no duplicate keys, closed quotes and brackets).',
    origin: 'decoding',
    source: 'kubectl (YAML 1.1 reader, strict decoding)',
    severity: 'error',
  },
  'not-yaml': {
    description: 'A file to check must hold YAML manifests, not prose or binary data.',
    origin: 'decoding',
    source: THIS_LIBRARY,
    severity: 'error',
  },
  'manifest-object': {
    description: 'A manifest must be an object with apiVersion, kind and metadata.',
    origin: 'decoding',
    source: SERIALIZER,
    severity: 'error',
  },
  'type-meta': {
    description: 'A manifest must name its apiVersion and kind.',
    origin: 'decoding',
    source: SERIALIZER,
    severity: 'error',
  },
  'kind-registered': {
    description: 'apiVersion and kind must be a pair that Kubernetes 1.27 serves (case-sensitive).',
    origin: 'decoding',
    source: 'apimachinery runtime scheme',
    severity: 'error',
  },
  'api-removed': {
    description:
      'An API version that Kubernetes removed before 1.27 (extensions/v1beta1, policy/v1beta1, batch/v1beta1, ...) is not served: the message says when it was removed and what replaces it.',
    origin: 'decoding',
    source: 'the Kubernetes deprecated API migration guide',
    severity: 'error',
  },
  'api-deprecated': {
    description: 'An API version that 1.27 still serves but deprecates gets the warning the apiserver returns, with its removal release and replacement.',
    origin: 'apiserver-warning',
    source: 'the apiserver deprecation warnings (k8s.io/apiserver pkg/endpoints/deprecation)',
    severity: 'warning',
  },
  'unknown-field': {
    description: 'Every field must exist in the Kubernetes 1.27 API (kubectl decodes strictly).',
    origin: 'decoding',
    source: `${SERIALIZER} (strict decoding)`,
    severity: 'error',
  },
  'field-type': {
    description: 'Every field must have the JSON type of the API (a number for a port, a list for a command).',
    origin: 'decoding',
    source: SERIALIZER,
    severity: 'error',
  },
  'required-field': {
    description: 'Fields that the API requires must be set.',
    origin: 'decoding',
    source: 'Kubernetes 1.27 OpenAPI (required fields)',
    severity: 'error',
  },
  'quantity-syntax': {
    description: 'A quantity must parse (`500m`, `1Gi`; not `512MB` or `1 Gi`).',
    origin: 'decoding',
    source: 'apimachinery pkg/api/resource/quantity.go (ParseQuantity)',
    severity: 'error',
  },
  'custom-resource': {
    description: 'Objects of kinds that are not built into Kubernetes 1.27 (custom resources) are not checked.',
    origin: 'notice',
    source: THIS_LIBRARY,
    severity: 'info',
  },
  'kind-not-checked': {
    description: 'Built-in kinds without rules of their own are checked against the schema and their metadata only.',
    origin: 'notice',
    source: THIS_LIBRARY,
    severity: 'info',
  },
} as const satisfies Record<string, RuleMeta>;
