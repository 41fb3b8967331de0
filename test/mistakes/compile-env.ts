/**
 * Mistakes with environment variables that do not compile: keys the ConfigMap or Secret does not
 * hold, fields and resources the downward API does not expose, YAML's shapes, values that are not
 * strings. `mistakes()` is type-checked, never run; `twins()` builds the correct form of each.
 */
import { Chart } from 'cdk8s';
import { ConfigMap, Container, Deployment, EnvFrom, EnvValue, Secret } from '../../lib';
import { IMAGE } from './corpus';

const db = Secret.external('shop-db', ['password', 'url']);

export function mistakes(chart: Chart): void {
  const config = new ConfigMap(chart, 'Config', { name: 'shop-config', data: { LOG_LEVEL: 'info' } });
  // ENV-C01 env: the database password, with the key misspelt
  // @ts-expect-error: Argument of type '"pasword"' is not assignable to parameter of type '"password" | "url"'
  EnvValue.fromSecret(db, 'pasword');
  // ENV-C02 env: the log level of the ConfigMap, with the key misspelt
  // @ts-expect-error: Argument of type '"LOG_LEVLE"' is not assignable to parameter of type '"LOG_LEVEL"'
  EnvValue.fromConfigMap(config, 'LOG_LEVLE');
  // ENV-C03 env: the pod's name, with the field path misspelt
  // @ts-expect-error: Argument of type '"metadata.nmae"' is not assignable to parameter of type 'PodField'
  EnvValue.fromField('metadata.nmae');
  // ENV-C04 env: the pod's phase, which the downward API does not give to env
  // @ts-expect-error: Argument of type '"status.phase"' is not assignable to parameter of type 'PodField'
  EnvValue.fromField('status.phase');
  // ENV-C05 env: the memory limit, with the resource misspelt
  // @ts-expect-error: Argument of type '"limits.mem"' is not assignable to parameter of type 'ContainerResource'
  EnvValue.fromResource('limits.mem');
  // ENV-C06 env: every key of the ConfigMap, given the ConfigMap itself
  // @ts-expect-error: is missing the following properties from type 'EnvFrom'
  Container.of({ name: 'api', image: IMAGE, envFrom: [config] });
  // ENV-C07 env: the variables as YAML's list of name/value pairs
  // @ts-expect-error: 'name' does not exist in type 'EnvValue'
  Container.of({ name: 'api', image: IMAGE, env: [{ name: 'LOG_LEVEL', value: 'info' }] });
  // ENV-C08 env: the port, as a number
  // @ts-expect-error: Type 'number' is not assignable to type 'string | EnvValue'
  Container.of({ name: 'api', image: IMAGE, env: { PORT: 8080 } });
  // ENV-C09 env: the password, with YAML's valueFrom
  // @ts-expect-error: 'valueFrom' does not exist in type 'EnvValue'
  Container.of({ name: 'api', image: IMAGE, env: { DB_PASSWORD: { valueFrom: { secretKeyRef: { name: 'shop-db', key: 'password' } } } } });
  // ENV-C10 env: the database host of the machine that synthesizes, which may not be set there
  // @ts-expect-error: Type 'string | undefined' is not assignable to type 'string | EnvValue'
  Container.of({ name: 'api', image: IMAGE, env: { DB_HOST: process.env.DB_HOST } });
  // ENV-C11 env: a debug switch, as a boolean
  // @ts-expect-error: Type 'boolean' is not assignable to type 'string | EnvValue'
  Container.of({ name: 'api', image: IMAGE, env: { DEBUG: true } });
  // ENV-C12 env: every key of the ConfigMap with a prefix, given as a bare string
  // @ts-expect-error: has no properties in common with type 'EnvFromOptions'
  EnvFrom.configMap(config, 'CFG_');
  // ENV-C13 env: the password of the Secret, named instead of given
  // @ts-expect-error: Argument of type 'string' is not assignable to parameter of type 'SecretRef<
  EnvValue.fromSecret('shop-db', 'password');
  // ENV-C14 env: every key of the Secret, through the ConfigMap factory
  // @ts-expect-error: Property 'configMapName' is missing
  new Deployment(chart, 'Api', { name: 'api', containers: [Container.of({ name: 'api', image: IMAGE, envFrom: [EnvFrom.configMap(db)] })] });
}

export function twins(chart: Chart): void {
  const config = new ConfigMap(chart, 'Config', { name: 'shop-config', data: { LOG_LEVEL: 'info' } });
  const serve = (id: string, props: Pick<Parameters<typeof Container.of>[0], 'env' | 'envFrom'>) =>
    new Deployment(chart, id, { name: id.toLowerCase(), containers: [Container.of({ name: 'api', image: IMAGE, ...props })] });
  // ENV-C01
  serve('ENV-C01', { env: { DB_PASSWORD: EnvValue.fromSecret(db, 'password') } });
  // ENV-C02
  serve('ENV-C02', { env: { LOG_LEVEL: EnvValue.fromConfigMap(config, 'LOG_LEVEL') } });
  // ENV-C03
  serve('ENV-C03', { env: { POD_NAME: EnvValue.fromField('metadata.name') } });
  // ENV-C04
  serve('ENV-C04', { env: { POD_IP: EnvValue.fromField('status.podIP') } });
  // ENV-C05
  serve('ENV-C05', { env: { MEMORY_LIMIT: EnvValue.fromResource('limits.memory', { divisor: '1Mi' }) } });
  // ENV-C06
  serve('ENV-C06', { envFrom: [EnvFrom.configMap(config)] });
  // ENV-C07
  serve('ENV-C07', { env: { LOG_LEVEL: 'info' } });
  // ENV-C08
  serve('ENV-C08', { env: { PORT: '8080' } });
  // ENV-C09
  serve('ENV-C09', { env: { DB_PASSWORD: EnvValue.fromSecret(db, 'password') } });
  // ENV-C10
  serve('ENV-C10', { env: { DB_HOST: EnvValue.fromSecret(db, 'url') } });
  // ENV-C11
  serve('ENV-C11', { env: { DEBUG: 'true' } });
  // ENV-C12
  serve('ENV-C12', { envFrom: [EnvFrom.configMap(config, { prefix: 'CFG_' })] });
  // ENV-C13
  serve('ENV-C13', { env: { DB_PASSWORD: EnvValue.fromSecret(Secret.external('shop-db', ['password']), 'password') } });
  // ENV-C14
  serve('ENV-C14', { envFrom: [EnvFrom.secret(db)] });
}
