/**
 * Repairs of what is certainly wrong, from the findings of the rules engine: an unknown field one
 * edit from the only known field there (`livenessProve`, `names`), a mapping that YAML read as one
 * string (`port:8080`), a registry one edit from a well-known one (`k8c.gcr.io`). Each repair is
 * a `// fixed:` comment in the code and a line of the report. An error with no single repair is
 * left as a TODO: an identifier that does not compile, where the field is.
 *
 * @packageDocumentation
 */
import { RULES } from '../engine/catalogue';
import { Finding, formatFinding } from '../engine/finding';
import { validateManifests } from '../check/validate';
import { isObject, JsonObject } from '../values/json';
import { formatPath, Path } from '../values/path';
import { closest } from '../values/suggest';
import { descriptorAt, fieldsOf, kindDescriptor } from './fields';
import { comment, ConvertReport, labelOf, setAt, SourceObject, valueAt } from './model';

/** The identifier of a TODO: `TODO_UNRESOLVED_unknown_field`. */
export function todoIdentifier(rule: string): string {
  return `TODO_UNRESOLVED_${rule.replace(/[^A-Za-z0-9]+/g, '_')}`;
}

/** A string that YAML read where a mapping was meant: `port:8080` (no space after the colon). */
const GLUED = /^([A-Za-z][A-Za-z0-9]*):(\S+)$/;

/** Renames `from` to `to` in `o`, keeping the field's place. */
function renameKey(o: JsonObject, from: string, to: string): void {
  const entries = Object.entries(o);
  for (const k of Object.keys(o)) delete o[k];
  for (const [k, v] of entries) o[k === from ? to : k] = v;
}

/** The scalar a YAML reader makes of `text` for a field of descriptor `d`. */
function scalarFor(text: string, d: string | undefined): unknown {
  if ((d === 'i' || d === 'io' || d === 'n') && /^-?\d+$/.test(text)) return Number(text);
  if (d === 'b' && /^(true|false)$/.test(text)) return text === 'true';
  return text;
}

/** A repair: the comment's words, the report's, and where the field is now. */
interface Repair {
  readonly comment: string;
  readonly text: string;
  readonly path: Path;
}

/** The registry of an image reference (`k8c.gcr.io` of `k8c.gcr.io/busybox`). */
function registry(image: string): string {
  return image.includes('/') ? image.slice(0, image.indexOf('/')) : image;
}

/** The repair of one finding, or `undefined` when it has none that is certain. */
function repairOne(m: JsonObject, f: Finding): Repair | undefined {
  const path = f.segments;
  if (f.rule === 'unknown-field' && !isLater(f)) {
    const key = path[path.length - 1];
    const parent = valueAt(m, path.slice(0, -1));
    if (typeof key !== 'string' || !isObject(parent)) return undefined;
    const known = fieldsOf(descriptorAt(kindDescriptor(m), path.slice(0, -1)));
    const near = known.filter(k => closest(key, [k], 1) !== undefined);
    if (near.length !== 1 || near[0] in parent) return undefined;
    renameKey(parent, key, near[0]);
    return { comment: `${key} → ${near[0]}`, text: `${formatPath(path)} → ${near[0]}`, path: [...path.slice(0, -1), near[0]] };
  }
  if (f.rule === 'field-type' && typeof f.value === 'string') {
    const glued = GLUED.exec(f.value);
    const d = descriptorAt(kindDescriptor(m), path);
    if (glued === null || !fieldsOf(d).includes(glued[1])) return undefined;
    const value = scalarFor(glued[2], descriptorAt(d, [glued[1]]));
    setAt(m, path, { [glued[1]]: value });
    const what = `"${f.value}" → ${glued[1]}: ${JSON.stringify(value)}, the space after the colon that YAML needs to read a mapping`;
    return { comment: `${String(path[path.length - 1])} ${what}`, text: `${formatPath(path)}: ${what}`, path };
  }
  if (f.rule === 'image-registry-typo' && f.suggestion !== undefined && typeof f.value === 'string') {
    setAt(m, path, f.suggestion);
    return { comment: `registry ${registry(f.value)} → ${registry(f.suggestion)}`, text: `image ${f.value} → ${f.suggestion}`, path };
  }
  return undefined;
}

/** The rules whose findings this repairs, when a single repair is certain. */
const REPAIRABLE = new Set(['unknown-field', 'field-type', 'image-registry-typo']);

/**
 * Repairs the objects in place, round after round while repairs change them (a repaired field can
 * bring a finding of its own, or end others), and records the errors left as TODOs.
 */
export function repairObjects(objects: readonly SourceObject[], report: ConvertReport): Finding[] {
  const repaired: { o: SourceObject; repair: Repair; rule: string }[] = [];
  for (let round = 0; round < 5; round++) {
    let changed = false;
    for (const f of validateManifests(objects.map(o => o.manifest))) {
      const o = objects[f.object];
      if (o === undefined || !REPAIRABLE.has(f.rule)) continue;
      const repair = repairOne(o.manifest, f);
      if (repair === undefined) continue;
      changed = true;
      comment(o, repair.path, `fixed: ${repair.comment} (${f.rule})`);
      repaired.push({ o, repair, rule: f.rule });
    }
    if (!changed) break;
  }
  for (const { o, repair, rule } of repaired) report.repaired.push({ file: o.file, object: labelOf(o.manifest), text: repair.text, rule });
  const findings = validateManifests(objects.map(o => o.manifest));
  for (const f of findings) {
    const o = objects[f.object];
    if (o === undefined || f.severity !== 'error' || isLater(f)) continue;
    const path: Path = f.segments;
    const key = formatPath(path);
    const text = todoText(o.manifest, f);
    if (!o.todos.has(key)) {
      o.todos.set(key, todoIdentifier(f.rule));
      comment(o, path, `TODO: ${text} [${f.rule}]`);
    }
    report.todos.push({ file: o.file, object: labelOf(o.manifest), path: key, text, rule: f.rule });
  }
  return findings;
}

/** What a TODO says: the finding without its path, the candidates of a misspelt field, the value the code no longer shows. */
function todoText(m: JsonObject, f: Finding): string {
  const text = formatFinding(f);
  const own = text.startsWith(`${f.path}: `) ? text.slice(f.path.length + 2) : text;
  if (f.rule !== 'unknown-field') return own;
  const key = f.segments[f.segments.length - 1];
  const known = fieldsOf(descriptorAt(kindDescriptor(m), f.segments.slice(0, -1)));
  const near = typeof key === 'string' ? known.filter(k => closest(key, [k], 1) !== undefined) : [];
  const was = `was ${JSON.stringify(f.value)}`;
  if (near.length > 1) return `unknown field ${JSON.stringify(key)} (${was}): one edit from ${near.join(' and ')}, so not repaired`;
  if (near.length === 1) return `unknown field ${JSON.stringify(key)} (${was}): ${near[0]} is set too, so not repaired`;
  return `${own} (${was})`;
}

/** Whether a finding is a field that a later Kubernetes added (kept as written, not a mistake). */
export function isLater(f: Finding): boolean {
  return f.rule === 'unknown-field' && f.detail.includes('added in Kubernetes');
}

/** Whether a rule's findings are errors in typed code (the builders' strict form), though warnings in a manifest. */
export function typedError(rule: Finding['rule']): boolean {
  const meta: { readonly typedSeverity?: string } = RULES[rule];
  return meta.typedSeverity === 'error';
}
