/**
 * CustomResourceDefinitions of the benchmark corpus, shaped like those that controller generators
 * write: every field described in prose, nested objects, lists of objects, maps, int-or-string
 * fields, enums, patterns, CEL validations, several served versions each with the whole schema;
 * and resources of those kinds.
 */
import { Rng, WORDS } from './random';

type Json = Record<string, unknown>;

/** Groups and kinds of the corpus' custom resources. */
export const CRD_GROUPS: readonly string[] = [
  'mesh.example.io',
  'certs.example.io',
  'observability.example.io',
  'storage.example.io',
  'queue.example.io',
  'policy.example.io',
];
const KINDS: readonly string[] = [
  'Route',
  'Gateway',
  'Certificate',
  'Issuer',
  'ScrapeTarget',
  'AlertRule',
  'BackupSchedule',
  'Bucket',
  'Topic',
  'Consumer',
  'TrafficPolicy',
  'RateLimit',
  'Tenant',
  'Snapshot',
  'Retention',
  'Mirror',
];

/** The kind and group of CRD `i`. */
export function crdKind(i: number): { group: string; kind: string; plural: string } {
  const kind = `${KINDS[i % KINDS.length]}${i >= KINDS.length ? String(Math.floor(i / KINDS.length) + 1) : ''}`;
  return { group: CRD_GROUPS[i % CRD_GROUPS.length], kind, plural: `${kind.toLowerCase()}s` };
}

function fieldName(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const a = rng.pick(WORDS);
    const b = rng.pick(WORDS);
    const name = `${a}${b[0].toUpperCase()}${b.slice(1)}`;
    if (!/^[a-z][A-Za-z]+$/.test(name) || taken.has(name)) continue;
    taken.add(name);
    return name;
  }
}

/** A schema of about `budget` properties, at most `depth` levels deep. */
function objectSchema(rng: Rng, depth: number, budget: number): Json {
  const properties: Record<string, Json> = {};
  const taken = new Set<string>();
  const n = Math.max(2, Math.min(budget, rng.int(3, 12)));
  let left = budget - n;
  const required: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = fieldName(rng, taken);
    const description = rng.prose(rng.int(1, 4));
    const r = rng.next();
    if (depth > 0 && r < 0.25 && left > 2) {
      const sub = Math.min(left, rng.int(3, Math.max(3, Math.floor(left / 2))));
      left -= sub;
      properties[name] = { description, ...objectSchema(rng, depth - 1, sub) };
    } else if (depth > 0 && r < 0.4 && left > 2) {
      const sub = Math.min(left, rng.int(2, Math.max(2, Math.floor(left / 3))));
      left -= sub;
      const items = objectSchema(rng, depth - 1, sub);
      const keys = Object.keys(items.properties as Json);
      properties[name] = {
        description,
        type: 'array',
        items,
        'x-kubernetes-list-type': 'map',
        'x-kubernetes-list-map-keys': [keys[0]],
        maxItems: rng.pick([16, 64, 256]),
      };
      // a list-map key must be required
      items.required = [...new Set([keys[0], ...((items.required as string[] | undefined) ?? [])])].sort();
    } else if (r < 0.55) {
      properties[name] = {
        description,
        type: 'string',
        ...(rng.chance(0.5) ? { pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 } : { minLength: 1 }),
      };
    } else if (r < 0.65) {
      properties[name] = {
        description,
        type: 'string',
        enum: rng.some(['Always', 'Never', 'IfNotPresent', 'Retain', 'Delete', 'Recycle', 'Strict', 'Permissive'], 3),
      };
    } else if (r < 0.75) {
      properties[name] = { description, type: 'integer', format: rng.pick(['int32', 'int64']), minimum: 0, ...(rng.chance(0.5) ? { maximum: 65535 } : {}) };
    } else if (r < 0.82) {
      properties[name] = { description, type: 'boolean', default: rng.chance(0.5) };
    } else if (r < 0.88) {
      properties[name] = {
        description,
        anyOf: [{ type: 'integer' }, { type: 'string' }],
        'x-kubernetes-int-or-string': true,
        pattern: '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$',
      };
    } else if (r < 0.94) {
      properties[name] = { description, type: 'object', additionalProperties: { type: 'string' } };
    } else {
      properties[name] = { description, type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
    }
    if (rng.chance(0.2)) required.push(name);
  }
  const schema: Json = { type: 'object', properties };
  if (required.length > 0) schema.required = required.sort();
  if (rng.chance(0.15)) schema['x-kubernetes-validations'] = [{ rule: 'self.size() <= 64', message: 'at most 64 entries' }];
  return schema;
}

/** A CRD of about `properties` schema properties in each of `versions` versions. */
export function crd(rng: Rng, i: number, properties: number, versions: number): Json {
  const { group, kind, plural } = crdKind(i);
  const spec = objectSchema(rng, 5, properties);
  const status = objectSchema(rng, 2, Math.max(6, Math.floor(properties / 6)));
  const names = ['v1alpha1', 'v1beta1', 'v1'].slice(3 - versions);
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${plural}.${group}`, annotations: { 'controller-gen.example.io/version': 'v0.14.0' } },
    spec: {
      group,
      names: { kind, listKind: `${kind}List`, plural, singular: kind.toLowerCase(), categories: ['platform'], shortNames: [kind.slice(0, 3).toLowerCase()] },
      scope: 'Namespaced',
      versions: names.map((name, v) => ({
        name,
        served: true,
        storage: v === names.length - 1,
        subresources: { status: {} },
        additionalPrinterColumns: [
          { name: 'Ready', type: 'string', jsonPath: ".status.conditions[?(@.type=='Ready')].status" },
          { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
        ],
        schema: {
          openAPIV3Schema: {
            description: `${kind} is the Schema for the ${plural} API. ${rng.prose(2)}`,
            type: 'object',
            properties: {
              apiVersion: { description: rng.prose(2), type: 'string' },
              kind: { description: rng.prose(2), type: 'string' },
              metadata: { type: 'object' },
              spec: { description: `${kind}Spec defines the desired state of ${kind}.`, ...spec },
              status: { description: `${kind}Status defines the observed state of ${kind}.`, ...status },
            },
            required: ['spec'],
          },
        },
      })),
    },
  };
}

/** A resource of CRD `i`, in namespace `namespace`. */
export function customResource(rng: Rng, i: number, name: string, namespace: string): Json {
  const { group, kind } = crdKind(i);
  return {
    apiVersion: `${group}/v1`,
    kind,
    metadata: { name, namespace, labels: { team: namespace } },
    spec: {
      targetRef: { name, port: 'http' },
      interval: `${rng.int(1, 6) * 10}s`,
      retries: rng.int(1, 5),
      selector: { matchLabels: { 'app.kubernetes.io/name': name } },
    },
  };
}
