/**
 * Line diffs (Myers, bounded) and their unified-diff text, and `synth --check` on a large chart.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { diffLines, formatHunks, Hunk, MAX_EDITS } from '../lib/text/diff';

const ROOT = path.join(__dirname, '..');

/** Applies hunks to the lines of `before`, checking every kept and removed line against it. */
function apply(before: string, hunks: readonly Hunk[]): string {
  const a = before === '' ? [] : before.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  let i = 0;
  for (const h of hunks) {
    const start = h.oldLines === 0 ? h.oldStart : h.oldStart - 1;
    while (i < start) out.push(a[i++]);
    for (const l of h.lines) {
      if (l.op === '+') out.push(l.text);
      else {
        if (a[i] !== l.text) throw new Error(`hunk does not match line ${i + 1}: ${JSON.stringify(a[i])} vs ${JSON.stringify(l.text)}`);
        if (l.op === ' ') out.push(l.text);
        i++;
      }
    }
  }
  while (i < a.length) out.push(a[i++]);
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('diffLines', () => {
  test('one changed line, with three lines of context on each side', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\n';
    const after = 'a\nb\nc\nd\nE\nf\ng\nh\n';
    expect(formatHunks(diffLines(before, after))).toBe('@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n');
  });

  test('changes closer than twice the context share one hunk; farther ones get their own', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `l${i}`);
    const near = [...lines];
    near[10] = 'x';
    near[16] = 'y';
    expect(diffLines(`${lines.join('\n')}\n`, `${near.join('\n')}\n`)).toHaveLength(1);
    const far = [...lines];
    far[10] = 'x';
    far[17] = 'y';
    expect(diffLines(`${lines.join('\n')}\n`, `${far.join('\n')}\n`)).toHaveLength(2);
  });

  test('equal texts have no hunks; an added or removed file starts at line 0 of the empty side', () => {
    expect(diffLines('a\n', 'a\n')).toEqual([]);
    expect(formatHunks(diffLines('', 'x\ny\n'))).toBe('@@ -0,0 +1,2 @@\n+x\n+y\n');
    expect(formatHunks(diffLines('x\n', ''))).toBe('@@ -1 +0,0 @@\n-x\n');
  });

  test('applying the hunks to the first text gives the second (500 random edits of random texts)', () => {
    const next = random(42);
    for (let round = 0; round < 500; round++) {
      const before = Array.from({ length: Math.floor(next() * 60) }, () => `line ${Math.floor(next() * 8)}`);
      const after = [...before];
      const edits = Math.floor(next() * 6);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(next() * (after.length + 1));
        const what = next();
        if (what < 0.4) after.splice(at, 0, `new ${e}`);
        else if (what < 0.7) after.splice(at, 1);
        else after[at] = `changed ${e}`;
      }
      const a = before.length ? `${before.join('\n')}\n` : '';
      const b = after.filter(l => l !== undefined).length ? `${after.filter(l => l !== undefined).join('\n')}\n` : '';
      expect(apply(a, diffLines(a, b, { context: round % 4 }))).toBe(b);
    }
  });

  test(`texts with more changed lines than maxEdits (${MAX_EDITS} by default) get the coarse diff, which still applies`, () => {
    const before = Array.from({ length: 2_000 }, (_, i) => `a ${i}`);
    const after = before.map((l, i) => (i < 3 || i >= 1_997 ? l : `b ${i}`));
    const a = `${before.join('\n')}\n`;
    const b = `${after.join('\n')}\n`;
    const hunks = diffLines(a, b, { maxEdits: 100 });
    expect(hunks).toHaveLength(1);
    expect(hunks[0].lines.slice(0, 4).map(l => l.op)).toEqual([' ', ' ', ' ', '-']);
    expect(apply(a, hunks)).toBe(b);
  });
});

describe('synth --check on a large chart', () => {
  test('the YAML of 1,600 ProbedServices (over 100,000 lines) with two lines changed: the diff, in a heap of 256 MB', () => {
    // GIVEN the committed chart and a fresh synthesis that differ in two lines, built in a process
    // whose heap is limited (the old n×m table needed 2.3 GB for this chart)
    const script = `
      const fs = require('fs'), os = require('os'), path = require('path');
      const { App, Chart, Testing, Yaml } = require('cdk8s');
      const { ProbedService } = require('./lib');
      const { diffFolders } = require('./lib/synth/check-synthesis');
      const app = new App({ outdir: '/nonexistent' });
      const chart = new Chart(app, 'large');
      new ProbedService(chart, 'S', { name: 'svc-nnnn' });
      // the YAML of one, renamed 1,600 times: what 1,600 would synthesize, without their build time
      const one = Yaml.stringify(...Testing.synth(chart));
      const text = Array.from({ length: 1600 }, (_, i) => one.replace(/svc-nnnn/g, 'svc-' + i)).join('---\\n');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'large-diff-'));
      fs.mkdirSync(path.join(dir, 'committed'));
      fs.mkdirSync(path.join(dir, 'fresh'));
      fs.writeFileSync(path.join(dir, 'committed', 'large.k8s.yaml'), text);
      const fresh = text.replace('name: svc-17\\n', 'name: svc-17-renamed\\n').replace('replicas: 1\\n', 'replicas: 3\\n');
      fs.writeFileSync(path.join(dir, 'fresh', 'large.k8s.yaml'), fresh);
      const diff = diffFolders(path.join(dir, 'committed'), path.join(dir, 'fresh'), 'dist');
      fs.rmSync(dir, { recursive: true, force: true });
      process.stdout.write(JSON.stringify({ lines: text.split('\\n').length, diff }));
    `;
    const r = spawnSync(process.execPath, ['--max-old-space-size=256', '-r', './scripts/register.js', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // THEN the diff shows exactly the two changed lines
    const { lines, diff } = JSON.parse(r.stdout) as { lines: number; diff: string };
    expect(lines).toBeGreaterThan(100_000);
    const changed = diff.split('\n').filter(l => /^[-+][^-+]/.test(l));
    expect(changed).toEqual(['-  replicas: 1', '+  replicas: 3', '-  name: svc-17', '+  name: svc-17-renamed']);
    expect(diff.startsWith('--- dist/large.k8s.yaml\n+++ dist/large.k8s.yaml (synthesized)\n@@ ')).toBe(true);
  }, 60_000);
});
