import { validateManifests } from '../lib/check/validate';
import { formatFinding } from '../lib/engine/finding';

// Ingress and NetworkPolicy rules (networking.k8s.io/v1), as the 1.27 apiserver checks them on
// create, after the networking/v1 defaults.

type M = Record<string, any>;

const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const WILDCARD_MSG =
  "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1035_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const PATH_TYPES = 'supported values: "Exact", "ImplementationSpecific", "Prefix"';

const BACKEND = { service: { name: 'web', port: { number: 80 } } };

function ingress(spec: M, metadata: M = {}): M {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web', ...metadata }, spec };
}

/** An Ingress with one rule for `shop.example.com` and one path, with `fields` over the path. */
function withPath(fields: M): M {
  return ingress({ rules: [{ host: 'shop.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: BACKEND, ...fields }] } }] });
}

function withHost(host: string): M {
  return ingress({ rules: [{ host, http: { paths: [{ path: '/', pathType: 'Prefix', backend: BACKEND }] } }] });
}

function policy(spec: M): M {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'web' }, spec: { podSelector: {}, ...spec } };
}

/** A policy with one ingress rule from `peer`. */
function from(peer: M): M {
  return policy({ ingress: [{ from: [peer] }] });
}

/** A policy with one ingress rule on `port`. */
function onPort(port: M): M {
  return policy({ ingress: [{ ports: [port] }] });
}

/** The error findings of a manifest, as the apiserver would word them. */
function errors(manifest: M): string[] {
  return validateManifests([manifest])
    .filter(f => f.severity === 'error')
    .map(formatFinding);
}

/** Every finding of a manifest but infos, with its rule. */
function findings(manifest: M): string[] {
  return validateManifests([manifest])
    .filter(f => f.severity !== 'info')
    .map(f => `${formatFinding(f)} [${f.rule}]`);
}

describe('ingress-rules-or-default-backend', () => {
  test('an Ingress with neither rules nor a default backend is invalid', () => {
    // GIVEN Ingresses without rules, and with an empty list
    // WHEN they are validated
    // THEN spec is invalid
    expect(errors(ingress({ ingressClassName: 'nginx' }))).toEqual(['spec: Invalid value: []: either `defaultBackend` or `rules` must be specified']);
    expect(errors(ingress({ rules: [] }))).toEqual(['spec: Invalid value: []: either `defaultBackend` or `rules` must be specified']);
  });

  test('a default backend alone is enough', () => {
    // GIVEN an Ingress with a default backend only
    // WHEN it is validated
    // THEN there is no error
    expect(errors(ingress({ defaultBackend: BACKEND }))).toEqual([]);
  });
});

describe('ingress-backend', () => {
  test('a service backend names a DNS-1035 service', () => {
    // GIVEN backends with an empty name and with a name starting with a digit
    // WHEN they are validated
    // THEN each is reported
    expect(errors(withPath({ backend: { service: { name: '', port: { number: 80 } } } }))).toEqual([
      'spec.rules[0].http.paths[0].backend.service.name: Required value',
    ]);
    expect(errors(ingress({ defaultBackend: { service: { name: '1web', port: { number: 80 } } } }))).toEqual([
      `spec.defaultBackend.service.name: Invalid value: "1web": ${DNS1035_MSG}`,
    ]);
  });

  test('a port is a number (0 counts as none) or a name, exactly one', () => {
    // GIVEN ports with both, neither, number 0, an out-of-range number and a bad name
    // WHEN they are validated
    // THEN each is reported where the apiserver reports it
    const at = 'spec.defaultBackend';
    const backend = (port: M): M => ingress({ defaultBackend: { service: { name: 'web', port } } });
    expect(errors(backend({ name: 'http', number: 80 }))).toEqual([`${at}: Invalid value: "": cannot set both port name & port number`]);
    expect(errors(backend({}))).toEqual([`${at}: Required value: port name or number is required`]);
    expect(errors(backend({ number: 0 }))).toEqual([`${at}: Required value: port name or number is required`]);
    expect(errors(backend({ number: 70000 }))).toEqual([`${at}.service.port.number: Invalid value: 70000: must be between 1 and 65535, inclusive`]);
    expect(errors(backend({ name: 'HTTP' }))).toEqual([
      `${at}.service.port.name: Invalid value: "HTTP": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)`,
      `${at}.service.port.name: Invalid value: "HTTP": must contain at least one letter (a-z)`,
    ]);
  });

  test('a backend is a service or a resource, not both, not neither', () => {
    // GIVEN backends with both kinds and with none
    // WHEN they are validated
    // THEN the backend itself is invalid, with an empty value
    const resource = { apiGroup: 'k8s.example.com', kind: 'StorageBucket', name: 'static-assets' };
    expect(errors(ingress({ defaultBackend: { ...BACKEND, resource } }))).toEqual([
      'spec.defaultBackend: Invalid value: "": cannot set both resource and service backends',
    ]);
    expect(errors(withPath({ backend: {} }))).toEqual(['spec.rules[0].http.paths[0].backend: Invalid value: "": resource or service backend is required']);
    expect(errors(ingress({ defaultBackend: { resource } }))).toEqual([]);
  });

  test('a resource backend has a path-segment kind and name and a DNS-1123 apiGroup ("" included)', () => {
    // GIVEN a resource backend with a bad group, an empty kind and a name with a slash
    // WHEN it is validated
    // THEN each field is reported
    expect(errors(ingress({ defaultBackend: { resource: { apiGroup: '', kind: '', name: 'a/b' } } }))).toEqual([
      `spec.defaultBackend.resource.apiGroup: Invalid value: "": ${SUBDOMAIN_MSG}`,
      'spec.defaultBackend.resource.kind: Required value: kind is required',
      `spec.defaultBackend.resource.name: Invalid value: "a/b": may not contain '/'`,
    ]);
  });
});

describe('ingress-host', () => {
  test('a host is a DNS-1123 subdomain, not an IP address', () => {
    // GIVEN hosts: an IPv4 address, an IPv4 address with leading zeros, an uppercase name
    // WHEN they are validated
    // THEN each is reported
    const ip = (host: string): string => `spec.rules[0].host: Invalid value: "${host}": must be a DNS name, not an IP address`;
    expect(errors(withHost('192.168.1.10'))).toEqual([ip('192.168.1.10')]);
    expect(errors(withHost('010.0.0.1'))).toEqual([ip('010.0.0.1')]);
    expect(errors(withHost('Shop.example.com'))).toEqual([`spec.rules[0].host: Invalid value: "Shop.example.com": ${SUBDOMAIN_MSG}`]);
    expect(errors(withHost('shop.example.com:443'))).toEqual([`spec.rules[0].host: Invalid value: "shop.example.com:443": ${SUBDOMAIN_MSG}`]);
  });

  test('a wildcard is one leading "*." label', () => {
    // GIVEN wildcard hosts
    // WHEN they are validated
    // THEN only "*.example.com" is accepted
    expect(errors(withHost('*.example.com'))).toEqual([]);
    for (const host of ['*', '*.*.example.com', 'shop.*.com', '*shop.example.com']) {
      expect(errors(withHost(host))).toEqual([`spec.rules[0].host: Invalid value: "${host}": ${WILDCARD_MSG}`]);
    }
  });

  test('a rule without host (every host) is fine', () => {
    // GIVEN a rule without host
    // WHEN it is validated
    // THEN there is no error
    expect(errors(ingress({ rules: [{ http: { paths: [{ path: '/', pathType: 'Prefix', backend: BACKEND }] } }] }))).toEqual([]);
  });
});

describe('ingress-path-type and ingress-path', () => {
  test('pathType is required (the schema reports it), and then the path is not checked', () => {
    // GIVEN a path without pathType, with a relative path and no backend service name
    // WHEN it is validated
    // THEN only the missing pathType is reported
    expect(errors(withPath({ pathType: undefined, path: 'api', backend: { service: { name: '', port: {} } } }))).toEqual([
      'spec.rules[0].http.paths[0].pathType: Required value',
    ]);
  });

  test('pathType is Exact, ImplementationSpecific or Prefix', () => {
    // GIVEN the v1beta1-era spelling and an empty type
    // WHEN they are validated
    // THEN each is unsupported
    expect(errors(withPath({ pathType: 'prefix' }))).toEqual([
      `spec.rules[0].http.paths[0].pathType: Unsupported value: "prefix": ${PATH_TYPES}; did you mean "Prefix"?`,
    ]);
    expect(errors(withPath({ pathType: '' }))).toEqual([`spec.rules[0].http.paths[0].pathType: Unsupported value: "": ${PATH_TYPES}`]);
  });

  test('an Exact or Prefix path is absolute, and free of "//", "/./", "/../", "%2f"', () => {
    // GIVEN bad Exact and Prefix paths
    // WHEN they are validated
    // THEN each problem is one error
    const at = 'spec.rules[0].http.paths[0].path';
    expect(errors(withPath({ path: undefined, pathType: 'Exact' }))).toEqual([`${at}: Invalid value: "": must be an absolute path`]);
    expect(errors(withPath({ path: 'api' }))).toEqual([`${at}: Invalid value: "api": must be an absolute path`]);
    expect(errors(withPath({ path: '/a//b/../c%2Fd' }))).toEqual([
      `${at}: Invalid value: "/a//b/../c%2Fd": must not contain '//'`,
      `${at}: Invalid value: "/a//b/../c%2Fd": must not contain '/../'`,
      `${at}: Invalid value: "/a//b/../c%2Fd": must not contain '%2F'`,
    ]);
    expect(errors(withPath({ path: '/static/.', pathType: 'Exact' }))).toEqual([`${at}: Invalid value: "/static/.": cannot end with '/.'`]);
    expect(errors(withPath({ path: '/static/..' }))).toEqual([`${at}: Invalid value: "/static/..": cannot end with '/..'`]);
  });

  test('an ImplementationSpecific path may be empty or a regex, if absolute', () => {
    // GIVEN ImplementationSpecific paths
    // WHEN they are validated
    // THEN only the relative one is reported
    expect(errors(withPath({ pathType: 'ImplementationSpecific', path: undefined }))).toEqual([]);
    expect(errors(withPath({ pathType: 'ImplementationSpecific', path: '/api(/|$)(.*)' }))).toEqual([]);
    expect(errors(withPath({ pathType: 'ImplementationSpecific', path: '.*' }))).toEqual([
      'spec.rules[0].http.paths[0].path: Invalid value: ".*": must be an absolute path',
    ]);
  });

  test('an http rule has paths', () => {
    // GIVEN a rule with an empty list of paths
    // WHEN it is validated
    // THEN paths is required
    expect(errors(ingress({ rules: [{ host: 'a.example.com', http: { paths: [] } }] }))).toEqual(['spec.rules[0].http.paths: Required value']);
  });
});

describe('ingress-tls and ingress-class', () => {
  test('TLS hosts are subdomains or wildcards; secretName a subdomain, "" allowed', () => {
    // GIVEN a TLS entry with a bad wildcard and a bad secret name, then one without secret
    // WHEN they are validated
    // THEN both fields of the first are reported
    expect(
      errors(ingress({ defaultBackend: BACKEND, tls: [{ hosts: ['*.example.com', 'shop.*'], secretName: 'Shop-TLS' }, { hosts: ['a.example.com'] }] })),
    ).toEqual([`spec.tls[0].hosts[1]: Invalid value: "shop.*": ${WILDCARD_MSG}`, `spec.tls[0].secretName: Invalid value: "Shop-TLS": ${SUBDOMAIN_MSG}`]);
  });

  test('ingressClassName is a subdomain', () => {
    // GIVEN a class name with an underscore
    // WHEN it is validated
    // THEN it is reported
    expect(errors(ingress({ defaultBackend: BACKEND, ingressClassName: 'nginx_internal' }))).toEqual([
      `spec.ingressClassName: Invalid value: "nginx_internal": ${SUBDOMAIN_MSG}`,
    ]);
  });

  test('the ingress.class annotation cannot be set with ingressClassName, even to the same class', () => {
    // GIVEN an Ingress with both, equal
    // WHEN it is validated
    // THEN the annotation is invalid, on the apiserver's path (no "metadata.")
    expect(errors(ingress({ defaultBackend: BACKEND, ingressClassName: 'nginx' }, { annotations: { 'kubernetes.io/ingress.class': 'nginx' } }))).toEqual([
      'annotations.kubernetes.io/ingress.class: Invalid value: "nginx": can not be set when the class field is also set',
    ]);
    expect(errors(ingress({ defaultBackend: BACKEND }, { annotations: { 'kubernetes.io/ingress.class': 'nginx' } }))).toEqual([]);
  });
});

describe('network-policy-port', () => {
  const at = 'spec.ingress[0].ports[0]';

  test('the protocol is TCP, UDP or SCTP (TCP when absent)', () => {
    // GIVEN ports with ICMP and a lowercase protocol
    // WHEN they are validated
    // THEN each is unsupported, with the apiserver's (unsorted) list
    expect(errors(onPort({ port: 53 }))).toEqual([]);
    expect(errors(onPort({ protocol: 'ICMP' }))).toEqual([`${at}.protocol: Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"`]);
    expect(errors(onPort({ protocol: 'udp', port: 53 }))).toEqual([
      `${at}.protocol: Unsupported value: "udp": supported values: "TCP", "UDP", "SCTP"; did you mean "UDP"?`,
    ]);
  });

  test('a port number is 1..65535, a port name an IANA service name', () => {
    // GIVEN port 0, port 65536 and a name with an underscore
    // WHEN they are validated
    // THEN each is reported
    expect(errors(onPort({ port: 0 }))).toEqual([`${at}.port: Invalid value: 0: must be between 1 and 65535, inclusive`]);
    expect(errors(onPort({ port: 65536 }))).toEqual([`${at}.port: Invalid value: 65536: must be between 1 and 65535, inclusive`]);
    expect(errors(onPort({ port: 'prometheus_metrics' }))).toEqual([
      `${at}.port: Invalid value: "prometheus_metrics": must be no more than 15 characters`,
      `${at}.port: Invalid value: "prometheus_metrics": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)`,
    ]);
  });

  test('endPort follows a port number and is not below it (the value shown is the port)', () => {
    // GIVEN a range, a reversed range, an endPort out of range, after a name and without port
    // WHEN they are validated
    // THEN the bad ones are reported
    expect(errors(onPort({ port: 32000, endPort: 32768 }))).toEqual([]);
    expect(errors(onPort({ port: 8080, endPort: 80 }))).toEqual([`${at}.endPort: Invalid value: 8080: must be greater than or equal to \`port\``]);
    expect(errors(onPort({ port: 80, endPort: 70000 }))).toEqual([`${at}.endPort: Invalid value: 70000: must be between 1 and 65535, inclusive`]);
    expect(errors(onPort({ port: 'http', endPort: 90 }))).toEqual([`${at}.endPort: Invalid value: 90: may not be specified when \`port\` is non-numeric`]);
    expect(errors(onPort({ endPort: 90 }))).toEqual([`${at}.endPort: Invalid value: 90: may not be specified when \`port\` is not specified`]);
  });
});

describe('network-policy-peer and label-selector', () => {
  test('a peer sets something, and ipBlock alone', () => {
    // GIVEN an empty peer and an ipBlock with a podSelector
    // WHEN they are validated
    // THEN both are reported
    expect(errors(from({}))).toEqual(['spec.ingress[0].from[0]: Required value: must specify a peer']);
    expect(errors(from({ ipBlock: { cidr: '10.0.0.0/8' }, namespaceSelector: {} }))).toEqual([
      'spec.ingress[0].from[0]: Forbidden: may not specify both ipBlock and another peer',
    ]);
    expect(errors(from({ podSelector: { matchLabels: { role: 'frontend' } }, namespaceSelector: { matchLabels: { project: 'shop' } } }))).toEqual([]);
  });

  test('the selectors of the policy and of its peers are label selectors', () => {
    // GIVEN a policy selecting with a bad operator, and a peer namespace selector with a bad key
    // WHEN they are validated
    // THEN both are reported with the shared rule
    const found = validateManifests([
      policy({
        podSelector: { matchExpressions: [{ key: 'app', operator: 'Equals', values: ['web'] }] },
        egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/': 'x' } } }] }],
      }),
    ]);
    expect(found.map(f => `${f.path} ${f.rule}`)).toEqual([
      'spec.podSelector.matchExpressions[0].operator label-selector',
      'spec.egress[0].to[0].namespaceSelector.matchLabels label-selector',
    ]);
  });
});

describe('network-policy-ip-block', () => {
  const at = 'spec.ingress[0].from[0].ipBlock';

  test('cidr is required and must parse (leading zeros allowed in 1.27)', () => {
    // GIVEN an empty cidr, an address without prefix, a prefix too long, and leading zeros
    // WHEN they are validated
    // THEN the first three are reported
    expect(errors(from({ ipBlock: { cidr: '' } }))).toEqual([`${at}.cidr: Required value`]);
    expect(errors(from({ ipBlock: { cidr: '10.0.0.1' } }))).toEqual([`${at}.cidr: Invalid value: "10.0.0.1": not a valid CIDR`]);
    expect(errors(from({ ipBlock: { cidr: '10.0.0.0/33' } }))).toEqual([`${at}.cidr: Invalid value: "10.0.0.0/33": not a valid CIDR`]);
    expect(errors(from({ ipBlock: { cidr: '010.000.0.0/8' } }))).toEqual([]);
    expect(errors(from({ ipBlock: { cidr: '2001:db8::/32', except: ['2001:db8:ab::/48'] } }))).toEqual([]);
  });

  test('each except is a strict subset of cidr (host bits of cidr ignored)', () => {
    // GIVEN excepts outside, equal, of the other family, and inside
    // WHEN they are validated
    // THEN all but the last are reported
    const block = { cidr: '172.16.5.4/12', except: ['10.0.0.0/16', '172.16.0.0/12', '2001:db8::/64', '172.17.0.0/16'] };
    expect(errors(from({ ipBlock: block }))).toEqual([
      `${at}.except[0]: Invalid value: "10.0.0.0/16": must be a strict subset of \`cidr\``,
      `${at}.except[1]: Invalid value: "172.16.0.0/12": must be a strict subset of \`cidr\``,
      `${at}.except[2]: Invalid value: "2001:db8::/64": must be a strict subset of \`cidr\``,
    ]);
  });

  test('an except that does not parse stops the checks of the following ones', () => {
    // GIVEN a bad except followed by an outside one
    // WHEN they are validated
    // THEN only the bad one is reported
    expect(errors(from({ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0', '192.168.0.0/16'] } }))).toEqual([
      `${at}.except[0]: Invalid value: "10.1.0.0": not a valid CIDR`,
    ]);
  });
});

describe('network-policy-policy-types and network-policy-rules-ignored', () => {
  test('policyTypes are Ingress or Egress, at most two (duplicates accepted)', () => {
    // GIVEN lowercase types, three types, and a duplicate
    // WHEN they are validated
    // THEN the first two are reported, three types once
    expect(errors(policy({ policyTypes: ['ingress'] }))).toEqual([
      'spec.policyTypes[0]: Unsupported value: "ingress": supported values: "Ingress", "Egress"; did you mean "Ingress"?',
    ]);
    expect(errors(policy({ policyTypes: ['Ingress', 'Egress', 'All'] }))).toEqual([
      'spec.policyTypes: Invalid value: ["Ingress","Egress","All"]: may not specify more than two policyTypes',
    ]);
    expect(errors(policy({ policyTypes: ['Ingress', 'Ingress'] }))).toEqual([]);
  });

  test('without policyTypes, egress rules make the policy Egress too: no warning', () => {
    // GIVEN a policy with egress rules and no policyTypes
    // WHEN it is validated
    // THEN nothing is reported (the default is [Ingress, Egress])
    expect(findings(policy({ egress: [{ to: [{ podSelector: {} }], ports: [{ protocol: 'UDP', port: 53 }] }] }))).toEqual([]);
  });

  test('rules of a direction left out of policyTypes have no effect', () => {
    // GIVEN policies whose policyTypes leave out the direction of their rules
    // WHEN they are validated
    // THEN a warning on those rules
    expect(findings(policy({ policyTypes: ['Ingress'], egress: [{}] }))).toEqual([
      'spec.egress: Warning: policyTypes does not list Egress: these rules have no effect (add Egress to policyTypes, or remove them) [network-policy-rules-ignored]',
    ]);
    expect(findings(policy({ policyTypes: ['Egress'], ingress: [{ from: [{ podSelector: {} }] }] }))).toEqual([
      'spec.ingress: Warning: policyTypes does not list Ingress: these rules have no effect (add Ingress to policyTypes, or remove them) [network-policy-rules-ignored]',
    ]);
  });
});

describe('realistic manifests', () => {
  test.each([
    [
      'an nginx Ingress with TLS, a regex path and a rewrite',
      ingress(
        {
          ingressClassName: 'nginx',
          tls: [{ hosts: ['shop.example.com', '*.shop.example.com'], secretName: 'shop-example-com-tls' }],
          rules: [
            {
              host: 'shop.example.com',
              http: {
                paths: [
                  { path: '/api(/|$)(.*)', pathType: 'ImplementationSpecific', backend: { service: { name: 'api', port: { name: 'http' } } } },
                  { path: '/', pathType: 'Prefix', backend: { service: { name: 'storefront', port: { number: 80 } } } },
                ],
              },
            },
            { host: '*.shop.example.com', http: { paths: [{ path: '/healthz', pathType: 'Exact', backend: BACKEND }] } },
          ],
        },
        { annotations: { 'nginx.ingress.kubernetes.io/rewrite-target': '/$2', 'cert-manager.io/cluster-issuer': 'letsencrypt-prod' } },
      ),
    ],
    [
      'an ALB Ingress with the class annotation and a default backend',
      ingress(
        {
          defaultBackend: { service: { name: 'web', port: { number: 8080 } } },
          rules: [{ http: { paths: [{ path: '/', pathType: 'Prefix', backend: BACKEND }] } }],
        },
        { annotations: { 'kubernetes.io/ingress.class': 'alb', 'alb.ingress.kubernetes.io/scheme': 'internet-facing' } },
      ),
    ],
    ['a default-deny policy', policy({ policyTypes: ['Ingress', 'Egress'] })],
    [
      'a policy that lets the frontend and the ingress controller in, and DNS and a CIDR out',
      policy({
        podSelector: { matchLabels: { 'app.kubernetes.io/name': 'api' } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          {
            from: [
              { podSelector: { matchLabels: { role: 'frontend' } } },
              {
                namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } },
                podSelector: { matchLabels: { 'app.kubernetes.io/name': 'ingress-nginx' } },
              },
            ],
            ports: [{ protocol: 'TCP', port: 8080 }, { port: 'metrics' }],
          },
        ],
        egress: [
          {
            to: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
            ports: [
              { protocol: 'UDP', port: 53 },
              { protocol: 'TCP', port: 53 },
            ],
          },
          { to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['169.254.169.254/32', '10.0.0.0/8'] } }], ports: [{ port: 30000, endPort: 32767 }] },
        ],
      }),
    ],
  ])('%s: no error, no warning', (_name, manifest) => {
    // GIVEN a manifest shaped like what popular projects ship
    // WHEN it is validated
    // THEN nothing is reported but infos
    expect(findings(manifest)).toEqual([]);
  });
});
