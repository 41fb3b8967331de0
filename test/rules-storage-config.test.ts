import { validateManifests } from '../lib/check/validate';
import { formatFinding } from '../lib/engine/finding';

// PersistentVolumeClaim, ConfigMap and Secret rules, as the 1.27 apiserver checks them on create
// (after decoding, the v1 defaults and the create strategy's data-source handling).

type M = Record<string, any>;

const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const CONFIG_KEY_MSG =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";
const ACCESS_MODES = 'supported values: "ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"';
const MAP_TYPE_ERROR = 'json: cannot unmarshal array into Go value of type map[string]interface {}';

function pvc(spec: M): M {
  return { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' }, spec };
}

/** A valid claim spec, with `fields` over it. */
function claim(fields: M): M {
  return pvc({ accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...fields });
}

function configMap(fields: M): M {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, ...fields };
}

function secret(fields: M, metadata: M = {}): M {
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'creds', ...metadata }, ...fields };
}

function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
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

describe('pvc-access-modes', () => {
  test('at least one mode is required', () => {
    // GIVEN claims without modes, and with an empty list
    // WHEN they are validated
    // THEN accessModes is required
    const required = 'spec.accessModes: Required value: at least 1 access mode is required';
    expect(errors(pvc({ resources: { requests: { storage: '1Gi' } } }))).toEqual([required]);
    expect(errors(claim({ accessModes: [] }))).toEqual([required]);
  });

  test('each unknown mode is unsupported, on the list (no index)', () => {
    // GIVEN a claim with the short kubectl spelling and a lowercase mode
    // WHEN it is validated
    // THEN each is reported on spec.accessModes
    expect(errors(claim({ accessModes: ['RWO', 'readwritemany'] }))).toEqual([
      `spec.accessModes: Unsupported value: "RWO": ${ACCESS_MODES}`,
      `spec.accessModes: Unsupported value: "readwritemany": ${ACCESS_MODES}; did you mean "ReadWriteMany"?`,
    ]);
  });

  test('ReadWriteOncePod is allowed (its gate is on in 1.27), but only alone', () => {
    // GIVEN ReadWriteOncePod alone, then with another supported mode, then with an unsupported one
    // WHEN they are validated
    // THEN only the combination with a supported mode is forbidden
    expect(errors(claim({ accessModes: ['ReadWriteOncePod'] }))).toEqual([]);
    expect(errors(claim({ accessModes: ['ReadWriteOncePod', 'ReadWriteOnce'] }))).toEqual([
      'spec.accessModes: Forbidden: may not use ReadWriteOncePod with other access modes',
    ]);
    expect(errors(claim({ accessModes: ['ReadWriteOncePod', 'Once'] }))).toEqual([`spec.accessModes: Unsupported value: "Once": ${ACCESS_MODES}`]);
  });
});

describe('pvc-storage-request', () => {
  test('storage is required, on the path spec.resources[storage]', () => {
    // GIVEN claims without resources, and with a request of memory only
    // WHEN they are validated
    // THEN storage is required
    expect(errors(pvc({ accessModes: ['ReadWriteOnce'] }))).toEqual(['spec.resources[storage]: Required value']);
    expect(errors(claim({ resources: { requests: { memory: '1Gi' }, limits: { storage: '1Gi' } } }))).toEqual(['spec.resources[storage]: Required value']);
  });

  test('storage must be more than zero', () => {
    // GIVEN zero and negative requests, as strings and numbers
    // WHEN they are validated
    // THEN each is invalid, zero printed as the apiserver prints it
    expect(errors(claim({ resources: { requests: { storage: '0Gi' } } }))).toEqual(['spec.resources[storage]: Invalid value: "0": must be greater than zero']);
    expect(errors(claim({ resources: { requests: { storage: 0 } } }))).toEqual(['spec.resources[storage]: Invalid value: "0": must be greater than zero']);
    expect(errors(claim({ resources: { requests: { storage: '-5Gi' } } }))).toEqual([
      'spec.resources[storage]: Invalid value: "-5Gi": must be greater than zero',
    ]);
  });

  test('a quantity that does not parse is a decoding error, and not checked further', () => {
    // GIVEN a request in "GB" with a space and a limit in "MB"
    // WHEN they are validated
    // THEN both fail to decode, with the shared rule
    const found = validateManifests([claim({ resources: { requests: { storage: '10 GB' }, limits: { storage: '20MB' } } })]);
    expect(found.map(f => `${f.path} ${f.rule}`)).toEqual([
      'spec.resources.requests[storage] quantity-syntax',
      'spec.resources.limits[storage] quantity-syntax',
    ]);
  });

  test('a storage request given as a number is accepted', () => {
    // GIVEN 1073741824 bytes as a JSON number
    // WHEN it is validated
    // THEN there is no error
    expect(errors(claim({ resources: { requests: { storage: 1073741824 } } }))).toEqual([]);
  });
});

describe('pvc-storage-class-name and pvc-volume-mode', () => {
  test('storageClassName is a DNS-1123 subdomain, "" is allowed (no class)', () => {
    // GIVEN class names
    // WHEN they are validated
    // THEN only the invalid subdomain is reported
    expect(errors(claim({ storageClassName: '' }))).toEqual([]);
    expect(errors(claim({ storageClassName: 'gp3-encrypted' }))).toEqual([]);
    expect(errors(claim({ storageClassName: 'Premium_LRS' }))).toEqual([`spec.storageClassName: Invalid value: "Premium_LRS": ${SUBDOMAIN_MSG}`]);
  });

  test('volumeMode is Block or Filesystem; absent, it defaults to Filesystem', () => {
    // GIVEN volume modes
    // WHEN they are validated
    // THEN only the unknown one is reported
    expect(errors(claim({}))).toEqual([]);
    expect(errors(claim({ volumeMode: 'Block' }))).toEqual([]);
    expect(errors(claim({ volumeMode: 'Raw' }))).toEqual(['spec.volumeMode: Unsupported value: "Raw": supported values: "Block", "Filesystem"']);
  });
});

describe('label-selector: a claim selector', () => {
  test('is checked as a label selector', () => {
    // GIVEN a claim that selects volumes with a bad operator
    // WHEN it is validated
    // THEN the operator is reported
    expect(errors(claim({ selector: { matchExpressions: [{ key: 'zone', operator: 'Equals', values: ['a'] }] } }))).toEqual([
      'spec.selector.matchExpressions[0].operator: Invalid value: "Equals": not a valid selector operator',
    ]);
  });
});

describe('pvc-data-source and pvc-data-source-dropped', () => {
  test('a snapshot or a claim as dataSource is accepted (and copied to dataSourceRef)', () => {
    // GIVEN claims restored from a snapshot and cloned from a claim
    // WHEN they are validated
    // THEN nothing is reported
    expect(findings(claim({ dataSource: { apiGroup: 'snapshot.storage.k8s.io', kind: 'VolumeSnapshot', name: 'nightly' } }))).toEqual([]);
    expect(findings(claim({ dataSource: { kind: 'PersistentVolumeClaim', name: 'source' } }))).toEqual([]);
  });

  test('another kind of dataSource without dataSourceRef is dropped on create, not rejected', () => {
    // GIVEN a dataSource of a populator's kind
    // WHEN it is validated
    // THEN no error, but a warning: the volume will start empty
    expect(findings(claim({ dataSource: { apiGroup: 'backup.example.com', kind: 'Backup', name: 'b1' } }))).toEqual([
      'spec.dataSource: Warning: dataSource only takes a PersistentVolumeClaim or a VolumeSnapshot (snapshot.storage.k8s.io): the apiserver drops any other and the volume is created empty; name it in dataSourceRef instead [pvc-data-source-dropped]',
    ]);
  });

  test('a dataSourceRef with a namespace is dropped (CrossNamespaceVolumeDataSource is off in 1.27)', () => {
    // GIVEN a cross-namespace dataSourceRef
    // WHEN it is validated
    // THEN a warning only
    expect(findings(claim({ dataSourceRef: { apiGroup: 'snapshot.storage.k8s.io', kind: 'VolumeSnapshot', name: 's', namespace: 'prod' } }))).toEqual([
      'spec.dataSourceRef: Warning: a dataSourceRef with a namespace needs the CrossNamespaceVolumeDataSource feature gate (alpha, off in 1.27): the apiserver drops it and the volume is created empty [pvc-data-source-dropped]',
    ]);
  });

  test('a dataSourceRef of any group is accepted (AnyVolumeDataSource is on in 1.27)', () => {
    // GIVEN a dataSourceRef to a populator's object
    // WHEN it is validated
    // THEN nothing is reported
    expect(findings(claim({ dataSourceRef: { apiGroup: 'backup.example.com', kind: 'Backup', name: 'b1' } }))).toEqual([]);
  });

  test('a core-group kind other than PersistentVolumeClaim is invalid, with an empty detail, on both fields', () => {
    // GIVEN a dataSourceRef of kind ConfigMap (core group), which is copied to dataSource
    // WHEN it is validated
    // THEN both fields are invalid, as the apiserver reports them
    expect(errors(claim({ dataSourceRef: { kind: 'ConfigMap', name: 'seed' } }))).toEqual([
      'spec.dataSource: Invalid value: "ConfigMap"',
      'spec.dataSourceRef: Invalid value: "ConfigMap"',
    ]);
  });

  test('an empty name or kind is required, on the copy too', () => {
    // GIVEN a dataSourceRef with an empty name
    // WHEN it is validated
    // THEN both dataSourceRef.name and its copy dataSource.name are required
    expect(errors(claim({ dataSourceRef: { apiGroup: 'snapshot.storage.k8s.io', kind: 'VolumeSnapshot', name: '' } }))).toEqual([
      'spec.dataSource.name: Required value',
      'spec.dataSourceRef.name: Required value',
    ]);
  });

  test('both set must match, an absent apiGroup differing from ""', () => {
    // GIVEN dataSource and dataSourceRef naming different claims, then the same claim with apiGroup "" on one side
    // WHEN they are validated
    // THEN spec is invalid: must match dataSourceRef
    const mismatch = 'spec: Invalid value: must match dataSourceRef';
    expect(errors(claim({ dataSource: { kind: 'PersistentVolumeClaim', name: 'a' }, dataSourceRef: { kind: 'PersistentVolumeClaim', name: 'b' } }))).toEqual([
      mismatch,
    ]);
    expect(
      errors(claim({ dataSource: { kind: 'PersistentVolumeClaim', name: 'a' }, dataSourceRef: { apiGroup: '', kind: 'PersistentVolumeClaim', name: 'a' } })),
    ).toEqual([mismatch]);
    expect(errors(claim({ dataSource: { kind: 'PersistentVolumeClaim', name: 'a' }, dataSourceRef: { kind: 'PersistentVolumeClaim', name: 'a' } }))).toEqual(
      [],
    );
  });
});

describe('config-map-key and config-map-size', () => {
  test('keys are config keys; the same key in data and binaryData is a duplicate', () => {
    // GIVEN a ConfigMap with a path as key, a key starting with "..", and a key in both maps
    // WHEN it is validated
    // THEN each is reported on its entry
    expect(errors(configMap({ data: { 'conf/app.yaml': 'a: 1', '..data': 'x', 'logo.png': 'x' }, binaryData: { 'logo.png': b64('png') } }))).toEqual([
      `data[conf/app.yaml]: Invalid value: "conf/app.yaml": ${CONFIG_KEY_MSG}`,
      `data[..data]: Invalid value: "..data": must not start with '..'`,
      'data[logo.png]: Invalid value: "logo.png": duplicate of key present in binaryData',
    ]);
    expect(errors(configMap({ binaryData: { '.': b64('x') } }))).toEqual([`binaryData[.]: Invalid value: ".": must not be '.'`]);
  });

  test('the values hold at most 1 MiB (keys not counted, binaryData decoded); the error has an empty path', () => {
    // GIVEN values of exactly 1 MiB, then one byte more across data and binaryData
    // WHEN they are validated
    // THEN only the second is too long
    const half = 'x'.repeat(524288);
    expect(errors(configMap({ data: { a: half }, binaryData: { b: b64(half) } }))).toEqual([]);
    expect(errors(configMap({ data: { a: half }, binaryData: { b: b64(`${half}y`) } }))).toEqual(['<root>: Too long: must have at most 1048576 bytes']);
  });

  test('sizes are counted in UTF-8 bytes', () => {
    // GIVEN 349526 characters of 3 bytes each (just over 1 MiB)
    // WHEN they are validated
    // THEN the ConfigMap is too long
    expect(validateManifests([configMap({ data: { a: '€'.repeat(349526) } })]).map(f => f.rule)).toEqual(['config-map-size']);
  });
});

describe('base64-data', () => {
  test('binaryData and Secret data must be padded standard base64, with Go offsets', () => {
    // GIVEN values that are not base64, unpadded, and base64url
    // WHEN they are decoded
    // THEN each fails as Go's decoder fails, without echoing the value
    expect(errors(configMap({ binaryData: { a: 'aGk' } }))).toEqual(['binaryData[a]: Invalid value: illegal base64 data at input byte 0']);
    expect(errors(secret({ data: { token: 'plain text' } }))).toEqual(['data[token]: Invalid value: illegal base64 data at input byte 5']);
    expect(errors(secret({ data: { key: 'a-_b' } }))).toEqual(['data[key]: Invalid value: illegal base64 data at input byte 1']);
  });

  test('line breaks are skipped, as Go skips them', () => {
    // GIVEN a certificate-like value wrapped at 8 characters
    // WHEN it is decoded
    // THEN it is accepted
    expect(errors(secret({ type: 'kubernetes.io/tls', data: { 'tls.crt': 'aGVsbG8g\nd29ybGQ=\n', 'tls.key': b64('k') } }))).toEqual([]);
  });
});

describe('secret-key and secret-size', () => {
  test('keys of data and stringData are config keys, reported under data', () => {
    // GIVEN a Secret with a bad key in each map
    // WHEN it is validated
    // THEN both are reported as data keys (stringData is merged into data on decoding)
    expect(errors(secret({ data: { 'a b': b64('1') }, stringData: { 'c:d': '2' } }))).toEqual([
      `data[a b]: Invalid value: "a b": ${CONFIG_KEY_MSG}`,
      `data[c:d]: Invalid value: "c:d": ${CONFIG_KEY_MSG}`,
    ]);
  });

  test('the decoded values hold at most 1 MiB; stringData replaces data of the same key', () => {
    // GIVEN a big data value replaced by a small stringData value, then a big stringData value
    // WHEN they are validated
    // THEN only the second is too long, on data
    const big = 'x'.repeat(1048577);
    expect(errors(secret({ data: { v: b64(big) }, stringData: { v: 'small' } }))).toEqual([]);
    expect(errors(secret({ stringData: { v: big } }))).toEqual(['data: Too long: must have at most 1048576 bytes']);
  });
});

describe('secret-type-keys and secret-docker-config', () => {
  test('Opaque (also when type is absent), bootstrap tokens and custom types need no key', () => {
    // GIVEN Secrets of types without required keys
    // WHEN they are validated
    // THEN there is no error
    for (const type of [undefined, '', 'Opaque', 'bootstrap.kubernetes.io/token', 'example.com/api-key']) expect(errors(secret({ type }))).toEqual([]);
  });

  test('basic-auth needs username or password (either may be empty)', () => {
    // GIVEN basic-auth Secrets with neither key, then an empty password only
    // WHEN they are validated
    // THEN only the first is reported, with both keys
    expect(errors(secret({ type: 'kubernetes.io/basic-auth' }))).toEqual(['data[username]: Required value', 'data[password]: Required value']);
    expect(errors(secret({ type: 'kubernetes.io/basic-auth', stringData: { password: '' } }))).toEqual([]);
  });

  test('ssh-auth needs a non-empty private key', () => {
    // GIVEN ssh-auth Secrets with an empty key, then a key
    // WHEN they are validated
    // THEN the empty key is required
    expect(errors(secret({ type: 'kubernetes.io/ssh-auth', data: { 'ssh-privatekey': '' } }))).toEqual(['data[ssh-privatekey]: Required value']);
    expect(errors(secret({ type: 'kubernetes.io/ssh-auth', stringData: { 'ssh-privatekey': '-----BEGIN OPENSSH PRIVATE KEY-----' } }))).toEqual([]);
  });

  test('tls needs tls.crt and tls.key, empty values allowed', () => {
    // GIVEN a tls Secret with no key, then with empty values (cert-manager creates them so)
    // WHEN they are validated
    // THEN only the missing keys are reported
    expect(errors(secret({ type: 'kubernetes.io/tls' }))).toEqual(['data[tls.crt]: Required value', 'data[tls.key]: Required value']);
    expect(errors(secret({ type: 'kubernetes.io/tls', data: { 'tls.crt': '', 'tls.key': '' } }))).toEqual([]);
  });

  test('docker configs need their key, holding a JSON object; the contents are redacted', () => {
    // GIVEN docker-config Secrets: no key, an array, truncated JSON, and text
    // WHEN they are validated
    // THEN Go's json errors are reported
    expect(errors(secret({ type: 'kubernetes.io/dockercfg' }))).toEqual(['data[.dockercfg]: Required value']);
    expect(errors(secret({ type: 'kubernetes.io/dockercfg', stringData: { '.dockercfg': '[]' } }))).toEqual([
      `data[.dockercfg]: Invalid value: "<secret contents redacted>": ${MAP_TYPE_ERROR}`,
    ]);
    expect(errors(secret({ type: 'kubernetes.io/dockerconfigjson', data: { '.dockerconfigjson': b64('{"auths":{"ghcr.io":') } }))).toEqual([
      'data[.dockerconfigjson]: Invalid value: "<secret contents redacted>": unexpected end of JSON input',
    ]);
    expect(errors(secret({ type: 'kubernetes.io/dockerconfigjson', stringData: { '.dockerconfigjson': "{'auths': {}}" } }))).toEqual([
      `data[.dockerconfigjson]: Invalid value: "<secret contents redacted>": invalid character '\\'' looking for beginning of object key string`,
    ]);
    expect(errors(secret({ type: 'kubernetes.io/dockerconfigjson', stringData: { '.dockerconfigjson': 'null' } }))).toEqual([]);
  });
});

describe('secret-service-account-token', () => {
  test('a token Secret names its service account', () => {
    // GIVEN token Secrets without the annotation, with an empty one, and with a name
    // WHEN they are validated
    // THEN the first two are reported
    const required = 'metadata.annotations[kubernetes.io/service-account.name]: Required value';
    expect(errors(secret({ type: 'kubernetes.io/service-account-token' }))).toEqual([required]);
    expect(errors(secret({ type: 'kubernetes.io/service-account-token' }, { annotations: { 'kubernetes.io/service-account.name': '' } }))).toEqual([required]);
    expect(errors(secret({ type: 'kubernetes.io/service-account-token' }, { annotations: { 'kubernetes.io/service-account.name': 'ci' } }))).toEqual([]);
  });
});

describe('realistic manifests', () => {
  const dockerConfig = JSON.stringify({ auths: { 'ghcr.io': { username: 'bot', password: 'token', auth: b64('bot:token') } } });
  test.each([
    ['a StorageClass-backed claim for a database', claim({ storageClassName: 'standard-rwo', resources: { requests: { storage: '20Gi' } } })],
    [
      'a shared ReadWriteMany claim with a selector and a volume mode',
      pvc({
        accessModes: ['ReadWriteMany'],
        volumeMode: 'Filesystem',
        storageClassName: '',
        selector: { matchLabels: { release: 'stable' }, matchExpressions: [{ key: 'environment', operator: 'In', values: ['dev', 'staging'] }] },
        resources: { requests: { storage: '100Gi' }, limits: { storage: '200Gi' } },
      }),
    ],
    [
      'a Prometheus configuration',
      configMap({
        metadata: { name: 'prometheus-server', namespace: 'monitoring', labels: { 'app.kubernetes.io/name': 'prometheus' } },
        data: { 'prometheus.yml': 'global:\n  scrape_interval: 1m\n', 'alerting_rules.yml': '{}\n' },
        binaryData: { 'logo.png': b64('\u0089PNG') },
      }),
    ],
    [
      'an immutable Opaque Secret with stringData',
      secret({ immutable: true, stringData: { DATABASE_URL: 'postgres://app@db:5432/app' }, data: { 'api-key': b64('s3cr3t') } }),
    ],
    ['a registry pull Secret', secret({ type: 'kubernetes.io/dockerconfigjson', data: { '.dockerconfigjson': b64(dockerConfig) } })],
    [
      'a service account token Secret',
      secret({ type: 'kubernetes.io/service-account-token' }, { annotations: { 'kubernetes.io/service-account.name': 'build-robot' } }),
    ],
    [
      'a TLS Secret as cert-manager writes it',
      secret(
        { type: 'kubernetes.io/tls', data: { 'tls.crt': b64('-----BEGIN CERTIFICATE-----\n'), 'tls.key': b64('-----BEGIN PRIVATE KEY-----\n'), 'ca.crt': '' } },
        { annotations: { 'cert-manager.io/issuer-name': 'letsencrypt', 'cert-manager.io/common-name': 'shop.example.com' } },
      ),
    ],
  ])('%s: no error, no warning', (_name, manifest) => {
    // GIVEN a manifest shaped like what popular charts ship
    // WHEN it is validated
    // THEN nothing is reported but infos
    expect(findings(manifest)).toEqual([]);
  });
});
