/**
 * How the explanations of a manifest diff write values: short scalars as written, objects as
 * compact JSON cut to a line, images by repository, tag and digest, quantities with their ratio.
 *
 * @packageDocumentation
 */
import { quantityOf } from '../values/quantity';

/** Values are cut to about this many characters in an explanation. */
const MAX_CHARS = 80;

/** A value in an explanation: `30`, `RuntimeDefault`, `"a b"` (strings with spaces quoted), `{"port":8080}`, `not set`. */
export function showValue(v: unknown): string {
  if (v === undefined || v === null) return 'not set';
  if (typeof v === 'string') return v === '' || /\s/.test(v) ? cut(JSON.stringify(v)) : cut(v);
  return cut(JSON.stringify(v));
}

function cut(s: string): string {
  return s.length > MAX_CHARS ? `${s.slice(0, MAX_CHARS - 1)}…` : s;
}

/** `before → after`, or `added: after`, or `removed (was before)`. */
export function showTransition(before: unknown, after: unknown): string {
  if (before === undefined) return `added: ${showValue(after)}`;
  if (after === undefined) return `removed (was ${showValue(before)})`;
  return `${showValue(before)} → ${showValue(after)}`;
}

/** An image reference in parts: `registry.k8s.io/goproxy:0.1@sha256:…` → repository, tag, digest. */
export interface ImageParts {
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

/** The parts of an image reference (no validation: `check` validates it). */
export function imageParts(image: string): ImageParts {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const name = at >= 0 ? image.slice(0, at) : image;
  const colon = name.lastIndexOf(':');
  const hasTag = colon > name.lastIndexOf('/');
  return { repository: hasTag ? name.slice(0, colon) : name, tag: hasTag ? name.slice(colon + 1) : undefined, digest };
}

/** A digest shortened for a line: `sha256:0123456789ab…`. */
function shortDigest(d: string | undefined): string {
  if (d === undefined) return 'none';
  return d.length > 19 ? `${d.slice(0, 19)}…` : d;
}

/** An image change in words: `tag 1.4.2 → 1.5.0`, `repository a → b`, `digest sha256:… → sha256:…`. */
export function explainImage(before: unknown, after: unknown): string {
  if (typeof before !== 'string' || typeof after !== 'string') return `image ${showTransition(before, after)}`;
  const b = imageParts(before);
  const a = imageParts(after);
  const parts: string[] = [];
  if (b.repository !== a.repository) parts.push(`repository ${b.repository} → ${a.repository}`);
  if (b.tag !== a.tag) parts.push(`tag ${b.tag ?? 'none (latest)'} → ${a.tag ?? 'none (latest)'}`);
  if (b.digest !== a.digest) parts.push(`digest ${shortDigest(b.digest)} → ${shortDigest(a.digest)}`);
  const subject = b.repository === a.repository ? `image ${a.repository}: ` : 'image: ';
  return subject + parts.join(', ');
}

/** `×2`, `×0.5`: the ratio of two quantities, when both parse and differ. */
export function quantityRatio(before: unknown, after: unknown): string | undefined {
  if ((typeof before !== 'string' && typeof before !== 'number') || (typeof after !== 'string' && typeof after !== 'number')) return undefined;
  const b = quantityOf(before).value;
  const a = quantityOf(after).value;
  if (b === undefined || a === undefined || b === 0 || a === b) return undefined;
  return `×${Math.round((a / b) * 100) / 100}`;
}
