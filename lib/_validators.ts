/**
 * Primitive validators for values that types cannot bound.
 *
 * Each `xxxErrors()` function mirrors one of the Kubernetes 1.27 apiserver's
 * `k8s.io/apimachinery/pkg/util/validation` functions: it returns the list of
 * problems (empty when the value is valid), worded exactly as the apiserver
 * words them, so that the SDK's builders and the manifest rules engine report
 * the same rule in the same words.
 *
 * @internal
 * @packageDocumentation
 */
import { Duration } from 'cdk8s';
import { raise, ValidationError } from './errors';

export { raise, ValidationError };

const DNS1123_LABEL_MAX = 63;
const DNS1123_SUBDOMAIN_MAX = 253;
const QUALIFIED_NAME_MAX = 63;
const LABEL_VALUE_MAX = 63;
const PORT_NAME_MAX = 15;

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const PORT_NAME_CHARS = /^[-a-z0-9]+$/;
const HAS_LETTER = /[a-z]/;
const HTTP_HEADER_NAME = /^[-A-Za-z0-9]+$/;
const ENV_VAR_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/** The apiserver's message for a value longer than `max`. */
function maxLenError(max: number): string {
  return `must be no more than ${max} characters`;
}

/** `IsDNS1123Label`: container names, volume names, namespaces. */
export function dns1123LabelErrors(value: string): string[] {
  const errs: string[] = [];
  if (value.length > DNS1123_LABEL_MAX) errs.push(maxLenError(DNS1123_LABEL_MAX));
  if (!DNS1123_LABEL.test(value)) {
    const msg =
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', " +
      "and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
    errs.push(DNS1123_SUBDOMAIN.test(value) ? 'must not contain dots' : msg);
  }
  return errs;
}

/** `IsDNS1123Subdomain`: Pod and Deployment names, label-key prefixes. */
export function dns1123SubdomainErrors(value: string): string[] {
  const errs: string[] = [];
  if (value.length > DNS1123_SUBDOMAIN_MAX) errs.push(maxLenError(DNS1123_SUBDOMAIN_MAX));
  if (!DNS1123_SUBDOMAIN.test(value)) {
    errs.push(
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', " +
        "and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    );
  }
  return errs;
}

/** `IsDNS1035Label`: Service names. */
export function dns1035LabelErrors(value: string): string[] {
  const errs: string[] = [];
  if (value.length > DNS1123_LABEL_MAX) errs.push(maxLenError(DNS1123_LABEL_MAX));
  if (!DNS1035_LABEL.test(value)) {
    errs.push(
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, " +
        "and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
    );
  }
  return errs;
}

/** `IsQualifiedName`: label keys and (lowercased) annotation keys. */
export function qualifiedNameErrors(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) {
    name = parts[0];
  } else if (parts.length === 2) {
    const [prefix, rest] = parts;
    name = rest;
    if (prefix.length === 0) {
      errs.push('prefix part must be non-empty');
    } else {
      for (const e of dns1123SubdomainErrors(prefix)) errs.push(`prefix part ${e}`);
    }
  } else {
    return [
      "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character " +
        "(e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') " +
        "with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    ];
  }
  if (name.length === 0) {
    errs.push('name part must be non-empty');
  } else if (name.length > QUALIFIED_NAME_MAX) {
    errs.push(`name part ${maxLenError(QUALIFIED_NAME_MAX)}`);
  }
  if (name.length > 0 && !QUALIFIED_NAME.test(name)) {
    errs.push(
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character " +
        "(e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    );
  }
  return errs;
}

/** `IsValidLabelValue`: label values, selector values. */
export function labelValueErrors(value: string): string[] {
  const errs: string[] = [];
  if (value.length > LABEL_VALUE_MAX) errs.push(maxLenError(LABEL_VALUE_MAX));
  if (!LABEL_VALUE.test(value)) {
    errs.push(
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character " +
        "(e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    );
  }
  return errs;
}

/** Whether a value is a port number, 1..65535: the test behind {@link portNumberErrors}. */
export function isPortNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535;
}

/** `IsValidPortNum`: container ports, probe ports, Service ports. */
export function portNumberErrors(value: number): string[] {
  return isPortNumber(value) ? [] : ['must be between 1 and 65535, inclusive'];
}

/**
 * A named port must be one of `declared`, the names of the container's ports (the kubelet
 * resolves it at probe time and fails otherwise).
 */
export function declaredPortErrors(name: string, declared: readonly string[]): string[] {
  if (declared.includes(name)) return [];
  const known = declared.length > 0 ? `the container declares ${declared.map(n => `"${n}"`).join(', ')}` : 'the container declares no named port';
  return [`must name a port of this container; ${known}`];
}

/** `IsValidPortName` (IANA_SVC_NAME): container port names and named probe / target ports. */
export function portNameErrors(value: string): string[] {
  const errs: string[] = [];
  if (value.length > PORT_NAME_MAX) errs.push(maxLenError(PORT_NAME_MAX));
  if (!PORT_NAME_CHARS.test(value)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!HAS_LETTER.test(value)) errs.push('must contain at least one letter (a-z)');
  if (value.includes('--')) errs.push('must not contain consecutive hyphens');
  if (value.startsWith('-') || value.endsWith('-')) errs.push('must not begin or end with a hyphen');
  return errs;
}

/** `IsHTTPHeaderName`: names of `httpGet.httpHeaders`. */
export function httpHeaderNameErrors(value: string): string[] {
  return HTTP_HEADER_NAME.test(value)
    ? []
    : ["a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')"];
}

/** `IsEnvVarName` as of Kubernetes 1.27. */
export function envVarNameErrors(value: string): string[] {
  const errs: string[] = [];
  if (!ENV_VAR_NAME.test(value)) {
    errs.push(
      "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit " +
        "(e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')",
    );
  }
  if (value === '.') errs.push("must not be '.'");
  else if (value === '..') errs.push("must not be '..'");
  else if (value.startsWith('..')) errs.push("must not start with '..'");
  return errs;
}

/** A whole number at least `min`: probe thresholds. */
export function minIntegerErrors(value: number, min: number): string[] {
  return Number.isInteger(value) && value >= min ? [] : [`must be a whole number, ${min} or more`];
}

/** Renders a value for a message: strings quoted, durations in words, the rest as JSON. */
export function display(value: unknown): string {
  if (value instanceof Duration) return value.toHumanString();
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? String(value);
}

/** The one message shape of the SDK: `'<field>' (<value>) is invalid: <rule>; <rule>`. */
export function invalid(field: string, value: unknown, errors: readonly string[]): string {
  return `'${field}' (${display(value)}) is invalid: ${errors.join('; ')}`;
}

/** Throws a {@link ValidationError} when `errors` is not empty. */
export function check(where: string, field: string, value: unknown, errors: readonly string[]): void {
  if (errors.length > 0) raise(where, invalid(field, value, errors));
}

/**
 * Converts a duration to whole seconds, at least `minSeconds`, or throws.
 * Kubernetes probe and grace-period fields are integers of seconds: 500 ms cannot be written.
 */
export function wholeSeconds(where: string, field: string, value: Duration, minSeconds: number): number {
  const millis = value.toMilliseconds();
  const rule = `must be a whole number of seconds, ${minSeconds === 0 ? '0 seconds' : `${minSeconds} second${minSeconds === 1 ? '' : 's'}`} or more`;
  if (millis % 1000 !== 0 || millis / 1000 < minSeconds) raise(where, invalid(field, value, [rule]));
  return millis / 1000;
}

/**
 * Runs `build`, prefixing any {@link ValidationError} it throws with the construct path
 * that `scope` and `id` will give, so that errors of defaults-filled constructs name their construct.
 */
export function inConstruct<T>(scope: { node: { path: string } }, id: string, build: () => T): T {
  try {
    return build();
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const path = scope.node.path ? `${scope.node.path}/${id}` : id;
    raise(`[${path}]`, e.message);
  }
}
