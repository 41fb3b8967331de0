import { validateManifests } from '../lib/check/validate';
import { formatFinding } from '../lib/engine/finding';

// Service rules (section I, 63–78), with the apiserver's defaulting applied first.

const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const NAME_PART_MSG =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const IP_MSG = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

/** A Service without selector (so that no cross-manifest rule applies) and with `spec`. */
function svc(spec: Record<string, unknown>): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec };
}

/** The error findings of `spec`, as the apiserver would word them. */
function errors(spec: Record<string, unknown>): string[] {
  return validateManifests([svc(spec)])
    .filter(f => f.severity === 'error')
    .map(formatFinding);
}

describe('rule 63: ports are required unless headless or ExternalName', () => {
  test('rejects a ClusterIP Service without ports, and with an empty list', () => {
    // GIVEN Services without ports
    // WHEN they are validated
    // THEN spec.ports is required
    expect(errors({})).toEqual(['spec.ports: Required value']);
    expect(errors({ type: 'NodePort', ports: [] })).toEqual(['spec.ports: Required value']);
  });

  test('accepts a headless Service and an ExternalName Service without ports', () => {
    // GIVEN a headless Service and an ExternalName Service, neither with ports
    // WHEN they are validated
    // THEN there is no error
    expect(errors({ clusterIP: 'None', selector: {} })).toEqual([]);
    expect(errors({ type: 'ExternalName', externalName: 'db.example.com' })).toEqual([]);
  });
});

describe('rule 64: port is 1..65535', () => {
  test('rejects 0 and 65536', () => {
    // GIVEN ports out of range
    // WHEN they are validated
    // THEN each is reported
    expect(
      errors({
        ports: [
          { name: 'a', port: 0, targetPort: 80 },
          { name: 'b', port: 65536, targetPort: 80 },
        ],
      }),
    ).toEqual([
      'spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive',
      'spec.ports[1].port: Invalid value: 65536: must be between 1 and 65535, inclusive',
    ]);
  });

  test('a missing port is only reported once, by the schema check', () => {
    // GIVEN a port without number
    // WHEN it is validated
    // THEN only the schema's Required value is reported (not the defaulted targetPort 0)
    expect(errors({ ports: [{ name: 'http' }] })).toEqual(['spec.ports[0].port: Required value']);
  });

  test('accepts 1 and 65535', () => {
    // GIVEN ports at both ends of the range
    // WHEN they are validated
    // THEN there is no error
    expect(
      errors({
        ports: [
          { name: 'low', port: 1 },
          { name: 'high', port: 65535 },
        ],
      }),
    ).toEqual([]);
  });
});

describe('rule 65: port names', () => {
  test('rejects a missing name when there are two ports', () => {
    // GIVEN two ports, the second without name
    // WHEN they are validated
    // THEN the second name is required
    expect(errors({ ports: [{ name: 'http', port: 80 }, { port: 443 }] })).toEqual(['spec.ports[1].name: Required value']);
  });

  test('rejects a name that is no DNS-1123 label, and a duplicate', () => {
    // GIVEN ports named "HTTP", "http" and "http"
    // WHEN they are validated
    // THEN the label message and the duplicate are reported
    expect(
      errors({
        ports: [
          { name: 'HTTP', port: 80 },
          { name: 'http', port: 81 },
          { name: 'http', port: 82 },
        ],
      }),
    ).toEqual([`spec.ports[0].name: Invalid value: "HTTP": ${LABEL_MSG}`, 'spec.ports[2].name: Duplicate value: "http"']);
  });

  test('accepts one unnamed port, and a 63-character name (no 15-character limit)', () => {
    // GIVEN a single port without name, and two ports with long names
    // WHEN they are validated
    // THEN there is no error
    expect(errors({ ports: [{ port: 80 }] })).toEqual([]);
    expect(
      errors({
        ports: [
          { name: 'a'.repeat(63), port: 80 },
          { name: 'metrics-and-more', port: 9090 },
        ],
      }),
    ).toEqual([]);
  });
});

describe('rule 66: protocol', () => {
  test('rejects lowercase, with a suggestion', () => {
    // GIVEN protocol "tcp"
    // WHEN it is validated
    // THEN the supported values are listed and "TCP" suggested
    expect(errors({ ports: [{ port: 80, protocol: 'tcp' }] })).toEqual([
      'spec.ports[0].protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"; did you mean "TCP"?',
    ]);
  });

  test('accepts SCTP, UDP and the default', () => {
    // GIVEN each supported protocol, and none
    // WHEN they are validated
    // THEN there is no error
    expect(
      errors({
        ports: [
          { name: 'a', port: 80, protocol: 'SCTP' },
          { name: 'b', port: 81, protocol: 'UDP' },
          { name: 'c', port: 82 },
        ],
      }),
    ).toEqual([]);
  });
});

describe('rule 67: targetPort', () => {
  test('rejects a quoted number, a long name and an out-of-range number', () => {
    // GIVEN targetPorts "8080", "http-metrics-port" and 70000
    // WHEN they are validated
    // THEN the IANA_SVC_NAME and port-number messages are reported
    expect(
      errors({
        ports: [
          { name: 'a', port: 80, targetPort: '8080' },
          { name: 'b', port: 81, targetPort: 'http-metrics-port' },
          { name: 'c', port: 82, targetPort: 70000 },
        ],
      }),
    ).toEqual([
      'spec.ports[0].targetPort: Invalid value: "8080": must contain at least one letter (a-z)',
      'spec.ports[1].targetPort: Invalid value: "http-metrics-port": must be no more than 15 characters',
      'spec.ports[2].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
    ]);
  });

  test('accepts 0 and "" (defaulted to port), a name and 65535', () => {
    // GIVEN targetPorts that default or are valid
    // WHEN they are validated
    // THEN there is no error
    expect(
      errors({
        ports: [
          { name: 'a', port: 80, targetPort: 0 },
          { name: 'b', port: 81, targetPort: '' },
          { name: 'c', port: 82, targetPort: 'http' },
          { name: 'd', port: 83, targetPort: 65535 },
        ],
      }),
    ).toEqual([]);
  });
});

describe('rule 68: (protocol, port) pairs are unique', () => {
  test('rejects the same port twice on TCP (one of them defaulted)', () => {
    // GIVEN two ports 53, one with protocol TCP and one defaulted to TCP
    // WHEN they are validated
    // THEN the second is a duplicate
    expect(
      errors({
        ports: [
          { name: 'a', port: 53, protocol: 'TCP' },
          { name: 'b', port: 53 },
        ],
      }),
    ).toEqual(['spec.ports[1]: Duplicate value: {"protocol":"TCP","port":53}']);
  });

  test('accepts the same number on TCP and UDP', () => {
    // GIVEN port 53 on TCP and on UDP
    // WHEN they are validated
    // THEN there is no error
    expect(
      errors({
        ports: [
          { name: 'dns-tcp', port: 53 },
          { name: 'dns-udp', port: 53, protocol: 'UDP' },
        ],
      }),
    ).toEqual([]);
  });
});

describe('rule 69: selector keys and values are labels', () => {
  test('rejects an invalid key and value, at spec.selector', () => {
    // GIVEN a selector with key "my app" and value "-web"
    // WHEN it is validated
    // THEN both are reported at spec.selector
    const fs = validateManifests([svc({ selector: { 'my app': 'web', app: '-web' }, ports: [{ port: 80 }] })]);
    expect(fs.filter(f => f.severity === 'error').map(formatFinding)).toEqual([
      `spec.selector: Invalid value: "my app": ${NAME_PART_MSG}`,
      `spec.selector: Invalid value: "-web": ${LABEL_VALUE_MSG}`,
    ]);
  });

  test('accepts a prefixed key and an empty value', () => {
    // GIVEN a selector with a prefixed key and an empty value
    // WHEN it is validated on its own
    // THEN there is no error
    const fs = validateManifests([svc({ selector: { 'app.kubernetes.io/name': 'web', tier: '' }, ports: [{ port: 80 }] })], { crossObject: false });
    expect(fs.filter(f => f.severity === 'error')).toEqual([]);
  });
});

describe('rule 70: type', () => {
  test('rejects a wrong case, with a suggestion', () => {
    // GIVEN type "nodePort"
    // WHEN it is validated
    // THEN the supported values are listed
    expect(errors({ type: 'nodePort', ports: [{ port: 80 }] })).toEqual([
      'spec.type: Unsupported value: "nodePort": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"; did you mean "NodePort"?',
    ]);
  });

  test('accepts every type', () => {
    // GIVEN a Service of each type
    // WHEN they are validated
    // THEN there is no error
    for (const type of ['ClusterIP', 'LoadBalancer', 'NodePort']) expect(errors({ type, ports: [{ port: 80 }] })).toEqual([]);
  });
});

describe('rule 71: nodePort is forbidden on ClusterIP', () => {
  test('rejects a nodePort on a Service whose type defaults to ClusterIP', () => {
    // GIVEN a nodePort and no type
    // WHEN it is validated
    // THEN the nodePort is forbidden
    expect(errors({ ports: [{ port: 80, nodePort: 30080 }] })).toEqual(["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"]);
  });

  test('accepts nodePort 0 (unset) on ClusterIP', () => {
    // GIVEN nodePort 0
    // WHEN it is validated
    // THEN there is no error
    expect(errors({ ports: [{ port: 80, nodePort: 0 }] })).toEqual([]);
  });
});

describe('rule 72: nodePort range and uniqueness', () => {
  test('rejects 29999 and 32768, and a duplicate on the same protocol', () => {
    // GIVEN nodePorts outside the default range, and one used twice on TCP
    // WHEN they are validated
    // THEN the allocator's message and the duplicate are reported
    expect(
      errors({
        type: 'NodePort',
        ports: [
          { name: 'a', port: 80, nodePort: 29999 },
          { name: 'b', port: 81, nodePort: 32768 },
          { name: 'c', port: 82, nodePort: 30080 },
          { name: 'd', port: 83, nodePort: 30080 },
        ],
      }),
    ).toEqual([
      'spec.ports[0].nodePort: Invalid value: 29999: provided port is not in the valid range. The range of valid ports is 30000-32767',
      'spec.ports[1].nodePort: Invalid value: 32768: provided port is not in the valid range. The range of valid ports is 30000-32767',
      'spec.ports[3].nodePort: Duplicate value: 30080',
    ]);
  });

  test('accepts 30000 and 32767, and one nodePort on TCP and UDP', () => {
    // GIVEN nodePorts at both ends of the range, and 30053 on two protocols
    // WHEN they are validated
    // THEN there is no error
    expect(
      errors({
        type: 'NodePort',
        ports: [
          { name: 'a', port: 80, nodePort: 30000 },
          { name: 'b', port: 81, nodePort: 32767 },
          { name: 'c', port: 53, nodePort: 30053 },
          { name: 'd', port: 53, nodePort: 30053, protocol: 'UDP' },
        ],
      }),
    ).toEqual([]);
  });
});

describe('rule 73: sessionAffinity', () => {
  test('rejects a wrong case, and a ClientIP timeout above 86400', () => {
    // GIVEN sessionAffinity "clientIP", and ClientIP with timeout 86401
    // WHEN they are validated
    // THEN both are reported
    expect(errors({ sessionAffinity: 'clientIP', ports: [{ port: 80 }] })).toEqual([
      'spec.sessionAffinity: Unsupported value: "clientIP": supported values: "ClientIP", "None"; did you mean "ClientIP"?',
    ]);
    expect(errors({ sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 86401 } }, ports: [{ port: 80 }] })).toEqual([
      'spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 86401: must be greater than 0 and less than 86400',
    ]);
  });

  test('accepts ClientIP without config (defaulted) or with 86400, and None with a config (cleared)', () => {
    // GIVEN session affinities the defaulting completes
    // WHEN they are validated
    // THEN there is no error
    expect(errors({ sessionAffinity: 'ClientIP', ports: [{ port: 80 }] })).toEqual([]);
    expect(errors({ sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 86400 } }, ports: [{ port: 80 }] })).toEqual([]);
    expect(errors({ sessionAffinity: 'None', sessionAffinityConfig: { clientIP: { timeoutSeconds: 0 } }, ports: [{ port: 80 }] })).toEqual([]);
  });
});

describe('rule 74: a LoadBalancer may not expose the kubelet port', () => {
  test('rejects port 10250 on a LoadBalancer', () => {
    // GIVEN a LoadBalancer with port 10250
    // WHEN it is validated
    // THEN the port is reported at spec.ports[0]
    expect(errors({ type: 'LoadBalancer', ports: [{ port: 10250 }] })).toEqual([
      'spec.ports[0]: Invalid value: 10250: may not expose port 10250 externally since it is used by kubelet',
    ]);
  });

  test('accepts port 10250 on a ClusterIP Service', () => {
    // GIVEN a ClusterIP Service with port 10250
    // WHEN it is validated
    // THEN there is no error
    expect(errors({ ports: [{ port: 10250 }] })).toEqual([]);
  });
});

describe('rule 75: externalTrafficPolicy', () => {
  test('rejects it on ClusterIP, and a wrong case on NodePort', () => {
    // GIVEN externalTrafficPolicy on a ClusterIP Service, and "local" on a NodePort Service
    // WHEN they are validated
    // THEN both are reported
    expect(errors({ externalTrafficPolicy: 'Local', ports: [{ port: 80 }] })).toEqual([
      "spec.externalTrafficPolicy: Invalid value: \"Local\": may only be set when `type` is 'NodePort' or 'LoadBalancer'",
    ]);
    expect(errors({ type: 'NodePort', externalTrafficPolicy: 'local', ports: [{ port: 80 }] })).toEqual([
      'spec.externalTrafficPolicy: Unsupported value: "local": supported values: "Cluster", "Local"; did you mean "Local"?',
    ]);
  });

  test('accepts Local on a LoadBalancer and Cluster on a NodePort', () => {
    // GIVEN valid externalTrafficPolicies
    // WHEN they are validated
    // THEN there is no error
    expect(errors({ type: 'LoadBalancer', externalTrafficPolicy: 'Local', ports: [{ port: 443 }] })).toEqual([]);
    expect(errors({ type: 'NodePort', externalTrafficPolicy: 'Cluster', ports: [{ port: 80 }] })).toEqual([]);
  });
});

describe('rule 76: clusterIP and clusterIPs', () => {
  test('rejects an invalid clusterIP, at clusterIPs[0] as the apiserver reports it', () => {
    // GIVEN clusterIP "10.0.0.256"
    // WHEN it is validated
    // THEN it is reported at spec.clusterIPs[0]
    expect(errors({ clusterIP: '10.0.0.256', ports: [{ port: 80 }] })).toEqual([`spec.clusterIPs[0]: Invalid value: "10.0.0.256": ${IP_MSG}`]);
  });

  test('rejects None that is not alone, two IPv4 addresses, and a mismatched first value', () => {
    // GIVEN clusterIPs that break the dual-stack rules
    // WHEN they are validated
    // THEN each is reported
    expect(errors({ clusterIP: 'None', clusterIPs: ['None', '10.0.0.1'], ports: [{ port: 80 }] })).toEqual([
      'spec.clusterIPs: Invalid value: ["None","10.0.0.1"]: \'None\' must be the first and only value',
    ]);
    expect(errors({ clusterIP: '10.0.0.1', clusterIPs: ['10.0.0.1', '10.0.0.2'], ports: [{ port: 80 }] })).toEqual([
      'spec.clusterIPs: Invalid value: ["10.0.0.1","10.0.0.2"]: may specify no more than one IP for each IP family',
    ]);
    expect(errors({ clusterIP: '10.0.0.1', clusterIPs: ['10.0.0.2'], ports: [{ port: 80 }] })).toEqual([
      'spec.clusterIPs: Invalid value: ["10.0.0.2"]: first value must match `clusterIP`',
    ]);
  });

  test('accepts IPv4, IPv6, a dual-stack pair and None', () => {
    // GIVEN valid cluster IPs
    // WHEN they are validated
    // THEN there is no error
    expect(errors({ clusterIP: '10.96.0.10', ports: [{ port: 80 }] })).toEqual([]);
    expect(errors({ clusterIP: 'fd00::a', ports: [{ port: 80 }] })).toEqual([]);
    expect(
      errors({
        clusterIP: '10.96.0.10',
        clusterIPs: ['10.96.0.10', 'fd00::a'],
        ipFamilies: ['IPv4', 'IPv6'],
        ipFamilyPolicy: 'RequireDualStack',
        ports: [{ port: 80 }],
      }),
    ).toEqual([]);
    expect(errors({ clusterIP: 'None', ports: [{ port: 80 }] })).toEqual([]);
  });
});

describe('rule 77: appProtocol is a qualified name', () => {
  test('rejects an uppercase prefix', () => {
    // GIVEN appProtocol "HTTP/2"
    // WHEN it is validated
    // THEN the prefix is reported, as for a label key
    expect(errors({ ports: [{ port: 443, appProtocol: 'HTTP/2' }] })).toEqual([
      `spec.ports[0].appProtocol: Invalid value: "HTTP/2": prefix part ${SUBDOMAIN_MSG}`,
    ]);
  });

  test('accepts http and kubernetes.io/h2c', () => {
    // GIVEN common appProtocols
    // WHEN they are validated
    // THEN there is no error
    expect(
      errors({
        ports: [
          { name: 'a', port: 80, appProtocol: 'http' },
          { name: 'b', port: 81, appProtocol: 'kubernetes.io/h2c' },
        ],
      }),
    ).toEqual([]);
  });
});

describe('rule 78: ExternalName', () => {
  test('rejects a missing externalName, an invalid one, and a clusterIP', () => {
    // GIVEN ExternalName Services without name, with an underscore, and with a clusterIP
    // WHEN they are validated
    // THEN each is reported
    expect(errors({ type: 'ExternalName' })).toEqual(['spec.externalName: Required value']);
    expect(errors({ type: 'ExternalName', externalName: 'db_primary.example.com' })).toEqual([
      `spec.externalName: Invalid value: "db_primary.example.com": ${SUBDOMAIN_MSG}`,
    ]);
    expect(errors({ type: 'ExternalName', externalName: 'db.example.com', clusterIP: '10.0.0.1', ipFamilies: ['IPv4'] })).toEqual([
      'spec.clusterIPs: Forbidden: may not be set for ExternalName services',
      'spec.ipFamilies: Forbidden: may not be set for ExternalName services',
    ]);
  });

  test('accepts a trailing dot and ports', () => {
    // GIVEN an ExternalName with a trailing dot, and ports
    // WHEN it is validated
    // THEN there is no error
    expect(errors({ type: 'ExternalName', externalName: 'db.example.com.', ports: [{ port: 5432 }] })).toEqual([]);
  });
});

describe('related checks of ValidateService', () => {
  test('rejects a headless NodePort Service, allocateLoadBalancerNodePorts off a LoadBalancer, bad traffic and family values', () => {
    // GIVEN a Service breaking the other checks of the same apiserver functions
    // WHEN it is validated
    // THEN each is reported
    expect(
      errors({
        type: 'NodePort',
        clusterIP: 'None',
        allocateLoadBalancerNodePorts: false,
        internalTrafficPolicy: 'local',
        ipFamilies: ['IPv4', 'IPv4'],
        ipFamilyPolicy: 'DualStack',
        ports: [{ port: 80 }],
      }),
    ).toEqual([
      'spec.clusterIPs[0]: Invalid value: "None": may not be set to \'None\' for NodePort services',
      'spec.ipFamilies[1]: Duplicate value: "IPv4"',
      'spec.ipFamilyPolicy: Unsupported value: "DualStack": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"',
      "spec.allocateLoadBalancerNodePorts: Forbidden: may only be used when `type` is 'LoadBalancer'",
      'spec.internalTrafficPolicy: Unsupported value: "local": supported values: "Cluster", "Local"; did you mean "Local"?',
    ]);
  });

  test('a spec of the wrong type or with wrongly typed fields does not crash', () => {
    // GIVEN Services whose spec and fields have the wrong JSON types
    // WHEN they are validated
    // THEN only the schema check reports them (and the ports required by the missing spec)
    const rules = validateManifests([svc({ ports: 'http', type: 1, clusterIPs: [1] }), { ...svc({}), spec: 'x' }])
      .filter(f => f.severity === 'error')
      .map(f => `${f.rule} ${f.path}`);
    expect(rules).toEqual([
      'field-type spec.ports',
      'field-type spec.type',
      'field-type spec.clusterIPs[0]',
      'service-cluster-ip spec.clusterIPs',
      'field-type spec',
      'service-ports-required spec.ports',
    ]);
  });
});
