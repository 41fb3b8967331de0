/**
 * What the examples of the rule catalogue share: small manifests to vary, and the findings of
 * manifests, YAML and builders.
 */
import { checkSources, Finding, ValidationError, validateManifests } from '../../lib';

/** An example of a rule: the findings of an input that breaks it. */
export type Example = () => readonly Finding[];

export type M = Record<string, any>;

export const IMAGE = 'registry.k8s.io/pause:3.9';

export function pod(spec: M = {}, metadata: M = {}): M {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', ...metadata }, spec: { containers: [{ name: 'app', image: IMAGE }], ...spec } };
}

/** A pod whose one container has these fields. */
export function withContainer(fields: M, spec: M = {}): M {
  return pod({ containers: [{ name: 'app', image: IMAGE, ...fields }], ...spec });
}

export function deployment(template: M = {}, spec: M = {}): M {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: {
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image: IMAGE }], ...template } },
      ...spec,
    },
  };
}

export function job(template: M = {}): M {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'once' },
    spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'app', image: IMAGE }], ...template } } },
  };
}

export function service(spec: M): M {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { ports: [{ port: 80 }], ...spec } };
}

/** The findings of manifests, with a policy profile. */
export function check(manifests: M | M[], policy?: 'baseline' | 'restricted' | 'recommended'): readonly Finding[] {
  return validateManifests(Array.isArray(manifests) ? manifests : [manifests], { policy });
}

/** The findings a builder or construct throws. */
export function thrown(build: () => unknown): readonly Finding[] {
  try {
    build();
  } catch (e) {
    if (e instanceof ValidationError) return e.findings;
    throw e;
  }
  return [];
}

/** The findings of YAML text, as `check` reads it. */
export function yaml(text: string): readonly Finding[] {
  return checkSources([{ name: 'x.yaml', text }]).findings.map(f => f.finding ?? ({ rule: f.rule, severity: f.severity } as Finding));
}
