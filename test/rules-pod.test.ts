/**
 * Pod spec rules of the manifest rules engine (lib/_rules-pod.ts): sections C–H of the
 * Kubernetes 1.27 rules (14–62), the pod warnings of rule 80, and the checks the apiserver misses.
 * Each rule has a manifest it must reject and an edge case it must accept without any error.
 */
import { validateManifests } from '../lib/check/validate';
import { Finding, formatFinding } from '../lib/engine/finding';

type M = Record<string, any>;

// ---------------------------------------------------------------------------------------------
// manifests
// ---------------------------------------------------------------------------------------------

function container(extra: M = {}): M {
  return { name: 'app', image: 'nginx:1.25', ...extra };
}

function pod(spec: M): M {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec };
}

/** A Pod with one container `app` plus `extra`. */
function podWith(extra: M, spec: M = {}): M {
  return pod({ containers: [container(extra)], ...spec });
}

function workload(apiVersion: string, kind: string, spec: M, extra: M = {}): M {
  return {
    apiVersion,
    kind,
    metadata: { name: 'web' },
    spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec }, ...extra },
  };
}

function deployment(spec: M): M {
  return workload('apps/v1', 'Deployment', spec);
}

function job(spec: M): M {
  return { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'task' }, spec: { template: { spec } } };
}

function cronJob(spec: M): M {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'nightly' },
    spec: { schedule: '0 3 * * *', jobTemplate: { spec: { template: { spec } } } },
  };
}

// ---------------------------------------------------------------------------------------------
// findings
// ---------------------------------------------------------------------------------------------

function findings(manifest: M): Finding[] {
  return validateManifests([manifest]);
}

/** Errors as the apiserver words them: `path: Type: value: detail[; did you mean "x"?]`. */
function errors(manifest: M): string[] {
  return findings(manifest)
    .filter(f => f.severity === 'error')
    .map(formatFinding);
}

function warnings(manifest: M): string[] {
  return findings(manifest)
    .filter(f => f.severity === 'warning')
    .map(f => `${f.path}: ${f.detail}`);
}

function rules(manifest: M): string[] {
  return findings(manifest).map(f => f.rule);
}

const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character " +
  "(e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character " +
  "(e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character " +
  "(e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const ENV_NAME_MSG =
  "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit " +
  "(e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')";
const HEADER_MSG = "a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')";
const QUANTITY_MSG = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
const PORT_RANGE = 'must be between 1 and 65535, inclusive';

// =============================================================================================
// C. Pod spec
// =============================================================================================

describe('C. pod spec', () => {
  test('14: a pod needs at least one container', () => {
    // GIVEN a Pod and a Deployment whose containers list is empty
    // WHEN they are validated
    // THEN each reports the empty list, at its own path
    expect(errors(pod({ containers: [] }))).toEqual(['spec.containers: Required value']);
    expect(errors(deployment({ containers: [] }))).toEqual(['spec.template.spec.containers: Required value']);
  });

  test('14: one container is enough', () => {
    // GIVEN a Pod with a single container
    // WHEN it is validated / THEN there is no error at all
    expect(errors(podWith({}))).toEqual([]);
  });

  test('15: container names are DNS-1123 labels', () => {
    // GIVEN containers named with an underscore, with a dot, too long, and empty
    const long = 'a'.repeat(64);
    // WHEN validated
    // THEN the apiserver's label messages
    expect(errors(podWith({ name: 'App_1' }))).toEqual([`spec.containers[0].name: Invalid value: "App_1": ${LABEL_MSG}`]);
    expect(errors(podWith({ name: 'app.v1' }))).toEqual(['spec.containers[0].name: Invalid value: "app.v1": must not contain dots']);
    expect(errors(podWith({ name: long }))).toEqual([`spec.containers[0].name: Invalid value: "${long}": must be no more than 63 characters`]);
    expect(errors(podWith({ name: '' }))).toEqual(['spec.containers[0].name: Required value']);
  });

  test('15: a 63-character name and a name starting with a digit are valid', () => {
    // GIVEN names at the limits of a DNS-1123 label
    // WHEN validated / THEN no error
    expect(errors(podWith({ name: 'a'.repeat(63) }))).toEqual([]);
    expect(errors(podWith({ name: '1-sidecar' }))).toEqual([]);
  });

  test('16: container names are unique across containers and init containers', () => {
    // GIVEN two containers named app, and an init container named like a regular container
    const twice = pod({ containers: [container(), container()] });
    const init = pod({ initContainers: [container({ image: 'busybox' })], containers: [container()] });
    // WHEN validated
    // THEN the second one (or the init container) is the duplicate
    expect(errors(twice)).toEqual(['spec.containers[1].name: Duplicate value: "app"']);
    expect(errors(init)).toEqual(['spec.initContainers[0].name: Duplicate value: "app"']);
  });

  test('16: distinct names across containers and init containers', () => {
    // GIVEN an init container and two containers, all named differently
    const m = pod({ initContainers: [container({ name: 'migrate' })], containers: [container(), container({ name: 'sidecar' })] });
    // WHEN validated / THEN no error
    expect(errors(m)).toEqual([]);
  });

  test('17: image is required (missing or empty)', () => {
    // GIVEN a container without image and one with an empty image
    // WHEN validated / THEN Required value
    expect(errors(pod({ containers: [{ name: 'app' }] }))).toEqual(['spec.containers[0].image: Required value']);
    expect(errors(podWith({ image: '' }))).toEqual(['spec.containers[0].image: Required value']);
    expect(errors(deployment({ containers: [{ name: 'app' }] }))).toEqual(['spec.template.spec.containers[0].image: Required value']);
  });

  test('17: the image reference itself is not parsed', () => {
    // GIVEN an unusual but well-formed reference with a port, a path and a digest
    const image = `localhost:5000/team/app@sha256:${'a'.repeat(64)}`;
    // WHEN validated / THEN no error
    expect(errors(podWith({ image }))).toEqual([]);
  });

  test('18: a Pod image may not have leading or trailing whitespace', () => {
    // GIVEN a Pod whose image starts with a space
    // WHEN validated / THEN the whitespace rule
    expect(errors(podWith({ image: ' nginx' }))).toEqual(['spec.containers[0].image: Invalid value: " nginx": must not have leading or trailing whitespace']);
  });

  test('18: templates are not checked for whitespace', () => {
    // GIVEN the same image in a Deployment's template
    // WHEN validated / THEN no error (validateContainerOnlyForPod runs for Pods only)
    expect(errors(deployment({ containers: [container({ image: ' nginx' })] }))).toEqual([]);
  });

  test('19: imagePullPolicy is case-sensitive', () => {
    // GIVEN imagePullPolicy always
    // WHEN validated / THEN Unsupported value, with the right spelling suggested
    expect(errors(podWith({ imagePullPolicy: 'always' }))).toEqual([
      'spec.containers[0].imagePullPolicy: Unsupported value: "always": supported values: "Always", "IfNotPresent", "Never"; did you mean "Always"?',
    ]);
  });

  test('19: an empty imagePullPolicy is defaulted', () => {
    // GIVEN an empty and a valid imagePullPolicy
    // WHEN validated / THEN no error
    expect(errors(podWith({ imagePullPolicy: '' }))).toEqual([]);
    expect(errors(podWith({ imagePullPolicy: 'IfNotPresent' }))).toEqual([]);
  });

  test('20: terminationMessagePolicy is File or FallbackToLogsOnError', () => {
    // GIVEN terminationMessagePolicy file
    // WHEN validated / THEN Unsupported value
    expect(errors(podWith({ terminationMessagePolicy: 'file' }))).toEqual([
      'spec.containers[0].terminationMessagePolicy: Unsupported value: "file": supported values: "File", "FallbackToLogsOnError"; did you mean "File"?',
    ]);
  });

  test('20: FallbackToLogsOnError and an empty (defaulted) policy are valid', () => {
    // GIVEN valid and empty policies / WHEN validated / THEN no error
    expect(errors(podWith({ terminationMessagePolicy: 'FallbackToLogsOnError' }))).toEqual([]);
    expect(errors(podWith({ terminationMessagePolicy: '' }))).toEqual([]);
  });

  test('21: a Pod restartPolicy is Always, OnFailure or Never', () => {
    // GIVEN restartPolicy always
    // WHEN validated / THEN Unsupported value
    expect(errors(podWith({}, { restartPolicy: 'always' }))).toEqual([
      'spec.restartPolicy: Unsupported value: "always": supported values: "Always", "OnFailure", "Never"; did you mean "Always"?',
    ]);
  });

  test('21: Never, OnFailure and an empty (defaulted) restartPolicy are valid for a Pod', () => {
    // GIVEN each accepted value / WHEN validated / THEN no error
    for (const restartPolicy of ['Never', 'OnFailure', '']) expect(errors(podWith({}, { restartPolicy }))).toEqual([]);
  });

  test.each([
    ['apps/v1', 'Deployment', 'spec.template.spec.restartPolicy'],
    ['apps/v1', 'ReplicaSet', 'spec.template.spec.restartPolicy'],
    ['apps/v1', 'StatefulSet', 'spec.template.spec.restartPolicy'],
    ['apps/v1', 'DaemonSet', 'spec.template.spec.restartPolicy'],
  ])('21: a %s %s template must restart Always', (apiVersion, kind, path) => {
    // GIVEN a workload whose template never restarts
    const m = workload(apiVersion, kind, { restartPolicy: 'Never', containers: [container()] }, kind === 'StatefulSet' ? { serviceName: 'web' } : {});
    // WHEN validated / THEN only Always is supported
    expect(errors(m)).toEqual([`${path}: Unsupported value: "Never": supported values: "Always"`]);
  });

  test('21: a ReplicationController template must restart Always', () => {
    // GIVEN a ReplicationController with restartPolicy OnFailure
    const m = {
      apiVersion: 'v1',
      kind: 'ReplicationController',
      metadata: { name: 'web' },
      spec: { selector: { app: 'web' }, template: { metadata: { labels: { app: 'web' } }, spec: { restartPolicy: 'OnFailure', containers: [container()] } } },
    };
    // WHEN validated / THEN only Always is supported
    expect(errors(m)).toEqual(['spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"']);
  });

  test('21: a Deployment without restartPolicy is defaulted to Always', () => {
    // GIVEN a Deployment that does not say / WHEN validated / THEN no error
    expect(errors(deployment({ containers: [container()] }))).toEqual([]);
    expect(errors(deployment({ restartPolicy: 'Always', containers: [container()] }))).toEqual([]);
  });

  test('21: a Job template must say OnFailure or Never (a missing value is defaulted to Always)', () => {
    // GIVEN Jobs without restartPolicy, with Always, and with a value of no kind
    // WHEN validated
    // THEN Required for the defaulted Always, Unsupported for the unknown value
    expect(errors(job({ containers: [container()] }))).toEqual(['spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"']);
    expect(errors(job({ restartPolicy: 'Always', containers: [container()] }))).toEqual([
      'spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    ]);
    expect(errors(job({ restartPolicy: 'never', containers: [container()] }))).toEqual([
      'spec.template.spec.restartPolicy: Unsupported value: "never": supported values: "OnFailure", "Never"; did you mean "Never"?',
    ]);
    expect(errors(cronJob({ containers: [container()] }))).toEqual([
      'spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    ]);
  });

  test('21: Jobs and CronJobs with OnFailure or Never are valid', () => {
    // GIVEN a Job with OnFailure and a CronJob with Never / WHEN validated / THEN no error
    expect(errors(job({ restartPolicy: 'OnFailure', containers: [container()] }))).toEqual([]);
    expect(errors(cronJob({ restartPolicy: 'Never', containers: [container()] }))).toEqual([]);
  });

  test('22: dnsPolicy is one of four, and None needs a dnsConfig with a nameserver', () => {
    // GIVEN a misspelled dnsPolicy, None without dnsConfig, and None without nameservers
    // WHEN validated / THEN Unsupported value, then the dnsConfig requirements
    expect(errors(podWith({}, { dnsPolicy: 'clusterfirst' }))).toEqual([
      'spec.dnsPolicy: Unsupported value: "clusterfirst": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"; did you mean "ClusterFirst"?',
    ]);
    expect(errors(podWith({}, { dnsPolicy: 'None' }))).toEqual(['spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None']);
    expect(errors(podWith({}, { dnsPolicy: 'None', dnsConfig: { searches: ['svc.local'] } }))).toEqual([
      'spec.dnsConfig.nameservers: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None',
    ]);
  });

  test('22: an empty (defaulted) dnsPolicy, and None with a nameserver, are valid', () => {
    // GIVEN the edge cases / WHEN validated / THEN no error
    expect(errors(podWith({}, { dnsPolicy: '' }))).toEqual([]);
    expect(errors(podWith({}, { dnsPolicy: 'None', dnsConfig: { nameservers: ['1.1.1.1'] } }))).toEqual([]);
    expect(errors(podWith({}, { hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet' }))).toEqual([]);
  });

  test('23: hostname and subdomain are DNS-1123 labels', () => {
    // GIVEN a dotted hostname and an uppercase subdomain
    // WHEN validated / THEN the label messages
    expect(errors(podWith({}, { hostname: 'web.example' }))).toEqual(['spec.hostname: Invalid value: "web.example": must not contain dots']);
    expect(errors(podWith({}, { subdomain: 'Web' }))).toEqual([`spec.subdomain: Invalid value: "Web": ${LABEL_MSG}`]);
  });

  test('23: a 63-character hostname is valid', () => {
    // GIVEN hostname and subdomain at the limit / WHEN validated / THEN no error
    expect(errors(podWith({}, { hostname: 'h'.repeat(63), subdomain: 'headless' }))).toEqual([]);
  });

  test('24: serviceAccountName is a DNS-1123 subdomain', () => {
    // GIVEN an uppercase service account name / WHEN validated / THEN the subdomain message
    expect(errors(podWith({}, { serviceAccountName: 'My_SA' }))).toEqual([`spec.serviceAccountName: Invalid value: "My_SA": ${SUBDOMAIN_MSG}`]);
  });

  test('24: a dotted service account name is valid', () => {
    // GIVEN a subdomain with dots / WHEN validated / THEN no error
    expect(errors(podWith({}, { serviceAccountName: 'ci.robot-1' }))).toEqual([]);
  });

  test('25: activeDeadlineSeconds is 1 to 2147483647', () => {
    // GIVEN 0 and 2^31
    // WHEN validated / THEN the range message
    expect(errors(podWith({}, { activeDeadlineSeconds: 0 }))).toEqual([
      'spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive',
    ]);
    expect(errors(podWith({}, { activeDeadlineSeconds: 2147483648 }))).toEqual([
      'spec.activeDeadlineSeconds: Invalid value: 2147483648: must be between 1 and 2147483647, inclusive',
    ]);
  });

  test('25: activeDeadlineSeconds at both ends of the range, and in a Job template', () => {
    // GIVEN 1 and 2147483647 on a Pod, 600 in a Job / WHEN validated / THEN no error
    expect(errors(podWith({}, { activeDeadlineSeconds: 1 }))).toEqual([]);
    expect(errors(podWith({}, { activeDeadlineSeconds: 2147483647 }))).toEqual([]);
    expect(errors(job({ restartPolicy: 'Never', activeDeadlineSeconds: 600, containers: [container()] }))).toEqual([]);
  });

  test('25: activeDeadlineSeconds is not supported in the template of a long-running workload', () => {
    // GIVEN a Deployment and a DaemonSet whose template sets a deadline
    // WHEN validated / THEN Forbidden, naming the controller as the apiserver does
    expect(errors(deployment({ activeDeadlineSeconds: 30, containers: [container()] }))).toEqual([
      'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported',
    ]);
    expect(errors(workload('apps/v1', 'DaemonSet', { activeDeadlineSeconds: 30, containers: [container()] }))).toEqual([
      'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in DaemonSet is not Supported',
    ]);
  });

  test('26: nodeSelector keys and values are labels', () => {
    // GIVEN a value with a bang and a key with two slashes
    // WHEN validated / THEN the label messages, at the map as the apiserver reports them
    expect(errors(podWith({}, { nodeSelector: { 'kubernetes.io/os': 'linux!' } }))).toEqual([`spec.nodeSelector: Invalid value: "linux!": ${LABEL_VALUE_MSG}`]);
    expect(rules(podWith({}, { nodeSelector: { 'a/b/c': 'x' } }))).toEqual(['pod-node-selector']);
  });

  test('26: a prefixed key and an empty value are valid', () => {
    // GIVEN valid selectors / WHEN validated / THEN no error
    expect(errors(podWith({}, { nodeSelector: { 'kubernetes.io/os': 'linux', disktype: '' } }))).toEqual([]);
  });

  test('27: ephemeral containers cannot be set on create, nor in a template', () => {
    // GIVEN a Pod and a Deployment with an ephemeral container
    const debug = [{ name: 'debug', image: 'busybox' }];
    // WHEN validated / THEN Forbidden, worded for each
    expect(errors(podWith({}, { ephemeralContainers: debug }))).toEqual(['spec.ephemeralContainers: Forbidden: cannot be set on create']);
    expect(errors(deployment({ containers: [container()], ephemeralContainers: debug }))).toEqual([
      'spec.template.spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template',
    ]);
  });

  test('27: an empty ephemeralContainers list is fine', () => {
    // GIVEN an empty list / WHEN validated / THEN no error
    expect(errors(podWith({}, { ephemeralContainers: [] }))).toEqual([]);
  });

  test('28: a negative terminationGracePeriodSeconds is only a warning', () => {
    // GIVEN -1 / WHEN validated
    const m = podWith({}, { terminationGracePeriodSeconds: -1 });
    // THEN no error (the registry rewrites it to 1), but a warning
    expect(errors(m)).toEqual([]);
    expect(warnings(m)).toEqual(['spec.terminationGracePeriodSeconds: must be >= 0; negative values are invalid and will be treated as 1']);
  });

  test('28: zero terminationGracePeriodSeconds is valid', () => {
    // GIVEN 0 / WHEN validated / THEN neither error nor warning
    expect(findings(podWith({}, { terminationGracePeriodSeconds: 0 }))).toEqual([]);
  });

  test('29: volumes have unique DNS-1123 label names and one source', () => {
    // GIVEN an uppercase volume name, a duplicate name, and a volume with two sources
    const volumes = [
      { name: 'Data', emptyDir: {} },
      { name: 'cache', emptyDir: {} },
      { name: 'cache', emptyDir: {} },
      { name: 'config', configMap: { name: 'app' }, emptyDir: {} },
    ];
    // WHEN validated
    // THEN one error each; the extra source is the one later in the apiserver's order
    expect(errors(podWith({}, { volumes }))).toEqual([
      `spec.volumes[0].name: Invalid value: "Data": ${LABEL_MSG}`,
      'spec.volumes[2].name: Duplicate value: "cache"',
      'spec.volumes[3].configMap: Forbidden: may not specify more than 1 volume type',
    ]);
    expect(errors(podWith({}, { volumes: [{ name: '', emptyDir: {} }] }))).toEqual(['spec.volumes[0].name: Required value']);
  });

  test('29: a volume without source is defaulted to an emptyDir', () => {
    // GIVEN a volume with only a name, mounted / WHEN validated / THEN no error
    const m = podWith(
      { volumeMounts: [{ name: 'scratch', mountPath: '/tmp' }] },
      { volumes: [{ name: 'scratch' }, { name: 'config', configMap: { name: 'app' } }] },
    );
    expect(errors(m)).toEqual([]);
  });

  test('30: volume mounts name a declared volume, at a unique relative-subPath mount path', () => {
    // GIVEN mounts of an undeclared volume, twice the same path, and bad subPaths
    const volumes = [{ name: 'data', emptyDir: {} }];
    const volumeMounts = [
      { name: 'dat', mountPath: '/data' },
      { name: 'data', mountPath: '/data' },
      { name: 'data', mountPath: '/abs', subPath: '/etc' },
      { name: 'data', mountPath: '/up', subPath: 'a/../../b' },
      { name: 'data', mountPath: '/both', subPath: 'a', subPathExpr: '$(POD_NAME)' },
    ];
    // WHEN validated / THEN the apiserver's errors
    expect(errors(podWith({ volumeMounts }, { volumes }))).toEqual([
      'spec.containers[0].volumeMounts[0].name: Not found: "dat"',
      'spec.containers[0].volumeMounts[1].mountPath: Invalid value: "/data": must be unique',
      'spec.containers[0].volumeMounts[2].subPath: Invalid value: "/etc": must be a relative path',
      'spec.containers[0].volumeMounts[3].subPath: Invalid value: "a/../../b": must not contain \'..\'',
      'spec.containers[0].volumeMounts[4].subPathExpr: Invalid value: "$(POD_NAME)": subPathExpr and subPath are mutually exclusive',
    ]);
  });

  test('30: ".." inside a path segment, the same volume twice, and a StatefulSet claim are valid', () => {
    // GIVEN a subPath with ".." inside a name, and a StatefulSet mounting its volumeClaimTemplate
    const volumeMounts = [
      { name: 'data', mountPath: '/a', subPath: 'x..y/z' },
      { name: 'data', mountPath: '/b', readOnly: true },
    ];
    const sts = workload(
      'apps/v1',
      'StatefulSet',
      { containers: [container({ volumeMounts: [{ name: 'pgdata', mountPath: '/var/lib/pg' }] })] },
      {
        serviceName: 'db',
        volumeClaimTemplates: [{ metadata: { name: 'pgdata' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
      },
    );
    // WHEN validated / THEN no error
    expect(errors(podWith({ volumeMounts }, { volumes: [{ name: 'data', emptyDir: {} }] }))).toEqual([]);
    expect(errors(sts)).toEqual([]);
  });
});

// =============================================================================================
// D. Container ports
// =============================================================================================

describe('D. container ports', () => {
  test('31: containerPort is required (0 is unset) and 1 to 65535', () => {
    // GIVEN containerPort 0 and 65536
    // WHEN validated / THEN Required value, then the range
    expect(errors(podWith({ ports: [{ containerPort: 0 }] }))).toEqual(['spec.containers[0].ports[0].containerPort: Required value']);
    expect(errors(podWith({ ports: [{ containerPort: 65536 }] }))).toEqual([`spec.containers[0].ports[0].containerPort: Invalid value: 65536: ${PORT_RANGE}`]);
  });

  test('31: a missing containerPort is reported once (by the schema check)', () => {
    // GIVEN a port with only a name / WHEN validated / THEN one Required value
    expect(errors(podWith({ ports: [{ name: 'http' }] }))).toEqual(['spec.containers[0].ports[0].containerPort: Required value']);
  });

  test('31: ports 1 and 65535 are valid', () => {
    // GIVEN the ends of the range / WHEN validated / THEN no error
    expect(errors(podWith({ ports: [{ containerPort: 1 }, { containerPort: 65535 }] }))).toEqual([]);
  });

  test('32: a non-zero hostPort is 1 to 65535', () => {
    // GIVEN hostPort 70000 / WHEN validated / THEN the range
    expect(errors(podWith({ ports: [{ containerPort: 80, hostPort: 70000 }] }))).toEqual([
      `spec.containers[0].ports[0].hostPort: Invalid value: 70000: ${PORT_RANGE}`,
    ]);
  });

  test('32: hostPort 0 means unset', () => {
    // GIVEN hostPort 0 and a valid hostPort / WHEN validated / THEN no error
    expect(
      errors(
        podWith({
          ports: [
            { containerPort: 80, hostPort: 0 },
            { containerPort: 443, hostPort: 8443 },
          ],
        }),
      ),
    ).toEqual([]);
  });

  test('33: protocol is SCTP, TCP or UDP, case-sensitive', () => {
    // GIVEN protocol tcp / WHEN validated / THEN Unsupported value
    expect(errors(podWith({ ports: [{ containerPort: 80, protocol: 'tcp' }] }))).toEqual([
      'spec.containers[0].ports[0].protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"; did you mean "TCP"?',
    ]);
  });

  test('33: an empty (defaulted) protocol, UDP and SCTP are valid', () => {
    // GIVEN each / WHEN validated / THEN no error
    expect(
      errors(
        podWith({
          ports: [
            { containerPort: 53, protocol: '' },
            { containerPort: 53, protocol: 'UDP' },
            { containerPort: 9, protocol: 'SCTP' },
          ],
        }),
      ),
    ).toEqual([]);
  });

  test('34: port names are IANA service names', () => {
    // GIVEN an uppercase name, a 16-character name, and an all-digit name
    // WHEN validated / THEN the IsValidPortName messages
    expect(errors(podWith({ ports: [{ name: 'HTTP', containerPort: 80 }] }))).toEqual([
      'spec.containers[0].ports[0].name: Invalid value: "HTTP": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'spec.containers[0].ports[0].name: Invalid value: "HTTP": must contain at least one letter (a-z)',
    ]);
    expect(errors(podWith({ ports: [{ name: 'metrics-port-001', containerPort: 80 }] }))).toEqual([
      'spec.containers[0].ports[0].name: Invalid value: "metrics-port-001": must be no more than 15 characters',
    ]);
    expect(errors(podWith({ ports: [{ name: '8080', containerPort: 8080 }] }))).toEqual([
      'spec.containers[0].ports[0].name: Invalid value: "8080": must contain at least one letter (a-z)',
    ]);
  });

  test('34: a 15-character name is valid', () => {
    // GIVEN a name at the limit / WHEN validated / THEN no error
    expect(errors(podWith({ ports: [{ name: 'metrics-port-01', containerPort: 9090 }] }))).toEqual([]);
  });

  test('35: port names are unique within a container', () => {
    // GIVEN two ports named http in one container / WHEN validated / THEN Duplicate value
    expect(
      errors(
        podWith({
          ports: [
            { name: 'http', containerPort: 80 },
            { name: 'http', containerPort: 8080 },
          ],
        }),
      ),
    ).toEqual(['spec.containers[0].ports[1].name: Duplicate value: "http"']);
  });

  test('35: the same port name in two containers is allowed', () => {
    // GIVEN two containers each with a port named http (on different numbers)
    const m = pod({
      containers: [container({ ports: [{ name: 'http', containerPort: 80 }] }), container({ name: 'admin', ports: [{ name: 'http', containerPort: 8080 }] })],
    });
    // WHEN validated / THEN no error
    expect(errors(m)).toEqual([]);
  });

  test('36: protocol/hostIP/hostPort is unique across the regular containers', () => {
    // GIVEN two containers binding host port 8080
    const m = pod({
      containers: [container({ ports: [{ containerPort: 80, hostPort: 8080 }] }), container({ name: 'b', ports: [{ containerPort: 81, hostPort: 8080 }] })],
    });
    // WHEN validated / THEN the second is a duplicate
    expect(errors(m)).toEqual(['spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"']);
  });

  test('36: the same host port on another protocol or host IP, or in init containers, is valid', () => {
    // GIVEN TCP and UDP on one host port, two host IPs, and init containers that reuse it one by one
    const m = pod({
      initContainers: [
        container({ name: 'init-a', ports: [{ containerPort: 80, hostPort: 8080 }] }),
        container({ name: 'init-b', ports: [{ containerPort: 80, hostPort: 8080 }] }),
      ],
      containers: [
        container({
          ports: [
            { containerPort: 80, hostPort: 8080 },
            { containerPort: 80, hostPort: 8080, protocol: 'UDP' },
          ],
        }),
        container({
          name: 'b',
          ports: [
            { containerPort: 81, hostPort: 8081, hostIP: '10.0.0.1' },
            { containerPort: 82, hostPort: 8081, hostIP: '10.0.0.2' },
          ],
        }),
      ],
    });
    // WHEN validated / THEN no error
    expect(errors(m)).toEqual([]);
  });

  test('37: with hostNetwork, an explicit hostPort must equal containerPort', () => {
    // GIVEN hostNetwork and hostPort 8081 for containerPort 8080
    // WHEN validated / THEN the mismatch is reported on containerPort
    expect(errors(podWith({ ports: [{ containerPort: 8080, hostPort: 8081 }] }, { hostNetwork: true }))).toEqual([
      'spec.containers[0].ports[0].containerPort: Invalid value: 8080: must match `hostPort` when `hostNetwork` is true',
    ]);
  });

  test('37: with hostNetwork, two containers on one port collide on the defaulted host port', () => {
    // GIVEN hostNetwork and two containers on 8080 without hostPort (both defaulted to 8080)
    const m = pod({
      hostNetwork: true,
      containers: [container({ ports: [{ containerPort: 8080 }] }), container({ name: 'b', ports: [{ containerPort: 8080 }] })],
    });
    // WHEN validated / THEN the apiserver's host port conflict, reported once
    expect(errors(m)).toEqual(['spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"']);
  });

  test('37: with hostNetwork, hostPort equal to containerPort, or omitted (defaulted), is valid', () => {
    // GIVEN both forms / WHEN validated / THEN no error
    expect(errors(podWith({ ports: [{ containerPort: 8080, hostPort: 8080 }, { containerPort: 9090 }] }, { hostNetwork: true }))).toEqual([]);
  });
});

// =============================================================================================
// E. Environment variables
// =============================================================================================

describe('E. environment variables', () => {
  test('38: env names are C-like (1.27), and required', () => {
    // GIVEN a name starting with a digit, one starting with "..", and an empty one
    // WHEN validated / THEN the IsEnvVarName messages and Required value
    expect(errors(podWith({ env: [{ name: '1VAR', value: 'x' }] }))).toEqual([`spec.containers[0].env[0].name: Invalid value: "1VAR": ${ENV_NAME_MSG}`]);
    expect(errors(podWith({ env: [{ name: '..x', value: 'x' }] }))).toEqual([
      'spec.containers[0].env[0].name: Invalid value: "..x": must not start with \'..\'',
    ]);
    expect(errors(podWith({ env: [{ name: '', value: 'x' }] }))).toEqual(['spec.containers[0].env[0].name: Required value']);
  });

  test('38: dots, dashes and a leading underscore are valid', () => {
    // GIVEN the apiserver's own examples / WHEN validated / THEN no error
    expect(errors(podWith({ env: [{ name: 'my.env-name', value: '' }, { name: 'MY_ENV.NAME' }, { name: '_x', value: '1' }] }))).toEqual([]);
  });

  test('39: value and valueFrom are mutually exclusive', () => {
    // GIVEN both / WHEN validated / THEN the valueFrom error
    const env = [{ name: 'POD', value: 'x', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }];
    expect(errors(podWith({ env }))).toEqual(['spec.containers[0].env[0].valueFrom: Invalid value: "": may not be specified when `value` is not empty']);
  });

  test('39: an empty value beside valueFrom is valid', () => {
    // GIVEN value "" with a fieldRef / WHEN validated / THEN no error
    expect(errors(podWith({ env: [{ name: 'POD', value: '', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }] }))).toEqual([]);
  });

  test('40: valueFrom needs exactly one source', () => {
    // GIVEN no source, and two sources
    const none = [{ name: 'A', valueFrom: {} }];
    const two = [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'metadata.name' }, secretKeyRef: { name: 's', key: 'k' } } }];
    // WHEN validated / THEN the apiserver's two messages
    expect(errors(podWith({ env: none }))).toEqual([
      'spec.containers[0].env[0].valueFrom: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`',
    ]);
    expect(errors(podWith({ env: two }))).toEqual([
      'spec.containers[0].env[0].valueFrom: Invalid value: "": may not have more than one field specified at a time',
    ]);
  });

  test('40: key selectors name a ConfigMap/Secret and a valid key', () => {
    // GIVEN a configMapKeyRef without name, and a secretKeyRef with a key holding a space
    const env = [
      { name: 'A', valueFrom: { configMapKeyRef: { key: 'level' } } },
      { name: 'B', valueFrom: { secretKeyRef: { name: 'db', key: 'pass word' } } },
    ];
    // WHEN validated / THEN the apiserver's messages ("" is no object name)
    expect(errors(podWith({ env }))).toEqual([
      `spec.containers[0].env[0].valueFrom.configMapKeyRef.name: Invalid value: "": ${SUBDOMAIN_MSG}`,
      "spec.containers[0].env[1].valueFrom.secretKeyRef.key: Invalid value: \"pass word\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
    ]);
  });

  test('40: one source per variable is valid', () => {
    // GIVEN one variable per kind of source
    const env = [
      { name: 'LEVEL', valueFrom: { configMapKeyRef: { name: 'app-config', key: 'log.level' } } },
      { name: 'PASS', valueFrom: { secretKeyRef: { name: 'db', key: 'PASSWORD', optional: true } } },
      { name: 'MEM', valueFrom: { resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } } },
    ];
    // WHEN validated / THEN no error
    expect(errors(podWith({ env }))).toEqual([]);
  });

  test('41: fieldRef.fieldPath is one of the env field paths', () => {
    // GIVEN the whole labels map, an unknown field, and a lowercase typo
    const env = (fieldPath: string): M[] => [{ name: 'X', valueFrom: { fieldRef: { fieldPath } } }];
    // WHEN validated / THEN Unsupported value for a convertible path, a conversion error otherwise
    expect(errors(podWith({ env: env('metadata.labels') }))).toEqual([
      'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "metadata.labels": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.podIP", "status.podIPs"',
    ]);
    expect(errors(podWith({ env: env('spec.nodename') }))).toEqual([
      'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value: "spec.nodename": error converting fieldPath: field label not supported: spec.nodename',
    ]);
    expect(errors(podWith({ env: env("metadata.labels['bad key']") }))).toEqual([
      "spec.containers[0].env[0].valueFrom.fieldRef: Invalid value: \"bad key\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    ]);
    expect(errors(podWith({ env: [{ name: 'X', valueFrom: { fieldRef: { apiVersion: 'v2', fieldPath: 'metadata.name' } } }] }))).toEqual([
      'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value: "metadata.name": error converting fieldPath: unsupported pod version: v2',
    ]);
    expect(errors(podWith({ env: env("metadata.name['x']") }))).toEqual([
      "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value: \"metadata.name['x']\": error converting fieldPath: field label does not support subscript: metadata.name['x']",
    ]);
  });

  test('41: resourceFieldRef.resource is a container resource', () => {
    // GIVEN a resource that is not a limit or request / WHEN validated / THEN Unsupported value
    expect(errors(podWith({ env: [{ name: 'G', valueFrom: { resourceFieldRef: { resource: 'limits.gpu' } } }] }))).toEqual([
      'spec.containers[0].env[0].valueFrom.resourceFieldRef.resource: Unsupported value: "limits.gpu": supported values: "limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage", "requests.memory"',
    ]);
  });

  test('41: subscripted labels and annotations, status.podIPs and the legacy spec.host are valid', () => {
    // GIVEN each (the annotation key is checked lowercased) / WHEN validated / THEN no error
    const paths = ["metadata.labels['app']", "metadata.annotations['Example.COM/Owner']", 'status.podIPs', 'spec.host', 'metadata.uid'];
    const env = paths.map((fieldPath, i) => ({ name: `V${i}`, valueFrom: { fieldRef: { apiVersion: i === 0 ? 'v1' : '', fieldPath } } }));
    expect(errors(podWith({ env }))).toEqual([]);
  });

  test('envFrom: exactly one of configMapRef or secretRef, and a valid prefix', () => {
    // GIVEN an empty envFrom entry, and a prefix starting with a digit
    // WHEN validated / THEN the apiserver's messages
    expect(errors(podWith({ envFrom: [{}] }))).toEqual([
      'spec.containers[0].envFrom[0]: Invalid value: "": must specify one of: `configMapRef` or `secretRef`',
    ]);
    expect(errors(podWith({ envFrom: [{ prefix: '1_', configMapRef: { name: 'app' } }] }))).toEqual([
      `spec.containers[0].envFrom[0].prefix: Invalid value: "1_": ${ENV_NAME_MSG}`,
    ]);
  });

  test('envFrom: a ConfigMap and a Secret with a prefix are valid', () => {
    // GIVEN two entries / WHEN validated / THEN no error
    expect(errors(podWith({ envFrom: [{ configMapRef: { name: 'app-config' } }, { prefix: 'DB_', secretRef: { name: 'db' } }] }))).toEqual([]);
  });
});

// =============================================================================================
// F. Resources
// =============================================================================================

describe('F. resources', () => {
  const resources = (r: M): M => podWith({ resources: r });

  test('3: quantities must parse', () => {
    // GIVEN "512MB", "1 Gi" and "1K"
    // WHEN validated / THEN the decoding errors of resource.ParseQuantity
    expect(errors(resources({ limits: { memory: '512MB' } }))).toEqual([
      `spec.containers[0].resources.limits[memory]: Invalid value: "512MB": ${QUANTITY_MSG}`,
    ]);
    expect(errors(resources({ requests: { memory: '1 Gi' } }))).toEqual([
      `spec.containers[0].resources.requests[memory]: Invalid value: "1 Gi": ${QUANTITY_MSG}`,
    ]);
    expect(errors(resources({ limits: { memory: '1K' } }))).toEqual([
      'spec.containers[0].resources.limits[memory]: Invalid value: "1K": unable to parse quantity\'s suffix',
    ]);
  });

  test('3: decimal, binary, exponent and numeric quantities are valid', () => {
    // GIVEN "1.5Gi", "500m", "1e3", "0.5", a JSON number and "1Ki"
    const r = { limits: { memory: '1.5Gi', cpu: '500m', 'ephemeral-storage': '1e3' }, requests: { cpu: '0.5', memory: '1Ki', 'ephemeral-storage': 1000 } };
    // WHEN validated / THEN neither error nor warning
    expect(findings(resources(r))).toEqual([]);
  });

  test('42: resource names are standard container resources or fully qualified', () => {
    // GIVEN "gpu", "pods" and an extended name with a space
    // WHEN validated / THEN the apiserver's messages
    expect(errors(resources({ limits: { gpu: '1' } }))).toEqual([
      'spec.containers[0].resources.limits[gpu]: Invalid value: "gpu": must be a standard resource type or fully qualified',
      'spec.containers[0].resources.limits[gpu]: Invalid value: "gpu": must be a standard resource for containers',
    ]);
    expect(errors(resources({ limits: { pods: '1' } }))).toEqual([
      'spec.containers[0].resources.limits[pods]: Invalid value: "pods": must be a standard resource for containers',
    ]);
  });

  test('42: hugepages and extended resources are valid names', () => {
    // GIVEN a hugepages size and a vendor resource / WHEN validated / THEN no error
    expect(errors(resources({ limits: { memory: '1Gi', 'hugepages-2Mi': '4Mi', 'nvidia.com/gpu': 1 } }))).toEqual([]);
  });

  test('43: quantities are not negative', () => {
    // GIVEN cpu -1 / WHEN validated / THEN the non-negative rule
    expect(errors(resources({ requests: { cpu: '-1' } }))).toEqual([
      'spec.containers[0].resources.requests[cpu]: Invalid value: "-1": must be greater than or equal to 0',
    ]);
  });

  test('43: zero is valid', () => {
    // GIVEN zero requests / WHEN validated / THEN no error
    expect(errors(resources({ requests: { cpu: '0', memory: 0 } }))).toEqual([]);
  });

  test('44: a request may not exceed its limit', () => {
    // GIVEN a cpu request of 600m under a limit of 500m
    // WHEN validated / THEN the request is reported, naming the limit
    expect(errors(resources({ limits: { cpu: '500m' }, requests: { cpu: '600m' } }))).toEqual([
      'spec.containers[0].resources.requests[cpu]: Invalid value: "600m": must be less than or equal to cpu limit of 500m',
    ]);
    expect(errors(resources({ requests: { memory: '2Gi' }, limits: { memory: '1Gi' } }))).toEqual([
      'spec.containers[0].resources.requests[memory]: Invalid value: "2Gi": must be less than or equal to memory limit of 1Gi',
    ]);
  });

  test('44: requests equal to limits (in other spellings), and requests or limits alone, are valid', () => {
    // GIVEN 0.5 == 500m, 1024Mi == 1Gi, 1e3 == 1k, and one-sided resources
    // WHEN validated / THEN no error
    expect(
      errors(
        resources({
          limits: { cpu: '500m', memory: '1Gi', 'ephemeral-storage': '1k' },
          requests: { cpu: '0.5', memory: '1024Mi', 'ephemeral-storage': '1e3' },
        }),
      ),
    ).toEqual([]);
    expect(errors(resources({ requests: { cpu: '2' } }))).toEqual([]);
    expect(errors(resources({ limits: { cpu: '2' } }))).toEqual([]);
  });

  test('45: non-overcommitable resources need a limit equal to the request', () => {
    // GIVEN a GPU request without limit, and a GPU request below its limit
    // WHEN validated / THEN Required value at the limit, and the equality rule
    expect(errors(resources({ requests: { 'nvidia.com/gpu': '1' } }))).toEqual([
      'spec.containers[0].resources.limits[nvidia.com/gpu]: Required value: Limit must be set for non overcommitable resources',
    ]);
    expect(errors(resources({ limits: { 'nvidia.com/gpu': '2' }, requests: { 'nvidia.com/gpu': '1' } }))).toEqual([
      'spec.containers[0].resources.requests[nvidia.com/gpu]: Invalid value: "1": must be equal to nvidia.com/gpu limit of 2',
    ]);
  });

  test('45: a GPU limit alone, or equal to the request, is valid', () => {
    // GIVEN both forms / WHEN validated / THEN no error
    expect(errors(resources({ limits: { 'nvidia.com/gpu': 2 } }))).toEqual([]);
    expect(errors(resources({ limits: { 'nvidia.com/gpu': '2' }, requests: { 'nvidia.com/gpu': 2 } }))).toEqual([]);
  });

  test('46: extended resources are integers; hugepages need cpu or memory and whole pages', () => {
    // GIVEN half a GPU, hugepages alone, and 3Mi of 2Mi pages
    // WHEN validated / THEN the apiserver's messages
    expect(errors(resources({ limits: { 'nvidia.com/gpu': '1.5' } }))).toEqual([
      'spec.containers[0].resources.limits[nvidia.com/gpu]: Invalid value: "1.5": must be an integer',
    ]);
    expect(errors(resources({ limits: { 'hugepages-2Mi': '4Mi' } }))).toEqual(['spec.containers[0].resources: Forbidden: HugePages require cpu or memory']);
    expect(errors(resources({ limits: { memory: '1Gi', 'hugepages-2Mi': '3Mi' } }))).toEqual([
      'spec.containers[0].resources.limits[hugepages-2Mi]: Invalid value: "3Mi": 3Mi is not positive integer multiple of hugepages-2Mi',
    ]);
  });

  test('46: whole hugepages with a cpu request are valid', () => {
    // GIVEN 1Gi of 1Gi pages beside cpu / WHEN validated / THEN no error
    expect(errors(resources({ limits: { 'hugepages-1Gi': '1Gi' }, requests: { cpu: '1', 'hugepages-1Gi': '1Gi' } }))).toEqual([]);
  });

  test('80: a fractional byte quantity is a warning, not an error', () => {
    // GIVEN memory "512m" (0.512 bytes)
    const m = resources({ limits: { memory: '512m' } });
    // WHEN validated / THEN a warning only
    expect(errors(m)).toEqual([]);
    expect(warnings(m)).toEqual(['spec.containers[0].resources.limits[memory]: fractional byte value "512m" is invalid, must be an integer']);
  });

  test('80: "1.5Gi" is a whole number of bytes', () => {
    // GIVEN 1.5Gi and 0.5Ki / WHEN validated / THEN no warning
    expect(warnings(resources({ limits: { memory: '1.5Gi' }, requests: { memory: '0.5Ki' } }))).toEqual([]);
  });
});

// =============================================================================================
// G. Probes and lifecycle hooks
// =============================================================================================

describe('G. probes and lifecycle hooks', () => {
  const http = { httpGet: { path: '/healthz', port: 8080 } };

  test('47: a probe has exactly one handler', () => {
    // GIVEN a probe without handler, and one with exec and httpGet
    // WHEN validated
    // THEN Required value, then Forbidden on the handler after exec in the apiserver's order
    expect(errors(podWith({ livenessProbe: { periodSeconds: 5 } }))).toEqual(['spec.containers[0].livenessProbe: Required value: must specify a handler type']);
    expect(errors(podWith({ readinessProbe: { ...http, exec: { command: ['true'] } } }))).toEqual([
      'spec.containers[0].readinessProbe.httpGet: Forbidden: may not specify more than 1 handler type',
    ]);
  });

  test('47: gRPC, tcpSocket and exec probes are valid', () => {
    // GIVEN one probe of each remaining kind / WHEN validated / THEN no error
    const m = podWith({
      livenessProbe: { grpc: { port: 9090 } },
      readinessProbe: { tcpSocket: { port: 8080 } },
      startupProbe: { exec: { command: ['cat', '/tmp/ready'] } },
    });
    expect(errors(m)).toEqual([]);
  });

  test('48: probe timings and thresholds are not negative', () => {
    // GIVEN negative values / WHEN validated / THEN the non-negative rule for each
    expect(errors(podWith({ readinessProbe: { ...http, initialDelaySeconds: -1, periodSeconds: -10, failureThreshold: -3 } }))).toEqual([
      'spec.containers[0].readinessProbe.initialDelaySeconds: Invalid value: -1: must be greater than or equal to 0',
      'spec.containers[0].readinessProbe.periodSeconds: Invalid value: -10: must be greater than or equal to 0',
      'spec.containers[0].readinessProbe.failureThreshold: Invalid value: -3: must be greater than or equal to 0',
    ]);
  });

  test('48: zeros are defaulted', () => {
    // GIVEN every count at zero / WHEN validated / THEN no error (liveness successThreshold 0 becomes 1)
    const zeros = { initialDelaySeconds: 0, timeoutSeconds: 0, periodSeconds: 0, successThreshold: 0, failureThreshold: 0 };
    expect(errors(podWith({ livenessProbe: { ...http, ...zeros } }))).toEqual([]);
  });

  test('49: liveness and startup successThreshold must be 1', () => {
    // GIVEN 2 on liveness and 3 on startup / WHEN validated / THEN must be 1
    expect(errors(podWith({ livenessProbe: { ...http, successThreshold: 2 }, startupProbe: { ...http, successThreshold: 3 } }))).toEqual([
      'spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1',
      'spec.containers[0].startupProbe.successThreshold: Invalid value: 3: must be 1',
    ]);
  });

  test('49: readiness may need several successes', () => {
    // GIVEN readiness successThreshold 3 and liveness 1 / WHEN validated / THEN no error
    expect(errors(podWith({ readinessProbe: { ...http, successThreshold: 3 }, livenessProbe: { tcpSocket: { port: 8080 }, successThreshold: 1 } }))).toEqual(
      [],
    );
  });

  test('50: a probe terminationGracePeriodSeconds is positive', () => {
    // GIVEN 0 on a liveness probe / WHEN validated / THEN must be greater than 0
    expect(errors(podWith({ livenessProbe: { ...http, terminationGracePeriodSeconds: 0 } }))).toEqual([
      'spec.containers[0].livenessProbe.terminationGracePeriodSeconds: Invalid value: 0: must be greater than 0',
    ]);
  });

  test('50: liveness and startup probes may set it', () => {
    // GIVEN 10 and 1 / WHEN validated / THEN no error
    expect(
      errors(podWith({ livenessProbe: { ...http, terminationGracePeriodSeconds: 10 }, startupProbe: { ...http, terminationGracePeriodSeconds: 1 } })),
    ).toEqual([]);
  });

  test('51: readiness probes may not set terminationGracePeriodSeconds', () => {
    // GIVEN 10 on a readiness probe / WHEN validated / THEN the readiness rule
    expect(errors(podWith({ readinessProbe: { ...http, terminationGracePeriodSeconds: 10 } }))).toEqual([
      'spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 10: must not be set for readinessProbes',
    ]);
  });

  test('52: exec.command is required and not empty', () => {
    // GIVEN an exec without command and one with an empty command / WHEN validated / THEN Required value
    expect(errors(podWith({ livenessProbe: { exec: {} } }))).toEqual(['spec.containers[0].livenessProbe.exec.command: Required value']);
    expect(errors(podWith({ startupProbe: { exec: { command: [] } } }))).toEqual(['spec.containers[0].startupProbe.exec.command: Required value']);
  });

  test('52: a one-word command is valid', () => {
    // GIVEN command ["true"] / WHEN validated / THEN no error
    expect(errors(podWith({ livenessProbe: { exec: { command: ['true'] } } }))).toEqual([]);
  });

  test('53: httpGet and tcpSocket ports are 1 to 65535, or a port name', () => {
    // GIVEN port 0, a quoted number, and 70000
    // WHEN validated / THEN the range, and the port-name rule for the quoted number
    expect(errors(podWith({ livenessProbe: { httpGet: { port: 0 } } }))).toEqual([
      `spec.containers[0].livenessProbe.httpGet.port: Invalid value: 0: ${PORT_RANGE}`,
    ]);
    expect(errors(podWith({ livenessProbe: { httpGet: { port: '8080' } } }))).toEqual([
      'spec.containers[0].livenessProbe.httpGet.port: Invalid value: "8080": must contain at least one letter (a-z)',
    ]);
    expect(errors(podWith({ readinessProbe: { tcpSocket: { port: 70000 } } }))).toEqual([
      `spec.containers[0].readinessProbe.tcpSocket.port: Invalid value: 70000: ${PORT_RANGE}`,
    ]);
  });

  test('53: a missing port is reported once (by the schema check)', () => {
    // GIVEN an httpGet and a grpc probe without port
    // WHEN validated / THEN one Required value each (the apiserver would see port 0)
    expect(errors(podWith({ livenessProbe: { httpGet: { path: '/' } }, readinessProbe: { grpc: {} } }))).toEqual([
      'spec.containers[0].livenessProbe.httpGet.port: Required value',
      'spec.containers[0].readinessProbe.grpc.port: Required value',
    ]);
  });

  test('53: probe paths in a Deployment template', () => {
    // GIVEN a Deployment whose probe port is out of range / WHEN validated / THEN the template path
    expect(errors(deployment({ containers: [container({ readinessProbe: { httpGet: { port: 0 } } })] }))).toEqual([
      `spec.template.spec.containers[0].readinessProbe.httpGet.port: Invalid value: 0: ${PORT_RANGE}`,
    ]);
  });

  test('53: port 65535 is valid', () => {
    // GIVEN the top of the range / WHEN validated / THEN no error
    expect(errors(podWith({ livenessProbe: { httpGet: { port: 65535 } }, readinessProbe: { tcpSocket: { port: 1 } } }))).toEqual([]);
  });

  test('54: httpGet.scheme is HTTP or HTTPS', () => {
    // GIVEN scheme https / WHEN validated / THEN Unsupported value
    expect(errors(podWith({ readinessProbe: { httpGet: { port: 8443, scheme: 'https' } } }))).toEqual([
      'spec.containers[0].readinessProbe.httpGet.scheme: Unsupported value: "https": supported values: "HTTP", "HTTPS"; did you mean "HTTPS"?',
    ]);
  });

  test('54: empty scheme and path are defaulted', () => {
    // GIVEN an empty scheme and path, and HTTPS / WHEN validated / THEN no error
    expect(
      errors(podWith({ readinessProbe: { httpGet: { port: 8080, path: '', scheme: '' } }, livenessProbe: { httpGet: { port: 8443, scheme: 'HTTPS' } } })),
    ).toEqual([]);
  });

  test('55: header names are HTTP tokens', () => {
    // GIVEN a header name with a space / WHEN validated / THEN the IsHTTPHeaderName message
    expect(errors(podWith({ livenessProbe: { httpGet: { port: 8080, httpHeaders: [{ name: 'X Custom', value: '1' }] } } }))).toEqual([
      `spec.containers[0].livenessProbe.httpGet.httpHeaders[0].name: Invalid value: "X Custom": ${HEADER_MSG}`,
    ]);
  });

  test('55: a dashed header name is valid', () => {
    // GIVEN X-Custom-Header / WHEN validated / THEN no error
    expect(errors(podWith({ livenessProbe: { httpGet: { port: 8080, httpHeaders: [{ name: 'X-Custom-Header', value: 'Awesome' }] } } }))).toEqual([]);
  });

  test('56: grpc.port is 1 to 65535', () => {
    // GIVEN grpc port 0 / WHEN validated / THEN the range
    expect(errors(podWith({ livenessProbe: { grpc: { port: 0 } } }))).toEqual([`spec.containers[0].livenessProbe.grpc.port: Invalid value: 0: ${PORT_RANGE}`]);
  });

  test('56: a gRPC probe with a service is valid', () => {
    // GIVEN grpc port 2379 and a service name / WHEN validated / THEN no error
    expect(errors(podWith({ readinessProbe: { grpc: { port: 2379, service: 'etcd' } } }))).toEqual([]);
  });

  test('57: a named probe port must be declared by the same container', () => {
    // GIVEN a liveness probe on "livenes-port" while the container declares "liveness-port"
    const m = podWith({ ports: [{ name: 'liveness-port', containerPort: 8080 }], livenessProbe: { httpGet: { path: '/healthz', port: 'livenes-port' } } });
    // WHEN validated
    // THEN the port is not found, the declared names are listed, and the closest one suggested
    expect(errors(m)).toEqual([
      'spec.containers[0].livenessProbe.httpGet.port: Invalid value: "livenes-port": must name a port declared in this container\'s ports ("liveness-port"); the kubelet cannot resolve it and the probe fails; did you mean "liveness-port"?',
    ]);
    expect(rules(m)).toEqual(['probe-port-declared']);
  });

  test('57: a port declared by another container does not count; nor for lifecycle hooks', () => {
    // GIVEN a sidecar declaring "metrics" that the app probes, and a preStop hook on an undeclared name
    const m = pod({
      containers: [
        container({ readinessProbe: { tcpSocket: { port: 'metrics' } }, lifecycle: { preStop: { httpGet: { path: '/drain', port: 'admin' } } } }),
        container({ name: 'exporter', ports: [{ name: 'metrics', containerPort: 9100 }] }),
      ],
    });
    // WHEN validated / THEN both are reported
    expect(errors(m)).toEqual([
      'spec.containers[0].readinessProbe.tcpSocket.port: Invalid value: "metrics": must name a port declared in this container\'s ports, and it declares no named port; the kubelet cannot resolve it and the probe fails',
      'spec.containers[0].lifecycle.preStop.httpGet.port: Invalid value: "admin": must name a port declared in this container\'s ports, and it declares no named port; the kubelet cannot resolve it and the hook fails',
    ]);
  });

  test('57: a named port done right', () => {
    // GIVEN startup, liveness and readiness probes on declared names (declared after the probes)
    const m = podWith({
      startupProbe: { httpGet: { path: '/healthz', port: 'liveness-port' }, failureThreshold: 30, periodSeconds: 10 },
      livenessProbe: { httpGet: { path: '/healthz', port: 'liveness-port' } },
      readinessProbe: { tcpSocket: { port: 'http' } },
      ports: [
        { name: 'http', containerPort: 80 },
        { name: 'liveness-port', containerPort: 8080 },
      ],
    });
    // WHEN validated / THEN no error
    expect(errors(m)).toEqual([]);
  });

  test('58: init containers may not have probes or lifecycle hooks (1.27)', () => {
    // GIVEN an init container with a liveness probe and a lifecycle hook
    const m = pod({
      initContainers: [container({ name: 'migrate', livenessProbe: http, lifecycle: { preStop: { exec: { command: ['true'] } } } })],
      containers: [container()],
    });
    // WHEN validated / THEN Forbidden for each
    expect(errors(m)).toEqual([
      'spec.initContainers[0].livenessProbe: Forbidden: may not be set for init containers',
      'spec.initContainers[0].lifecycle: Forbidden: may not be set for init containers',
    ]);
  });

  test('58: an init container without probes is valid', () => {
    // GIVEN an init container with ports, env and resources / WHEN validated / THEN no error
    const init = container({
      name: 'migrate',
      image: 'flyway',
      env: [{ name: 'A', value: '1' }],
      ports: [{ containerPort: 8080 }],
      resources: { limits: { cpu: '1' } },
    });
    expect(errors(pod({ initContainers: [init], containers: [container({ ports: [{ containerPort: 8080 }] })] }))).toEqual([]);
  });

  test('59: lifecycle hooks have exactly one of exec, httpGet, tcpSocket', () => {
    // GIVEN a postStart without handler and a preStop with two
    const lifecycle = { postStart: {}, preStop: { exec: { command: ['nginx', '-s', 'quit'] }, httpGet: { port: 80 } } };
    // WHEN validated / THEN Required value, then Forbidden
    expect(errors(podWith({ lifecycle }))).toEqual([
      'spec.containers[0].lifecycle.postStart: Required value: must specify a handler type',
      'spec.containers[0].lifecycle.preStop.httpGet: Forbidden: may not specify more than 1 handler type',
    ]);
  });

  test('59: a preStop exec and a postStart tcpSocket are valid', () => {
    // GIVEN one handler per hook / WHEN validated / THEN no error
    expect(errors(podWith({ lifecycle: { preStop: { exec: { command: ['sleep', '5'] } }, postStart: { tcpSocket: { port: 80 } } } }))).toEqual([]);
  });

  test('a liveness probe identical to the readiness probe is a warning', () => {
    // GIVEN the same check, once with the default period spelled out
    const m = podWith({ livenessProbe: { ...http, periodSeconds: 10 }, readinessProbe: http });
    // WHEN validated / THEN a warning, no error
    expect(errors(m)).toEqual([]);
    expect(warnings(m)).toEqual([
      'spec.containers[0].livenessProbe: is identical to the readinessProbe: a container that is only temporarily unready (e.g. overloaded) is also restarted; give the livenessProbe a check that fails only when the process is stuck, or a higher failureThreshold',
    ]);
  });

  test('a liveness probe more patient than the readiness probe is fine', () => {
    // GIVEN the same endpoint with a higher failureThreshold / WHEN validated / THEN no finding
    expect(findings(podWith({ livenessProbe: { ...http, failureThreshold: 6 }, readinessProbe: http }))).toEqual([]);
  });
});

// =============================================================================================
// H. Security context
// =============================================================================================

describe('H. security context', () => {
  test('60: user and group ids are 0 to 2147483647', () => {
    // GIVEN a negative container runAsUser, a too large pod fsGroup, and a negative supplemental group
    const m = podWith({ securityContext: { runAsUser: -1 } }, { securityContext: { fsGroup: 2147483648, supplementalGroups: [1000, -1] } });
    // WHEN validated / THEN the range message for each, in document order
    expect(errors(m)).toEqual([
      'spec.containers[0].securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive',
      'spec.securityContext.fsGroup: Invalid value: 2147483648: must be between 0 and 2147483647, inclusive',
      'spec.securityContext.supplementalGroups[1]: Invalid value: -1: must be between 0 and 2147483647, inclusive',
    ]);
  });

  test('60: root and the largest id are valid', () => {
    // GIVEN 0 and 2147483647 / WHEN validated / THEN no error
    expect(errors(podWith({ securityContext: { runAsUser: 0, runAsGroup: 2147483647 } }, { securityContext: { runAsUser: 2147483647, fsGroup: 0 } }))).toEqual(
      [],
    );
  });

  test('61: allowPrivilegeEscalation false contradicts privileged and CAP_SYS_ADMIN', () => {
    // GIVEN both contradictions
    const sc = { allowPrivilegeEscalation: false, privileged: true, capabilities: { add: ['CAP_SYS_ADMIN'] } };
    // WHEN validated / THEN two errors on the securityContext
    expect(errors(podWith({ securityContext: sc }))).toEqual([
      'spec.containers[0].securityContext: Invalid value: {"allowPrivilegeEscalation":false,"privileged":true,"capabilities":{"add":["CAP_SYS_ADMIN"]}}: cannot set `allowPrivilegeEscalation` to false and `privileged` to true',
      'spec.containers[0].securityContext: Invalid value: {"allowPrivilegeEscalation":false,"privileged":true,"capabilities":{"add":["CAP_SYS_ADMIN"]}}: cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN',
    ]);
  });

  test('61: privileged alone, and no escalation with NET_BIND_SERVICE, are valid', () => {
    // GIVEN each (--allow-privileged=true is assumed) / WHEN validated / THEN no error
    expect(errors(podWith({ securityContext: { privileged: true } }))).toEqual([]);
    expect(errors(podWith({ securityContext: { allowPrivilegeEscalation: false, capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] } } }))).toEqual([]);
  });

  test('62: shareProcessNamespace and hostPID cannot both be true', () => {
    // GIVEN both / WHEN validated / THEN the apiserver's message
    expect(errors(podWith({}, { hostPID: true, shareProcessNamespace: true }))).toEqual([
      'spec.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled',
    ]);
  });

  test('62: shareProcessNamespace alone is valid', () => {
    // GIVEN shareProcessNamespace with hostPID false / WHEN validated / THEN no error
    expect(errors(podWith({}, { hostPID: false, shareProcessNamespace: true }))).toEqual([]);
  });

  test('seccompProfile: a known type, and a profile exactly when Localhost', () => {
    // GIVEN a misspelled type and Localhost without profile
    // WHEN validated / THEN Unsupported value and Required value
    expect(errors(podWith({ securityContext: { seccompProfile: { type: 'runtime/default' } } }))).toEqual([
      'spec.containers[0].securityContext.seccompProfile.type: Unsupported value: "runtime/default": supported values: "Localhost", "RuntimeDefault", "Unconfined"',
    ]);
    expect(errors(podWith({}, { securityContext: { seccompProfile: { type: 'Localhost' } } }))).toEqual([
      'spec.securityContext.seccompProfile.localhostProfile: Required value: must be set when seccomp type is Localhost',
    ]);
  });

  test('seccompProfile: RuntimeDefault and a relative Localhost profile are valid', () => {
    // GIVEN both / WHEN validated / THEN no error
    const m = podWith(
      { securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'profiles/audit.json' } } },
      { securityContext: { seccompProfile: { type: 'RuntimeDefault' } } },
    );
    expect(errors(m)).toEqual([]);
  });
});

// =============================================================================================
// Checks the apiserver misses, and the warnings of rule 80
// =============================================================================================

describe('ports shared by containers (not checked by the apiserver)', () => {
  test('two containers may not listen on the same port and protocol', () => {
    // GIVEN two containers declaring 8080 (protocol defaulted to TCP on one, explicit on the other)
    const m = pod({
      containers: [
        container({ name: 'web', ports: [{ containerPort: 8080 }] }),
        container({ name: 'proxy', ports: [{ containerPort: 8080, protocol: 'TCP' }] }),
      ],
    });
    // WHEN validated / THEN an error on the second
    expect(errors(m)).toEqual([
      'spec.containers[1].ports[0].containerPort: Duplicate value: 8080: containers[0] ("web") already declares 8080/TCP; the containers of a pod share one network namespace, so only one of them can listen on it',
    ]);
    expect(rules(m)).toEqual(['pod-port-conflict']);
  });

  test('the same number on TCP and UDP, or in an init container, is valid', () => {
    // GIVEN DNS on TCP and UDP in two containers, and an init container on the app's port
    const m = pod({
      initContainers: [container({ name: 'warmup', ports: [{ containerPort: 8080 }] })],
      containers: [
        container({ name: 'dns-tcp', ports: [{ containerPort: 53 }, { containerPort: 8080 }] }),
        container({ name: 'dns-udp', ports: [{ containerPort: 53, protocol: 'UDP' }] }),
      ],
    });
    // WHEN validated / THEN no error
    expect(errors(m)).toEqual([]);
  });

  test('80: the same port twice in one container is only a warning', () => {
    // GIVEN 8080 declared twice, once named
    const m = podWith({ ports: [{ containerPort: 8080 }, { name: 'http', containerPort: 8080 }] });
    // WHEN validated / THEN a warning, no error
    expect(errors(m)).toEqual([]);
    expect(warnings(m)).toEqual(['spec.containers[0].ports[1]: duplicate port definition with spec.containers[0].ports[0]']);
  });

  test('80: one container port mapped to two host ports is valid', () => {
    // GIVEN containerPort 80 on host ports 8080 and 8081 / WHEN validated / THEN no finding
    expect(
      findings(
        podWith({
          ports: [
            { containerPort: 80, hostPort: 8080 },
            { containerPort: 80, hostPort: 8081 },
          ],
        }),
      ),
    ).toEqual([]);
  });
});

describe('80: duplicate environment variables', () => {
  test('a later definition that hides an earlier one is a warning', () => {
    // GIVEN LOG_LEVEL twice / WHEN validated / THEN a warning on the second, no error
    const m = podWith({
      env: [
        { name: 'LOG_LEVEL', value: 'info' },
        { name: 'LOG_LEVEL', value: 'debug' },
      ],
    });
    expect(errors(m)).toEqual([]);
    expect(warnings(m)).toEqual(['spec.containers[0].env[1]: hides previous definition of "LOG_LEVEL", which may be dropped when using apply']);
  });

  test('duplicates are found in long lists too', () => {
    // GIVEN 30 variables, the last one repeating the first
    const env = [...Array.from({ length: 29 }, (_, i) => ({ name: `VAR_${i}`, value: `${i}` })), { name: 'VAR_0', value: 'again' }];
    // WHEN validated / THEN one warning
    expect(warnings(podWith({ env }))).toEqual(['spec.containers[0].env[29]: hides previous definition of "VAR_0", which may be dropped when using apply']);
  });

  test('a later definition that builds on the earlier one is fine', () => {
    // GIVEN PATH extended with $(PATH) / WHEN validated / THEN no finding
    expect(
      findings(
        podWith({
          env: [
            { name: 'PATH', value: '/bin' },
            { name: 'PATH', value: '$(PATH):/opt/bin' },
          ],
        }),
      ),
    ).toEqual([]);
  });
});

// =============================================================================================
// Robustness and order
// =============================================================================================

describe('robustness', () => {
  test.each([
    ['containers is a string', { containers: 'x' }, []],
    ['containers holds null', { containers: [null, 1, 'x'] }, []],
    ['ports of the wrong types', { containers: [container({ ports: [null, 'x', { containerPort: '80' }, { containerPort: 8.5 }] })] }, []],
    ['ports is an object', { containers: [container({ ports: { containerPort: 80 } })] }, []],
    ['env entries of the wrong types', { containers: [container({ env: [null, 1, { name: 5, valueFrom: 'x' }, { name: 'A', value: 2 }] })] }, []],
    ['resources of the wrong types', { containers: [container({ resources: { limits: 'x', requests: { cpu: null, memory: {} } } })] }, []],
    ['probes of the wrong types', { containers: [container({ livenessProbe: 'x', readinessProbe: { tcpSocket: { port: null }, exec: null } })] }, []],
    ['lifecycle of the wrong types', { containers: [container({ lifecycle: { postStart: 'x', preStop: null } })] }, []],
    [
      'pod fields of the wrong types',
      { containers: [container()], volumes: 'x', nodeSelector: [], securityContext: 'x', hostNetwork: 'yes', restartPolicy: 1, dnsPolicy: null },
      [],
    ],
    [
      'volume mounts of the wrong types',
      { containers: [container({ volumeMounts: [null, { name: 1, mountPath: [] }] })], volumes: [null, { name: null }] },
      [],
    ],
    // a value of the wrong type is absent: what it leaves behind is judged as such
    [
      'a handler of the wrong type',
      { containers: [container({ readinessProbe: { httpGet: 'x' } })] },
      ['spec.containers[0].readinessProbe: Required value: must specify a handler type'],
    ],
    [
      'a valueFrom source of the wrong type',
      { containers: [container({ env: [{ name: 'A', valueFrom: { fieldRef: 'x' } }] })] },
      ['spec.containers[0].env[0].valueFrom: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'],
    ],
  ])('%s: no crash, and nothing beyond the schema findings', (_title, spec, expected) => {
    // GIVEN a spec with values of the wrong JSON type
    // WHEN validated
    const all = findings(pod(spec as M));
    // THEN the schema check reports them, and the pod rules only what the absent value leaves
    expect(all.some(f => f.rule === 'field-type')).toBe(true);
    const podFindings = all.filter(f => !['field-type', 'required-field', 'unknown-field', 'container-image'].includes(f.rule));
    expect(podFindings.map(formatFinding)).toEqual(expected);
  });

  test('null values are absent', () => {
    // GIVEN optional fields set to null / WHEN validated / THEN no error
    expect(
      errors(podWith({ ports: null, env: null, resources: null, livenessProbe: null, securityContext: null }, { volumes: null, restartPolicy: null })),
    ).toEqual([]);
  });

  test('findings come in document order', () => {
    // GIVEN a container whose fields are written ports, image, name
    const m = pod({ containers: [{ ports: [{ containerPort: 0 }], image: '', name: 'Bad' }], restartPolicy: 'no' });
    // WHEN validated / THEN the findings follow the manifest
    expect(errors(m)).toEqual([
      'spec.containers[0].ports[0].containerPort: Required value',
      'spec.containers[0].image: Required value',
      `spec.containers[0].name: Invalid value: "Bad": ${LABEL_MSG}`,
      'spec.restartPolicy: Unsupported value: "no": supported values: "Always", "OnFailure", "Never"',
    ]);
  });
});
