import { stringify } from 'yaml';
import { splitDocuments } from '../lib/yaml/fast-reader';
import { locateInOutline, outline } from '../lib/yaml/line-locator';
import { locate, parseSource } from '../lib/yaml/reader';
import { Path } from '../lib/values/path';

// Locating a field from a document's lines must answer as the yaml package does, or not at all:
// random documents in the styles tools write (and some they do not), every field, at its key and not.

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const STRINGS = [
  'a',
  'name',
  'x: y',
  'a #b',
  "it's",
  'say "hi"',
  'yes',
  'on',
  '8080',
  '0644',
  '',
  ' lead',
  'trail ',
  'multi\nline',
  'e5',
  'null',
  '~',
  '-dash',
  '- item',
  '#hash',
  'a:b',
  'http://x/y',
  'tab\there',
  '{brace',
  '*star',
  '&amp',
  '!bang',
  'ünï',
  'long '.repeat(30),
];
const KEYS = ['a', 'b', 'name', 'app.kubernetes.io/name', 'x y', 'yes', '8080', 'on', 'k:v', 'f:data', '-k', 'e2e', 'tls.crt', 'with#hash', '', 'ä'];

function pathsOf(v: unknown, p: Path, out: Path[]): Path[] {
  out.push(p);
  if (Array.isArray(v)) {
    v.forEach((x, i) => pathsOf(x, [...p, i], out));
    out.push([...p, v.length]);
  } else if (typeof v === 'object' && v !== null) {
    for (const [k, x] of Object.entries(v)) pathsOf(x, [...p, k], out);
    out.push([...p, 'missing']);
  }
  return out;
}

test('random documents: every field the lines place is where the yaml package places it', () => {
  const r = random(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)];
  const value = (depth: number): unknown => {
    const t = r();
    if (depth > 3 || t < 0.4) return pick<unknown>([pick(STRINGS), Math.floor(r() * 100), true, null, 1.5]);
    if (t < 0.7) return Object.fromEntries(Array.from({ length: 1 + Math.floor(r() * 4) }, () => [pick(KEYS), value(depth + 1)]));
    return Array.from({ length: Math.floor(r() * 4) }, () => value(depth + 1));
  };
  let compared = 0;
  const differing: string[] = [];
  for (let n = 0; n < 1200; n++) {
    const doc = Object.fromEntries(Array.from({ length: 1 + Math.floor(r() * 5) }, () => [pick(KEYS), value(0)]));
    let text = stringify(doc, {
      version: '1.1',
      indentSeq: r() < 0.5,
      indent: pick([2, 4]),
      lineWidth: pick([0, 20, 80]),
      minContentWidth: 0,
      defaultStringType: pick(['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'PLAIN'] as const),
      defaultKeyType: pick([null, 'PLAIN', 'QUOTE_DOUBLE'] as const),
      collectionStyle: pick(['block', 'block', 'any'] as const),
    });
    // what people do by hand: comments, blank lines, CRLF, wider spacing
    if (r() < 0.3) text = text.replace(/\n/g, () => (r() < 0.1 ? '\n# comment\n' : r() < 0.05 ? '\n\n' : '\n'));
    if (r() < 0.2) text = text.replace(/\n/g, '  # c\n').replace(/\|-? {2}# c\n/g, '|\n');
    if (r() < 0.1) text = text.replace(/\n/g, '\r\n');
    if (r() < 0.3) text = text.replace(/- /g, () => (r() < 0.5 ? '-   ' : '- '));
    if (r() < 0.3) text = text.replace(/: /g, () => (r() < 0.5 ? ':    ' : ': '));
    if (r() < 0.2) text = text.replace(/:\n/g, ':   # note\n');
    const parsed = parseSource(text);
    if (parsed.problems.length > 0) continue;
    const chunks = splitDocuments(text);
    for (const m of parsed.manifests) {
      const chunk = chunks[m.document - 1];
      const o = outline(chunk.text);
      if (!o) continue;
      for (const path of pathsOf(m.value, [], [])) {
        for (const atKey of [false, true]) {
          const byLines = locateInOutline(o, chunk.line, path, atKey);
          if (!byLines) continue;
          compared++;
          const expected = locate({ value: m.value, document: m.document, positioned: m.positioned }, path, atKey);
          if (JSON.stringify(byLines) !== JSON.stringify(expected)) differing.push(`${JSON.stringify(text)} ${JSON.stringify(path)} ${atKey}`);
        }
      }
    }
  }
  expect(differing).toEqual([]);
  expect(compared).toBeGreaterThan(5000);
});

test('what only a parser can place is left to the parser', () => {
  // anchors, tags, explicit keys, keys that YAML 1.1 reads as another value, tabs
  for (const text of ['a: &x 1\n', 'a: !!str 1\n', '? a\n: 1\n', 'yes: 1\n', 'a:\n\t- 1\n', '%YAML 1.1\na: 1\n']) expect(outline(text)).toBeUndefined();
  // a folded or escaped scalar is placed, but its text is the parser's to tell
  const o = outline('a: "x\\ty"\nb: one\n  two\nc: 3\n')!;
  expect(locateInOutline(o, 0, ['a'], false)).toBeUndefined();
  expect(locateInOutline(o, 0, ['b'], false)).toBeUndefined();
  expect(locateInOutline(o, 0, ['a'], true)).toEqual({ line: 1, column: 1, source: 'a', quoted: false });
  expect(locateInOutline(o, 0, ['c'], false)).toEqual({ line: 4, column: 4, source: '3', quoted: false });
});
