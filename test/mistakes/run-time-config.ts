/**
 * Mistakes with ConfigMaps, Secrets and ServiceAccounts that only a value shows: names, keys,
 * sizes and Secret types that break a rule, objects the pods cannot use, objects defined twice, and
 * the data of JavaScript callers.
 */
import { ConfigMap, Container, Secret, ServiceAccount } from '../../lib';
import { fromJavaScript, IMAGE, RunTimeMistake, serve } from './corpus';

const api = Container.of({ name: 'api', image: IMAGE });
const dockerConfig = JSON.stringify({ auths: { 'ghcr.io': { auth: 'dXNlcjp0b2tlbg==' } } });

export const mistakes: readonly RunTimeMistake[] = [
  {
    id: 'CFG-R01',
    area: 'config',
    what: 'the key log level, with a space',
    build: chart => new ConfigMap(chart, 'Config', { name: 'shop-config', data: { 'log level': 'info' } }),
    error: 'data[log level]: Invalid value: "log level": a valid config key must consist of alphanumeric characters',
    twin: chart => new ConfigMap(chart, 'Config', { name: 'shop-config', data: { 'log-level': 'info' } }),
  },
  {
    id: 'CFG-R02',
    area: 'config',
    what: 'a file conf/app.yaml in a ConfigMap, as a path',
    build: chart => new ConfigMap(chart, 'Config', { name: 'shop-config', data: { 'conf/app.yaml': 'cache: 5m\n' } }),
    error: 'Invalid value: "conf/app.yaml"',
    twin: chart => new ConfigMap(chart, 'Config', { name: 'shop-config', data: { 'app.yaml': 'cache: 5m\n' } }),
  },
  {
    id: 'CFG-R03',
    area: 'config',
    what: 'a Secret named Shop-DB, capitalized',
    build: chart => new Secret(chart, 'Db', { name: 'Shop-DB', stringData: { password: 'dev-only' } }),
    error: 'Secret "Shop-DB": metadata.name: Invalid value: "Shop-DB"',
    twin: chart => new Secret(chart, 'Db', { name: 'shop-db', stringData: { password: 'dev-only' } }),
  },
  {
    id: 'CFG-R04',
    area: 'config',
    what: 'a ConfigMap named shop_config, with an underscore',
    build: chart => new ConfigMap(chart, 'Config', { name: 'shop_config', data: { LOG_LEVEL: 'info' } }),
    error: 'metadata.name: Invalid value: "shop_config"',
    twin: chart => new ConfigMap(chart, 'Config', { name: 'shop-config', data: { LOG_LEVEL: 'info' } }),
  },
  {
    id: 'CFG-R05',
    area: 'config',
    what: 'a TLS Secret with its certificate, and the key forgotten',
    build: chart => new Secret(chart, 'Tls', { name: 'shop-tls', type: 'kubernetes.io/tls', stringData: { 'tls.crt': 'certificate' } }),
    error: 'data[tls.key]: Required value [secret-type-keys]',
    twin: chart => new Secret(chart, 'Tls', { name: 'shop-tls', type: 'kubernetes.io/tls', stringData: { 'tls.crt': 'certificate', 'tls.key': 'key' } }),
  },
  {
    id: 'CFG-R06',
    area: 'config',
    what: 'registry credentials, with the path of the file instead of its content',
    build: chart =>
      new Secret(chart, 'Registry', { name: 'regcred', type: 'kubernetes.io/dockerconfigjson', stringData: { '.dockerconfigjson': '~/.docker/config.json' } }),
    error: '[secret-docker-config]',
    twin: chart =>
      new Secret(chart, 'Registry', { name: 'regcred', type: 'kubernetes.io/dockerconfigjson', stringData: { '.dockerconfigjson': dockerConfig } }),
  },
  {
    id: 'CFG-R07',
    area: 'config',
    what: 'a GeoIP database of 2 MiB in a ConfigMap (at most 1 MiB)',
    build: chart => new ConfigMap(chart, 'Geo', { name: 'geoip', data: { 'GeoLite2-City.csv': 'x'.repeat(2 * 1024 * 1024) } }),
    error: 'must have at most 1048576 bytes [config-map-size]',
    twin: chart => new ConfigMap(chart, 'Geo', { name: 'geoip', data: { 'regions.csv': 'x'.repeat(512 * 1024) } }),
  },
  {
    id: 'CFG-R08',
    area: 'config',
    what: 'a ServiceAccount named API, in capitals',
    build: chart => new ServiceAccount(chart, 'Account', { name: 'API' }),
    error: 'ServiceAccount "API": metadata.name: Invalid value: "API"',
    twin: chart => new ServiceAccount(chart, 'Account', { name: 'api' }),
  },
  {
    id: 'CFG-R09',
    area: 'config',
    what: 'the ServiceAccount API of the platform team, referenced with capitals',
    build: chart => serve(chart, 'shop-api', api, { serviceAccount: ServiceAccount.external('API') }),
    error: 'spec.template.spec.serviceAccountName: Invalid value: "API"',
    twin: chart => serve(chart, 'shop-api', api, { serviceAccount: ServiceAccount.external('api') }),
  },
  {
    id: 'CFG-R10',
    area: 'config',
    what: 'a Secret key with a space',
    build: chart => new Secret(chart, 'Db', { name: 'shop-db', stringData: { 'db password': 'dev-only' } }),
    error: 'data[db password]: Invalid value: "db password"',
    twin: chart => new Secret(chart, 'Db', { name: 'shop-db', stringData: { 'db-password': 'dev-only' } }),
  },
  {
    id: 'CFG-R11',
    area: 'config',
    what: 'a JavaScript caller: the port in a ConfigMap, as a number',
    build: chart => new ConfigMap(chart, 'Config', { name: 'shop-config', data: fromJavaScript({ PORT: 8080 }) }),
    error: 'data[PORT]: Wrong type: 8080: must be a string [sdk-option-type]',
    twin: chart => new ConfigMap(chart, 'Config', { name: 'shop-config', data: { PORT: '8080' } }),
  },
  {
    id: 'CFG-R12',
    area: 'config',
    what: 'registry credentials given to the pods, in a Secret whose type was forgotten (Opaque)',
    build: chart =>
      serve(chart, 'shop-api', api, {
        imagePullSecrets: [new Secret(chart, 'Registry', { name: 'regcred', stringData: { '.dockerconfigjson': dockerConfig } })],
      }),
    error:
      'imagePullSecrets[0]: Invalid value: "regcred": is a Secret of type Opaque: an image pull secret must be of type kubernetes.io/dockerconfigjson (or the legacy kubernetes.io/dockercfg), or the kubelet ignores it [sdk-image-pull-secret]',
    twin: chart =>
      serve(chart, 'shop-api', api, {
        imagePullSecrets: [
          new Secret(chart, 'Registry', { name: 'regcred', type: 'kubernetes.io/dockerconfigjson', stringData: { '.dockerconfigjson': dockerConfig } }),
        ],
      }),
  },
  {
    id: 'CFG-R13',
    area: 'config',
    what: 'the feature flags in a second ConfigMap, copied with the name of the first',
    build: chart => {
      new ConfigMap(chart, 'Config', { name: 'shop-config', data: { LOG_LEVEL: 'info' } });
      new ConfigMap(chart, 'Flags', { name: 'shop-config', data: { NEW_CHECKOUT: 'true' } });
    },
    error: '[test/Flags] ConfigMap "shop-config": metadata.name: Invalid value: "shop-config": ConfigMap "shop-config" is already written by [test/Config]',
    twin: chart => {
      new ConfigMap(chart, 'Config', { name: 'shop-config', data: { LOG_LEVEL: 'info' } });
      new ConfigMap(chart, 'Flags', { name: 'shop-flags', data: { NEW_CHECKOUT: 'true' } });
    },
  },
];
