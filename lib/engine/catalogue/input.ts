/**
 * The catalogue: the input as a whole (the same object twice, a kustomization among manifests).
 *
 * @packageDocumentation
 */
import { RuleMeta } from './rule';

export const INPUT_RULES = {
  'duplicate-object': {
    description:
      'An object (API group, kind, namespace and name) is defined once in an input: kubectl apply would apply each definition in turn, and the last one wins.',
    origin: 'beyond-apiserver',
    source: 'kubectl apply: each document is applied on its own; nothing merges two definitions of one object',
    severity: 'warning',
    typedSeverity: 'error',
  },
  kustomization: {
    description:
      'A kustomization (kustomize.config.k8s.io) is a recipe that kubectl apply -k builds objects from; it is not an object, and is not checked as one.',
    origin: 'notice',
    source: 'kustomize: kustomization.yaml is read by kubectl apply -k and kustomize build, never sent to the apiserver',
    severity: 'info',
  },
} as const satisfies Record<string, RuleMeta>;
