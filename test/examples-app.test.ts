/**
 * The examples/ app (five services of a shop, one chart each, written with the public API only):
 * the committed examples/dist/ is what it synthesizes, its objects fit together (Services and
 * budgets select the pods they mean, named target ports are declared, the claim template is
 * mounted), and it passes the rules engine and the `check` command with the restricted profile,
 * the legacy app's exemptions being the only relaxations.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PassThrough } from 'stream';
import { App, Chart, Names, Yaml } from 'cdk8s';
import { ManifestValidation, validateManifests } from '../lib';
import { main } from '../lib/cli/main';
import { shop } from '../examples/app';

// The examples import the package by its name, as an app of its own would; jest's configuration
// (and scripts/register.js) map that name to the library's sources.

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'examples', 'dist');
/** The command that writes examples/dist/, as examples/README.md gives it. */
const SYNTH_COMMAND = 'npm run synth:examples';

/** file name → content, for every file in a folder. */
function readTree(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map(f => [f, fs.readFileSync(path.join(dir, f), 'utf8')]),
  );
}

/**
 * The app as examples/main.ts builds it, synthesized in memory: validated as a whole (errors and
 * warnings throw), then each chart as cdk8s writes its file, `<chart>.k8s.yaml`.
 */
function synthesizeInMemory(): { files: Record<string, string>; charts: Record<string, any[]> } {
  const app = new App({ outdir: '/nonexistent/examples-dist' });
  ManifestValidation.enable(app, { policy: 'restricted', warnings: 'fail' });
  const built: Chart[] = shop(app);
  app.synthYaml();
  const charts = Object.fromEntries(built.map(c => [Names.toDnsLabel(c), c.toJson()]));
  const files = Object.fromEntries(Object.entries(charts).map(([name, objects]) => [`${name}.k8s.yaml`, Yaml.stringify(...objects)]));
  return { files, charts };
}

const { files, charts } = synthesizeInMemory();
const manifests = Object.values(charts).flat();

/** The one object of a kind and name. */
function object(kind: string, name: string): any {
  const found = manifests.filter(m => m.kind === kind && m.metadata.name === name);
  expect(found).toHaveLength(1);
  return found[0];
}

/** The pod template of a workload, whatever its kind. */
function podTemplate(workload: any): any {
  return workload.kind === 'CronJob' ? workload.spec.jobTemplate.spec.template : workload.spec.template;
}

const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'CronJob'];
const workloads = manifests.filter(m => WORKLOAD_KINDS.includes(m.kind));

describe('examples/dist/', () => {
  test('is what the app synthesizes, file for file and byte for byte', () => {
    // GIVEN the committed files
    const committed = readTree(DIST);
    // WHEN the app is synthesized in memory (above)
    // THEN no file is missing, extra or different
    const differing = [...new Set([...Object.keys(committed), ...Object.keys(files)])].sort().filter(f => committed[f] !== files[f]);
    if (differing.length > 0) {
      throw new Error(
        `examples/dist/ is stale: ${differing.join(', ')} ${differing.length === 1 ? 'differs' : 'differ'} from what examples/app.ts synthesizes; run: ${SYNTH_COMMAND}`,
      );
    }
    expect(Object.keys(committed)).toEqual([
      'database.k8s.yaml',
      'http-api.k8s.yaml',
      'legacy-app.k8s.yaml',
      'nightly-report.k8s.yaml',
      'queue-worker.k8s.yaml',
    ]);
  });
});

describe('the services', () => {
  test('each chart holds its service, and nothing else, in the namespace shop', () => {
    // GIVEN the synthesized charts
    // WHEN their objects are listed
    const kinds = Object.fromEntries(Object.entries(charts).map(([chart, objects]) => [chart, objects.map(o => `${o.kind}/${o.metadata.name}`)]));
    // THEN every service has the objects it is about
    expect(kinds).toEqual({
      'http-api': ['ConfigMap/shop-api-config', 'Deployment/shop-api', 'Service/shop-api', 'PodDisruptionBudget/shop-api'],
      'queue-worker': ['ConfigMap/shop-worker-config', 'ServiceAccount/shop-worker', 'Deployment/shop-worker'],
      database: ['Secret/shop-db-login', 'StatefulSet/shop-db', 'Service/shop-db', 'PodDisruptionBudget/shop-db'],
      'legacy-app': ['Deployment/catalog-web', 'Service/catalog-web'],
      'nightly-report': ['PersistentVolumeClaim/shop-reports', 'CronJob/nightly-report'],
    });
    // and each object is in the namespace, labelled as part of the shop
    for (const m of manifests) {
      expect([m.metadata.namespace, m.metadata.labels?.['app.kubernetes.io/part-of']]).toEqual(['shop', 'shop']);
    }
  });

  test("each Service and budget selects exactly its workload's pods, which carry the workload's selector", () => {
    // GIVEN the Services and budgets, and the workloads
    const selecting = manifests.filter(m => m.kind === 'Service' || m.kind === 'PodDisruptionBudget');
    // WHEN each one's selector is matched against the pod labels of every workload
    const selected = selecting.map(s => {
      const selector = s.kind === 'Service' ? s.spec.selector : s.spec.selector.matchLabels;
      const matches = workloads.filter(w => Object.entries(selector).every(([k, v]) => podTemplate(w).metadata.labels[k] === v));
      return [`${s.kind}/${s.metadata.name}`, matches.map(w => `${w.kind}/${w.metadata.name}`), selector];
    });
    // THEN it selects one workload, by that workload's own selector
    expect(selected).toEqual([
      ['Service/shop-api', ['Deployment/shop-api'], object('Deployment', 'shop-api').spec.selector.matchLabels],
      ['PodDisruptionBudget/shop-api', ['Deployment/shop-api'], object('Deployment', 'shop-api').spec.selector.matchLabels],
      ['Service/shop-db', ['StatefulSet/shop-db'], object('StatefulSet', 'shop-db').spec.selector.matchLabels],
      ['PodDisruptionBudget/shop-db', ['StatefulSet/shop-db'], object('StatefulSet', 'shop-db').spec.selector.matchLabels],
      ['Service/catalog-web', ['Deployment/catalog-web'], object('Deployment', 'catalog-web').spec.selector.matchLabels],
    ]);
    // and every workload with a selector has pods that carry it
    for (const w of workloads.filter(w => w.spec.selector)) {
      expect(podTemplate(w).metadata.labels).toMatchObject(w.spec.selector.matchLabels);
    }
  });

  test('Services target the ports by the names their containers declare', () => {
    // GIVEN each Service and the port names of the containers it selects
    const services = manifests.filter(m => m.kind === 'Service');
    // WHEN its target ports are read
    const targets = services.map(s => {
      const workload = workloads.find(w => w.metadata.name === s.metadata.name);
      const declared = podTemplate(workload).spec.containers.flatMap((c: any) => (c.ports ?? []).map((p: any) => p.name));
      return [s.metadata.name, s.spec.ports.map((p: any) => [p.port, p.targetPort]), declared];
    });
    // THEN each target port is a declared name
    expect(targets).toEqual([
      [
        'shop-api',
        [
          [80, 'http'],
          [9090, 'metrics'],
        ],
        ['http', 'metrics'],
      ],
      ['shop-db', [[5432, 'postgres']], ['postgres']],
      ['catalog-web', [[80, 'http']], ['http']],
    ]);
    // and the database's Service is the StatefulSet's headless governing Service
    expect(object('Service', 'shop-db').spec.clusterIP).toBe('None');
    expect(object('StatefulSet', 'shop-db').spec.serviceName).toBe('shop-db');
  });

  test("the database's claim template is mounted by its init container and its container, and is no pod volume", () => {
    // GIVEN the database StatefulSet
    const db = object('StatefulSet', 'shop-db');
    const spec = db.spec.template.spec;
    // WHEN its claim templates and mounts are read
    const mountsOf = (c: any) => c.volumeMounts.filter((m: any) => m.name === 'data');
    // THEN one claim template, of 20Gi on the ssd class, mounted at the data directory
    expect(db.spec.volumeClaimTemplates).toEqual([
      { metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'ssd', resources: { requests: { storage: '20Gi' } } } },
    ]);
    expect([...spec.initContainers, ...spec.containers].map(c => [c.name, mountsOf(c)])).toEqual([
      ['prepare-data', [{ name: 'data', mountPath: '/var/lib/postgresql/data' }]],
      ['postgres', [{ name: 'data', mountPath: '/var/lib/postgresql/data' }]],
    ]);
    expect(spec.volumes.map((v: any) => v.name)).not.toContain('data');
  });

  test('the nightly CronJob: its schedule, its Jobs and the claim it mounts', () => {
    // GIVEN the CronJob and the claim of its chart
    const cron = object('CronJob', 'nightly-report');
    const claim = object('PersistentVolumeClaim', 'shop-reports');
    // WHEN their specs are read
    const job = cron.spec.jobTemplate.spec;
    // THEN it runs at 02:30 Berlin time, never twice at once, and retries in the same pod
    expect(cron.spec).toMatchObject({ schedule: '30 2 * * *', timeZone: 'Europe/Berlin', concurrencyPolicy: 'Forbid' });
    expect(job).toMatchObject({ backoffLimit: 2, ttlSecondsAfterFinished: 86400 });
    expect(job.template.spec.restartPolicy).toBe('OnFailure');
    // and it mounts the claim of its chart
    expect(job.template.spec.volumes).toContainEqual({ name: 'shop-reports', persistentVolumeClaim: { claimName: claim.metadata.name } });
    expect(claim.spec.resources.requests.storage).toBe('5Gi');
  });

  test("every key taken from a ConfigMap or Secret of the app is one it holds; the others are the operators' Secrets", () => {
    // GIVEN the ConfigMaps and Secrets the app writes
    const held = new Map<string, string[]>(
      manifests.filter(m => m.kind === 'ConfigMap' || m.kind === 'Secret').map(m => [`${m.kind}/${m.metadata.name}`, Object.keys(m.data ?? m.stringData)]),
    );
    // WHEN every key reference of every container is listed
    const refs = workloads.flatMap(w =>
      [...(podTemplate(w).spec.initContainers ?? []), ...podTemplate(w).spec.containers].flatMap((c: any) =>
        (c.env ?? []).flatMap((e: any) => {
          const ref = e.valueFrom?.secretKeyRef ?? e.valueFrom?.configMapKeyRef;
          return ref ? [[`${e.valueFrom.secretKeyRef ? 'Secret' : 'ConfigMap'}/${ref.name}`, ref.key]] : [];
        }),
      ),
    );
    // THEN those of the app's objects name keys they hold, and the rest are the external Secrets
    const external = refs.filter(([obj, key]) => {
      const keys = held.get(obj);
      if (keys) expect(keys).toContain(key);
      return !keys;
    });
    expect([...new Set(external.map(([obj]) => obj))].sort()).toEqual(['Secret/shop-api-credentials', 'Secret/shop-db-password', 'Secret/shop-worker-queue']);
  });
});

describe('policy', () => {
  test('the rules engine with the restricted profile: no error, no warning; the infos are the exemptions and one notice', () => {
    // GIVEN every manifest of the app, all charts together
    // WHEN the engine checks them with the restricted profile
    const findings = validateManifests(manifests, { policy: 'restricted' });
    // THEN nothing is wrong
    expect(findings.filter(f => f.severity !== 'info').map(f => `${f.kind}/${f.name} ${f.path}: ${f.detail} [${f.rule}]`)).toEqual([]);
    // and the infos are the legacy app's exemptions and the database budget's, each with its reason, and the notice that a ServiceAccount has no rules of its own
    expect(findings.map(f => [`${f.kind}/${f.name}`, f.rule, f.path]).sort()).toEqual([
      ['Deployment/catalog-web', 'capabilities-restricted', 'spec.template.spec.containers[0].securityContext.capabilities.add[1]'],
      ['Deployment/catalog-web', 'capabilities-restricted', 'spec.template.spec.containers[0].securityContext.capabilities.add[2]'],
      ['Deployment/catalog-web', 'capabilities-restricted', 'spec.template.spec.containers[0].securityContext.capabilities.add[3]'],
      ['Deployment/catalog-web', 'run-as-non-root', 'spec.template.spec.containers[0].securityContext.runAsNonRoot'],
      ['Deployment/catalog-web', 'run-as-user', 'spec.template.spec.containers[0].securityContext.runAsUser'],
      ['PodDisruptionBudget/shop-db', 'pdb-blocks-eviction', 'spec.minAvailable'],
      ['ServiceAccount/shop-worker', 'kind-not-checked', ''],
    ]);
    for (const f of findings.filter(f => f.rule !== 'kind-not-checked'))
      expect(f.detail).toMatch(/^exempted \((web:(adds|runs as root)|budget:minAvailable) .+\): /);
  });

  test('the legacy app records each exemption on its pods, with its reason', () => {
    // GIVEN the legacy Deployment
    const annotations = object('Deployment', 'catalog-web').spec.template.metadata.annotations;
    // WHEN its pod annotations are read
    // THEN each exemption is there; no other workload has one
    expect(Object.keys(annotations).sort()).toEqual([
      'exempt.cdk8s-pod-patterns/capabilities-restricted',
      'exempt.cdk8s-pod-patterns/read-only-root-filesystem',
      'exempt.cdk8s-pod-patterns/run-as-non-root',
      'exempt.cdk8s-pod-patterns/run-as-user',
    ]);
    const others = workloads.filter(w => w.metadata.name !== 'catalog-web');
    expect(others.flatMap(w => Object.keys(podTemplate(w).metadata.annotations ?? {}).filter(k => k.startsWith('exempt.')))).toEqual([]);
  });

  test('the check command over examples/dist/ with the restricted profile exits 0', async () => {
    // GIVEN the committed folder
    let stdout = '';
    let stderr = '';
    const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
    stdin.isTTY = true;
    // WHEN check runs over it, as `npx cdk8s-pod-patterns check --policy restricted examples/dist` does
    const code = await main(['check', '--policy', 'restricted', 'examples/dist'], {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      stdin,
      cwd: ROOT,
      env: {},
    });
    // THEN it finds no error and no warning
    expect(stderr).toBe('');
    expect(stdout.split('\n').slice(-2)).toEqual(['0 errors, 0 warnings, 7 infos in 15 manifests (5 files)', '']);
    expect(code).toBe(0);
  });
});
