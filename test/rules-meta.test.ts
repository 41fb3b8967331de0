import { validateManifests } from '../lib/check/validate';
import { Finding, formatFinding } from '../lib/engine/finding';

// Object metadata rules (section B, 5–13), through the engine on plain objects.

const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1035_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const NAME_PART_MSG =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const QUALIFIED_MSG =
  "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";
const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

/** The error findings, as the apiserver would word them. */
function errors(manifests: readonly unknown[]): string[] {
  return validateManifests(manifests)
    .filter((f: Finding) => f.severity === 'error')
    .map(formatFinding);
}

/** A ConfigMap: metadata is all the engine checks of it. */
function configMap(metadata: Record<string, unknown>): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata, data: { key: 'value' } };
}

function pod(metadata: Record<string, unknown>): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata,
    spec: { containers: [{ name: 'web', image: 'registry.k8s.io/pause:3.9' }] },
  };
}

function service(metadata: Record<string, unknown>): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'Service', metadata, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } };
}

function deployment(templateMetadata: Record<string, unknown>): Record<string, unknown> {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: {
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: templateMetadata, spec: { containers: [{ name: 'web', image: 'registry.k8s.io/pause:3.9' }] } },
    },
  };
}

describe('rule 5: name or generateName is required', () => {
  test('rejects a Pod without either', () => {
    // GIVEN a Pod whose metadata only has labels
    // WHEN it is validated
    // THEN the apiserver's message is reported at metadata.name
    expect(errors([pod({ labels: { app: 'web' } })])).toEqual(['metadata.name: Required value: name or generateName is required']);
  });

  test('rejects a manifest without metadata, and an empty name', () => {
    // GIVEN a ConfigMap without metadata and one with name ""
    const noMeta = { apiVersion: 'v1', kind: 'ConfigMap', data: {} };
    // WHEN they are validated
    // THEN both need a name
    expect(errors([noMeta, configMap({ name: '' })])).toEqual([
      'metadata.name: Required value: name or generateName is required',
      'metadata.name: Required value: name or generateName is required',
    ]);
  });

  test('accepts generateName alone', () => {
    // GIVEN a Pod with generateName "web-" and no name
    // WHEN it is validated
    // THEN there is no error
    expect(errors([pod({ generateName: 'web-' })])).toEqual([]);
  });

  test('pod-template metadata needs no name', () => {
    // GIVEN a Deployment whose template metadata has only labels
    // WHEN it is validated
    // THEN there is no error
    expect(errors([deployment({ labels: { app: 'web' } })])).toEqual([]);
  });
});

describe('rule 6: Pod names are DNS-1123 subdomains', () => {
  test('rejects uppercase and underscores', () => {
    // GIVEN a Pod named "Web_1"
    // WHEN it is validated
    // THEN the subdomain message is reported
    expect(errors([pod({ name: 'Web_1' })])).toEqual([`metadata.name: Invalid value: "Web_1": ${SUBDOMAIN_MSG}`]);
  });

  test('rejects 254 characters', () => {
    // GIVEN a Pod name one character too long
    // WHEN it is validated
    // THEN only the length is reported
    const name = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}`;
    expect(errors([pod({ name })])).toEqual([`metadata.name: Invalid value: "${name}": must be no more than 253 characters`]);
  });

  test('accepts dots, a leading digit, 63-character labels and 253 characters', () => {
    // GIVEN Pod names at the edges of the rule
    const longest = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;
    // WHEN they are validated
    // THEN there is no error
    expect(errors([pod({ name: '1web.v2' }), pod({ name: 'a'.repeat(63) }), pod({ name: longest })])).toEqual([]);
  });
});

describe('rule 7: Service names are DNS-1035 labels', () => {
  test('rejects a leading digit and dots, which Pods allow', () => {
    // GIVEN Services named "1web" and "web.v1"
    // WHEN they are validated
    // THEN the DNS-1035 message is reported for each
    expect(errors([service({ name: '1web' }), service({ name: 'web.v1' })])).toEqual([
      `metadata.name: Invalid value: "1web": ${DNS1035_MSG}`,
      `metadata.name: Invalid value: "web.v1": ${DNS1035_MSG}`,
    ]);
  });

  test('rejects 64 characters', () => {
    // GIVEN a Service name of 64 letters
    // WHEN it is validated
    // THEN the length is reported
    const name = 'a'.repeat(64);
    expect(errors([service({ name })])).toEqual([`metadata.name: Invalid value: "${name}": must be no more than 63 characters`]);
  });

  test('accepts 63 characters', () => {
    // GIVEN a Service name of 63 characters
    // WHEN it is validated
    // THEN there is no error
    expect(errors([service({ name: `web-${'a'.repeat(58)}1` })])).toEqual([]);
  });
});

describe('rule 8: generateName is validated after masking a trailing dash', () => {
  test('rejects an uppercase generateName', () => {
    // GIVEN a Pod with generateName "Web-"
    // WHEN it is validated
    // THEN the generateName is reported, with its original value
    expect(errors([pod({ generateName: 'Web-' })])).toEqual([`metadata.generateName: Invalid value: "Web-": ${SUBDOMAIN_MSG}`]);
  });

  test('rejects a prefix whose generated names are invalid even though the mask hides it', () => {
    // GIVEN a Service with generateName "1-": the apiserver's mask gives "a", valid, but it
    // generates names such as "1-x7k2p", which no DNS-1035 label is
    // WHEN it is validated
    // THEN the generated name is reported
    expect(errors([service({ generateName: '1-' })])).toEqual([
      `metadata.generateName: Invalid value: "1-": names generated from it (e.g. "1-xxxxx") are invalid: ${DNS1035_MSG}`,
    ]);
  });

  test('accepts a trailing dash and a 253-character subdomain prefix', () => {
    // GIVEN generateNames ending with "-", one of them 253 characters long
    const long = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(60)}-`;
    // WHEN they are validated
    // THEN there is no error
    expect(errors([pod({ generateName: 'web-' }), service({ generateName: 'web-' }), configMap({ generateName: long })])).toEqual([]);
  });
});

describe('rule 9: namespace is a DNS-1123 label', () => {
  test('rejects uppercase and dots', () => {
    // GIVEN namespaces "Team_A" and "team.a"
    // WHEN they are validated
    // THEN the label message, or "must not contain dots", is reported
    expect(errors([configMap({ name: 'a', namespace: 'Team_A' }), configMap({ name: 'b', namespace: 'team.a' })])).toEqual([
      `metadata.namespace: Invalid value: "Team_A": ${LABEL_MSG}`,
      'metadata.namespace: Invalid value: "team.a": must not contain dots',
    ]);
  });

  test('accepts 63 characters and a leading digit', () => {
    // GIVEN namespaces at the edges of the rule
    // WHEN they are validated
    // THEN there is no error
    expect(errors([configMap({ name: 'a', namespace: 'n'.repeat(63) }), configMap({ name: 'b', namespace: '1team' })])).toEqual([]);
  });
});

describe('rule 10: label keys are qualified names', () => {
  test('rejects an uppercase prefix, an empty prefix, two slashes and a bad name part', () => {
    // GIVEN invalid label keys
    const labels = { 'Example.COM/Owner': 'a', '/name': 'b', 'a/b/c': 'c', '-app': 'd' };
    // WHEN they are validated
    // THEN each is reported at metadata.labels with the key as value
    expect(errors([configMap({ name: 'cm', labels })])).toEqual([
      `metadata.labels: Invalid value: "Example.COM/Owner": prefix part ${SUBDOMAIN_MSG}`,
      'metadata.labels: Invalid value: "/name": prefix part must be non-empty',
      `metadata.labels: Invalid value: "a/b/c": ${QUALIFIED_MSG}`,
      `metadata.labels: Invalid value: "-app": ${NAME_PART_MSG}`,
    ]);
  });

  test('rejects a name part of 64 characters', () => {
    // GIVEN a label key whose name part is 64 characters long
    const key = `example.com/${'n'.repeat(64)}`;
    // WHEN it is validated
    // THEN the length of the name part is reported
    expect(errors([pod({ name: 'web', labels: { [key]: 'x' } })])).toEqual([
      `metadata.labels: Invalid value: "${key}": name part must be no more than 63 characters`,
    ]);
  });

  test('reports pod-template labels at their own path', () => {
    // GIVEN a Deployment whose template has a label key with a space
    // WHEN it is validated
    // THEN the error is at spec.template.metadata.labels
    expect(errors([deployment({ labels: { app: 'web', 'my app': 'x' } })])).toEqual([
      `spec.template.metadata.labels: Invalid value: "my app": ${NAME_PART_MSG}`,
    ]);
  });

  test('accepts a prefix, uppercase in the name part and a 63-character name part', () => {
    // GIVEN valid label keys at the edges of the rule
    const labels = { 'app.kubernetes.io/name': 'web', 'example.com/MyName': 'x', ['n'.repeat(63)]: 'y', 'My_Key.1': 'z' };
    // WHEN they are validated
    // THEN there is no error
    expect(errors([pod({ name: 'web', labels })])).toEqual([]);
  });
});

describe('rule 11: label values', () => {
  test('rejects a leading dash and 64 characters', () => {
    // GIVEN invalid label values
    const long = 'v'.repeat(64);
    // WHEN they are validated
    // THEN each is reported at metadata.labels with the value as value
    expect(errors([pod({ name: 'web', labels: { a: '-web', b: long } })])).toEqual([
      `metadata.labels: Invalid value: "-web": ${LABEL_VALUE_MSG}`,
      `metadata.labels: Invalid value: "${long}": must be no more than 63 characters`,
    ]);
  });

  test('accepts an empty value, 63 characters, dots and underscores', () => {
    // GIVEN valid label values
    // WHEN they are validated
    // THEN there is no error
    expect(errors([pod({ name: 'web', labels: { a: '', b: 'v'.repeat(63), c: 'My_Value.1' } })])).toEqual([]);
  });
});

describe('rule 12: annotation keys are qualified names once lowercased', () => {
  test('rejects a key with a space and a key with two slashes', () => {
    // GIVEN invalid annotation keys
    // WHEN they are validated
    // THEN each is reported at metadata.annotations with the original key
    expect(errors([configMap({ name: 'cm', annotations: { 'Owner Team': 'a', 'a/b/c': 'b' } })])).toEqual([
      `metadata.annotations: Invalid value: "Owner Team": ${NAME_PART_MSG}`,
      `metadata.annotations: Invalid value: "a/b/c": ${QUALIFIED_MSG}`,
    ]);
  });

  test('accepts Example.COM/Owner, which is no valid label key', () => {
    // GIVEN an annotation key with an uppercase prefix, and free text as value
    // WHEN it is validated
    // THEN there is no error
    expect(errors([pod({ name: 'web', annotations: { 'Example.COM/Owner': 'Team A: see https://example.com/?q=1' } })])).toEqual([]);
  });
});

describe('rule 13: annotations total at most 262144 bytes', () => {
  test('rejects one byte too many, counted in UTF-8', () => {
    // GIVEN annotations of 262145 bytes: "k" + 131071 two-byte characters + "ab"
    const annotations = { k: `${'é'.repeat(131071)}ab` };
    // WHEN they are validated
    // THEN the size is reported
    expect(errors([configMap({ name: 'cm', annotations })])).toEqual(['metadata.annotations: Too long: must have at most 262144 bytes']);
  });

  test('accepts exactly 262144 bytes', () => {
    // GIVEN annotations of exactly 262144 bytes, in ASCII and in UTF-8
    const ascii = { key: 'v'.repeat(262144 - 3) };
    const utf8 = { k: `${'é'.repeat(131071)}a` };
    // WHEN they are validated
    // THEN there is no error
    expect(errors([configMap({ name: 'a', annotations: ascii }), configMap({ name: 'b', annotations: utf8 })])).toEqual([]);
  });
});

describe('defensive', () => {
  test('values of the wrong JSON type are only reported by the schema check', () => {
    // GIVEN metadata whose name, labels and annotations have the wrong JSON type
    const m = configMap({ name: 42, labels: 'app=web', annotations: { a: 1 } });
    // WHEN it is validated
    // THEN no metadata rule reports them again, and nothing throws
    const rules = validateManifests([m])
      .filter(f => f.severity === 'error')
      .map(f => `${f.rule} ${f.path}`);
    expect(rules).toEqual(['field-type metadata.name', 'field-type metadata.labels', 'field-type metadata.annotations[a]']);
  });

  test('metadata that is not an object counts as absent', () => {
    // GIVEN a Pod whose metadata is a string
    // WHEN it is validated
    // THEN the schema reports the type and the name is required
    const rules = validateManifests([pod('web' as unknown as Record<string, unknown>)])
      .filter(f => f.severity === 'error')
      .map(f => `${f.rule} ${f.path}`);
    expect(rules).toEqual(['field-type metadata', 'name-required metadata.name']);
  });
});
