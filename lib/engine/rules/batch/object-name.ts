/**
 * The name a Job or CronJob has when the apiserver validates it (a `generateName` is turned into a
 * name first), and the warning of names that are not DNS labels.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';
import { dns1123LabelErrors, dns1123SubdomainErrors } from '../../../values/names';
import { Reporter } from '../../reporter';

/** `names.SimpleNameGenerator`: the prefix is cut to 63 - 5 characters, then 5 random characters are appended. */
const GENERATED_PREFIX_MAX = 58;
/** Stands for the 5 random characters of a generated name. */
const GENERATED_SUFFIX = 'xxxxx';

/** The name of an object on create. */
export interface ObjectName {
  /** The name, or an example of the names generated from `generateName`. */
  readonly value: string;
  /** Whether it comes from `generateName` (its last 5 characters are then only an example). */
  readonly generated: boolean;
  /** The `generateName` it comes from. */
  readonly generateName?: string;
}

/** The name of a manifest, `undefined` when it has neither name nor generateName. */
export function objectNameOf(manifest: JsonObject): ObjectName | undefined {
  const meta = manifest.metadata;
  if (!isObject(meta)) return undefined;
  if (typeof meta.name === 'string' && meta.name !== '') return { value: meta.name, generated: false };
  if (typeof meta.generateName === 'string' && meta.generateName !== '') {
    const generateName = meta.generateName;
    return { value: generateName.slice(0, GENERATED_PREFIX_MAX) + GENERATED_SUFFIX, generated: true, generateName };
  }
  return undefined;
}

/**
 * The warning of `WarningsOnCreate` for a Job or CronJob whose name is a valid subdomain but not a
 * DNS label (dots, more than 63 characters): its pods' names and hostnames start with it.
 */
export function warnNameNotDnsLabel(r: Reporter, name: ObjectName | undefined): void {
  if (!name || name.generated || dns1123SubdomainErrors(name.value).length > 0) return;
  const errs = dns1123LabelErrors(name.value);
  if (errs.length === 0) return;
  r.advise(
    'job-name-dns-label',
    ['metadata', 'name'],
    name.value,
    `this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [${errs.join(' ')}]`,
  );
}
