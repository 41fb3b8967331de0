/**
 * Object metadata rules (section B of the Kubernetes 1.27 rules, 5–13): name / generateName,
 * namespace, labels, annotations. Mirrors `ValidateObjectMetaAccessor` (apimachinery
 * `pkg/api/validation/objectmeta.go`) and `ValidateLabels` (`pkg/apis/meta/v1/validation`).
 *
 * Defensive: the schema check has already reported values of the wrong JSON type; such values are
 * skipped here (never reported twice, never a crash).
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../values/json';
import {
  dns1035LabelErrors,
  dns1123LabelErrors,
  dns1123SubdomainErrors,
  labelValueErrors,
  maskTrailingDash,
  pathSegmentErrors,
  qualifiedNameErrors,
} from '../../values/names';
import { Path } from '../../values/path';
import { RuleId } from '../catalogue';
import { Reporter } from '../reporter';

/**
 * How a kind's `metadata.name` is validated. `none` is for pod-template metadata, where the
 * apiserver only validates labels and annotations.
 */
export type NameRule = 'dns1123-subdomain' | 'dns1035-label' | 'dns1123-label' | 'path-segment' | 'none';

/** `TotalAnnotationSizeLimitB`: 256 KiB, inclusive. */
const ANNOTATIONS_MAX_BYTES = 262144;
/** A UTF-16 code unit never takes more than 3 UTF-8 bytes. */
const MAX_UTF8_PER_UNIT = 3;
/** `names.SimpleNameGenerator`: the prefix is cut to 63 - 5 characters, then 5 random characters are appended. */
const GENERATED_PREFIX_MAX = 58;
/** Stands for the 5 random lowercase alphanumerics of a generated name. */
const GENERATED_SUFFIX = 'xxxxx';

type NameFn = (value: string) => string[];

const NAME_FNS: Readonly<Record<Exclude<NameRule, 'none'>, NameFn>> = {
  'dns1123-subdomain': dns1123SubdomainErrors,
  'dns1035-label': dns1035LabelErrors,
  'dns1123-label': dns1123LabelErrors,
  'path-segment': pathSegmentErrors,
};

/**
 * Checks the metadata of an object (or of a pod template with `nameRule: 'none'`).
 *
 * Rule ids: `name-required` (5), `name-format` (6, 7), `generate-name` (8), `namespace-name` (9),
 * `label-key` (10), `label-value` (11), `annotation-key` (12), `annotations-size` (13).
 */
export function checkObjectMeta(r: Reporter, meta: unknown, path: Path, nameRule: NameRule): void {
  const m = isObject(meta) ? meta : undefined;
  if (nameRule !== 'none') checkNames(r, m, path, NAME_FNS[nameRule]);
  if (!m) return;
  if (isObject(m.labels)) labelsAt(r, m.labels, path, 'labels', 'label-key', 'label-value');
  if (isObject(m.annotations)) checkAnnotations(r, m.annotations, path);
}

function checkNames(r: Reporter, m: JsonObject | undefined, path: Path, nameFn: NameFn): void {
  const name = m?.name;
  const generateName = m?.generateName;
  const gen = typeof generateName === 'string' && generateName !== '' ? generateName : undefined;
  if (gen !== undefined) {
    const errs = nameFn(maskTrailingDash(gen));
    if (errs.length > 0) {
      r.invalidEach('generate-name', [...path, 'generateName'], gen, errs);
    } else if (typeof name !== 'string' || name === '') {
      // The apiserver generates the name before validating it: the mask above can hide a
      // character that no generated name survives (`A-`, `web.-`).
      const generated = gen.slice(0, GENERATED_PREFIX_MAX) + GENERATED_SUFFIX;
      for (const e of nameFn(generated)) {
        r.invalid('generate-name', [...path, 'generateName'], gen, `names generated from it (e.g. "${generated}") are invalid: ${e}`);
      }
    }
  }
  if (typeof name === 'string' && name !== '') {
    r.invalidEach('name-format', [...path, 'name'], name, nameFn(name));
  } else if (gen === undefined && (name === undefined || name === null || name === '')) {
    r.required('name-required', [...path, 'name'], 'name or generateName is required');
  }
  const namespace = m?.namespace;
  if (typeof namespace === 'string' && namespace !== '') {
    r.invalidEach('namespace-name', [...path, 'namespace'], namespace, dns1123LabelErrors(namespace));
  }
}

/**
 * `ValidateLabels`: keys are qualified names and values label values; every problem is reported at
 * the map itself (`path`: `metadata.labels`, `spec.selector`, `spec.nodeSelector`), with the
 * offending key or value. Entries whose value is not a string are skipped (the schema check
 * reports them).
 */
export function checkLabels(r: Reporter, labels: JsonObject, path: Path, keyRule: RuleId, valueRule: RuleId): void {
  labelsAt(r, labels, path, undefined, keyRule, valueRule);
}

/** {@link checkLabels} at `[...path, field]`, a path only built when there is something to report. */
export function labelsAt(r: Reporter, labels: JsonObject, path: Path, field: string | undefined, keyRule: RuleId, valueRule: RuleId): void {
  for (const key in labels) {
    const keyErrs = qualifiedNameErrors(key);
    if (keyErrs.length > 0) r.invalidEach(keyRule, field === undefined ? path : [...path, field], key, keyErrs);
    const value = labels[key];
    if (typeof value === 'string') {
      const valueErrs = labelValueErrors(value);
      if (valueErrs.length > 0) r.invalidEach(valueRule, field === undefined ? path : [...path, field], value, valueErrs);
    }
  }
}

/** `ValidateAnnotations`: keys are qualified names once lowercased; total size of keys and values ≤ 256 KiB. */
function checkAnnotations(r: Reporter, annotations: JsonObject, path: Path): void {
  let units = 0;
  for (const key in annotations) {
    const keyErrs = qualifiedNameErrors(key.toLowerCase());
    if (keyErrs.length > 0) r.invalidEach('annotation-key', [...path, 'annotations'], key, keyErrs);
    const value = annotations[key];
    units += key.length;
    if (typeof value === 'string') units += value.length;
  }
  // Sizes are in UTF-8 bytes: a UTF-16 unit takes 1 to 3 of them, so count bytes exactly only
  // when the bounds leave the answer open.
  if (units * MAX_UTF8_PER_UNIT <= ANNOTATIONS_MAX_BYTES) return;
  let bytes = units;
  if (units <= ANNOTATIONS_MAX_BYTES) {
    bytes = 0;
    for (const key in annotations) {
      const value = annotations[key];
      bytes += Buffer.byteLength(key, 'utf8');
      if (typeof value === 'string') bytes += Buffer.byteLength(value, 'utf8');
    }
  }
  if (bytes > ANNOTATIONS_MAX_BYTES) {
    r.tooLong('annotations-size', [...path, 'annotations'], `must have at most ${ANNOTATIONS_MAX_BYTES} bytes`);
  }
}
