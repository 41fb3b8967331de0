/**
 * Image references, as the container runtimes parse them (the distribution reference grammar that
 * the kubelet's runtimes share): `[host[:port]/]path[:tag][@algorithm:hex]`. The apiserver accepts
 * any string; a reference outside the grammar cannot be pulled.
 *
 * @packageDocumentation
 */

/** What is wrong with an image reference, and the reference that was probably meant, when it is obvious. */
export interface ImageReferenceProblem {
  /** What is wrong, in plain words: `repository "MyOrg/App" must be lower case`. */
  readonly detail: string;
  /** The reference that was probably meant, when there is one: `myorg/app:1.0`. */
  readonly suggestion?: string;
}

/** A path component: lower-case letters and digits, separated by one `.`, one `_`, `__` or dashes. */
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** A component of a registry host name. */
const HOST_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const IPV6_HOST = /^\[[0-9a-fA-F:.]+\]$/;
const PORT = /^[0-9]+$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const TAG_MAX = 128;
/** The longest name (registry and path) a runtime accepts. */
const IMAGE_NAME_MAX = 255;
/** `algorithm:hex`, as the grammar reads a digest. */
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
/** The digest algorithms the runtimes verify, with the length of their hex. */
const DIGEST_ALGORITHMS: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
/** The delimiters of a reference, with the whitespace around them (`nginx: 1.25`). */
const DELIMITERS = /\s*([:/@.])\s*/g;

/** An image reference taken apart: `name` (registry and path), then `:tag` and `@digest` as written. */
interface Parts {
  readonly name: string;
  readonly tag?: string;
  readonly digest?: string;
}

/**
 * What is wrong with an image reference, or `undefined` when a container runtime can parse it. The
 * empty string is left to the rule that requires an image.
 */
export function imageReferenceProblem(image: string): ImageReferenceProblem | undefined {
  if (image === '') return undefined;
  if (/\s/.test(image)) return whitespace(image);
  const scheme = SCHEME.exec(image);
  if (scheme) {
    const rest = image.slice(scheme[0].length);
    return problem(`must not start with a scheme ("${scheme[0]}"): the runtime pulls over HTTPS by itself`, valid(rest) ? rest : undefined);
  }
  const at = image.indexOf('@');
  const beforeDigest = at < 0 ? image : image.slice(0, at);
  const digest = at < 0 ? undefined : image.slice(at + 1);
  if (digest !== undefined) {
    const found = digestProblem(digest);
    if (found) return found.suggestion === undefined ? found : problem(found.detail, `${beforeDigest}@${found.suggestion}`);
  }
  const lastSlash = beforeDigest.lastIndexOf('/');
  const colon = beforeDigest.indexOf(':', lastSlash + 1);
  if (colon >= 0 && beforeDigest.indexOf(':', colon + 1) >= 0) {
    return problem(`has more than one ":" after the last "/": a reference has one tag`);
  }
  const parts: Parts = {
    name: colon < 0 ? beforeDigest : beforeDigest.slice(0, colon),
    tag: colon < 0 ? undefined : beforeDigest.slice(colon + 1),
    digest,
  };
  return tagProblem(parts) ?? nameProblem(parts);
}

/** Whether a container runtime can parse the reference (a repair is offered only when it can). */
function valid(image: string): boolean {
  return image !== '' && imageReferenceProblem(image) === undefined;
}

function problem(detail: string, suggestion?: string): ImageReferenceProblem {
  return suggestion === undefined ? { detail } : { detail, suggestion };
}

function join(parts: Parts): string {
  return `${parts.name}${parts.tag === undefined ? '' : `:${parts.tag}`}${parts.digest === undefined ? '' : `@${parts.digest}`}`;
}

function whitespace(image: string): ImageReferenceProblem {
  const trimmed = image.trim();
  if (trimmed === '') return problem('is blank');
  if (trimmed === image || /\s/.test(trimmed)) {
    const kind = /[\r\n]/.test(trimmed) ? 'a line break' : /\t/.test(trimmed) ? 'a tab' : / /.test(trimmed) ? 'a space' : 'whitespace';
    // a space next to a delimiter is a slip: `nginx: 1.25`; between words, what was meant is not obvious
    const joined = trimmed.replace(DELIMITERS, '$1');
    return problem(`contains ${kind}`, !/\s/.test(joined) && valid(joined) ? joined : undefined);
  }
  return problem('has leading or trailing whitespace', valid(trimmed) ? trimmed : undefined);
}

function digestProblem(digest: string): ImageReferenceProblem | undefined {
  if (digest === '') return problem('has an empty digest after "@"');
  const colon = digest.indexOf(':');
  const algorithm = colon < 0 ? digest : digest.slice(0, colon);
  const hex = colon < 0 ? '' : digest.slice(colon + 1);
  const length = DIGEST_ALGORITHMS[algorithm];
  if (colon < 0 || (length === undefined && !DIGEST.test(digest))) {
    return problem(`digest "${digest}" must be <algorithm>:<hex digits>, e.g. sha256:<64 hex digits>`);
  }
  if (length === undefined && DIGEST_ALGORITHMS[algorithm.toLowerCase()] !== undefined) {
    const lower = `${algorithm.toLowerCase()}:${hex}`;
    return problem(`digest algorithm "${algorithm}" must be lower case`, digestProblem(lower) === undefined ? lower : undefined);
  }
  if (length === undefined) {
    return problem(`digest algorithm "${algorithm}" is not one the runtimes verify (${Object.keys(DIGEST_ALGORITHMS).join(', ')})`);
  }
  if (!/^[0-9a-f]*$/.test(hex) || hex.length !== length) {
    const lower = hex.toLowerCase();
    const suggestion = /^[0-9a-f]*$/.test(lower) && lower.length === length ? `${algorithm}:${lower}` : undefined;
    return problem(`a ${algorithm} digest is ${length} lower-case hex digits, not "${hex}"`, suggestion);
  }
  return undefined;
}

function tagProblem(parts: Parts): ImageReferenceProblem | undefined {
  const tag = parts.tag;
  if (tag === undefined || TAG.test(tag)) return undefined;
  const without = join({ ...parts, tag: undefined });
  if (tag === '') return problem('has an empty tag after ":"', valid(without) ? without : undefined);
  if (tag.length > TAG_MAX) return problem(`tag must be at most ${TAG_MAX} characters, not ${tag.length}`);
  return problem(`tag "${tag}" may contain only letters, digits, "_", "." and "-", and must not start with "." or "-"`);
}

function nameProblem(parts: Parts): ImageReferenceProblem | undefined {
  const name = parts.name;
  if (name.length > IMAGE_NAME_MAX) return problem(`name (registry and repository) must be at most ${IMAGE_NAME_MAX} characters, not ${name.length}`);
  const components = name.split('/');
  const first = components[0];
  const hasHost = components.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const host = hasHost ? first : undefined;
  const path = hasHost ? components.slice(1) : components;
  if (host !== undefined) {
    const found = hostProblem(host);
    if (found) return found;
  }
  const prefix = host === undefined ? '' : `${host}/`;
  if (path.some(c => c === '')) {
    const collapsed = path.filter(c => c !== '');
    const fixed = join({ ...parts, name: `${prefix}${collapsed.join('/')}` });
    return problem('has an empty path component ("//", or a "/" at an end)', collapsed.length > 0 && valid(fixed) ? fixed : undefined);
  }
  if (path.every(c => PATH_COMPONENT.test(c))) return undefined;
  const repository = path.join('/');
  const lower = repository.toLowerCase();
  if (lower !== repository && lower.split('/').every(c => PATH_COMPONENT.test(c))) {
    return problem(`repository "${repository}" must be lower case`, join({ ...parts, name: `${prefix}${lower}` }));
  }
  const bad = path.find(c => !PATH_COMPONENT.test(c))!;
  return problem(`path component "${bad}" must be lower-case letters and digits, separated by one ".", one "_", "__" or dashes`);
}

function hostProblem(host: string): ImageReferenceProblem | undefined {
  const ipv6 = host.startsWith('[');
  const close = ipv6 ? host.indexOf(']') : -1;
  const colon = ipv6 ? (close >= 0 ? host.indexOf(':', close) : -1) : host.indexOf(':');
  const hostname = colon < 0 ? host : host.slice(0, colon);
  const port = colon < 0 ? undefined : host.slice(colon + 1);
  const ok = ipv6 ? IPV6_HOST.test(hostname) : hostname.split('.').every(c => HOST_COMPONENT.test(c));
  if (!ok) return problem(`registry host "${hostname}" must be a host name (letters, digits and "-" between dots) or an IP address`);
  if (port !== undefined && !PORT.test(port)) return problem(`registry port "${port}" must be a number`);
  return undefined;
}
