/**
 * A field change that neither the probes, the security posture nor the exemptions explain, in a
 * reviewer's terms: images by repository, tag and digest; ports by name or number; requests and
 * limits with their ratio; the replica count; a container added or removed; any other field as
 * `path before → after`.
 *
 * @packageDocumentation
 */
import { isObject } from '../values/json';
import { Path } from '../values/path';
import { FieldChange } from './diff-fields';
import { ChangeKind, DiffChange } from './diff-model';
import { containerOf, showPath, startsWith } from './diff-pod';
import { explainImage, quantityRatio, showTransition, showValue } from './diff-words';

const PROBES = ['startupProbe', 'readinessProbe', 'livenessProbe'];

/** A port in a few words: `http 8080/TCP`, `80/TCP → http`, `8080/TCP (host port 80)`. */
function describePort(p: unknown): string {
  if (!isObject(p)) return showValue(p);
  const number = p.containerPort ?? p.port;
  const name = typeof p.name === 'string' ? `${p.name} ` : '';
  const target = p.targetPort !== undefined ? ` → ${showValue(p.targetPort)}` : '';
  const host = p.hostPort !== undefined ? ` (host port ${showValue(p.hostPort)})` : '';
  return `${name}${showValue(number)}/${typeof p.protocol === 'string' ? p.protocol : 'TCP'}${target}${host}`;
}

/** A change below a `ports` list: `rest` starts at the item. */
function explainPort(rest: Path, before: unknown, after: unknown): string {
  const [item, ...field] = rest;
  const label = item === undefined ? '' : typeof item === 'object' ? item.key : `#${item}`;
  if (field.length === 0) {
    if (item === undefined) return `ports ${showTransition(before, after)}`;
    if (before === undefined) return `port ${describePort(after)} added`;
    if (after === undefined) return `port ${describePort(before)} removed`;
  }
  return `port ${label}: ${showPath(field)} ${showTransition(before, after)}`;
}

/** A change below `resources`: `memory limit 128Mi → 256Mi (×2)`. */
function explainResources(rest: Path, before: unknown, after: unknown): string {
  const [group, key] = rest;
  if ((group === 'limits' || group === 'requests') && typeof key === 'object' && rest.length === 2) {
    const what = `${key.key} ${group === 'limits' ? 'limit' : 'request'}`;
    const ratio = before !== undefined && after !== undefined ? quantityRatio(before, after) : undefined;
    return `${what} ${showTransition(before, after)}${ratio === undefined ? '' : ` (${ratio})`}`;
  }
  return `resources.${showPath(rest)} ${showTransition(before, after)}`;
}

function change(kind: ChangeKind, c: FieldChange, explanation: string, container?: string): DiffChange {
  return {
    kind,
    path: showPath(c.path),
    ...(container === undefined ? {} : { container }),
    ...(c.before === undefined ? {} : { before: c.before }),
    ...(c.after === undefined ? {} : { after: c.after }),
    explanation,
  };
}

/**
 * A field change of an object of kind `kind` explained; `templatePath` is where its pod
 * template is, when its kind runs pods.
 */
export function explainField(c: FieldChange, kind: string, templatePath: Path | undefined): DiffChange {
  const { path, before, after } = c;
  const inContainer = templatePath === undefined ? undefined : containerOf(path, templatePath);
  if (inContainer !== undefined) {
    const { name, rest } = inContainer;
    const [first] = rest;
    const image = (v: unknown) => (isObject(v) ? showValue(v.image) : showValue(v));
    if (first === undefined) {
      return change(
        'container',
        c,
        before === undefined ? `container ${name} added: image ${image(after)}` : `container ${name} removed (was image ${image(before)})`,
      );
    }
    if (first === 'image' && rest.length === 1) return change('image', c, explainImage(before, after), name);
    if (first === 'ports') return change('port', c, explainPort(rest.slice(1), before, after), name);
    if (first === 'resources') return change('resources', c, explainResources(rest.slice(1), before, after), name);
    const what = `${showPath(rest)} ${showTransition(before, after)}`;
    if (typeof first === 'string' && PROBES.includes(first)) return change('probe', c, what, name);
    if (first === 'securityContext') return { ...change('security', c, what, name), weakens: false };
    return change('field', c, what, name);
  }
  if (path.length === 2 && path[0] === 'spec' && path[1] === 'replicas') {
    const show = (v: unknown) => (v === undefined ? '1 (not set)' : showValue(v));
    return change('replicas', c, `replicas ${show(before)} → ${show(after)}`);
  }
  if (kind === 'Service' && path[0] === 'spec' && path[1] === 'ports') return change('port', c, explainPort(path.slice(2), before, after));
  const what = `${showPath(path)} ${showTransition(before, after)}`;
  if (templatePath !== undefined && startsWith(path, [...templatePath, 'spec', 'securityContext'])) {
    return { ...change('security', c, what), weakens: false };
  }
  return change('field', c, what);
}
