import * as fs from 'fs';
import * as path from 'path';
import { checkSources } from '../lib/check/sources';

// Manifests shaped like those that well-known projects ship and people apply every day
// (guestbook, kube-prometheus, ingress-nginx, metrics-server, node-exporter, cert-manager style
// CRDs, kubectl get -o yaml output, a kustomization): `check` must give no false error.

const DIR = path.join(__dirname, 'fixtures', 'realistic');

test('check over the realistic fixtures gives no error and no warning, only notices', () => {
  // GIVEN the folder, as check reads it
  const sources = fs
    .readdirSync(DIR)
    .filter(f => f.endsWith('.yaml'))
    .sort()
    .map(f => ({ name: f, text: fs.readFileSync(path.join(DIR, f), 'utf8') }));
  // WHEN it is checked
  const result = checkSources(sources);
  // THEN every object is read and nothing is wrong: the only findings are the notices
  expect(sources.length).toBeGreaterThanOrEqual(20);
  expect(result.manifests).toBeGreaterThanOrEqual(90);
  expect(result.findings.filter(f => f.severity !== 'info').map(f => `${f.file}:${f.line} ${f.message}`)).toEqual([]);
  expect(new Set(result.findings.map(f => f.rule))).toEqual(new Set(['kind-not-checked', 'custom-resource', 'kustomization']));
});

test('the fixtures exercise the kinds with rules of their own', () => {
  const text = fs
    .readdirSync(DIR)
    .map(f => fs.readFileSync(path.join(DIR, f), 'utf8'))
    .join('\n');
  for (const kind of [
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'Job',
    'CronJob',
    'PodDisruptionBudget',
    'PersistentVolumeClaim',
    'ConfigMap',
    'Secret',
    'Ingress',
    'NetworkPolicy',
    'Service',
    'List',
    'ConfigMapList',
  ]) {
    expect(text).toMatch(new RegExp(`^kind: ${kind}$`, 'm'));
  }
});
