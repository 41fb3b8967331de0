/**
 * Mistakes with environment variables that only a value shows: names, prefixes, divisors and
 * references that break a rule, a container's resource of a container the pod does not have, and
 * the env of JavaScript callers.
 */
import { ConfigMap, Container, EnvFrom, EnvValue, Secret } from '../../lib';
import { fromJavaScript, IMAGE, RunTimeMistake, serve } from './corpus';

const db = Secret.external('shop-db', ['password', 'url']);

/** The API, with `env`. */
function withEnv(env: Parameters<typeof Container.of>[0]['env'], envFrom?: readonly EnvFrom[]): Container {
  return Container.of({ name: 'api', image: IMAGE, env, envFrom });
}

export const mistakes: readonly RunTimeMistake[] = [
  {
    id: 'ENV-R01',
    area: 'env',
    what: 'the variable 2FA_SECRET, starting with a digit',
    build: chart => serve(chart, 'shop-api', withEnv({ '2FA_SECRET': EnvValue.fromSecret(db, 'password') })),
    error: 'env[0].name: Invalid value: "2FA_SECRET": a valid environment variable name must consist of alphabetic characters, digits',
    twin: chart => serve(chart, 'shop-api', withEnv({ TWO_FA_SECRET: EnvValue.fromSecret(db, 'password') })),
  },
  {
    id: 'ENV-R02',
    area: 'env',
    what: 'the variable LOG LEVEL, with a space',
    build: chart => serve(chart, 'shop-api', withEnv({ 'LOG LEVEL': 'info' })),
    error: 'env[0].name: Invalid value: "LOG LEVEL"',
    twin: chart => serve(chart, 'shop-api', withEnv({ LOG_LEVEL: 'info' })),
  },
  {
    id: 'ENV-R03',
    area: 'env',
    what: "a JavaScript caller: the pod's phase, which the downward API does not give to env",
    build: chart => serve(chart, 'shop-api', withEnv({ POD_PHASE: EnvValue.fromField(fromJavaScript('status.phase')) })),
    error: 'field: Unsupported value: "status.phase": supported values: "metadata.name", "metadata.namespace", "metadata.uid"',
    twin: chart => serve(chart, 'shop-api', withEnv({ POD_IP: EnvValue.fromField('status.podIP') })),
  },
  {
    id: 'ENV-R04',
    area: 'env',
    what: "every key of the database's Secret, with the prefix 1_",
    build: chart => serve(chart, 'shop-api', withEnv({}, [EnvFrom.secret(db, { prefix: '1_' })])),
    error: 'envFrom[0].prefix: Invalid value: "1_"',
    twin: chart => serve(chart, 'shop-api', withEnv({}, [EnvFrom.secret(db, { prefix: 'DB_' })])),
  },
  {
    id: 'ENV-R05',
    area: 'env',
    what: 'the Secret Shop-DB, referenced with capitals',
    build: chart => serve(chart, 'shop-api', withEnv({ DB_PASSWORD: EnvValue.fromSecret(Secret.external('Shop-DB', ['password']), 'password') })),
    error: 'env[0].valueFrom.secretKeyRef.name: Invalid value: "Shop-DB"',
    twin: chart => serve(chart, 'shop-api', withEnv({ DB_PASSWORD: EnvValue.fromSecret(Secret.external('shop-db', ['password']), 'password') })),
  },
  {
    id: 'ENV-R06',
    area: 'env',
    what: 'every key of the Secret shop_db, named with an underscore',
    build: chart => serve(chart, 'shop-api', withEnv({}, [EnvFrom.secret(Secret.external('shop_db', ['password']))])),
    error: 'envFrom[0].secretRef.name: Invalid value: "shop_db"',
    twin: chart => serve(chart, 'shop-api', withEnv({}, [EnvFrom.secret(Secret.external('shop-db', ['password']))])),
  },
  {
    id: 'ENV-R07',
    area: 'env',
    what: "a key of an operator's Secret declared as 'db password', with a space",
    build: chart => serve(chart, 'shop-api', withEnv({ DB_PASSWORD: EnvValue.fromSecret(Secret.external('shop-db', ['db password']), 'db password') })),
    error: 'env[0].valueFrom.secretKeyRef.key: Invalid value: "db password": a valid config key must consist of alphanumeric characters',
    twin: chart => serve(chart, 'shop-api', withEnv({ DB_PASSWORD: EnvValue.fromSecret(Secret.external('shop-db', ['db-password']), 'db-password') })),
  },
  {
    id: 'ENV-R08',
    area: 'env',
    what: 'a JavaScript caller: the port as a number',
    build: chart => serve(chart, 'shop-api', withEnv(fromJavaScript({ PORT: 8080 }))),
    error: 'env[PORT]: Wrong type: 8080: must be a string or an EnvValue',
    twin: chart => serve(chart, 'shop-api', withEnv({ PORT: '8080' })),
  },
  {
    id: 'ENV-R09',
    area: 'env',
    what: "a JavaScript caller: the password with YAML's valueFrom",
    build: chart => serve(chart, 'shop-api', withEnv(fromJavaScript({ DB_PASSWORD: { valueFrom: { secretKeyRef: { name: 'shop-db', key: 'password' } } } }))),
    error: 'env[DB_PASSWORD]: Wrong type: {"valueFrom":{"secretKeyRef":{"name":"shop-db","key":"password"}}}: must be a string or an EnvValue',
    twin: chart => serve(chart, 'shop-api', withEnv({ DB_PASSWORD: EnvValue.fromSecret(db, 'password') })),
  },
  {
    id: 'ENV-R10',
    area: 'env',
    what: "a JavaScript caller: the variables as YAML's list of name/value pairs",
    build: chart => serve(chart, 'shop-api', withEnv(fromJavaScript([{ name: 'LOG_LEVEL', value: 'info' }]))),
    error: 'env: Wrong type: [{"name":"LOG_LEVEL","value":"info"}]: must be an object [sdk-option-type]',
    twin: chart => serve(chart, 'shop-api', withEnv({ LOG_LEVEL: 'info' })),
  },
  {
    id: 'ENV-R11',
    area: 'env',
    what: 'the memory limit in megabytes, with the divisor 1MB',
    build: chart => serve(chart, 'shop-api', withEnv({ MEMORY_LIMIT_MB: EnvValue.fromResource('limits.memory', { divisor: '1MB' }) })),
    error: 'env[0].valueFrom.resourceFieldRef.divisor: Invalid value: "1MB": quantities must match the regular expression',
    twin: chart => serve(chart, 'shop-api', withEnv({ MEMORY_LIMIT_MB: EnvValue.fromResource('limits.memory', { divisor: '1M' }) })),
  },
  {
    id: 'ENV-R12',
    area: 'env',
    what: 'the CPU limit, with the divisor of the memory limit (1Mi)',
    build: chart => serve(chart, 'shop-api', withEnv({ CPU_LIMIT: EnvValue.fromResource('limits.cpu', { divisor: '1Mi' }) })),
    error:
      'env[0].valueFrom.resourceFieldRef.divisor: Invalid value: "limits.cpu": only divisor\'s values 1m and 1 are supported with the cpu resource [resource-field-divisor]',
    twin: chart => serve(chart, 'shop-api', withEnv({ CPU_LIMIT: EnvValue.fromResource('limits.cpu', { divisor: '1m' }) })),
  },
  {
    id: 'ENV-R13',
    area: 'env',
    what: 'the memory limit of the container web, renamed to api since',
    build: chart => serve(chart, 'shop-api', withEnv({ MEMORY_LIMIT: EnvValue.fromResource('limits.memory', { container: 'web' }) })),
    error: 'env[0].valueFrom.resourceFieldRef.containerName: Invalid value: "web": must name a container of the pod ("api")',
    twin: chart => serve(chart, 'shop-api', withEnv({ MEMORY_LIMIT: EnvValue.fromResource('limits.memory', { container: 'api' }) })),
  },
  {
    id: 'ENV-R14',
    area: 'env',
    what: 'a JavaScript caller: the database password, with the key misspelt',
    build: chart => serve(chart, 'shop-api', withEnv({ DB_PASSWORD: EnvValue.fromSecret(db, fromJavaScript('pasword')) })),
    error: 'key: Invalid value: "pasword": Secret "shop-db" holds no key "pasword" (it holds "password", "url"); did you mean "password"? [sdk-data-key]',
    twin: chart => serve(chart, 'shop-api', withEnv({ DB_PASSWORD: EnvValue.fromSecret(db, 'password') })),
  },
  {
    id: 'ENV-R15',
    area: 'env',
    what: 'a JavaScript caller: the database host of the machine that synthesizes, which is not set there',
    build: chart => serve(chart, 'shop-api', withEnv({ DB_HOST: fromJavaScript(process.env.UNSET_DB_HOST) })),
    error: 'env[DB_HOST]: Wrong type: must be a string or an EnvValue',
    twin: chart => serve(chart, 'shop-api', withEnv({ DB_HOST: EnvValue.fromSecret(db, 'url') })),
  },
  {
    id: 'ENV-R16',
    area: 'env',
    what: 'a JavaScript caller: every key of the ConfigMap, given the ConfigMap itself',
    build: chart => serve(chart, 'shop-api', withEnv({}, fromJavaScript([ConfigMap.external('shop-config', ['LOG_LEVEL'])]))),
    error: 'envFrom[0]: Wrong type: {"configMapName":"shop-config","keys":["LOG_LEVEL"]}: must be an EnvFrom',
    twin: chart => serve(chart, 'shop-api', withEnv({}, [EnvFrom.configMap(ConfigMap.external('shop-config', ['LOG_LEVEL']))])),
  },
];
