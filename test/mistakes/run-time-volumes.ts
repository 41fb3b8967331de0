/**
 * Mistakes with volumes, mounts and claims that only a value shows: paths, names and modes that
 * break a rule, volumes and mounts that collide, token and claim options the apiserver refuses,
 * and the mounts of JavaScript callers.
 */
import { Duration, Size } from 'cdk8s';
import { ConfigMap, Container, PersistentVolumeClaim, ProjectedSource, Secret, StatefulSet, Volume, VolumeClaimTemplate, VolumeMount } from '../../lib';
import { fromJavaScript, IMAGE, RunTimeMistake, serve } from './corpus';

const config = ConfigMap.external('shop-config', ['app.yaml']);

/** The API, mounting `mounts` (and writing to `writablePaths`). */
function mounting(mounts: readonly VolumeMount[], writablePaths?: readonly string[]): Container {
  return Container.of({ name: 'api', image: IMAGE, mounts, writablePaths });
}

export const mistakes: readonly RunTimeMistake[] = [
  {
    id: 'VOL-R01',
    area: 'volumes',
    what: 'the configuration and a cache, both mounted at /etc/shop',
    build: chart =>
      serve(
        chart,
        'shop-api',
        mounting([
          { volume: Volume.fromConfigMap(config), path: '/etc/shop' },
          { volume: Volume.emptyDir('cache'), path: '/etc/shop' },
        ]),
      ),
    error: 'volumeMounts[1].mountPath: Invalid value: "/etc/shop": must be unique [volume-mount]',
    twin: chart =>
      serve(
        chart,
        'shop-api',
        mounting([
          { volume: Volume.fromConfigMap(config), path: '/etc/shop' },
          { volume: Volume.emptyDir('cache'), path: '/var/cache/shop' },
        ]),
      ),
  },
  {
    id: 'VOL-R02',
    area: 'volumes',
    what: 'a mount at /tmp, which writablePaths already makes writable',
    build: chart => serve(chart, 'shop-api', mounting([{ volume: Volume.emptyDir('scratch', { medium: 'Memory' }), path: '/tmp' }], ['/tmp'])),
    error: 'mountPath: Invalid value: "/tmp": must be unique [volume-mount]',
    twin: chart => serve(chart, 'shop-api', mounting([{ volume: Volume.emptyDir('scratch', { medium: 'Memory' }), path: '/tmp' }])),
  },
  {
    id: 'VOL-R03',
    area: 'volumes',
    what: 'two different volumes named data, in two containers of one pod',
    build: chart =>
      serve(chart, 'shop-api', [
        mounting([{ volume: Volume.emptyDir('data'), path: '/data' }]),
        Container.of({ name: 'backup', image: IMAGE, mounts: [{ volume: Volume.emptyDir('data'), path: '/backup' }] }),
      ]),
    error: 'spec.template.spec.volumes[1].name: Duplicate value: "data" [volume-name]',
    twin: chart => {
      const data = Volume.emptyDir('data');
      serve(chart, 'shop-api', [
        mounting([{ volume: data, path: '/data' }]),
        Container.of({ name: 'backup', image: IMAGE, mounts: [{ volume: data, path: '/backup' }] }),
      ]);
    },
  },
  {
    id: 'VOL-R04',
    area: 'volumes',
    what: 'a ConfigMap and a Secret of the same name, each mounted with its default volume name',
    build: chart =>
      serve(
        chart,
        'shop-api',
        mounting([
          { volume: Volume.fromConfigMap(ConfigMap.external('shop', ['app.yaml'])), path: '/etc/shop' },
          { volume: Volume.fromSecret(Secret.external('shop', ['password'])), path: '/etc/shop-secrets' },
        ]),
      ),
    error: 'volumes[1].name: Duplicate value: "shop" [volume-name]',
    twin: chart =>
      serve(
        chart,
        'shop-api',
        mounting([
          { volume: Volume.fromConfigMap(ConfigMap.external('shop', ['app.yaml'])), path: '/etc/shop' },
          { volume: Volume.fromSecret(Secret.external('shop', ['password']), { name: 'shop-secrets' }), path: '/etc/shop-secrets' },
        ]),
      ),
  },
  {
    id: 'VOL-R05',
    area: 'volumes',
    what: 'a volume named Cache, capitalized',
    build: chart => serve(chart, 'shop-api', mounting([{ volume: Volume.emptyDir('Cache'), path: '/var/cache/shop' }])),
    error: 'volumes[0].name: Invalid value: "Cache": a lowercase RFC 1123 label',
    twin: chart => serve(chart, 'shop-api', mounting([{ volume: Volume.emptyDir('cache'), path: '/var/cache/shop' }])),
  },
  {
    id: 'VOL-R06',
    area: 'volumes',
    what: 'the ConfigMap shop.config, mounted with its name as the volume name (volume names have no dots)',
    build: chart => serve(chart, 'shop-api', mounting([{ volume: Volume.fromConfigMap(ConfigMap.external('shop.config', ['app.yaml'])), path: '/etc/shop' }])),
    error: 'volumes[0].name: Invalid value: "shop.config": must not contain dots [volume-name]',
    twin: chart =>
      serve(
        chart,
        'shop-api',
        mounting([{ volume: Volume.fromConfigMap(ConfigMap.external('shop.config', ['app.yaml']), { name: 'shop-config' }), path: '/etc/shop' }]),
      ),
  },
  {
    id: 'VOL-R07',
    area: 'volumes',
    what: 'a mount at data, without its leading slash',
    build: chart => serve(chart, 'shop-api', mounting([{ volume: Volume.emptyDir('data'), path: 'data' }])),
    error: 'mounts[0].path: Invalid value: "data": must be an absolute path [sdk-writable-path]',
    twin: chart => serve(chart, 'shop-api', mounting([{ volume: Volume.emptyDir('data'), path: '/data' }])),
  },
  {
    id: 'VOL-R08',
    area: 'volumes',
    what: 'one file of the ConfigMap, with subPath written as an absolute path',
    build: chart => serve(chart, 'shop-api', mounting([{ volume: Volume.fromConfigMap(config), path: '/etc/shop/app.yaml', subPath: '/app.yaml' }])),
    error: 'volumeMounts[0].subPath: Invalid value: "/app.yaml": must be a relative path [volume-mount]',
    twin: chart => serve(chart, 'shop-api', mounting([{ volume: Volume.fromConfigMap(config), path: '/etc/shop/app.yaml', subPath: 'app.yaml' }])),
  },
  {
    id: 'VOL-R09',
    area: 'volumes',
    what: 'a writable cache at /var/cache and at /var/cache/',
    build: chart => serve(chart, 'shop-api', mounting([], ['/var/cache', '/var/cache/'])),
    error: 'writablePaths[1]: Duplicate value: "/var/cache/": the same path twice: writablePaths[0] is "/var/cache" [sdk-writable-path]',
    twin: chart => serve(chart, 'shop-api', mounting([], ['/var/cache'])),
  },
  {
    id: 'VOL-R10',
    area: 'volumes',
    what: 'a claim of no storage, Size.gibibytes(0)',
    build: chart => new PersistentVolumeClaim(chart, 'Uploads', { name: 'uploads', storage: Size.gibibytes(0) }),
    error: 'spec.resources[storage]: Invalid value: "0": must be greater than zero [pvc-storage-request]',
    twin: chart => new PersistentVolumeClaim(chart, 'Uploads', { name: 'uploads', storage: Size.gibibytes(10) }),
  },
  {
    id: 'VOL-R11',
    area: 'volumes',
    what: 'a JavaScript caller: the access mode as kubectl abbreviates it',
    build: chart => new PersistentVolumeClaim(chart, 'Uploads', { name: 'uploads', storage: Size.gibibytes(10), accessModes: fromJavaScript(['RWO']) }),
    error: 'accessModes[0]: Unsupported value: "RWO": supported values: "ReadWriteOnce"',
    twin: chart => new PersistentVolumeClaim(chart, 'Uploads', { name: 'uploads', storage: Size.gibibytes(10), accessModes: ['ReadWriteOnce'] }),
  },
  {
    id: 'VOL-R12',
    area: 'volumes',
    what: "the node's logs, with the reason of the exemption left blank",
    build: chart => serve(chart, 'log-shipper', mounting([{ volume: Volume.hostPath('logs', '/var/log', { reason: '' }), path: '/var/log', readOnly: true }])),
    error: 'volumes[logs].reason: Invalid value: "": must say why the pod needs the node path [sdk-exemption-reason]',
    twin: chart =>
      serve(
        chart,
        'log-shipper',
        mounting([{ volume: Volume.hostPath('logs', '/var/log', { reason: 'ships the node logs' }), path: '/var/log', readOnly: true }]),
      ),
  },
  {
    id: 'VOL-R13',
    area: 'volumes',
    what: 'a Vault token that expires after 5 minutes',
    build: chart =>
      serve(
        chart,
        'shop-api',
        mounting([
          {
            volume: Volume.projected('vault-token', [ProjectedSource.serviceAccountToken('token', { audience: 'vault', expiration: Duration.minutes(5) })]),
            path: '/var/run/vault',
          },
        ]),
      ),
    error: 'serviceAccountToken.expirationSeconds: Invalid value: 300: may not specify a duration less than 10 minutes [projected-token]',
    twin: chart =>
      serve(
        chart,
        'shop-api',
        mounting([
          {
            volume: Volume.projected('vault-token', [ProjectedSource.serviceAccountToken('token', { audience: 'vault', expiration: Duration.minutes(10) })]),
            path: '/var/run/vault',
          },
        ]),
      ),
  },
  {
    id: 'VOL-R14',
    area: 'volumes',
    what: 'the token written to /token inside the projected volume, as an absolute path',
    build: chart =>
      serve(
        chart,
        'shop-api',
        mounting([{ volume: Volume.projected('vault-token', [ProjectedSource.serviceAccountToken('/token', { audience: 'vault' })]), path: '/var/run/vault' }]),
      ),
    error: 'serviceAccountToken.path: Invalid value: "/token": must be a relative path',
    twin: chart =>
      serve(
        chart,
        'shop-api',
        mounting([{ volume: Volume.projected('vault-token', [ProjectedSource.serviceAccountToken('token', { audience: 'vault' })]), path: '/var/run/vault' }]),
      ),
  },
  {
    id: 'VOL-R15',
    area: 'volumes',
    what: "the node's logs, with the host path written without its slash",
    build: chart =>
      serve(
        chart,
        'log-shipper',
        mounting([{ volume: Volume.hostPath('logs', 'var/log', { reason: 'ships the node logs' }), path: '/var/log', readOnly: true }]),
      ),
    error: 'hostPath.path: Invalid value: "var/log": must be an absolute path on the node',
    twin: chart =>
      serve(
        chart,
        'log-shipper',
        mounting([{ volume: Volume.hostPath('logs', '/var/log', { reason: 'ships the node logs' }), path: '/var/log', readOnly: true }]),
      ),
  },
  {
    id: 'VOL-R16',
    area: 'volumes',
    what: 'the key app.yaml projected one directory up, as ../app.yaml',
    build: chart =>
      serve(chart, 'shop-api', mounting([{ volume: Volume.fromConfigMap(config, { items: { 'app.yaml': '../app.yaml' } }), path: '/etc/shop/conf.d' }])),
    error: 'configMap.items[0].path: Invalid value: "../app.yaml": must not contain \'..\' [volume-item-path]',
    twin: chart => serve(chart, 'shop-api', mounting([{ volume: Volume.fromConfigMap(config, { items: { 'app.yaml': 'app.yaml' } }), path: '/etc/shop' }])),
  },
  {
    id: 'VOL-R17',
    area: 'volumes',
    what: "the files' mode 0644, written in decimal",
    build: chart => serve(chart, 'shop-api', mounting([{ volume: Volume.fromConfigMap(config, { defaultMode: 644 }), path: '/etc/shop' }])),
    error: 'configMap.defaultMode: Invalid value: 644: must be a number between 0 and 0777 (octal), both inclusive; did you mean "0o644"? [volume-file-mode]',
    twin: chart => serve(chart, 'shop-api', mounting([{ volume: Volume.fromConfigMap(config, { defaultMode: 0o644 }), path: '/etc/shop' }])),
  },
  {
    id: 'VOL-R18',
    area: 'volumes',
    what: 'a claim template named Data, capitalized',
    build: chart =>
      new StatefulSet(chart, 'Db', {
        name: 'db',
        containers: [
          Container.of({
            name: 'db',
            image: IMAGE,
            mounts: [{ volume: VolumeClaimTemplate.of('Data', { storage: Size.gibibytes(10) }), path: '/var/lib/db' }],
          }),
        ],
      }),
    error: 'spec.volumeClaimTemplates[0].metadata.name: Invalid value: "Data": a lowercase RFC 1123 label',
    twin: chart =>
      new StatefulSet(chart, 'Db', {
        name: 'db',
        containers: [
          Container.of({
            name: 'db',
            image: IMAGE,
            mounts: [{ volume: VolumeClaimTemplate.of('data', { storage: Size.gibibytes(10) }), path: '/var/lib/db' }],
          }),
        ],
      }),
  },
  {
    id: 'VOL-R19',
    area: 'volumes',
    what: 'a JavaScript caller: the volume mounted by its name',
    build: chart => serve(chart, 'shop-api', mounting([{ volume: fromJavaScript('shop-config'), path: '/etc/shop' }])),
    error: 'mounts[0].volume: Wrong type: "shop-config": must be a Volume',
    twin: chart => serve(chart, 'shop-api', mounting([{ volume: Volume.fromConfigMap(config), path: '/etc/shop' }])),
  },
  {
    id: 'VOL-R20',
    area: 'volumes',
    what: 'a JavaScript caller: the key app.yaml as a file, misspelt app.yml',
    build: chart =>
      serve(chart, 'shop-api', mounting([{ volume: Volume.fromConfigMap(config, { items: fromJavaScript({ 'app.yml': 'app.yaml' }) }), path: '/etc/shop' }])),
    error:
      'items[app.yml]: Invalid value: "app.yml": ConfigMap "shop-config" holds no key "app.yml" (it holds "app.yaml"); did you mean "app.yaml"? [sdk-data-key]',
    twin: chart => serve(chart, 'shop-api', mounting([{ volume: Volume.fromConfigMap(config, { items: { 'app.yaml': 'app.yaml' } }), path: '/etc/shop' }])),
  },
];
