/**
 * Proves that the marked lines of each file of test/types/ (typos.ts: the tutorial's typos;
 * the others: names that cross objects, such as Service target ports, volume mounts and
 * Secret keys) fail to compile with the expected message, and that the correct forms beside
 * them compile. `tsc --noEmit` (part of `npm test`) fails
 * when a `@ts-expect-error` line compiles; this test also pins what the compiler says.
 * The files are compiled by test/compile-support.ts, with the repo's options.
 */
import * as fs from 'fs';
import * as path from 'path';
import { compileWithoutDirectives } from './compile-support';

const DIR = path.join(__dirname, 'types');
const FILES = fs
  .readdirSync(DIR)
  .filter(f => f.endsWith('.ts'))
  .sort();
// GIVEN the files with their @ts-expect-error directives removed
// WHEN they are compiled
const COMPILED = compileWithoutDirectives(FILES.map(f => path.join(DIR, f)));

describe.each(FILES)('compile-time safety: %s', name => {
  const { expectations, diagnostics } = COMPILED.get(path.join(DIR, name))!;

  test('the file holds cases', () => {
    expect(expectations.length).toBeGreaterThanOrEqual(name === 'typos.ts' ? 30 : 5);
  });

  test.each(expectations.map(e => [e.line + 1, e.fragment] as const))('line %i fails to compile: %s', (lineNumber, fragment) => {
    // THEN the line after each directive has an error whose message contains the fragment
    const messages = diagnostics.get(lineNumber - 1) ?? [];
    expect(messages.join('\n')).toContain(fragment);
  });

  test('every correct form compiles: no error outside the marked lines', () => {
    const marked = new Set(expectations.map(e => e.line));
    const stray = [...diagnostics.entries()].filter(([line]) => !marked.has(line));
    expect(stray).toEqual([]);
  });
});
