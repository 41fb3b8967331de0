/**
 * Mistakes with volumes and claims that do not compile: volumes named instead of given, YAML's
 * field names, keys the ConfigMap or Secret does not hold, sizes and modes as strings.
 * `mistakes()` is type-checked, never run; `twins()` builds the correct form of each.
 */
import { Chart, Size } from 'cdk8s';
import { ConfigMap, Container, Deployment, PersistentVolumeClaim, Secret, Volume } from '../../lib';
import { IMAGE } from './corpus';

const tls = Secret.external('shop-tls', ['tls.crt', 'tls.key']);

export function mistakes(chart: Chart): void {
  const config = new ConfigMap(chart, 'Config', { name: 'shop-config', data: { 'app.yaml': 'cache: 5m\n' } });
  // VOL-C01 volumes: a mount of the volume "config", by its name
  // @ts-expect-error: Type 'string' is not assignable to type 'Mountable'
  Container.of({ name: 'api', image: IMAGE, mounts: [{ volume: 'config', path: '/etc/shop' }] });
  // VOL-C02 volumes: a mount, with YAML's field name for the path
  // @ts-expect-error: 'mountPath' does not exist in type 'VolumeMount'
  Container.of({ name: 'api', image: IMAGE, mounts: [{ volume: Volume.fromConfigMap(config), mountPath: '/etc/shop' }] });
  // VOL-C03 volumes: the ConfigMap's key app.yaml as a file, misspelt app.yml
  // @ts-expect-error: 'app.yml'' does not exist in type
  Volume.fromConfigMap(config, { items: { 'app.yml': 'app.yaml' } });
  // VOL-C04 volumes: the Secret's key tls.key as a file, misspelt tls.keys
  // @ts-expect-error: 'tls.keys'' does not exist in type
  Volume.fromSecret(tls, { items: { 'tls.keys': 'tls.key' } });
  // VOL-C05 volumes: a claim of 10 GiB, written as YAML's quantity
  // @ts-expect-error: Type 'string' is not assignable to type 'Size'
  new PersistentVolumeClaim(chart, 'A', { name: 'uploads', storage: '10Gi' });
  // VOL-C06 volumes: a claim mounted by one node, with the abbreviation of kubectl's output
  // @ts-expect-error: Type '"RWO"' is not assignable to type 'AccessMode'
  new PersistentVolumeClaim(chart, 'B', { name: 'uploads', storage: Size.gibibytes(10), accessModes: ['RWO'] });
  // VOL-C07 volumes: a cache of at most 1 GiB, written as YAML's quantity
  // @ts-expect-error: Type 'string' is not assignable to type 'Size'
  Volume.emptyDir('cache', { sizeLimit: '1Gi' });
  // VOL-C08 volumes: the container's mounts, with YAML's field name
  // @ts-expect-error: error: write mounts: [{ volume, path }] with the Volume object
  Container.of({ name: 'api', image: IMAGE, volumeMounts: [{ volume: Volume.fromConfigMap(config), path: '/etc/shop' }] });
  // VOL-C09 volumes: the ConfigMap, by its name
  // @ts-expect-error: Argument of type 'string' is not assignable to parameter of type 'ConfigMapRef<
  Volume.fromConfigMap('shop-config');
  // VOL-C10 volumes: an emptyDir, with its name in an options object, as in cdk8s-plus
  // @ts-expect-error: is not assignable to parameter of type 'string'
  Volume.emptyDir({ name: 'cache' });
  // VOL-C11 volumes: the ConfigMap's files, through the Secret factory
  // @ts-expect-error: Property 'secretName' is missing
  Volume.fromSecret(config);
  // VOL-C12 volumes: the node's logs, without saying why the pod needs them
  // @ts-expect-error: Expected 3 arguments, but got 2.
  Volume.hostPath('logs', '/var/log');
  // VOL-C13 volumes: a read-only mount, quoted
  // @ts-expect-error: Type 'string' is not assignable to type 'boolean | undefined'
  Container.of({ name: 'api', image: IMAGE, mounts: [{ volume: Volume.fromConfigMap(config), path: '/etc/shop', readOnly: 'true' }] });
  // VOL-C14 volumes: a claim, by its name
  // @ts-expect-error: Argument of type 'string' is not assignable to parameter of type 'ClaimRef'
  Volume.fromClaim('uploads');
  const props = { name: 'api', image: IMAGE, volumeMounts: [{ name: 'shop-config', mountPath: '/etc/shop' }] };
  // VOL-C15 volumes: the container's props kept in a variable, with YAML's volumeMounts
  // @ts-expect-error: Types of property 'volumeMounts' are incompatible
  Container.of(props);
}

export function twins(chart: Chart): void {
  const config = new ConfigMap(chart, 'Config', { name: 'shop-config', data: { 'app.yaml': 'cache: 5m\n' } });
  const uploads = new PersistentVolumeClaim(chart, 'Uploads', { name: 'uploads', storage: Size.gibibytes(10), accessModes: ['ReadWriteOnce'] });
  const serve = (id: string, container: Container<string>) => new Deployment(chart, id, { name: id.toLowerCase(), containers: [container] });
  const mount = (id: string, volume: Volume, path: string, readOnly?: boolean) =>
    serve(id, Container.of({ name: 'api', image: IMAGE, mounts: [{ volume, path, readOnly }] }));
  // VOL-C01
  mount('VOL-C01', Volume.fromConfigMap(config), '/etc/shop');
  // VOL-C02
  mount('VOL-C02', Volume.fromConfigMap(config), '/etc/shop');
  // VOL-C03
  mount('VOL-C03', Volume.fromConfigMap(config, { items: { 'app.yaml': 'app.yaml' } }), '/etc/shop');
  // VOL-C04
  mount('VOL-C04', Volume.fromSecret(tls, { items: { 'tls.key': 'tls.key', 'tls.crt': 'tls.crt' } }), '/etc/tls');
  // VOL-C05
  mount('VOL-C05', Volume.fromClaim(uploads), '/var/uploads');
  // VOL-C06
  new PersistentVolumeClaim(chart, 'VOL-C06', { name: 'vol-c06', storage: Size.gibibytes(10), accessModes: ['ReadWriteOnce'] });
  // VOL-C07
  mount('VOL-C07', Volume.emptyDir('cache', { sizeLimit: Size.gibibytes(1) }), '/var/cache/shop');
  // VOL-C08
  mount('VOL-C08', Volume.fromConfigMap(config), '/etc/shop');
  // VOL-C09
  mount('VOL-C09', Volume.fromConfigMap(ConfigMap.external('shop-config', ['app.yaml'])), '/etc/shop');
  // VOL-C10
  mount('VOL-C10', Volume.emptyDir('cache'), '/var/cache/shop');
  // VOL-C11
  mount('VOL-C11', Volume.fromConfigMap(config), '/etc/shop');
  // VOL-C12
  mount('VOL-C12', Volume.hostPath('logs', '/var/log', { reason: 'ships the node logs' }), '/var/log');
  // VOL-C13
  mount('VOL-C13', Volume.fromConfigMap(config), '/etc/shop', true);
  // VOL-C14
  mount('VOL-C14', Volume.fromClaim(PersistentVolumeClaim.external('uploads')), '/var/uploads');
  // VOL-C15
  mount('VOL-C15', Volume.fromConfigMap(config), '/etc/shop');
}
