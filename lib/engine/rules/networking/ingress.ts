/**
 * Ingresses: `ValidateIngressCreate` of `pkg/apis/networking/validation` (Kubernetes 1.27), with
 * the options of a create (no invalid secret names, no invalid wildcard-host rules). networking/v1
 * defaults nothing in an Ingress (no pathType: it is required).
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';
import { dns1035LabelErrors, dns1123SubdomainErrors, pathSegmentErrors, portNameErrors } from '../../../values/names';
import { portNumberErrors } from '../../../values/numbers';
import { Path } from '../../../values/path';
import { Reporter } from '../../reporter';
import { isIPSloppy } from './ip';

/** `supportedPathTypes.List()`: sorted. */
const PATH_TYPES: readonly string[] = ['Exact', 'ImplementationSpecific', 'Prefix'];
const INVALID_PATH_SEQUENCES: readonly string[] = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_PATH_SUFFIXES: readonly string[] = ['/..', '/.'];
const CLASS_ANNOTATION = 'kubernetes.io/ingress.class';
const WILDCARD_SUBDOMAIN = /^\*\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const WILDCARD_MESSAGE =
  "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' " +
  "and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

/** `IsWildcardDNS1123Subdomain`. */
function wildcardSubdomainErrors(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 253) errs.push('must be no more than 253 characters');
  if (!WILDCARD_SUBDOMAIN.test(value)) errs.push(WILDCARD_MESSAGE);
  return errs;
}

/** A host of a rule or of TLS: a wildcard when it has a `*`, a DNS-1123 subdomain otherwise. */
function hostErrors(host: string): string[] {
  return host.includes('*') ? wildcardSubdomainErrors(host) : dns1123SubdomainErrors(host);
}

function isSet(v: unknown): boolean {
  return v !== undefined && v !== null;
}

/** `validateIngressTypedLocalObjectReference`. */
function checkResourceBackend(r: Reporter, ref: JsonObject, path: Path): void {
  if (typeof ref.apiGroup === 'string') r.invalidEach('ingress-backend', [...path, 'apiGroup'], ref.apiGroup, dns1123SubdomainErrors(ref.apiGroup));
  for (const field of ['kind', 'name'] as const) {
    const v = ref[field];
    if (v === '') r.required('ingress-backend', [...path, field], `${field} is required`);
    else if (typeof v === 'string') r.invalidEach('ingress-backend', [...path, field], v, pathSegmentErrors(v));
    // absent: the schema reports it
  }
}

/** `validateIngressBackend`. */
function checkBackend(r: Reporter, backend: JsonObject, path: Path): void {
  const resource = isObject(backend.resource) ? backend.resource : undefined;
  const service = isObject(backend.service) ? backend.service : undefined;
  if (resource && service) {
    r.invalid('ingress-backend', path, '', 'cannot set both resource and service backends');
  } else if (resource) {
    checkResourceBackend(r, resource, [...path, 'resource']);
  } else if (service) {
    const name = service.name;
    if (name === '') r.required('ingress-backend', [...path, 'service', 'name']);
    else if (typeof name === 'string') r.invalidEach('ingress-backend', [...path, 'service', 'name'], name, dns1035LabelErrors(name));
    const port = isObject(service.port) ? service.port : {};
    const portName = typeof port.name === 'string' ? port.name : '';
    const portNumber = typeof port.number === 'number' ? port.number : 0;
    if (portName !== '' && portNumber !== 0) r.invalid('ingress-backend', path, '', 'cannot set both port name & port number');
    else if (portName !== '') r.invalidEach('ingress-backend', [...path, 'service', 'port', 'name'], portName, portNameErrors(portName));
    else if (portNumber !== 0) r.invalidEach('ingress-backend', [...path, 'service', 'port', 'number'], portNumber, portNumberErrors(portNumber));
    else r.required('ingress-backend', path, 'port name or number is required');
  } else {
    r.invalid('ingress-backend', path, '', 'resource or service backend is required');
  }
}

/** `validateHTTPIngressPath`: a path without pathType is not checked further. */
function checkPath(r: Reporter, p: JsonObject, path: Path): void {
  const type = p.pathType;
  if (typeof type !== 'string') {
    // absent: the schema reports it (the apiserver's words: "pathType must be specified")
    return;
  }
  const value = typeof p.path === 'string' ? p.path : '';
  const at = [...path, 'path'];
  if (type === 'Exact' || type === 'Prefix') {
    if (!value.startsWith('/')) r.invalid('ingress-path', at, value, 'must be an absolute path');
    if (value !== '') {
      for (const seq of INVALID_PATH_SEQUENCES) if (value.includes(seq)) r.invalid('ingress-path', at, value, `must not contain '${seq}'`);
      for (const suffix of INVALID_PATH_SUFFIXES) if (value.endsWith(suffix)) r.invalid('ingress-path', at, value, `cannot end with '${suffix}'`);
    }
  } else if (type === 'ImplementationSpecific') {
    if (value !== '' && !value.startsWith('/')) r.invalid('ingress-path', at, value, 'must be an absolute path');
  } else {
    r.unsupported('ingress-path-type', [...path, 'pathType'], type, PATH_TYPES);
  }
  if (isObject(p.backend)) checkBackend(r, p.backend, [...path, 'backend']);
}

/** `validateIngressRules`. */
function checkRule(r: Reporter, rule: JsonObject, path: Path): void {
  const host = rule.host;
  if (typeof host === 'string' && host !== '') {
    if (isIPSloppy(host)) r.invalid('ingress-host', [...path, 'host'], host, 'must be a DNS name, not an IP address');
    r.invalidEach('ingress-host', [...path, 'host'], host, hostErrors(host));
  }
  if (!isObject(rule.http)) return;
  const paths = rule.http.paths;
  if (!Array.isArray(paths)) return; // absent: the schema reports it
  if (paths.length === 0) r.required('ingress-path', [...path, 'http', 'paths']);
  paths.forEach((p, i) => {
    if (isObject(p)) checkPath(r, p, [...path, 'http', 'paths', i]);
  });
}

function checkTLS(r: Reporter, tls: JsonObject, path: Path): void {
  if (Array.isArray(tls.hosts)) {
    tls.hosts.forEach((host, i) => {
      if (typeof host === 'string') r.invalidEach('ingress-tls', [...path, 'hosts', i], host, hostErrors(host));
    });
  }
  const secret = tls.secretName;
  if (typeof secret === 'string' && secret !== '') r.invalidEach('ingress-tls', [...path, 'secretName'], secret, dns1123SubdomainErrors(secret));
}

/** `ValidateIngressCreate`, but for the metadata (checked by the engine). */
export function checkIngress(r: Reporter, manifest: JsonObject): void {
  const spec = isObject(manifest.spec) ? manifest.spec : {};
  const rules = Array.isArray(spec.rules) ? spec.rules : [];
  const defaultBackend = isObject(spec.defaultBackend) ? spec.defaultBackend : undefined;
  if (rules.length === 0 && !defaultBackend) {
    r.invalid('ingress-rules-or-default-backend', ['spec'], rules, 'either `defaultBackend` or `rules` must be specified');
  }
  if (defaultBackend) checkBackend(r, defaultBackend, ['spec', 'defaultBackend']);
  rules.forEach((rule, i) => {
    if (isObject(rule)) checkRule(r, rule, ['spec', 'rules', i]);
  });
  if (Array.isArray(spec.tls)) {
    spec.tls.forEach((tls, i) => {
      if (isObject(tls)) checkTLS(r, tls, ['spec', 'tls', i]);
    });
  }
  const className = spec.ingressClassName;
  if (typeof className === 'string') r.invalidEach('ingress-class', ['spec', 'ingressClassName'], className, dns1123SubdomainErrors(className));
  const meta = isObject(manifest.metadata) ? manifest.metadata : {};
  const annotations = isObject(meta.annotations) ? meta.annotations : {};
  const annotation = annotations[CLASS_ANNOTATION];
  if (typeof annotation === 'string' && isSet(className)) {
    // the apiserver's path: `annotations.kubernetes.io/ingress.class`, without `metadata`
    r.invalid('ingress-class', ['annotations', CLASS_ANNOTATION], annotation, 'can not be set when the class field is also set');
  }
}
