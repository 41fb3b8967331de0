/**
 * The cdk8s validation plugin, run by the real `cdk8s synth` on an app that uses none of the
 * library's constructs (test/fixtures/plugin-app, whose cdk8s.yaml lists the plugin).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PolicyValidation } from '../lib';

const ROOT = path.join(__dirname, '..');
const APP = path.join(__dirname, 'fixtures', 'plugin-app');

function cdk8sSynth(env: Record<string, string> = {}): { status: number | null; out: string } {
  const output = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-app-'));
  try {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/cdk8s-cli/bin/cdk8s'), 'synth', '--check-upgrade=false', '--output', output], {
      cwd: APP,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  } finally {
    fs.rmSync(output, { recursive: true, force: true });
  }
}

test('cdk8s synth reports the violation with rule, recommendation, fix and resource, and fails', () => {
  const { status, out } = cdk8sSynth();
  expect(out).toContain('Performing validations');
  expect(out).toContain('host-namespaces (error)');
  expect(out).toMatch(/Recommendation: .*host/i);
  expect(out).toContain('Resource Name: web');
  expect(out).toContain('spec.hostNetwork');
  expect(status).not.toBe(0);
});

test('cdk8s synth passes the same app once the violation is gone', () => {
  const { status, out } = cdk8sSynth({ FIXTURE_VIOLATION: 'none' });
  expect(out).toContain('Validations finished');
  expect(status).toBe(0);
});

test('a wrong policy in cdk8s.yaml properties is a clear error', () => {
  expect(() => new PolicyValidation({ policy: 'strict' as never })).toThrow(
    'PolicyValidation: policy: Unsupported value: "strict": supported values: "baseline", "restricted", "recommended" [sdk-option-type]',
  );
});

test('a misspelt property in cdk8s.yaml is a clear error too', () => {
  // GIVEN properties as cdk8s.yaml gives them, with `failOn` in lower case
  // THEN the plugin names the property and the one meant
  expect(() => new PolicyValidation({ policy: 'baseline', failon: 'warning' } as never)).toThrow(
    'PolicyValidation: failon: unknown option "failon"; did you mean "failOn"? [sdk-unknown-option]',
  );
});
