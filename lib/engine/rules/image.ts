/**
 * Image references: accepted by the apiserver whatever they say (rule 79), so a reference the
 * runtimes cannot parse, or a registry typo, only shows at pull time. These rules warn before that
 * (in code built with the typed layer, they are errors).
 *
 * @packageDocumentation
 */
import { imageReferenceProblem } from '../../values/image-reference';
import { Path } from '../../values/path';
import { suggest } from '../../values/suggest';
import { RuleId } from '../catalogue';
import { Reporter } from '../reporter';

/** Registries whose names are often mistyped. */
const WELL_KNOWN_REGISTRIES: readonly string[] = [
  'docker.io',
  'gcr.io',
  'ghcr.io',
  'index.docker.io',
  'k8s.gcr.io',
  'mcr.microsoft.com',
  'public.ecr.aws',
  'quay.io',
  'registry.gitlab.com',
  'registry.k8s.io',
];

/** Real registries one edit away from a well-known one: not typos. */
const NOT_TYPOS: readonly string[] = [
  // IBM Cloud Container Registry
  'icr.io',
];

const FROZEN = 'k8s.gcr.io';
const SUCCESSOR = 'registry.k8s.io';

/** The registry host of an image reference, if it names one (`k8c.gcr.io/busybox` → `k8c.gcr.io`). */
export function registryOf(image: string): string | undefined {
  const slash = image.indexOf('/');
  if (slash < 0) return undefined;
  const first = image.slice(0, slash);
  return first.includes('.') || first.includes(':') || first === 'localhost' ? first : undefined;
}

/**
 * Checks an image reference: one the runtimes can parse (`image-reference`), then its registry
 * (`image-registry-frozen`, `image-registry-typo`). An empty image is the rule that requires one.
 */
export function checkImage(r: Reporter, image: unknown, path: Path): void {
  if (typeof image !== 'string' || image === '') return;
  const found = imageReferenceProblem(image);
  if (found) r.advise('image-reference', path, image, found.detail, found.suggestion);
  else checkImageRegistry(r, image, path);
}

/** The registry rule an image breaks, if any: what an exemption of its registry exempts. */
export function registryRuleOf(image: string): RuleId | undefined {
  const registry = registryOf(image);
  if (registry === undefined || registry === SUCCESSOR) return undefined;
  if (registry === FROZEN) return 'image-registry-frozen';
  return nearRegistry(registry) === undefined ? undefined : 'image-registry-typo';
}

/** The well-known registry that `registry` is one edit away from, when it is not one itself. */
function nearRegistry(registry: string): string | undefined {
  if (WELL_KNOWN_REGISTRIES.includes(registry) || NOT_TYPOS.includes(registry)) return undefined;
  return suggest(registry, WELL_KNOWN_REGISTRIES, 1);
}

/** Warns about the frozen `k8s.gcr.io` and registry hosts one edit away from a well-known one. */
function checkImageRegistry(r: Reporter, image: unknown, path: Path): void {
  if (typeof image !== 'string') return;
  const registry = registryOf(image);
  if (registry === undefined || registry === SUCCESSOR) return;
  const rest = image.slice(registry.length);
  if (registry === FROZEN) {
    r.advise(
      'image-registry-frozen',
      path,
      image,
      `${FROZEN} is frozen and receives no new images; images are published on ${SUCCESSOR}`,
      `${SUCCESSOR}${rest}`,
    );
    return;
  }
  const near = nearRegistry(registry);
  if (near === undefined) return;
  const target = near === FROZEN ? SUCCESSOR : near;
  const detail =
    near === FROZEN
      ? `registry "${registry}" is one edit away from "${FROZEN}", which is frozen: its images are now on "${SUCCESSOR}"`
      : `registry "${registry}" is one edit away from "${near}"; the image will fail to pull if it is a typo`;
  r.advise('image-registry-typo', path, image, detail, `${target}${rest}`);
}
