/**
 * The committed dist/ is what main.ts synthesizes, byte for byte, every time; and every object
 * in it is a valid Kubernetes 1.27 object with no unknown field.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Pod, Service } from 'kubernetes-models/v1';
import { parseAllDocuments } from 'yaml';
import { checkSources } from '../lib';
import { checkSynthesis } from '../lib/synth/check-synthesis';
import { schemaFindings } from './support';

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');

/** Runs the app into a fresh folder and returns the folder. */
function synthesizeInto(dir: string, env: Record<string, string> = {}): string {
  execFileSync(process.execPath, ['-r', './scripts/register.js', 'main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, CDK8S_OUTDIR: dir },
    stdio: 'pipe',
  });
  return dir;
}

/** file name → content, for every file in a folder. */
function readTree(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map(f => [f, fs.readFileSync(path.join(dir, f), 'utf8')]),
  );
}

const distFiles = readTree(DIST);
const objects = Object.entries(distFiles).flatMap(([file, text]) => parseAllDocuments(text).map(d => ({ file, object: d.toJS() })));

describe('dist/', () => {
  test('one file per tutorial pattern', () => {
    expect(Object.keys(distFiles)).toEqual([
      'go-test.k8s.yaml',
      'goproxy.k8s.yaml',
      'liveness-exec.k8s.yaml',
      'liveness-http.k8s.yaml',
      'multi-container.k8s.yaml',
      'startup-probe.k8s.yaml',
    ]);
  });

  test('is exactly what main.ts synthesizes, byte for byte, in another time zone and locale too', () => {
    // (dist/ is written by `npm run synth` in the committer's time zone and locale; this run's
    // are as far from the usual ones as can be: UTC+14 and Turkish, whose upper case of "i" is "İ")
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-check-'));
    try {
      const fresh = readTree(synthesizeInto(path.join(tmp, 'a'), { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }));
      expect(fresh).toEqual(distFiles);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  // (that an exact copy passes follows from the test above, which compares a synthesis with dist/
  // byte for byte, and from synth.test.ts, which runs checkSynthesis on an up-to-date folder)
  test('synth --check fails on a hand-edited file of a copy of dist/', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-stale-'));
    try {
      const copy = path.join(tmp, 'dist');
      fs.cpSync(DIST, copy, { recursive: true });
      const app = `"${process.execPath}" -r ./scripts/register.js main.ts`;
      const file = path.join(copy, 'go-test.k8s.yaml');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('image: devtak/test:v1.0', 'image: devtak/test:v9.9'));
      const stale = await checkSynthesis({ app, output: copy, cwd: ROOT });
      expect(stale.upToDate).toBe(false);
      expect(stale.diff).toContain('-    - image: devtak/test:v9.9\n+    - image: devtak/test:v1.0\n');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('the opt-in file-per-resource layout: one file per object', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-layout-'));
    try {
      const files = Object.keys(readTree(synthesizeInto(tmp, { DIST_LAYOUT: 'file-per-resource' })));
      expect(files).toHaveLength(objects.length);
      expect(files).toEqual(expect.arrayContaining([expect.stringMatching(/goproxy.*Deployment.*\.k8s\.yaml$|Deployment.*goproxy.*\.k8s\.yaml$/)]));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test.each(objects.map(o => [`${o.file} ${o.object.kind}/${o.object.metadata.name}`, o.object] as const))(
    '%s is a valid Kubernetes 1.27 object with no unknown field',
    (_name, object) => {
      const models: Record<string, new (o: never) => { validate(): void }> = { Pod, Service, Deployment };
      const Model = models[object.kind];
      expect(Model).toBeDefined();
      expect(() => new Model(object as never).validate()).not.toThrow();
      expect(schemaFindings([object])).toEqual([]);
    },
  );

  test('every file passes the Pod Security "restricted" profile with no finding above info', () => {
    const result = checkSources(
      Object.entries(distFiles).map(([name, text]) => ({ name, text })),
      { policy: 'restricted' },
    );
    expect(result.findings.filter(f => f.severity !== 'info').map(f => `${f.file}: ${f.message}`)).toEqual([]);
  });

  test('the independent checks do catch the tutorial typos', () => {
    // GIVEN the tutorial's liveness-exec YAML, typos included
    const tutorial = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { labels: { test: 'liveness' }, names: 'liveness-exec' },
      spec: { containers: [{ name: 'liveness', image: 'k8c.gcr.io/busybox', livenessProve: { exec: { command: ['cat', '/tmp/healthy'] } } }] },
    };
    // THEN the schema check reports both unknown fields
    expect(schemaFindings([tutorial])).toEqual([
      '[0] metadata.names: unknown field "names"',
      '[0] spec.containers[0].livenessProve: unknown field "livenessProve"',
    ]);
  });
});
