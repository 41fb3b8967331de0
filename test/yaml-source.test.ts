/**
 * The fast reader and the `yaml` package read the same values, as kubectl's YAML 1.1 does.
 */
import { parseAllDocuments } from 'yaml';
import { loadFast, splitDocuments } from '../lib/yaml/fast-reader';
import { locate, parseSource } from '../lib/yaml/reader';

const SCALARS = [
  'yes',
  'No',
  'ON',
  'off',
  'y',
  'n',
  'true',
  'False',
  '~',
  'null',
  '',
  '0644',
  '0x1F',
  '0b101',
  '1_000',
  '42',
  '-7',
  '+3',
  '1.5',
  '.5',
  '1e3',
  '1.5e3',
  '.inf',
  '-.Inf',
  '.nan',
  '12:30',
  '2021-04-02T06:41:26Z',
  '2021-04-02',
  'v1.0',
  '8080/TCP',
  'port:8080',
  '"8080"',
  "'yes'",
  '500m',
  '1Gi',
  '0.5',
  'Awesome',
];

test.each(SCALARS)('%s reads the same with both readers', scalar => {
  const text = `a: ${scalar}\n`;
  const slow = parseAllDocuments(text, {
    version: '1.1',
    customTags: tags => tags.filter(t => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:timestamp'),
  })[0].toJS();
  expect(loadFast(text)).toEqual(slow);
});

test('timestamps stay strings, octal file modes are numbers, unquoted yes is a boolean', () => {
  expect(loadFast('t: 2021-04-02T06:41:26Z\nmode: 0644\nenabled: yes\nquoted: "yes"\n')).toEqual({
    t: '2021-04-02T06:41:26Z',
    mode: 420,
    enabled: true,
    quoted: 'yes',
  });
});

test('splitDocuments keeps each document on its own lines', () => {
  expect(splitDocuments('# header\n---\na: 1\n---\nb: 2\n...\n--- c: 3\n')).toEqual([
    { text: 'a: 1', line: 2 },
    { text: 'b: 2', line: 4 },
    { text: '', line: 6 },
    { text: '    c: 3\n', line: 6 },
  ]);
});

test('positions from the fast reader point at the right line of the right document', () => {
  const parsed = parseSource('kind: A\n---\nkind: B\nmetadata:\n  names: x\n');
  expect(parsed.documents).toBe(2);
  const second = parsed.manifests[1];
  expect(second.document).toBe(2);
  expect(locate(second, ['metadata', 'names'], true)).toEqual({ line: 5, column: 3, source: 'names', quoted: false });
});

test('YAML the fast reader refuses goes to the yaml package, which explains it with a position', () => {
  const parsed = parseSource('a: 1\na: 2\n');
  expect(parsed.problems.map(p => [p.line, p.column, p.code])).toEqual([[2, 1, 'DUPLICATE_KEY']]);
});

test('a document with anchors and aliases goes to the yaml package, which bounds their expansion', () => {
  const parsed = parseSource('a: &x { b: 1 }\nc: *x\n');
  expect(parsed.manifests.map(m => m.value)).toEqual([{ a: { b: 1 }, c: { b: 1 } }]);
  const bomb = [
    'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
    ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
  ].join('\n');
  expect(parseSource(bomb).problems.length + parseSource(bomb).manifests.length).toBeGreaterThan(0);
});
