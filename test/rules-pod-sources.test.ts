/**
 * Pod spec rules beyond the containers: the priority class, tolerations, the sources of volumes
 * (hostPath, secret, configMap, downwardAPI, projected) and the downward API's resource
 * selectors in env and volumes, as the Kubernetes 1.27 apiserver validates them, and what the
 * kubelet cannot mount or resolve although the apiserver accepts it. Each rule has a manifest it
 * must reject and an edge case it must accept.
 */
import { validateManifests } from '../lib/check/validate';
import { formatFinding } from '../lib/engine/finding';

type M = Record<string, any>;

const IMAGE = 'registry.k8s.io/pause:3.9';

function pod(spec: M): M {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'app', image: IMAGE }], ...spec } };
}

function withEnv(env: M[]): M {
  return pod({ containers: [{ name: 'app', image: IMAGE, env }] });
}

/** Errors and warnings as the apiserver words them, with their rule. */
function problems(manifest: M): string[] {
  return validateManifests([manifest])
    .filter(f => f.severity !== 'info')
    .map(f => `${f.severity} ${formatFinding(f)} [${f.rule}]`);
}

const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character " +
  "(e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const QUALIFIED_NAME_MSG =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character " +
  "(e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const FILE_MODE = 'must be a number between 0 and 0777 (octal), both inclusive';
const BYTES = '1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei';

describe('priorityClassName and tolerations', () => {
  test('priorityClassName is a DNS-1123 subdomain', () => {
    // GIVEN a capitalized name / WHEN validated / THEN the subdomain rule
    expect(problems(pod({ priorityClassName: 'High-Priority' }))).toEqual([
      `error spec.priorityClassName: Invalid value: "High-Priority": ${SUBDOMAIN_MSG} [pod-priority-class-name]`,
    ]);
    // AND a dotted lowercase name is valid
    expect(problems(pod({ priorityClassName: 'system.high-priority' }))).toEqual([]);
  });

  test('a toleration has a label key, a value only with Equal, tolerationSeconds only with NoExecute, and a known effect', () => {
    // GIVEN a taint's key=value as key, Exists with a value and seconds, no key with Equal, a bad value, and a lowercase effect
    const tolerations = [
      { key: 'dedicated=gpu', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', value: 'x', effect: 'NoSchedule', tolerationSeconds: 300 },
      { operator: 'Equal', value: 'gpu' },
      { key: 'team', operator: 'In', value: 'a' },
      { key: 'dedicated', value: 'gpu team', effect: 'noschedule' },
    ];
    // WHEN validated / THEN each, as ValidateTolerations words it
    expect(problems(pod({ tolerations }))).toEqual([
      `error spec.tolerations[0].key: Invalid value: "dedicated=gpu": ${QUALIFIED_NAME_MSG} [pod-tolerations]`,
      'error spec.tolerations[1].effect: Invalid value: "NoSchedule": effect must be \'NoExecute\' when `tolerationSeconds` is set [pod-tolerations]',
      'error spec.tolerations[1].operator: Invalid value: {"key":"node.kubernetes.io/unreachable","operator":"Exists","value":"x","effect":"NoSchedule","tolerationSeconds":300}: value must be empty when `operator` is \'Exists\' [pod-tolerations]',
      'error spec.tolerations[2].operator: Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys" [pod-tolerations]',
      'error spec.tolerations[3].operator: Unsupported value: "In": supported values: "Equal", "Exists" [pod-tolerations]',
      expect.stringContaining('error spec.tolerations[4].operator: Invalid value: "gpu team": a valid label must be an empty string'),
      'error spec.tolerations[4].effect: Unsupported value: "noschedule": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"; did you mean "NoSchedule"? [pod-tolerations]',
    ]);
  });

  test('tolerate everything, an Equal toleration without operator, and seconds with NoExecute are valid', () => {
    // GIVEN the three / WHEN validated / THEN no problem
    const tolerations = [
      { operator: 'Exists' },
      { key: 'dedicated', value: 'gpu', effect: 'PreferNoSchedule' },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ];
    expect(problems(pod({ tolerations }))).toEqual([]);
  });
});

describe('volume sources', () => {
  test('secret and configMap volumes name their object, with modes of 0 to 0777 and relative item paths', () => {
    // GIVEN a secret without name, a decimal mode, and items with '..', an absolute path, an empty key and a '..' prefix
    const volumes = [
      { name: 'certs', secret: {} },
      {
        name: 'config',
        configMap: {
          name: 'app',
          defaultMode: 644,
          items: [
            { key: 'a', path: '../a' },
            { key: 'b', path: '/b', mode: 1000 },
            { key: '', path: 'c' },
            { key: 'd', path: '..d' },
          ],
        },
      },
    ];
    // WHEN validated / THEN each, with the octal mode suggested
    expect(problems(pod({ volumes }))).toEqual([
      'error spec.volumes[0].secret.secretName: Required value [volume-source-name]',
      `error spec.volumes[1].configMap.defaultMode: Invalid value: 644: ${FILE_MODE}; did you mean "0644"? [volume-file-mode]`,
      'error spec.volumes[1].configMap.items[0].path: Invalid value: "../a": must not contain \'..\' [volume-item-path]',
      'error spec.volumes[1].configMap.items[1].path: Invalid value: "/b": must be a relative path [volume-item-path]',
      `error spec.volumes[1].configMap.items[1].mode: Invalid value: 1000: ${FILE_MODE} [volume-file-mode]`,
      'error spec.volumes[1].configMap.items[2].key: Required value [volume-item-path]',
      'error spec.volumes[1].configMap.items[3].path: Invalid value: "..d": must not start with \'..\' [volume-item-path]',
    ]);
  });

  test('octal modes, nested item paths and a ".." inside a name are valid', () => {
    // GIVEN 0o440, 0, 0o777 and items a/b.yaml, x..y / WHEN validated / THEN no problem
    const volumes = [
      { name: 'certs', secret: { secretName: 'tls', defaultMode: 0o440 } },
      {
        name: 'config',
        configMap: {
          name: 'app',
          defaultMode: 0,
          items: [
            { key: 'a', path: 'a/b.yaml', mode: 0o777 },
            { key: 'b', path: 'x..y' },
          ],
        },
      },
    ];
    expect(problems(pod({ volumes }))).toEqual([]);
  });

  test('a hostPath has no backsteps and a known type; a relative one is a warning (the kubelet cannot mount it)', () => {
    // GIVEN a path with '..', an unknown type, and a relative path
    const volumes = [
      { name: 'a', hostPath: { path: '/var/log/../run' } },
      { name: 'b', hostPath: { path: '/dev/sda', type: 'Disk' } },
      { name: 'c', hostPath: { path: 'var/log' } },
    ];
    // WHEN validated / THEN the apiserver's errors, and the warning (an error in code built with the typed layer)
    expect(problems(pod({ volumes }))).toEqual([
      'error spec.volumes[0].hostPath.path: Invalid value: "/var/log/../run": must not contain \'..\' [volume-host-path]',
      'error spec.volumes[1].hostPath.type: Unsupported value: "Disk": supported values: "", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket" [volume-host-path]',
      'warning spec.volumes[2].hostPath.path: Warning: "var/log": must be an absolute path on the node: "/var/log"? The apiserver accepts a relative one, but the kubelet cannot mount it [host-path-absolute]',
    ]);
    // AND absolute Linux and Windows paths are valid
    const fine = [
      { name: 'a', hostPath: { path: '/var/log', type: 'Directory' } },
      { name: 'b', hostPath: { path: 'C:\\ProgramData\\logs' } },
      { name: 'c', hostPath: { path: '\\\\.\\pipe\\docker_engine' } },
    ];
    expect(problems(pod({ volumes: fine }))).toEqual([]);
  });

  test('a projected token lives 10 minutes to 2^32 seconds, has a path, and a relative one', () => {
    // GIVEN tokens of 5 minutes and 2^32+1 seconds, an empty path, an absolute path; and two sources in one entry, one path twice
    // (the secret's first, as the apiserver checks them, so the ConfigMap's is the duplicate)
    const sources = [
      { serviceAccountToken: { path: 'a', expirationSeconds: 300 } },
      { serviceAccountToken: { path: 'b', expirationSeconds: 2 ** 32 + 1 } },
      { serviceAccountToken: { path: '' } },
      { serviceAccountToken: { path: '/token' } },
      { configMap: { name: 'x', items: [{ key: 'k', path: 'p' }] }, secret: { name: 'y', items: [{ key: 'k', path: 'p' }] } },
    ];
    // WHEN validated / THEN as validateProjectionSources reports them, and the path the kubelet rejects
    expect(problems(pod({ volumes: [{ name: 'token', projected: { sources } }] }))).toEqual([
      'error spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds: Invalid value: 300: may not specify a duration less than 10 minutes [projected-token]',
      'error spec.volumes[0].projected.sources[1].serviceAccountToken.expirationSeconds: Invalid value: 4294967297: may not specify a duration larger than 2^32 seconds [projected-token]',
      'error spec.volumes[0].projected.path: Required value [projected-token]',
      'error spec.volumes[0].projected.sources[3].serviceAccountToken.path: Invalid value: "/token": must be a relative path: the apiserver accepts it, but the kubelet cannot write the token there, and the pod does not start [projected-token-path]',
      'error spec.volumes[0].projected: Invalid value: "x": conflicting duplicate paths [volume-item-path]',
      'error spec.volumes[0].projected.sources[4]: Forbidden: may not specify more than 1 volume type [volume-source]',
    ]);
  });

  test('a token without expirationSeconds (3600) and a nested relative token path are valid', () => {
    // GIVEN the defaulted expiration, and a token next to a ConfigMap's files / WHEN validated / THEN no problem
    const sources = [
      { serviceAccountToken: { path: 'vault/token', audience: 'vault' } },
      { configMap: { name: 'ca', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
    ];
    expect(problems(pod({ volumes: [{ name: 'token', projected: { sources, defaultMode: 0o440 } }] }))).toEqual([]);
  });

  test('a downwardAPI file has one of fieldRef (of the volume fields) and resourceFieldRef (with its container)', () => {
    // GIVEN the pod phase, a resource without container, a file with neither, and one with both
    const items = [
      { path: 'phase', fieldRef: { fieldPath: 'status.phase' } },
      { path: 'cpu', resourceFieldRef: { resource: 'limits.cpu' } },
      { path: 'none' },
      { path: 'both', fieldRef: { fieldPath: 'metadata.name' }, resourceFieldRef: { containerName: 'app', resource: 'limits.cpu' } },
    ];
    // WHEN validated / THEN at the source's own path, as the apiserver reports them
    expect(problems(pod({ volumes: [{ name: 'info', downwardAPI: { items } }] }))).toEqual([
      'error spec.volumes[0].downwardAPI.fieldRef.fieldPath: Unsupported value: "status.phase": supported values: "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid" [volume-downward-api]',
      'error spec.volumes[0].downwardAPI.resourceFieldRef.containerName: Required value [volume-downward-api]',
      'error spec.volumes[0].downwardAPI: Required value: one of fieldRef and resourceFieldRef is required [volume-downward-api]',
      'error spec.volumes[0].downwardAPI: Invalid value: "resource": fieldRef and resourceFieldRef can not be specified simultaneously [volume-downward-api]',
    ]);
    // AND the labels, a subscripted annotation and a resource of the pod's container are valid
    const fine = [
      { path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } },
      { path: 'owner', fieldRef: { fieldPath: "metadata.annotations['example.com/owner']" } },
      { path: 'mem', resourceFieldRef: { containerName: 'app', resource: 'limits.memory', divisor: '1Mi' } },
    ];
    expect(problems(pod({ volumes: [{ name: 'info', downwardAPI: { items: fine } }] }))).toEqual([]);
  });
});

describe('resource field selectors (env and downwardAPI)', () => {
  const resource = (resourceFieldRef: M) => withEnv([{ name: 'X', valueFrom: { resourceFieldRef } }]);

  test('a divisor is a quantity, 1m or 1 for cpu and a unit of bytes for memory and ephemeral storage', () => {
    // GIVEN 1MB (not a quantity), 1Mi of cpu, 1m and 1e3 of memory, 1024 of ephemeral storage
    // WHEN validated / THEN the decoding error, and validateContainerResourceDivisor's (which shows the resource as the value)
    expect(problems(resource({ resource: 'limits.memory', divisor: '1MB' }))).toEqual([
      `error spec.containers[0].env[0].valueFrom.resourceFieldRef.divisor: Invalid value: "1MB": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$' [quantity-syntax]`,
    ]);
    expect(problems(resource({ resource: 'limits.cpu', divisor: '1Mi' }))).toEqual([
      'error spec.containers[0].env[0].valueFrom.resourceFieldRef.divisor: Invalid value: "limits.cpu": only divisor\'s values 1m and 1 are supported with the cpu resource [resource-field-divisor]',
    ]);
    for (const divisor of ['1m', '1e3']) {
      expect(problems(resource({ resource: 'requests.memory', divisor }))).toEqual([
        `error spec.containers[0].env[0].valueFrom.resourceFieldRef.divisor: Invalid value: "requests.memory": only divisor's values ${BYTES} are supported with the memory resource [resource-field-divisor]`,
      ]);
    }
    expect(problems(resource({ resource: 'limits.ephemeral-storage', divisor: '1024' }))).toEqual([
      `error spec.containers[0].env[0].valueFrom.resourceFieldRef.divisor: Invalid value: "limits.ephemeral-storage": only divisor's values ${BYTES} are supported with the local ephemeral storage resource [resource-field-divisor]`,
    ]);
  });

  test('other spellings of the units are valid: 1000m and 0.001 of cpu, 1024Ki and 1000k of memory, 0 (unset)', () => {
    // GIVEN each / WHEN validated / THEN no problem (the canonical forms are 1, 1m, 1Mi, 1M)
    for (const divisor of ['1000m', '0.001', '1', '1m']) expect(problems(resource({ resource: 'limits.cpu', divisor }))).toEqual([]);
    for (const divisor of ['1024Ki', '1000k', '1Gi', '1', '0']) expect(problems(resource({ resource: 'limits.memory', divisor }))).toEqual([]);
    expect(problems(resource({ resource: 'limits.memory', divisor: 1 }))).toEqual([]);
  });

  test('a containerName names a container of the pod, or the kubelet cannot resolve it', () => {
    // GIVEN the container web, renamed app since / WHEN validated / THEN an error naming the pod's containers
    expect(problems(resource({ resource: 'limits.memory', containerName: 'web' }))).toEqual([
      'error spec.containers[0].env[0].valueFrom.resourceFieldRef.containerName: Invalid value: "web": must name a container of the pod ("app"): the kubelet cannot resolve the resource of another, and the container does not start [resource-field-container]',
    ]);
    // AND its own name, or an init container's, is valid
    const initPod = pod({
      initContainers: [{ name: 'init', image: IMAGE }],
      containers: [{ name: 'app', image: IMAGE, env: [{ name: 'X', valueFrom: { resourceFieldRef: { resource: 'limits.cpu', containerName: 'init' } } }] }],
    });
    expect(problems(initPod)).toEqual([]);
    expect(problems(resource({ resource: 'limits.cpu', containerName: 'app' }))).toEqual([]);
  });
});
