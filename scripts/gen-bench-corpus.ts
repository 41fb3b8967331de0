/**
 * Generates the benchmark corpus of `check`: the manifests of a made-up platform repository, as
 * such repositories hold them. Deterministic: the same seed and size give the same bytes. About a
 * third of the bytes are CRDs with large schemas and operators' install bundles, a third
 * workloads and their Services (multi-container pod templates with probes, env and volumes), the
 * rest ConfigMaps (dashboards, alerting rules, application config), Secrets, RBAC and lists. A
 * few realistic mistakes are in it, so that `check` has findings to report (see `MISTAKES`).
 *
 *   node node_modules/ts-node/dist/bin.js --swc scripts/gen-bench-corpus.ts <folder> [--scale 1] [--seed 42]
 *
 * The full corpus (scale 1) is about 1,100 documents and 5.5 MB in about 400 files; it is written
 * at bench time into a temporary folder, never committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { bundle, BundleDoc } from './bench/corpus/bundles';
import { alertRules, appConfig, appSecret, configMapList, dashboard, kubectlList, namespace, rbac, tlsSecret } from './bench/corpus/config';
import { crd, customResource } from './bench/corpus/crds';
import { Rng, TEAMS } from './bench/corpus/random';
import { companions, cronJob, ingress, Mistake, servicePlan, ServicePlan, services, workload } from './bench/corpus/workloads';

type Json = Record<string, unknown>;

/** One file of the corpus. */
export interface CorpusFile {
  /** Its path in the corpus, e.g. `apps/payments/order-api/workload.yaml`. */
  readonly name: string;
  readonly text: string;
}

/** What {@link generateCorpus} made. */
export interface Corpus {
  readonly files: CorpusFile[];
  readonly documents: number;
  readonly bytes: number;
}

/** Options of {@link generateCorpus}. */
export interface CorpusOptions {
  /** 1 for the full corpus; 0.2 for about 200 documents. */
  readonly scale?: number;
  readonly seed?: number;
}

/** The services that carry a mistake (by index; all of them are in every corpus of scale 0.1 or more). */
export const MISTAKES: Readonly<Record<number, Mistake>> = { 1: 'target-port-typo', 2: 'selector-typo', 3: 'quoted-port', 6: 'probe-field-typo' };

const OPERATORS = ['mesh', 'certs', 'telemetry', 'backup', 'queue', 'policy', 'secrets', 'dns'];

/** YAML of documents, in the style of the tool that writes such files. */
function yamlOf(docs: readonly Json[], style: { kubectl?: boolean; leadingSeparator?: boolean } = {}): string {
  const texts = docs.map(d => stringify(d, { version: '1.1', indentSeq: !style.kubectl, lineWidth: 100, aliasDuplicateObjects: false }));
  return `${style.leadingSeparator ? '---\n' : ''}${texts.join('---\n')}`;
}

function bundleText(docs: readonly BundleDoc[], chart: string): string {
  return docs
    .map(d => `---\n# Source: ${chart}/templates/${d.source}\n${stringify(d.doc, { version: '1.1', lineWidth: 100, aliasDuplicateObjects: false })}`)
    .join('');
}

function serviceFiles(rng: Rng, i: number, p: ServicePlan, crdCount: number): CorpusFile[] {
  const dir = `apps/${p.namespace}/${p.name}`;
  const files: CorpusFile[] = [];
  const w = workload(rng, p);
  // one service's workload is JSON, as `kubectl get -o json` prints it
  if (i === 5) files.push({ name: `${dir}/workload.json`, text: `${JSON.stringify(w, null, 4)}\n` });
  else files.push({ name: `${dir}/workload.yaml`, text: yamlOf([w], { leadingSeparator: i % 4 === 0 }) });
  files.push({ name: `${dir}/service.yaml`, text: yamlOf([...services(p), ...(i % 3 === 0 ? [ingress(p)] : []), ...companions(rng, p)]) });
  const config: Json[] = [...appConfig(rng, p), appSecret(rng, p)];
  if (i % 3 === 1) config.push(customResource(rng, 0, p.name, p.namespace), customResource(rng, 4 % crdCount, p.name, p.namespace));
  // the same alerting rules in the service's folder and in observability/: defined twice
  if (i === 0) config.push(alertRules(new Rng(7), p.namespace));
  let text = yamlOf(config);
  // a YAML 1.1 pitfall: an unquoted `on` in a string map is a boolean
  if (i === 4) text = text.replace(/^data:\n/m, 'data:\n  TRACING: on\n');
  files.push({ name: `${dir}/config.yaml`, text });
  if (i % 5 === 2) files.push({ name: `${dir}/cronjob.yaml`, text: yamlOf([cronJob(rng, p)]) });
  return files;
}

/** The cluster-wide objects: priority classes, storage (written with anchors), API priority. */
function platformFiles(rng: Rng): CorpusFile[] {
  const classes = yamlOf([
    {
      apiVersion: 'scheduling.k8s.io/v1',
      kind: 'PriorityClass',
      metadata: { name: 'platform-high' },
      value: 100000,
      globalDefault: false,
      description: 'Customer-facing services.',
    },
    {
      apiVersion: 'scheduling.k8s.io/v1',
      kind: 'PriorityClass',
      metadata: { name: 'platform-default' },
      value: 1000,
      globalDefault: true,
      description: 'Everything else.',
    },
  ]);
  const storage = yamlOf(
    ['fast-ssd', 'standard'].map(name => ({
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: { name },
      provisioner: 'csi.storage.example.com',
      parameters: { type: name === 'fast-ssd' ? 'ssd' : 'standard', iopsPerGB: '50' },
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'WaitForFirstConsumer',
      allowVolumeExpansion: true,
    })),
  );
  // written by hand, with an anchor for the labels that the selector repeats
  const canary = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: canary',
    '  namespace: platform-ci',
    '  labels: &labels',
    '    app.kubernetes.io/name: canary',
    '    app.kubernetes.io/part-of: platform',
    'spec:',
    '  replicas: 1',
    '  selector:',
    '    matchLabels: *labels',
    '  template:',
    '    metadata:',
    '      labels: *labels',
    '    spec:',
    '      automountServiceAccountToken: false',
    '      securityContext: { runAsNonRoot: true, seccompProfile: { type: RuntimeDefault } }',
    '      containers:',
    '        - name: canary',
    '          image: registry.example.com/platform/canary:3.1.0',
    "          args: ['--interval=30s', '--targets=/etc/canary/targets.yaml']",
    '          ports: [{ name: http, containerPort: 8080 }]',
    '          readinessProbe: { httpGet: { path: /ready, port: http } }',
    '          resources:',
    '            requests: { cpu: 10m, memory: 32Mi }',
    '            limits: { cpu: 100m, memory: 64Mi }',
    '          securityContext:',
    '            allowPrivilegeEscalation: false',
    '            readOnlyRootFilesystem: true',
    '            capabilities: { drop: [ALL] }',
    '',
  ].join('\n');
  // written for an older cluster: a deprecated API version
  const flow = yamlOf([
    {
      apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2',
      kind: 'FlowSchema',
      metadata: { name: 'platform-controllers' },
      spec: {
        priorityLevelConfiguration: { name: 'workload-high' },
        matchingPrecedence: 1000,
        distinguisherMethod: { type: 'ByUser' },
        rules: [
          {
            subjects: [{ kind: 'ServiceAccount', serviceAccount: { name: 'mesh', namespace: 'mesh-system' } }],
            resourceRules: [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'], namespaces: ['*'] }],
          },
        ],
      },
    },
  ]);
  return [
    { name: 'clusters/prod/priority-classes.yaml', text: classes },
    { name: 'clusters/prod/storage-classes.yaml', text: storage },
    { name: 'clusters/prod/canary.yaml', text: canary },
    { name: 'clusters/prod/flow-schemas.yaml', text: flow },
    { name: 'clusters/prod/ingress-tls.yaml', text: yamlOf([tlsSecret(rng, 'wildcard-tls', 'ingress')]) },
  ];
}

/** Generates the corpus in memory. */
export function generateCorpus(options: CorpusOptions = {}): Corpus {
  const scale = options.scale ?? 1;
  const rng = new Rng(options.seed ?? 42);
  const count = (n: number) => Math.max(1, Math.round(n * scale));
  const files: CorpusFile[] = [];
  const crdFiles = count(26);
  const crdCount = crdFiles + count(OPERATORS.length) * 3;
  for (const team of TEAMS.slice(0, count(TEAMS.length))) {
    files.push({ name: `clusters/prod/namespaces/${team}.yaml`, text: yamlOf(namespace(team)) });
    files.push({ name: `clusters/prod/rbac/${team}.yaml`, text: yamlOf(rbac(rng, team)) });
  }
  files.push(...platformFiles(rng));
  for (let i = 0; i < crdFiles; i++) {
    const doc = crd(rng, i, rng.int(50, 150), rng.int(1, 3));
    files.push({ name: `platform/crds/${(doc.metadata as { name: string }).name}.yaml`, text: yamlOf([doc]) });
  }
  let next = crdFiles;
  for (const op of OPERATORS.slice(0, count(OPERATORS.length))) {
    const crds = rng.int(2, 4);
    files.push({ name: `platform/operators/${op}/install.yaml`, text: bundleText(bundle(rng, op, next, crds, op.length % 2 === 0), op) });
    next += crds;
  }
  const serviceCount = Math.max(8, count(108));
  for (let i = 0; i < serviceCount; i++) {
    const p = servicePlan(i, MISTAKES[i] ? [MISTAKES[i]] : []);
    files.push(...serviceFiles(rng, i, p, crdCount));
  }
  for (let i = 0; i < count(16); i++) files.push({ name: `observability/dashboards/dashboard-${i}.yaml`, text: yamlOf([dashboard(rng, i, rng.int(20, 60))]) });
  for (const team of TEAMS.slice(0, count(TEAMS.length))) {
    files.push({ name: `observability/alerts/${team}.yaml`, text: yamlOf([alertRules(team === TEAMS[0] ? new Rng(7) : rng, team)]) });
  }
  for (const team of TEAMS.slice(0, count(4))) {
    files.push({ name: `exports/${team}-kubectl-get.yaml`, text: yamlOf([kubectlList(rng, team, rng.int(12, 30))], { kubectl: true }) });
    files.push({ name: `exports/${team}-flags.yaml`, text: yamlOf([configMapList(rng, team, rng.int(6, 14))], { kubectl: true }) });
  }
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let documents = 0;
  let bytes = 0;
  for (const f of files) {
    bytes += Buffer.byteLength(f.text);
    documents += f.name.endsWith('.json') ? 1 : f.text.split(/^---$/m).filter(t => t.replace(/^#.*$/gm, '').trim() !== '').length;
  }
  return { files, documents, bytes };
}

/** Writes the corpus into `dir` (which must not exist or be empty); returns what it wrote. */
export function writeCorpus(dir: string, options: CorpusOptions = {}): Corpus {
  const corpus = generateCorpus(options);
  for (const f of corpus.files) {
    const full = path.join(dir, f.name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, f.text);
  }
  return corpus;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i < 0 ? undefined : Number(args[i + 1]);
  };
  const dir = args.find((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1].startsWith('--')));
  if (!dir) {
    process.stderr.write('usage: gen-bench-corpus.ts <folder> [--scale 1] [--seed 42]\n');
    process.exit(2);
  }
  const c = writeCorpus(dir, { scale: option('--scale'), seed: option('--seed') });
  process.stdout.write(`${c.files.length} files, ${c.documents} documents, ${(c.bytes / 1024 / 1024).toFixed(2)} MB in ${dir}\n`);
}
