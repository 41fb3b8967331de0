/**
 * The exemptions of a changed object: the `exempt.cdk8s-pod-patterns/<rule>: <reason>` annotations
 * of the object and of its pod template, each added, removed or re-reasoned, with its reason. An
 * added exemption weakens the posture: a check that failed now passes as an info.
 *
 * @packageDocumentation
 */
import { EXEMPTION_PREFIX } from '../engine/exemptions';
import { isObject } from '../values/json';
import { Path } from '../values/path';
import { DiffChange } from './diff-model';
import { Explained, showPath, startsWith, templateOf } from './diff-pod';
import { showValue } from './diff-words';

/** A reason in full: a reviewer reads every word of it. */
function reasonOf(r: unknown): string {
  return typeof r === 'string' ? r : showValue(r);
}

/** The exemption annotations of an object and of its pod template, by their path. */
function exemptionsOf(manifest: unknown): Map<string, { path: Path; rule: string; reason: unknown }> {
  const out = new Map<string, { path: Path; rule: string; reason: unknown }>();
  const template = templateOf(manifest);
  const places: Path[] = [[], ...(template !== undefined && template.path.length > 0 ? [template.path] : [])];
  for (const at of places) {
    let node: unknown = manifest;
    for (const s of [...at, 'metadata', 'annotations']) node = isObject(node) && typeof s === 'string' ? node[s] : undefined;
    if (!isObject(node)) continue;
    for (const key of Object.keys(node)) {
      if (!key.startsWith(EXEMPTION_PREFIX)) continue;
      const path: Path = [...at, 'metadata', 'annotations', { key }];
      out.set(showPath(path), { path, rule: key.slice(EXEMPTION_PREFIX.length), reason: node[key] });
    }
  }
  return out;
}

/** The exemptions added, removed and re-reasoned between two versions of an object (`before` undefined for a new object). */
export function explainExemptions(before: unknown, after: unknown): Explained {
  const b = exemptionsOf(before);
  const a = exemptionsOf(after);
  const changes: DiffChange[] = [];
  for (const [at, x] of a) {
    const was = b.get(at);
    if (was !== undefined && was.reason === x.reason) continue;
    changes.push({
      kind: 'exemption',
      path: at,
      ...(was === undefined ? {} : { before: was.reason }),
      after: x.reason,
      explanation:
        was === undefined ? `exemption ${x.rule} added: ${reasonOf(x.reason)}` : `exemption ${x.rule}: reason ${reasonOf(was.reason)} → ${reasonOf(x.reason)}`,
      weakens: was === undefined,
    });
  }
  for (const [at, x] of b) {
    if (a.has(at)) continue;
    changes.push({ kind: 'exemption', path: at, before: x.reason, explanation: `exemption ${x.rule} removed (was ${reasonOf(x.reason)})`, weakens: false });
  }
  const paths = [...a.values(), ...b.values()].map(x => x.path);
  return { changes, consumes: path => paths.some(p => startsWith(path, p)) };
}
