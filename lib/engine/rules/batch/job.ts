/**
 * Jobs: `ValidateJob` of `pkg/apis/batch/validation` (1.27) on the Job as the apiserver sees it on
 * create: after the batch/v1 defaults and, unless `manualSelector` is true, after the registry
 * has generated the selector and added the controller-uid and job-name labels (and, since 1.27,
 * their `batch.kubernetes.io/` forms) to the pod template. (The pod template itself is checked by
 * the pod rules.)
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';
import { dns1123LabelErrors, labelValueErrors } from '../../../values/names';
import { isInt } from '../../../values/numbers';
import { Path } from '../../../values/path';
import { Reporter } from '../../reporter';
import { ObjectRule } from '../object-rule';
import { checkLabelSelector, selectorMatches } from '../selectors';
import { absent, checkJobSpec, defaultedJobSpec } from './job-spec';
import { ObjectName, objectNameOf, warnNameNotDnsLabel } from './object-name';

/** Stands for the uid the apiserver gives the Job: no label value of a manifest can equal it. */
const UID = '<uid>';
/** Stands for a name generated from `generateName`, which no label value of a manifest can equal. */
const GENERATED_NAME = '<generated name>';

const NAME_LABELS = ['job-name', 'batch.kubernetes.io/job-name'];
const UID_LABELS = ['controller-uid', 'batch.kubernetes.io/controller-uid'];
const SELECTOR_UID_LABEL = 'batch.kubernetes.io/controller-uid';

const SELECTOR: Path = ['spec', 'selector'];
const TEMPLATE_LABELS: Path = ['spec', 'template', 'metadata', 'labels'];

/** What the registry's `generateSelector` makes of a Job, and what it expects to find. */
interface Generated {
  /** The template labels, with the generated ones added where the key was free. */
  readonly labels: JsonObject;
  /** The selector, with the uid label added where the key was free. */
  readonly selector: unknown;
  /** The labels the selector must select, and the template must hold. */
  readonly expected: Readonly<Record<string, string>>;
}

function generate(spec: JsonObject, userLabels: JsonObject, name: string): Generated {
  // in the order validateGeneratedSelector checks them: the legacy labels, then the prefixed ones
  const expected: Record<string, string> = {};
  for (let i = 0; i < UID_LABELS.length; i++) {
    expected[UID_LABELS[i]] = UID;
    expected[NAME_LABELS[i]] = name;
  }
  const merged: JsonObject = { ...userLabels };
  for (const key in expected) if (!(key in merged)) merged[key] = expected[key];
  // sorted by key, as Go prints a map in messages
  const labels = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  let selector = spec.selector;
  if (absent(selector)) selector = {};
  if (isObject(selector) && (absent(selector.matchLabels) || isObject(selector.matchLabels))) {
    const matchLabels = { ...(isObject(selector.matchLabels) ? selector.matchLabels : {}) };
    if (!(SELECTOR_UID_LABEL in matchLabels)) matchLabels[SELECTOR_UID_LABEL] = UID;
    selector = { ...selector, matchLabels };
  }
  return { labels, selector, expected };
}

/**
 * Whether the selector a manifest gives converts to a label selector (`LabelSelectorAsSelector`
 * without error), reporting nothing. (What the registry adds to it is valid.)
 */
function convertible(r: Reporter, selector: unknown): boolean {
  return checkLabelSelector(new Reporter([], r.subject), selector, SELECTOR);
}

/** `validateGeneratedSelector`: the generated labels kept their values, the selector selects only them. */
function checkGeneratedSelector(r: Reporter, userSelector: unknown, userLabels: JsonObject, g: Generated): void {
  for (const key in g.expected) {
    const want = g.expected[key];
    const have = userLabels[key];
    if (typeof have === 'string' && have !== want) r.invalid('job-generated-selector', [...TEMPLATE_LABELS, { key }], g.labels, `must be '${want}'`);
  }
  if (isObject(g.selector) && convertible(r, userSelector) && !selectorMatches(g.selector, g.expected)) {
    r.invalid('job-generated-selector', SELECTOR, g.selector, '`selector` not auto-generated');
  }
}

/** The generated job-name labels hold the Job's name: a name of more than 63 characters is not a label value. */
function checkNameLabels(r: Reporter, userLabels: JsonObject, name: ObjectName | undefined): void {
  if (!name || name.generated) return;
  const errs = labelValueErrors(name.value);
  if (errs.length === 0) return;
  for (const key of NAME_LABELS) if (!(key in userLabels)) r.invalidEach('job-name-label', TEMPLATE_LABELS, name.value, errs);
}

/** The pods of an Indexed Job are named `<job>-<index>`, which must be a DNS label up to the last index. */
function checkIndexedHostname(r: Reporter, spec: JsonObject, name: ObjectName | undefined): void {
  const completions = spec.completions;
  if (spec.completionMode !== 'Indexed' || !isInt(completions) || completions <= 0 || !name) return;
  const host = `${name.value}-${completions - 1}`;
  if (dns1123LabelErrors(host).length === 0) return;
  if (name.generated) {
    r.invalid(
      'job-indexed-hostname',
      ['metadata', 'generateName'],
      name.generateName,
      `names generated from it (e.g. "${name.value}") will not able to create pod with invalid DNS label: ${host}`,
    );
  } else {
    r.invalid('job-indexed-hostname', ['metadata', 'name'], name.value, `will not able to create pod with invalid DNS label: ${host}`);
  }
}

/** `ValidateJobSpec`: the selector (required with manualSelector) is well formed and matches the template labels. */
function checkSelector(r: Reporter, spec: JsonObject, selector: unknown, labels: JsonObject, manual: boolean): void {
  let wellFormed = true;
  if (manual && absent(spec.selector)) r.required('workload-selector-required', SELECTOR);
  else wellFormed = checkLabelSelector(r, spec.selector, SELECTOR);
  if (wellFormed && !selectorMatches(selector, labels)) {
    r.invalid('workload-selector-match', TEMPLATE_LABELS, labels, '`selector` does not match template `labels`');
  }
}

/** `ValidateJob` beyond the metadata and the pod template. */
export const checkJob: ObjectRule = (r, manifest) => {
  const raw = manifest.spec;
  if (!absent(raw) && !isObject(raw)) return;
  const spec = defaultedJobSpec(isObject(raw) ? raw : {});
  const template = isObject(spec.template) ? spec.template : {};
  const templateMeta = isObject(template.metadata) ? template.metadata : {};
  const userLabels = isObject(templateMeta.labels) ? templateMeta.labels : {};
  const name = objectNameOf(manifest);
  const manual = spec.manualSelector === true;
  let labels = userLabels;
  let selector = spec.selector;
  if (!manual) {
    const g = generate(spec, userLabels, name && !name.generated ? name.value : GENERATED_NAME);
    checkGeneratedSelector(r, spec.selector, userLabels, g);
    checkNameLabels(r, userLabels, name);
    labels = g.labels;
    selector = g.selector;
  }
  checkJobSpec(r, spec, ['spec'], true);
  // a selector of the wrong type is the schema's finding
  if (absent(spec.selector) || isObject(spec.selector)) checkSelector(r, spec, selector, labels, manual);
  checkIndexedHostname(r, spec, name);
  warnNameNotDnsLabel(r, name);
};
