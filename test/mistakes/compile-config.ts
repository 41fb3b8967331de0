/**
 * Mistakes with ConfigMaps, Secrets, claims and ServiceAccounts that do not compile: values that
 * are not strings, Secret types spelled otherwise, YAML's field names, lists given as one value.
 * `mistakes()` is type-checked, never run; `twins()` builds the correct form of each.
 */
import { Chart, Size } from 'cdk8s';
import { ConfigMap, Container, Deployment, EnvValue, PersistentVolumeClaim, Secret, ServiceAccount } from '../../lib';
import { IMAGE } from './corpus';

export function mistakes(chart: Chart): void {
  // CFG-C01 config: the port in a ConfigMap, as a number
  // @ts-expect-error: Type 'number' is not assignable to type 'string'
  new ConfigMap(chart, 'A', { name: 'shop-config', data: { PORT: 8080 } });
  // CFG-C02 config: an opaque Secret, with the type in lower case
  // @ts-expect-error: Type '"opaque"' is not assignable to type 'SecretType | undefined'. Did you mean '"Opaque"'?
  new Secret(chart, 'B', { name: 'shop-db', type: 'opaque', stringData: { password: 'dev-only' } });
  // CFG-C03 config: a Secret's values as text, under YAML's data (which is base64)
  // @ts-expect-error: 'data' does not exist in type 'SecretProps<
  new Secret(chart, 'C', { name: 'shop-db', data: { password: 'ZGV2LW9ubHk=' } });
  // CFG-C04 config: a feature flag in a ConfigMap, as a boolean
  // @ts-expect-error: Type 'boolean' is not assignable to type 'string'
  new ConfigMap(chart, 'D', { name: 'shop-flags', data: { NEW_CHECKOUT: true } });
  // CFG-C05 config: a Secret created by an operator, without the keys the app uses
  // @ts-expect-error: Expected 2 arguments, but got 1.
  Secret.external('shop-db');
  // CFG-C06 config: one access mode, without the list
  // @ts-expect-error: is not assignable to type 'readonly AccessMode[]'
  new PersistentVolumeClaim(chart, 'E', { name: 'uploads', storage: Size.gibibytes(10), accessModes: 'ReadWriteOnce' });
  // CFG-C07 config: a TLS Secret, with the type of kubectl create secret tls
  // @ts-expect-error: Type '"tls"' is not assignable to type 'SecretType | undefined'
  new Secret(chart, 'F', { name: 'shop-tls', type: 'tls', stringData: { 'tls.crt': 'cert', 'tls.key': 'key' } });
  // CFG-C08 config: an immutable ConfigMap, quoted
  // @ts-expect-error: Type 'string' is not assignable to type 'boolean | undefined'
  new ConfigMap(chart, 'G', { name: 'shop-config', data: { LOG_LEVEL: 'info' }, immutable: 'true' });
  // CFG-C09 config: a ServiceAccount whose token is mounted, with YAML's field
  // @ts-expect-error: 'automountServiceAccountToken' does not exist in type 'ServiceAccountProps'
  new ServiceAccount(chart, 'H', { name: 'api', automountServiceAccountToken: true });
  // CFG-C10 config: a ConfigMap's entries as YAML's list of key/value pairs
  // @ts-expect-error: Type '{ key: string; value: string; }' is not assignable to type 'string'
  new ConfigMap(chart, 'I', { name: 'shop-config', data: [{ key: 'LOG_LEVEL', value: 'info' }] });
  // CFG-C11 config: a ConfigMap created elsewhere, with its keys as one string
  // @ts-expect-error: Argument of type 'string' is not assignable to parameter of type 'readonly
  ConfigMap.external('shop-config', 'LOG_LEVEL');
}

export function twins(chart: Chart): void {
  // CFG-C01
  new ConfigMap(chart, 'CFG-C01', { name: 'cfg-c01', data: { PORT: '8080' } });
  // CFG-C02
  new Secret(chart, 'CFG-C02', { name: 'cfg-c02', type: 'Opaque', stringData: { password: 'dev-only' } });
  // CFG-C03
  new Secret(chart, 'CFG-C03', { name: 'cfg-c03', stringData: { password: 'dev-only' } });
  // CFG-C04
  new ConfigMap(chart, 'CFG-C04', { name: 'cfg-c04', data: { NEW_CHECKOUT: 'true' } });
  // CFG-C05
  const db = Secret.external('shop-db', ['password']);
  const api = Container.of({ name: 'api', image: IMAGE, env: { DB_PASSWORD: EnvValue.fromSecret(db, 'password') } });
  new Deployment(chart, 'CFG-C05', { name: 'cfg-c05', containers: [api] });
  // CFG-C06
  new PersistentVolumeClaim(chart, 'CFG-C06', { name: 'cfg-c06', storage: Size.gibibytes(10), accessModes: ['ReadWriteOnce'] });
  // CFG-C07
  new Secret(chart, 'CFG-C07', { name: 'cfg-c07', type: 'kubernetes.io/tls', stringData: { 'tls.crt': 'cert', 'tls.key': 'key' } });
  // CFG-C08
  new ConfigMap(chart, 'CFG-C08', { name: 'cfg-c08', data: { LOG_LEVEL: 'info' }, immutable: true });
  // CFG-C09
  new ServiceAccount(chart, 'CFG-C09', { name: 'cfg-c09' });
  // CFG-C10
  new ConfigMap(chart, 'CFG-C10', { name: 'cfg-c10', data: { LOG_LEVEL: 'info' } });
  // CFG-C11
  const config = ConfigMap.external('shop-config', ['LOG_LEVEL']);
  const worker = Container.of({ name: 'worker', image: IMAGE, env: { LOG_LEVEL: EnvValue.fromConfigMap(config, 'LOG_LEVEL') } });
  new Deployment(chart, 'CFG-C11', { name: 'cfg-c11', containers: [worker] });
}
