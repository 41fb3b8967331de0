import {
  dns1035LabelErrors,
  dns1123LabelErrors,
  dns1123SubdomainErrors,
  envVarNameErrors,
  httpHeaderNameErrors,
  labelValueErrors,
  portNameErrors,
  qualifiedNameErrors,
} from '../lib/values/names';
import { portNumberErrors } from '../lib/values/numbers';

const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

describe('dns1123LabelErrors (container and volume names)', () => {
  test('accepts 63 characters, digits first, hyphens inside', () => {
    expect(dns1123LabelErrors('a'.repeat(63))).toEqual([]);
    expect(dns1123LabelErrors('123-abc')).toEqual([]);
  });
  test('rejects 64 characters, uppercase, dots, edges', () => {
    expect(dns1123LabelErrors('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
    expect(dns1123LabelErrors('Go-Test')).toEqual([LABEL_MSG]);
    expect(dns1123LabelErrors('go.test')).toEqual(['must not contain dots']);
    expect(dns1123LabelErrors('-go')).toEqual([LABEL_MSG]);
    expect(dns1123LabelErrors('')).toEqual([LABEL_MSG]);
  });
});

describe('dns1123SubdomainErrors (pod names)', () => {
  test('accepts dots and 253 characters', () => {
    expect(dns1123SubdomainErrors('go-test.v1')).toEqual([]);
    expect(dns1123SubdomainErrors(`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`)).toEqual([]);
  });
  test('rejects 254 characters and underscores', () => {
    expect(dns1123SubdomainErrors('a'.repeat(254))).toEqual(['must be no more than 253 characters']);
    expect(dns1123SubdomainErrors('go_test')[0]).toMatch(/^a lowercase RFC 1123 subdomain must consist of/);
  });
});

describe('dns1035LabelErrors (service names)', () => {
  test('must start with a letter', () => {
    expect(dns1035LabelErrors('goproxy')).toEqual([]);
    expect(dns1035LabelErrors('1goproxy')[0]).toMatch(
      /^a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character/,
    );
  });
});

describe('qualifiedNameErrors (label keys)', () => {
  test('accepts a prefix and uppercase in the name part', () => {
    expect(qualifiedNameErrors('app.kubernetes.io/name')).toEqual([]);
    expect(qualifiedNameErrors('example.com/MyName')).toEqual([]);
    expect(qualifiedNameErrors('test')).toEqual([]);
  });
  test('rejects an empty prefix, an uppercase prefix, two slashes, a long name part', () => {
    expect(qualifiedNameErrors('/name')).toEqual(['prefix part must be non-empty']);
    expect(qualifiedNameErrors('Example.com/name')[0]).toMatch(/^prefix part a lowercase RFC 1123 subdomain/);
    expect(qualifiedNameErrors('a/b/c')[0]).toMatch(/^a qualified name must consist of/);
    expect(qualifiedNameErrors('a'.repeat(64))).toEqual(['name part must be no more than 63 characters']);
  });
});

describe('labelValueErrors', () => {
  test('accepts empty and 63 characters', () => {
    expect(labelValueErrors('')).toEqual([]);
    expect(labelValueErrors('x'.repeat(63))).toEqual([]);
  });
  test('rejects 64 characters and a trailing dash', () => {
    expect(labelValueErrors('x'.repeat(64))).toEqual(['must be no more than 63 characters']);
    expect(labelValueErrors('liveness-')[0]).toMatch(/^a valid label must be an empty string/);
  });
});

describe('portNumberErrors and portNameErrors', () => {
  test('ports 1 and 65535 are fine, 0, 65536 and 80.5 are not', () => {
    expect(portNumberErrors(1)).toEqual([]);
    expect(portNumberErrors(65535)).toEqual([]);
    for (const p of [0, 65536, 80.5, -1]) expect(portNumberErrors(p)).toEqual(['must be between 1 and 65535, inclusive']);
  });
  test('IANA_SVC_NAME: 15 characters, one letter at least', () => {
    expect(portNameErrors('liveness-port')).toEqual([]);
    expect(portNameErrors('a23456789012345')).toEqual([]);
    expect(portNameErrors('a234567890123456')).toEqual(['must be no more than 15 characters']);
    expect(portNameErrors('8080')).toEqual(['must contain at least one letter (a-z)']);
    expect(portNameErrors('port:8080')).toEqual(['must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)']);
    expect(portNameErrors('Http')).toEqual(['must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)']);
  });
});

describe('httpHeaderNameErrors and envVarNameErrors', () => {
  test('header names', () => {
    expect(httpHeaderNameErrors('Custom-Header')).toEqual([]);
    expect(httpHeaderNameErrors('Custom_Header')).toHaveLength(1);
  });
  test('environment variable names as of 1.27', () => {
    expect(envVarNameErrors('MY_ENV.NAME')).toEqual([]);
    expect(envVarNameErrors('1ABC')).toHaveLength(1);
    expect(envVarNameErrors('..x')).toEqual(["must not start with '..'"]);
  });
});
