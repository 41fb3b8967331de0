/**
 * The semantic diff of two manifest sets (`diffManifests`, `diffObjects`): objects added, removed,
 * renamed and changed; reordering is no change; each kind of change explained; probe windows
 * before → after; exemptions; the text hunks; the `--fail-on` conditions and the formats.
 */
import {
  DiffChange,
  diffManifests,
  diffObjects,
  failuresOf,
  formatManifestDiff,
  ManifestDiff,
  ManifestReadError,
  MAX_MARKDOWN_CHARS,
  parseFailOn,
} from '../lib/check';
import { stringify } from 'yaml';

type Json = Record<string, unknown>;

/** A small web Deployment, secure, with probes; `edit` changes a copy of it. */
function web(edit: (d: Json & { spec: Json & { template: { metadata: Json; spec: Json & { containers: Json[] } } } }) => void = () => {}): Json {
  const d = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', labels: { app: 'web' } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          automountServiceAccountToken: false,
          securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
          volumes: [
            { name: 'cache', emptyDir: {} },
            { name: 'tmp', emptyDir: {} },
          ],
          containers: [
            {
              name: 'app',
              image: 'ghcr.io/acme/web:1.4.2',
              env: [
                { name: 'MODE', value: 'prod' },
                { name: 'LOG', value: 'info' },
              ],
              ports: [
                { name: 'http', containerPort: 8080 },
                { name: 'metrics', containerPort: 9090 },
              ],
              readinessProbe: { httpGet: { path: '/ready', port: 'http' }, initialDelaySeconds: 5, periodSeconds: 10 },
              livenessProbe: { tcpSocket: { port: 'http' }, initialDelaySeconds: 15, periodSeconds: 20 },
              resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '500m', memory: '128Mi' } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsUser: 10001, capabilities: { drop: ['ALL'] } },
            },
            { name: 'sidecar', image: 'ghcr.io/acme/agent:2.0', resources: { limits: { memory: '32Mi' } } },
          ],
        },
      },
    },
  };
  const copy = JSON.parse(JSON.stringify(d)) as Parameters<typeof edit>[0];
  edit(copy);
  return copy;
}

const service = (name = 'web', type = 'ClusterIP'): Json => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name },
  spec: { type, selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
});

/** The changes of the one changed object. */
function changesOf(before: Json, after: Json): DiffChange[] {
  const d = diffObjects([before], [after]);
  expect(d.objects).toHaveLength(1);
  return [...d.objects[0].changes];
}

const explained = (changes: readonly DiffChange[]) => changes.map(c => `${c.kind}: ${c.explanation}`);

describe('objects: added, removed, renamed, unchanged', () => {
  test('an added and a removed object; equal objects are unchanged', () => {
    const d = diffObjects(
      [web(), service()],
      [web(), service('api')].slice(0, 1).concat([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { a: '1' } }]),
    );
    expect(d.summary).toEqual({ added: 1, removed: 1, renamed: 0, changed: 0, unchanged: 1 });
    expect(d.objects.map(o => `${o.status} ${o.object.label}`)).toEqual(['added ConfigMap/cfg', 'removed Service/web']);
    expect(d.files).toEqual([]);
  });

  test('a removed and an added object of the same kind with equal content beyond metadata is a rename', () => {
    const renamed = { ...service('web-v2'), metadata: { name: 'web-v2', labels: { tier: 'front' } } };
    const d = diffObjects([service()], [renamed]);
    expect(d.summary.renamed).toBe(1);
    const [o] = d.objects;
    expect(o.status).toBe('renamed');
    expect(o.from?.label).toBe('Service/web');
    expect(o.object.label).toBe('Service/web-v2');
    expect(explained(o.changes)).toEqual(['field: metadata.labels[tier] added: front']);
  });

  test('another content, or another kind, is no rename', () => {
    expect(diffObjects([service()], [service('web-v2', 'NodePort')]).objects.map(o => o.status)).toEqual(['added', 'removed']);
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' }, data: { x: '1' } };
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'b' }, data: { x: '1' } };
    expect(diffObjects([cm], [secret]).summary).toMatchObject({ added: 1, removed: 1, renamed: 0 });
  });

  test('objects match by API group, kind, namespace and name: a new API version is a change of the same object', () => {
    const old = { ...web(), apiVersion: 'apps/v1beta2' };
    expect(explained(changesOf(old, web()))).toEqual(['field: apiVersion apps/v1beta2 → apps/v1']);
    const other = { ...web(), metadata: { name: 'web', namespace: 'shop', labels: { app: 'web' } } };
    const d = diffObjects([web()], [other]);
    expect(d.objects.map(o => `${o.status} ${o.object.label}`)).toEqual(['renamed Deployment/web -n shop']);
  });

  test('the items of a List are objects of their own', () => {
    const list = { apiVersion: 'v1', kind: 'List', items: [service(), web()] };
    expect(diffObjects([list], [service(), web()]).summary).toEqual({ added: 0, removed: 0, renamed: 0, changed: 0, unchanged: 2 });
  });
});

describe('reordering is no change', () => {
  test('containers, env, ports, volumes, capabilities and keys in another order', () => {
    const shuffled = web(d => {
      const s = d.spec.template.spec;
      s.containers.reverse();
      (s.volumes as Json[]).reverse();
      const c = s.containers[1] as Json & { env: Json[]; ports: Json[]; securityContext: { capabilities: { drop: string[] } } };
      c.env.reverse();
      c.ports.reverse();
      c.securityContext.capabilities.drop = ['ALL'];
      d.metadata = { labels: { app: 'web' }, name: 'web' };
    });
    expect(diffObjects([web(), service()], [service(), shuffled]).summary).toEqual({ added: 0, removed: 0, renamed: 0, changed: 0, unchanged: 2 });
  });

  test('args in another order are a change: their order is meaningful', () => {
    const a = web(d => (d.spec.template.spec.containers[0].args = ['--a', '--b']));
    const b = web(d => (d.spec.template.spec.containers[0].args = ['--b', '--a']));
    expect(explained(changesOf(a, b))).toEqual(['field: container app: args ["--a","--b"] → ["--b","--a"]']);
  });
});

describe('each change explained', () => {
  test('images: tag, repository, digest', () => {
    const tagged = (image: string) => web(d => (d.spec.template.spec.containers[0].image = image));
    expect(explained(changesOf(web(), tagged('ghcr.io/acme/web:1.5.0')))).toEqual(['image: container app: image ghcr.io/acme/web: tag 1.4.2 → 1.5.0']);
    expect(explained(changesOf(web(), tagged('docker.io/acme/web:1.4.2')))).toEqual([
      'image: container app: image: repository ghcr.io/acme/web → docker.io/acme/web',
    ]);
    const digest = 'sha256:' + 'a'.repeat(64);
    expect(explained(changesOf(web(), tagged(`ghcr.io/acme/web:1.4.2@${digest}`)))[0]).toBe(
      'image: container app: image ghcr.io/acme/web: digest none → sha256:aaaaaaaaaaaa…',
    );
  });

  test('the containers of a CronJob, whose pod template is deeper', () => {
    const cron = (image: string, profile: string) => ({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'report' },
      spec: {
        schedule: '0 2 * * *',
        jobTemplate: {
          spec: {
            template: {
              spec: {
                restartPolicy: 'OnFailure',
                containers: [{ name: 'job', image, securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: profile } } }],
              },
            },
          },
        },
      },
    });
    const changes = changesOf(cron('acme/report:1', 'a.json'), cron('acme/report:2', 'b.json'));
    expect(changes.map(c => `${c.path}: ${c.explanation}`)).toEqual([
      'spec.jobTemplate.spec.template.spec.containers[job].securityContext.seccompProfile: container job: seccompProfile Localhost (a.json) → Localhost (b.json)',
      'spec.jobTemplate.spec.template.spec.containers[job].image: container job: image acme/report: tag 1 → 2',
    ]);
  });

  test('ports: a number changed under its name, a port added, a Service port', () => {
    const moved = web(d => {
      const c = d.spec.template.spec.containers[0] as Json & { ports: Json[] };
      c.ports[0].containerPort = 8081;
      c.ports.push({ name: 'admin', containerPort: 9000, protocol: 'TCP' });
    });
    expect(explained(changesOf(web(), moved))).toEqual([
      'port: container app: port http: containerPort 8080 → 8081',
      'port: container app: port admin 9000/TCP added',
    ]);
    const svc = service();
    (svc.spec as { ports: Json[] }).ports[0].port = 8080;
    expect(explained(changesOf(service(), svc))).toEqual(['port: port http: port 80 → 8080']);
  });

  test('resources with their ratio, and replicas', () => {
    const bigger = web(d => {
      d.spec.replicas = 3;
      (d.spec.template.spec.containers[0].resources as { limits: Json }).limits.memory = '256Mi';
      delete (d.spec.template.spec.containers[1].resources as { limits?: Json }).limits;
    });
    expect(explained(changesOf(web(), bigger))).toEqual([
      'resources: container app: memory limit 128Mi → 256Mi (×2)',
      'resources: container sidecar: memory limit removed (was 32Mi)',
      'replicas: replicas 2 → 3',
    ]);
  });

  test('a container added or removed, and any other field', () => {
    const more = web(d => d.spec.template.spec.containers.push({ name: 'proxy', image: 'envoyproxy/envoy:v1.30.1' }));
    expect(explained(changesOf(web(), more))).toEqual(['container: container proxy added: image envoyproxy/envoy:v1.30.1']);
    expect(explained(changesOf(more, web()))).toEqual(['container: container proxy removed (was image envoyproxy/envoy:v1.30.1)']);
    expect(explained(changesOf(service(), service('web', 'NodePort')))).toEqual(['field: spec.type ClusterIP → NodePort']);
  });

  test('probes: a field, a probe added, a probe removed', () => {
    const changes = changesOf(
      web(),
      web(d => {
        const c = d.spec.template.spec.containers[0];
        delete c.livenessProbe;
        c.startupProbe = { httpGet: { path: '/ready', port: 'http' }, failureThreshold: 30, periodSeconds: 10 };
        (c.readinessProbe as Json).timeoutSeconds = 2;
      }),
    );
    const probes = explained(changes.filter(c => c.kind === 'probe'));
    expect(probes).toEqual([
      'probe: container app: startupProbe added: httpGet /ready on port http, periodSeconds 10, failureThreshold 30',
      'probe: container app: livenessProbe removed (was tcpSocket on port http, initialDelaySeconds 15, periodSeconds 20)',
      'probe: container app: readinessProbe.timeoutSeconds added: 2',
    ]);
  });
});

describe('probe windows before → after', () => {
  test('a readiness period of 10 s raised to 30 s: readiness detection [20, 31] s → [60, 91] s', () => {
    const slow = web(d => ((d.spec.template.spec.containers[0].readinessProbe as Json).periodSeconds = 30));
    const changes = changesOf(web(), slow);
    const windows = changes.filter(c => c.kind === 'probe-window');
    expect(explained(windows)).toEqual([
      'probe-window: container app: first Ready [4, 15] s → [4, 35] s (up to 20 s later)',
      'probe-window: container app: readiness detection [20, 31] s → [60, 91] s (up to 60 s later)',
    ]);
    expect(windows[1]).toMatchObject({
      path: 'spec.template.spec.containers[app].readinessProbe',
      container: 'app',
      window: 'readinessDetection',
      before: { earliest: 20, latest: 31 },
      after: { earliest: 60, latest: 91 },
    });
    expect(explained(changes.filter(c => c.kind === 'probe'))).toEqual(['probe: container app: readinessProbe.periodSeconds 10 → 30']);
  });

  test('a liveness probe removed: its window goes', () => {
    const changes = changesOf(
      web(),
      web(d => delete d.spec.template.spec.containers[0].livenessProbe),
    );
    expect(explained(changes.filter(c => c.kind === 'probe-window'))).toEqual([
      'probe-window: container app: liveness detection [40, 61] s → — (no liveness probe: a hang is never restarted)',
    ]);
  });
});

describe('security posture', () => {
  const weakened = (changes: readonly DiffChange[]) => changes.filter(c => c.kind === 'security').map(c => `${c.weakens ? '!' : ' '} ${c.explanation}`);

  test('each protection dropped weakens the posture', () => {
    const loose = web(d => {
      const s = d.spec.template.spec;
      s.hostNetwork = true;
      s.automountServiceAccountToken = true;
      (s.securityContext as Json).seccompProfile = { type: 'Unconfined' };
      (s.volumes as Json[]).push({ name: 'logs', hostPath: { path: '/var/log' } });
      const c = s.containers[0] as Json & { ports: Json[]; securityContext: Json & { capabilities: Json } };
      c.ports[0].hostPort = 80;
      c.securityContext = { allowPrivilegeEscalation: true, privileged: true, runAsUser: 0, runAsNonRoot: false, capabilities: { add: ['NET_ADMIN'] } };
    });
    expect(weakened(changesOf(web(), loose))).toEqual([
      "! hostNetwork not set → true: shares the host's network namespace",
      '! automountServiceAccountToken false → true: the service account token is mounted',
      '! volume logs mounts host path /var/log',
      '! container app: runAsNonRoot true → false: the kubelet no longer refuses a root user',
      '! container app: runAsUser 10001 → 0: runs as root',
      '! container app: seccompProfile RuntimeDefault → Unconfined: no seccomp filter: every system call is allowed',
      '! container app: readOnlyRootFilesystem true → not set: the root filesystem is writable',
      '! container app: privileged not set → true: privileged: every capability and the host devices',
      '! container app: allowPrivilegeEscalation false → true: a process can gain privileges (setuid binaries)',
      '! container app: capability NET_ADMIN added',
      '! container app: no longer drops capability ALL',
      '! container app: binds host port 80/TCP',
      // the pod's seccomp profile is the sidecar's too
      '! container sidecar: seccompProfile RuntimeDefault → Unconfined: no seccomp filter: every system call is allowed',
    ]);
  });

  test('a protection added does not weaken it; a field moved from the container to the pod with the same effect is no change', () => {
    const tighter = web(d => (d.spec.template.spec.containers[1].securityContext = { readOnlyRootFilesystem: true }));
    expect(weakened(changesOf(web(), tighter))).toEqual(['  container sidecar: readOnlyRootFilesystem not set → true']);
    const moved = web(d => {
      const s = d.spec.template.spec;
      delete (s.securityContext as Json).runAsNonRoot;
      for (const c of s.containers) c.securityContext = { ...(c.securityContext as Json), runAsNonRoot: true };
    });
    expect(diffObjects([web()], [moved]).objects[0].changes).toEqual([]);
  });

  test('a new container or a new object reports only what weakens the posture', () => {
    const root = { name: 'debug', image: 'busybox:1.36', securityContext: { privileged: true, readOnlyRootFilesystem: true } };
    const more = web(d => d.spec.template.spec.containers.push(root));
    expect(weakened(changesOf(web(), more))).toEqual(['! container debug: privileged not set → true: privileged: every capability and the host devices']);
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { hostPID: true, containers: [root] } };
    const d = diffObjects([], [pod]);
    expect(d.objects[0].status).toBe('added');
    expect(weakened(d.objects[0].changes)).toEqual([
      "! hostPID not set → true: sees the host's processes",
      '! container debug: privileged not set → true: privileged: every capability and the host devices',
    ]);
  });
});

describe('exemptions', () => {
  const exempt = (annotations: Json) => web(d => (d.spec.template.metadata.annotations = annotations));
  const key = 'exempt.cdk8s-pod-patterns/run-as-non-root';

  test('added (weakens), re-reasoned, removed, each with its reason', () => {
    const added = changesOf(web(), exempt({ [key]: 'app:runs as root (the image needs it)' }));
    expect(added).toEqual([
      {
        kind: 'exemption',
        path: `spec.template.metadata.annotations[${key}]`,
        after: 'app:runs as root (the image needs it)',
        explanation: 'exemption run-as-non-root added: app:runs as root (the image needs it)',
        weakens: true,
      },
    ]);
    expect(explained(changesOf(exempt({ [key]: 'a' }), exempt({ [key]: 'b' })))).toEqual(['exemption: exemption run-as-non-root: reason a → b']);
    const removed = changesOf(exempt({ [key]: 'a', other: 'x' }), exempt({ other: 'x' }));
    expect(removed.map(c => [c.explanation, c.weakens])).toEqual([['exemption run-as-non-root removed (was a)', false]]);
  });

  test('a new object lists the exemptions it carries', () => {
    const d = diffObjects([], [exempt({ [key]: 'app:legacy' })]);
    expect(explained(d.objects[0].changes)).toEqual(['exemption: exemption run-as-non-root added: app:legacy']);
  });
});

describe('diffManifests: YAML files and their text hunks', () => {
  const files = (docs: Json[], name = 'dist/web.k8s.yaml') => [{ name, text: docs.map(d => stringify(d)).join('---\n') }];

  test('the hunks of the files that differ, paired by name; a file added has no before', () => {
    const slow = web(d => ((d.spec.template.spec.containers[0].readinessProbe as Json).periodSeconds = 30));
    const d = diffManifests(
      [...files([web(), service()]), ...files([service('old', 'NodePort')], 'dist/old.yaml')],
      [...files([slow, service()]), ...files([service('new')], 'dist/new.yaml')],
    );
    expect(d.objects.map(o => `${o.status} ${o.object.label} ${o.object.file}`)).toEqual([
      'changed Deployment/web dist/web.k8s.yaml',
      'added Service/new dist/new.yaml',
      'removed Service/old dist/old.yaml',
    ]);
    expect(d.files.map(f => [f.before, f.after])).toEqual([
      ['dist/web.k8s.yaml', 'dist/web.k8s.yaml'],
      [undefined, 'dist/new.yaml'],
      ['dist/old.yaml', undefined],
    ]);
    const lines = d.files[0].hunks.flatMap(h => h.lines.filter(l => l.op !== ' ').map(l => `${l.op}${l.text.trim()}`));
    expect(lines).toEqual(['-periodSeconds: 10', '+periodSeconds: 30']);
  });

  test('one file on each side is a pair whatever the names; objects moved between files are unchanged', () => {
    const d = diffManifests(files([web()], 'old.yaml'), files([web()], 'new.yaml'));
    expect(d.files).toEqual([]);
    const moved = diffManifests([...files([web()], 'a.yaml'), ...files([service()], 'b.yaml')], files([service(), web()], 'all.yaml'));
    expect(moved.summary.unchanged).toBe(2);
    expect(moved.objects).toEqual([]);
  });

  test('a kustomization is compared as text only: it is not an object that is applied', () => {
    const k = (names: string[]) => ({ name: 'dist/kustomization.yaml', text: `resources:\n${names.map(n => `  - ${n}\n`).join('')}` });
    const d = diffManifests([k(['web.k8s.yaml']), ...files([web()])], [k(['web.k8s.yaml', 'api.k8s.yaml']), ...files([web()])]);
    expect(d.objects).toEqual([]);
    expect(d.summary.unchanged).toBe(1);
    expect(d.files.map(f => f.after)).toEqual(['dist/kustomization.yaml']);
  });

  test('YAML that does not parse, or prose, is a ManifestReadError naming the file and line', () => {
    expect(() => diffManifests([{ name: 'a.yaml', text: 'kind: Pod\nmetadata: {name: [\n' }], [])).toThrow(ManifestReadError);
    expect(() => diffManifests([{ name: 'a.yaml', text: 'kind: Pod\nmetadata: {name: [\n' }], [])).toThrow(/^a\.yaml:\d+:\d+: /);
    expect(() => diffManifests([], [{ name: 'NOTES.txt', text: 'Thank you for installing.\nRead the docs.\n' }])).toThrow(
      /NOTES\.txt is not a YAML manifest file/,
    );
  });
});

describe('--fail-on conditions', () => {
  const slow = web(d => {
    (d.spec.template.spec.containers[0].readinessProbe as Json).periodSeconds = 30;
    d.spec.template.metadata.annotations = { 'exempt.cdk8s-pod-patterns/run-as-user': 'app:root' };
    d.spec.template.spec.containers[0].image = 'ghcr.io/acme/web:1.5.0';
  });
  const diff: ManifestDiff = diffObjects([web(), service()], [slow]);
  const fails = (spec: string) => failuresOf(diff, parseFailOn(spec)).map(f => `${f.condition} ${f.object}: ${f.reason}`);

  test('each condition', () => {
    expect(fails('exemption-added')).toEqual(['exemption-added Deployment/web: exemption run-as-user added: app:root']);
    expect(fails('security-weakened')).toEqual([]);
    expect(fails('object-removed')).toEqual(['object-removed Service/web: removed']);
    expect(fails('object-added')).toEqual([]);
    expect(fails('image-changed')).toEqual(['image-changed Deployment/web: container app: image ghcr.io/acme/web: tag 1.4.2 → 1.5.0']);
    expect(fails('any-change')).toEqual(['any-change Deployment/web: changed', 'any-change Service/web: removed']);
    // readiness detection [20, 31] → [60, 91]: +60 s, +194 %
    expect(fails('window-grows:60')).toEqual([]);
    expect(fails('window-grows:59')).toHaveLength(1);
    expect(fails('window-grows:200%')).toEqual([]);
    expect(fails(' window-grows:150% , object-removed')).toHaveLength(2);
  });

  test('a detection window that goes (probe removed) grows beyond any bound', () => {
    const d = diffObjects([web()], [web(x => delete x.spec.template.spec.containers[0].livenessProbe)]);
    expect(failuresOf(d, parseFailOn('window-grows:1000'))).toHaveLength(1);
  });

  test('an unknown condition or a bad bound is an error naming it', () => {
    expect(() => parseFailOn('exemption-add')).toThrow('unknown condition "exemption-add"');
    expect(() => parseFailOn('window-grows:ten')).toThrow('"window-grows:ten": the bound must be seconds');
    expect(() => parseFailOn(',')).toThrow('no condition given');
  });
});

describe('formats', () => {
  const slow = web(d => {
    (d.spec.template.spec.containers[0].readinessProbe as Json).periodSeconds = 30;
    d.spec.template.metadata.annotations = { 'exempt.cdk8s-pod-patterns/run-as-user': 'app:root | legacy' };
  });
  const d = diffManifests([{ name: 'web.yaml', text: stringify(web()) }], [{ name: 'web.yaml', text: stringify(slow) }]);

  test('human: one line per change, risks marked, the summary, the failures, the hunks', () => {
    const out = formatManifestDiff(d, 'human', failuresOf(d, parseFailOn('exemption-added')));
    expect(out).toContain('Deployment/web: changed (web.yaml)\n  ! exemption    exemption run-as-user added: app:root | legacy\n');
    expect(out).toContain('    probe-window container app: readiness detection [20, 31] s → [60, 91] s (up to 60 s later)\n');
    expect(out).toContain('1 changed, 0 added, 0 removed, 0 renamed, 0 unchanged; 1 change weakens the security posture (marked !).');
    expect(out).toContain('fails exemption-added: Deployment/web: exemption run-as-user added');
    expect(out).toMatch(/--- web\.yaml\n\+\+\+ web\.yaml\n@@ /);
    expect(formatManifestDiff(diffObjects([web()], [web()]), 'human')).toBe('No object differs (1 unchanged).\n');
  });

  test('json: the diff, hunks as unified text, the failures', () => {
    const parsed = JSON.parse(formatManifestDiff(d, 'json')) as {
      summary: Json;
      objects: { changes: DiffChange[] }[];
      files: { diff: string }[];
      failures: [];
    };
    expect(parsed.summary).toEqual({ added: 0, removed: 0, renamed: 0, changed: 1, unchanged: 0 });
    expect(parsed.objects[0].changes.find(c => c.window === 'readinessDetection')?.after).toEqual({ earliest: 60, latest: 91 });
    expect(parsed.files[0].diff).toMatch(/\n-\s+periodSeconds: 10\n\+\s+periodSeconds: 30\n/);
    expect(parsed.failures).toEqual([]);
  });

  test('markdown: a table per object, cells escaped, the text diff folded, never over the size GitHub takes', () => {
    const out = formatManifestDiff(d, 'markdown');
    expect(out).toMatch(/^### Manifest diff: 1 changed/);
    expect(out).toContain('> [!WARNING]');
    expect(out).toContain('| ⚠️ | exemption | exemption run-as-user added: app:root \\| legacy |');
    expect(out).toContain('<details><summary>Text diff: 1 file</summary>\n\n```diff\n--- web.yaml\n');
    const many = diffObjects(
      [],
      Array.from({ length: 3000 }, (_, i) => ({
        ...service(`svc-${i}`),
        metadata: { name: `svc-${i}`, annotations: { 'exempt.cdk8s-pod-patterns/host-ports': 'x'.repeat(40) } },
      })),
    );
    const big = formatManifestDiff(many, 'markdown');
    expect(big.length).toBeLessThanOrEqual(MAX_MARKDOWN_CHARS);
    expect(big).toContain('more lines left out');
  });
});
