/**
 * The catalogue: object metadata (names, namespaces, labels, annotations).
 *
 * @packageDocumentation
 */
import { CORE_VALIDATION, META_V1_VALIDATION, OBJECT_META, RuleMeta } from './rule';

export const META_RULES = {
  'name-required': {
    description: 'metadata.name (or generateName) is required.',
    origin: 'apiserver',
    source: `ValidateObjectMetaAccessor (${OBJECT_META})`,
    severity: 'error',
  },
  'name-format': {
    description:
      "metadata.name must follow its kind's rule: a DNS-1123 subdomain for most kinds, a DNS-1035 label for Services, a DNS-1123 label for Namespaces, a path segment for RBAC objects.",
    origin: 'apiserver',
    source: `ValidatePodName, ValidateServiceName, ... (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'generate-name': {
    description: 'metadata.generateName is validated by the name rule (one trailing dash masked), and so are the names generated from it.',
    origin: 'apiserver',
    source: `ValidateObjectMetaAccessor, maskTrailingDash (${OBJECT_META})`,
    severity: 'error',
  },
  'namespace-name': {
    description: 'metadata.namespace must be a DNS-1123 label.',
    origin: 'apiserver',
    source: `ValidateObjectMetaAccessor (${OBJECT_META})`,
    severity: 'error',
  },
  'label-key': {
    description: 'Label keys must be qualified names (an optional DNS subdomain prefix and a name of at most 63 characters).',
    origin: 'apiserver',
    source: `ValidateLabels (${META_V1_VALIDATION})`,
    severity: 'error',
  },
  'label-value': {
    description: 'Label values must be empty or at most 63 alphanumeric characters, "-", "_" or ".", starting and ending alphanumeric.',
    origin: 'apiserver',
    source: `ValidateLabels (${META_V1_VALIDATION})`,
    severity: 'error',
  },
  'annotation-key': {
    description: 'Annotation keys must be qualified names once lowercased.',
    origin: 'apiserver',
    source: `ValidateAnnotations (${OBJECT_META})`,
    severity: 'error',
  },
  'annotations-size': {
    description: 'The annotations of an object must total at most 262144 bytes (keys and values).',
    origin: 'apiserver',
    source: `ValidateAnnotationsSize (${OBJECT_META})`,
    severity: 'error',
  },
} as const satisfies Record<string, RuleMeta>;
