/**
 * Policy checks of the manifest rules engine (lib/policy/): the Pod Security Standards
 * (baseline, restricted) of Kubernetes 1.27 and the best practices of the `recommended` profile.
 * Each check has a manifest it flags and one it passes, across Pod, Deployment and CronJob shapes.
 */
import { Finding } from '../lib/engine/finding';
import { podTemplateAt, TemplatePath } from '../lib/engine/rules/kinds';
import { POLICY_CHECKS, POLICY_PROFILES, PolicyProfile } from '../lib/policy/profiles';
import { policyRuleSet } from '../lib/policy/rule-set';

type M = Record<string, any>;

// ---------------------------------------------------------------------------------------------
// manifests
// ---------------------------------------------------------------------------------------------

const RESOURCES = { requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '500m', memory: '128Mi' } };

/** A container that passes every check. */
function hardenedContainer(extra: M = {}): M {
  return {
    name: 'app',
    image: 'nginx:1.25',
    ports: [{ name: 'http', containerPort: 8080 }],
    securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true },
    resources: RESOURCES,
    livenessProbe: { httpGet: { path: '/healthz', port: 8080 } },
    readinessProbe: { httpGet: { path: '/ready', port: 'http' } },
    ...extra,
  };
}

/** A pod spec that passes every check. */
function hardenedSpec(extra: M = {}): M {
  return {
    automountServiceAccountToken: false,
    securityContext: { runAsNonRoot: true, runAsUser: 65534, seccompProfile: { type: 'RuntimeDefault' } },
    containers: [hardenedContainer()],
    volumes: [{ name: 'tmp', emptyDir: {} }],
    ...extra,
  };
}

/** A container with no settings at all. */
function plain(extra: M = {}): M {
  return { name: 'app', image: 'nginx:1.25', ...extra };
}

function pod(spec: M, metadata: M = {}): M {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', ...metadata }, spec };
}

function deployment(spec: M, templateMetadata: M = {}): M {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' }, ...templateMetadata }, spec } },
  };
}

function cronJob(spec: M, templateMetadata: M = {}): M {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'nightly' },
    spec: { schedule: '0 3 * * *', jobTemplate: { spec: { template: { metadata: templateMetadata, spec: { restartPolicy: 'OnFailure', ...spec } } } } },
  };
}

const TEMPLATES: Record<string, TemplatePath> = {
  Pod: [],
  Deployment: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

// ---------------------------------------------------------------------------------------------
// findings
// ---------------------------------------------------------------------------------------------

const CHECKS = new Map(POLICY_CHECKS.map(c => [c.id, c]));
const TYPES = { error: 'Forbidden', warning: 'Warning', info: 'Info' };

/** The findings of `profile` on `manifest`; each must come from a check of that profile, with its severity. */
function run(manifest: M, profile: PolicyProfile = 'recommended'): readonly Finding[] {
  const findings = policyRuleSet(profile).check({
    subject: { object: 0, kind: manifest.kind, name: manifest.metadata?.name },
    prefix: [],
    manifest,
    kind: manifest.kind,
    template: podTemplateAt(manifest, TEMPLATES[manifest.kind]),
  });
  for (const f of findings) {
    const check = CHECKS.get(f.rule);
    expect(check).toBeDefined();
    expect(check!.profiles).toContain(profile);
    expect(f.severity).toBe(check!.severity);
    expect(f.type).toBe(TYPES[f.severity]);
  }
  return findings;
}

interface Brief {
  readonly rule: string;
  readonly severity: string;
  readonly path: string;
  readonly detail: string;
}

function brief(f: Finding): Brief {
  return { rule: f.rule, severity: f.severity, path: f.path, detail: f.detail };
}

/** The findings of one check. */
function of(rule: string, manifest: M, profile: PolicyProfile = 'recommended'): Brief[] {
  return run(manifest, profile)
    .filter(f => f.rule === rule)
    .map(brief);
}

function error(rule: string, path: string, detail: string): Brief {
  return { rule, severity: 'error', path, detail };
}

function warning(rule: string, path: string, detail: string): Brief {
  return { rule, severity: 'warning', path, detail };
}

function info(rule: string, path: string, detail: string): Brief {
  return { rule, severity: 'info', path, detail };
}

/** The rules of the findings above info. */
function serious(manifest: M, profile: PolicyProfile = 'recommended'): string[] {
  return run(manifest, profile)
    .filter(f => f.severity !== 'info')
    .map(f => `${f.rule} ${f.path}`);
}

// ---------------------------------------------------------------------------------------------
// registry and profiles
// ---------------------------------------------------------------------------------------------

describe('checks and profiles', () => {
  test('profiles are ordered weakest first', () => {
    expect(POLICY_PROFILES).toEqual(['baseline', 'restricted', 'recommended']);
  });

  test('check ids are unique kebab-case; each profile includes the checks of the weaker ones', () => {
    const ids = POLICY_CHECKS.map(c => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of POLICY_CHECKS) {
      expect(c.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(c.description).not.toBe('');
      expect(c.recommendation).not.toBe('');
      expect(c.profiles).toContain('recommended');
      if (c.profiles.includes('baseline')) expect(c.profiles).toContain('restricted');
    }
  });

  test('the check list', () => {
    expect(POLICY_CHECKS.map(c => `${c.id} ${c.profiles[0]} ${c.severity}`)).toEqual([
      'host-namespaces baseline error',
      'privileged baseline error',
      'capabilities-baseline baseline error',
      'host-path-volumes baseline error',
      'host-ports baseline error',
      'apparmor baseline error',
      'selinux baseline error',
      'proc-mount baseline error',
      'seccomp-baseline baseline error',
      'sysctls baseline error',
      'windows-host-process baseline error',
      'volume-types restricted error',
      'allow-privilege-escalation restricted error',
      'run-as-non-root restricted error',
      'run-as-user restricted error',
      'seccomp-restricted restricted error',
      'capabilities-restricted restricted error',
      'probe-port-exposed recommended warning',
      'liveness-probe-missing recommended warning',
      'readiness-probe-missing recommended warning',
      'liveness-before-start recommended warning',
      'image-tag-latest recommended warning',
      'image-tag-mutable recommended info',
      'resources-missing recommended warning',
      'read-only-root-filesystem recommended warning',
      'service-account-token recommended warning',
      'naked-pod recommended info',
    ]);
  });

  test('baseline does not run the restricted checks, restricted not the best practices', () => {
    const m = deployment({ containers: [plain()], volumes: [{ name: 'nfs', nfs: { server: 'nas', path: '/x' } }] });
    expect(run(m, 'baseline')).toEqual([]);
    expect(run(m, 'restricted').map(f => f.rule)).toEqual([
      'volume-types',
      'allow-privilege-escalation',
      'run-as-non-root',
      'seccomp-restricted',
      'capabilities-restricted',
    ]);
  });

  test('recommended runs every check', () => {
    const m = pod(
      {
        hostNetwork: true,
        securityContext: {
          runAsUser: 0,
          sysctls: [{ name: 'kernel.msgmax', value: '1' }],
          seLinuxOptions: { type: 'spc_t' },
          windowsOptions: { hostProcess: true },
        },
        volumes: [
          { name: 'host', hostPath: { path: '/' } },
          { name: 'nfs', nfs: { server: 'nas', path: '/x' } },
        ],
        initContainers: [plain({ name: 'init', image: 'busybox' })],
        containers: [
          plain({
            image: 'nginx:latest',
            ports: [{ containerPort: 80, hostPort: 80 }],
            securityContext: { privileged: true, procMount: 'Unmasked', capabilities: { add: ['SYS_ADMIN', 'CHOWN'] }, seccompProfile: { type: 'Unconfined' } },
            livenessProbe: { tcpSocket: { port: 81 } },
          }),
          plain({ name: 'side', image: 'redis:7' }),
        ],
      },
      { annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'unconfined', 'start-time.cdk8s-pod-patterns/app': '30' } },
    );
    const rules = new Set(run(m).map(f => f.rule));
    expect([...rules].sort()).toEqual(POLICY_CHECKS.map(c => c.id).sort());
  });

  test('an unknown profile runs nothing', () => {
    expect(run(pod({ hostNetwork: true, containers: [plain()] }), 'strict' as PolicyProfile)).toEqual([]);
  });
});

describe('a hardened workload', () => {
  test('a Pod passes recommended with infos only', () => {
    const m = pod(hardenedSpec());
    expect(serious(m)).toEqual([]);
    expect(run(m).map(brief)).toEqual([
      info('naked-pod', '', 'a bare Pod is not recreated when it fails, is evicted or its node goes away; create it through a Deployment, StatefulSet or Job'),
      info(
        'image-tag-mutable',
        'spec.containers[0].image',
        'image "nginx:1.25" is pinned by tag only, and a tag can be moved to another image; add its digest (nginx:1.25@sha256:...) for reproducible deployments',
      ),
    ]);
  });

  test('a Deployment pinned by digest, with init container and every allowed volume type, has no finding', () => {
    const digest = 'nginx:1.25@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31';
    const m = deployment(
      hardenedSpec({
        initContainers: [hardenedContainer({ name: 'init', image: digest, livenessProbe: undefined, readinessProbe: undefined, ports: undefined })],
        containers: [
          hardenedContainer({
            image: digest,
            securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] }, readOnlyRootFilesystem: true },
          }),
        ],
        volumes: [
          { name: 'a', emptyDir: {} },
          { name: 'b', configMap: { name: 'cm' } },
          { name: 'c', secret: { secretName: 's' } },
          { name: 'd', persistentVolumeClaim: { claimName: 'pvc' } },
          { name: 'e', projected: { sources: [] } },
          { name: 'f', downwardAPI: { items: [] } },
          { name: 'g', csi: { driver: 'x' } },
          { name: 'h', ephemeral: { volumeClaimTemplate: { spec: {} } } },
          { name: 'i' },
        ],
      }),
    );
    expect(run(m)).toEqual([]);
  });

  test('a CronJob needs no probes', () => {
    const m = cronJob(hardenedSpec({ containers: [hardenedContainer({ livenessProbe: undefined, readinessProbe: undefined })] }));
    expect(serious(m)).toEqual([]);
  });

  test('container settings can replace the pod-level ones', () => {
    const sc = {
      allowPrivilegeEscalation: false,
      runAsNonRoot: true,
      seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' },
      capabilities: { drop: ['ALL'] },
      readOnlyRootFilesystem: true,
    };
    const m = deployment(hardenedSpec({ securityContext: undefined, containers: [hardenedContainer({ securityContext: sc })] }));
    expect(serious(m)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Pod Security Standards: baseline
// ---------------------------------------------------------------------------------------------

describe('baseline', () => {
  test('host-namespaces', () => {
    expect(of('host-namespaces', pod({ hostNetwork: true, hostPID: true, containers: [plain()] }), 'baseline')).toEqual([
      error('host-namespaces', 'spec.hostNetwork', 'host namespaces (hostNetwork=true); remove hostNetwork or set it to false'),
      error('host-namespaces', 'spec.hostPID', 'host namespaces (hostPID=true); remove hostPID or set it to false'),
    ]);
    expect(of('host-namespaces', deployment({ hostIPC: true, containers: [plain()] }), 'baseline')).toEqual([
      error('host-namespaces', 'spec.template.spec.hostIPC', 'host namespaces (hostIPC=true); remove hostIPC or set it to false'),
    ]);
    expect(of('host-namespaces', deployment({ hostNetwork: false, hostPID: 'true', containers: [plain()] }), 'baseline')).toEqual([]);
  });

  test('privileged', () => {
    const m = cronJob({ containers: [plain({ securityContext: { privileged: true } })] });
    expect(of('privileged', m, 'baseline')).toEqual([
      error(
        'privileged',
        'spec.jobTemplate.spec.template.spec.containers[0].securityContext.privileged',
        'privileged (container "app" must not set securityContext.privileged=true)',
      ),
    ]);
    expect(of('privileged', cronJob({ containers: [plain({ securityContext: { privileged: false } })] }), 'baseline')).toEqual([]);
  });

  test('capabilities-baseline', () => {
    const m = pod({ containers: [plain({ securityContext: { capabilities: { add: ['NET_ADMIN', 'CHOWN', 'CAP_SYS_ADMIN'] } } })] });
    expect(of('capabilities-baseline', m, 'baseline')).toEqual([
      error(
        'capabilities-baseline',
        'spec.containers[0].securityContext.capabilities.add[0]',
        'non-default capabilities (container "app" must not include "NET_ADMIN" in securityContext.capabilities.add)',
      ),
      error(
        'capabilities-baseline',
        'spec.containers[0].securityContext.capabilities.add[2]',
        'non-default capabilities (container "app" must not include "CAP_SYS_ADMIN" in securityContext.capabilities.add)',
      ),
    ]);
    const defaults = pod({ containers: [plain({ securityContext: { capabilities: { add: ['NET_BIND_SERVICE', 'KILL', 'SYS_CHROOT'] } } })] });
    expect(of('capabilities-baseline', defaults, 'restricted')).toEqual([]);
  });

  test('host-path-volumes', () => {
    const m = deployment({
      containers: [plain()],
      volumes: [
        { name: 'tmp', emptyDir: {} },
        { name: 'docker', hostPath: { path: '/var/run/docker.sock' } },
      ],
    });
    const expected = [
      error(
        'host-path-volumes',
        'spec.template.spec.volumes[1].hostPath',
        'hostPath volumes (volume "docker"); use an emptyDir, a configMap or secret, or a persistentVolumeClaim instead',
      ),
    ];
    expect(of('host-path-volumes', m, 'baseline')).toEqual(expected);
    // reported once: not again as a restricted volume type
    expect(
      run(m, 'restricted')
        .filter(f => f.path.startsWith('spec.template.spec.volumes'))
        .map(brief),
    ).toEqual(expected);
    expect(of('host-path-volumes', deployment({ containers: [plain()], volumes: [{ name: 'tmp', emptyDir: {} }] }), 'baseline')).toEqual([]);
  });

  test('host-ports', () => {
    const m = pod({ initContainers: [plain({ name: 'init', ports: [{ containerPort: 80 }, { containerPort: 443, hostPort: 8443 }] })], containers: [plain()] });
    expect(of('host-ports', m, 'baseline')).toEqual([
      error(
        'host-ports',
        'spec.initContainers[0].ports[1].hostPort',
        'hostPort (container "init" uses hostPort 8443); remove hostPort and reach the container through a Service',
      ),
    ]);
    expect(of('host-ports', pod({ containers: [plain({ ports: [{ containerPort: 80, hostPort: 0 }, { containerPort: 81 }] })] }), 'baseline')).toEqual([]);
  });

  test('host-ports: a hostNetwork pod binds its container ports on the node', () => {
    const m = deployment({ hostNetwork: true, containers: [plain({ ports: [{ containerPort: 9443 }] })] });
    expect(of('host-ports', m, 'baseline')).toEqual([
      error(
        'host-ports',
        'spec.template.spec.containers[0].ports[0]',
        'hostPort (container "app" uses hostPort 9443: in a hostNetwork pod, hostPort defaults to containerPort); remove hostNetwork',
      ),
    ]);
  });

  test('apparmor', () => {
    const annotations = {
      'container.apparmor.security.beta.kubernetes.io/app': 'unconfined',
      'container.apparmor.security.beta.kubernetes.io/sidecar': 'runtime/default',
      'container.apparmor.security.beta.kubernetes.io/other': 'localhost/k8s-nginx',
    };
    const m = deployment({ containers: [plain()] }, { annotations });
    expect(of('apparmor', m, 'baseline')).toEqual([
      error(
        'apparmor',
        'spec.template.metadata.annotations[container.apparmor.security.beta.kubernetes.io/app]',
        'forbidden AppArmor profile (container.apparmor.security.beta.kubernetes.io/app="unconfined"); use "runtime/default" or "localhost/<profile>"',
      ),
    ]);
    expect(
      of('apparmor', pod({ containers: [plain()] }, { annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'runtime/default' } }), 'baseline'),
    ).toEqual([]);
  });

  test('selinux', () => {
    const m = pod({
      securityContext: { seLinuxOptions: { type: 'spc_t' } },
      containers: [plain({ securityContext: { seLinuxOptions: { user: 'system_u', role: 'system_r' } } })],
    });
    expect(of('selinux', m, 'baseline')).toEqual([
      error(
        'selinux',
        'spec.securityContext.seLinuxOptions.type',
        'seLinuxOptions (pod set forbidden securityContext.seLinuxOptions: type "spc_t"); use container_t, container_init_t or container_kvm_t, or leave type unset',
      ),
      error(
        'selinux',
        'spec.containers[0].securityContext.seLinuxOptions.user',
        'seLinuxOptions (container "app" set forbidden securityContext.seLinuxOptions: user may not be set); remove seLinuxOptions.user',
      ),
      error(
        'selinux',
        'spec.containers[0].securityContext.seLinuxOptions.role',
        'seLinuxOptions (container "app" set forbidden securityContext.seLinuxOptions: role may not be set); remove seLinuxOptions.role',
      ),
    ]);
    const allowed = pod({ securityContext: { seLinuxOptions: { type: 'container_t', level: 's0:c123,c456' } }, containers: [plain()] });
    expect(of('selinux', allowed, 'baseline')).toEqual([]);
  });

  test('proc-mount', () => {
    const m = deployment({ containers: [plain({ securityContext: { procMount: 'Unmasked' } })] });
    expect(of('proc-mount', m, 'baseline')).toEqual([
      error(
        'proc-mount',
        'spec.template.spec.containers[0].securityContext.procMount',
        'procMount (container "app" must not set securityContext.procMount to "Unmasked"); remove procMount or set it to "Default"',
      ),
    ]);
    expect(of('proc-mount', deployment({ containers: [plain({ securityContext: { procMount: 'Default' } })] }), 'baseline')).toEqual([]);
  });

  test('seccomp-baseline', () => {
    const m = pod({
      securityContext: { seccompProfile: { type: 'Unconfined' } },
      ephemeralContainers: [plain({ name: 'debug', securityContext: { seccompProfile: { type: 'Unconfined' } } })],
      containers: [plain()],
    });
    expect(of('seccomp-baseline', m, 'baseline')).toEqual([
      error(
        'seccomp-baseline',
        'spec.securityContext.seccompProfile.type',
        'seccompProfile (pod must not set securityContext.seccompProfile.type to "Unconfined"); use "RuntimeDefault" or "Localhost"',
      ),
      error(
        'seccomp-baseline',
        'spec.ephemeralContainers[0].securityContext.seccompProfile.type',
        'seccompProfile (container "debug" must not set securityContext.seccompProfile.type to "Unconfined"); use "RuntimeDefault" or "Localhost"',
      ),
    ]);
    // the pod-level fix is not repeated for each container by seccomp-restricted
    expect(of('seccomp-restricted', m, 'restricted')).toEqual([]);
    const unset = pod({ containers: [plain({ securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' } } })] });
    expect(of('seccomp-baseline', unset, 'baseline')).toEqual([]);
  });

  test('sysctls', () => {
    const sysctls = [
      { name: 'kernel.msgmax', value: '65536' },
      { name: 'net.ipv4.ip_local_reserved_ports', value: '30000-30100' },
      { name: 'net.ipv4.ip_unprivileged_port_start', value: '80' },
    ];
    expect(of('sysctls', cronJob({ securityContext: { sysctls }, containers: [plain()] }), 'baseline')).toEqual([
      error(
        'sysctls',
        'spec.jobTemplate.spec.template.spec.securityContext.sysctls[0].name',
        'forbidden sysctls (kernel.msgmax); only the safe sysctls are allowed: kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.tcp_syncookies, ' +
          'net.ipv4.ping_group_range, net.ipv4.ip_unprivileged_port_start, net.ipv4.ip_local_reserved_ports',
      ),
    ]);
    expect(of('sysctls', cronJob({ securityContext: { sysctls: sysctls.slice(1) }, containers: [plain()] }), 'baseline')).toEqual([]);
  });

  test('windows-host-process', () => {
    const m = pod({
      os: { name: 'windows' },
      securityContext: { windowsOptions: { hostProcess: true } },
      containers: [plain({ securityContext: { windowsOptions: { hostProcess: true } } })],
    });
    expect(of('windows-host-process', m, 'baseline')).toEqual([
      error(
        'windows-host-process',
        'spec.securityContext.windowsOptions.hostProcess',
        'hostProcess (pod must not set securityContext.windowsOptions.hostProcess=true)',
      ),
      error(
        'windows-host-process',
        'spec.containers[0].securityContext.windowsOptions.hostProcess',
        'hostProcess (container "app" must not set securityContext.windowsOptions.hostProcess=true)',
      ),
    ]);
    const m2 = pod({
      os: { name: 'windows' },
      securityContext: { windowsOptions: { hostProcess: false, runAsUserName: 'ContainerUser' } },
      containers: [plain()],
    });
    expect(of('windows-host-process', m2, 'baseline')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Pod Security Standards: restricted
// ---------------------------------------------------------------------------------------------

describe('restricted', () => {
  test('volume-types', () => {
    const m = deployment(
      hardenedSpec({
        volumes: [
          { name: 'shared', nfs: { server: 'nas', path: '/export' } },
          { name: 'repo', gitRepo: { repository: 'x' } },
        ],
      }),
    );
    expect(of('volume-types', m, 'restricted')).toEqual([
      error(
        'volume-types',
        'spec.template.spec.volumes[0].nfs',
        'restricted volume types (volume "shared" uses restricted volume type "nfs"); use configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected or secret, ' +
          'or a persistentVolumeClaim for other storage',
      ),
      error(
        'volume-types',
        'spec.template.spec.volumes[1].gitRepo',
        'restricted volume types (volume "repo" uses restricted volume type "gitRepo"); use configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected or secret, ' +
          'or a persistentVolumeClaim for other storage',
      ),
    ]);
    expect(of('volume-types', m, 'baseline')).toEqual([]);
    expect(of('volume-types', deployment(hardenedSpec({ volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }] })), 'restricted')).toEqual(
      [],
    );
  });

  test('allow-privilege-escalation: missing, empty security context, true', () => {
    const m = pod({
      initContainers: [plain({ name: 'init' })],
      containers: [plain({ securityContext: {} }), plain({ name: 'side', securityContext: { allowPrivilegeEscalation: true } })],
    });
    expect(of('allow-privilege-escalation', m, 'restricted')).toEqual([
      error(
        'allow-privilege-escalation',
        'spec.initContainers[0]',
        'allowPrivilegeEscalation != false (container "init" must set securityContext.allowPrivilegeEscalation=false)',
      ),
      error(
        'allow-privilege-escalation',
        'spec.containers[0].securityContext',
        'allowPrivilegeEscalation != false (container "app" must set securityContext.allowPrivilegeEscalation=false)',
      ),
      error(
        'allow-privilege-escalation',
        'spec.containers[1].securityContext.allowPrivilegeEscalation',
        'allowPrivilegeEscalation != false (container "side" must set securityContext.allowPrivilegeEscalation=false)',
      ),
    ]);
    expect(of('allow-privilege-escalation', pod(hardenedSpec()), 'restricted')).toEqual([]);
  });

  test('run-as-non-root: missing everywhere', () => {
    const m = cronJob({ containers: [plain({ securityContext: { runAsUser: 1000 } })] });
    expect(of('run-as-non-root', m, 'restricted')).toEqual([
      error(
        'run-as-non-root',
        'spec.jobTemplate.spec.template.spec.containers[0].securityContext',
        'runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true)',
      ),
    ]);
  });

  test('run-as-non-root: false on the pod is reported at the pod; false on a container overrides the pod', () => {
    expect(
      of(
        'run-as-non-root',
        pod({ securityContext: { runAsNonRoot: false }, containers: [plain(), plain({ name: 'b', securityContext: { runAsNonRoot: true } })] }),
        'restricted',
      ),
    ).toEqual([
      error(
        'run-as-non-root',
        'spec.securityContext.runAsNonRoot',
        'runAsNonRoot != true (pod must not set securityContext.runAsNonRoot=false); set it to true',
      ),
    ]);
    expect(
      of('run-as-non-root', pod({ securityContext: { runAsNonRoot: true }, containers: [plain({ securityContext: { runAsNonRoot: false } })] }), 'restricted'),
    ).toEqual([
      error(
        'run-as-non-root',
        'spec.containers[0].securityContext.runAsNonRoot',
        'runAsNonRoot != true (container "app" must not set securityContext.runAsNonRoot=false); set it to true',
      ),
    ]);
  });

  test('run-as-non-root: pod true, or every container true, passes', () => {
    expect(
      of('run-as-non-root', pod({ securityContext: { runAsNonRoot: true }, containers: [plain(), plain({ name: 'b', securityContext: {} })] }), 'restricted'),
    ).toEqual([]);
    const each = deployment({
      initContainers: [plain({ name: 'i', securityContext: { runAsNonRoot: true } })],
      containers: [plain({ securityContext: { runAsNonRoot: true } })],
    });
    expect(of('run-as-non-root', each, 'restricted')).toEqual([]);
  });

  test('run-as-user', () => {
    const m = deployment(
      hardenedSpec({ securityContext: { runAsNonRoot: true, runAsUser: 0 }, containers: [hardenedContainer({ securityContext: { runAsUser: 0 } })] }),
    );
    expect(of('run-as-user', m, 'restricted')).toEqual([
      error(
        'run-as-user',
        'spec.template.spec.securityContext.runAsUser',
        'runAsUser=0 (pod must not set runAsUser=0); set a non-zero user id (e.g. 65534) or remove it',
      ),
      error(
        'run-as-user',
        'spec.template.spec.containers[0].securityContext.runAsUser',
        'runAsUser=0 (container "app" must not set runAsUser=0); set a non-zero user id (e.g. 65534) or remove it',
      ),
    ]);
    expect(of('run-as-user', deployment(hardenedSpec({ containers: [hardenedContainer({ securityContext: { runAsUser: 1000 } })] })), 'restricted')).toEqual(
      [],
    );
  });

  test('seccomp-restricted', () => {
    const m = pod({ containers: [plain(), plain({ name: 'b', securityContext: { seccompProfile: { type: 'RuntimeDefault' } } })] });
    expect(of('seccomp-restricted', m, 'restricted')).toEqual([
      error(
        'seccomp-restricted',
        'spec.containers[0]',
        'seccompProfile (pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
      ),
    ]);
    expect(of('seccomp-restricted', pod({ securityContext: { seccompProfile: { type: 'RuntimeDefault' } }, containers: [plain()] }), 'restricted')).toEqual([]);
  });

  test('capabilities-restricted', () => {
    const m = deployment({
      containers: [
        plain(),
        plain({ name: 'b', securityContext: { capabilities: { drop: ['NET_RAW'] } } }),
        plain({ name: 'c', securityContext: { capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE', 'CHOWN'] } } }),
      ],
    });
    expect(of('capabilities-restricted', m, 'restricted')).toEqual([
      error(
        'capabilities-restricted',
        'spec.template.spec.containers[0]',
        'unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"])',
      ),
      error(
        'capabilities-restricted',
        'spec.template.spec.containers[1].securityContext.capabilities.drop',
        'unrestricted capabilities (container "b" must set securityContext.capabilities.drop=["ALL"])',
      ),
      error(
        'capabilities-restricted',
        'spec.template.spec.containers[2].securityContext.capabilities.add[1]',
        'unrestricted capabilities (container "c" must not include "CHOWN" in securityContext.capabilities.add); only NET_BIND_SERVICE may be added',
      ),
    ]);
    const ok = deployment({ containers: [plain({ securityContext: { capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } } })] });
    expect(of('capabilities-restricted', ok, 'restricted')).toEqual([]);
  });

  test('capabilities-restricted explains that "all" is not "ALL"', () => {
    // GIVEN a container that drops "all" in lower case, as some charts write it
    const m = pod({ containers: [plain({ securityContext: { capabilities: { drop: ['NET_RAW', 'all'] } } })] });
    // WHEN the restricted profile runs
    // THEN the finding points at the value and says why it does not count
    expect(of('capabilities-restricted', m, 'restricted')).toEqual([
      error(
        'capabilities-restricted',
        'spec.containers[0].securityContext.capabilities.drop[1]',
        'unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"]); "all" is not "ALL": capability names are case-sensitive, and Pod Security accepts only "ALL" in upper case',
      ),
    ]);
  });

  test('a non-default capability is reported once, by capabilities-baseline', () => {
    const m = pod({ containers: [plain({ securityContext: { capabilities: { drop: ['ALL'], add: ['SYS_ADMIN'] } } })] });
    expect(
      run(m, 'restricted')
        .filter(f => f.rule.startsWith('capabilities'))
        .map(f => `${f.rule} ${f.path}`),
    ).toEqual(['capabilities-baseline spec.containers[0].securityContext.capabilities.add[0]']);
  });

  test('Windows pods are exempt from the Linux-only restricted checks', () => {
    const m = pod({ os: { name: 'windows' }, securityContext: { runAsNonRoot: true }, containers: [plain()] });
    expect(run(m, 'restricted')).toEqual([]);
    // not from the others
    const root = pod({ os: { name: 'windows' }, securityContext: { runAsUser: 0 }, containers: [plain()] });
    expect(run(root, 'restricted').map(f => f.rule)).toEqual(['run-as-user', 'run-as-non-root']);
    // a Linux pod is not
    const linux = pod({ os: { name: 'linux' }, securityContext: { runAsNonRoot: true }, containers: [plain()] });
    expect(run(linux, 'restricted').map(f => f.rule)).toEqual(['allow-privilege-escalation', 'seccomp-restricted', 'capabilities-restricted']);
  });
});

// ---------------------------------------------------------------------------------------------
// best practices
// ---------------------------------------------------------------------------------------------

describe('recommended', () => {
  test('probe-port-exposed', () => {
    const m = deployment(
      hardenedSpec({
        containers: [
          hardenedContainer({
            livenessProbe: { httpGet: { path: '/healthz', port: 8081 } },
            startupProbe: { grpc: { port: 9090 } },
          }),
          hardenedContainer({ name: 'side', ports: undefined, readinessProbe: { tcpSocket: { port: 5432 } } }),
        ],
      }),
    );
    expect(of('probe-port-exposed', m)).toEqual([
      warning(
        'probe-port-exposed',
        'spec.template.spec.containers[0].livenessProbe.httpGet.port',
        'livenessProbe probes port 8081, which is not one of the ports of container "app" (8080); declare containerPort 8081 or probe a declared port',
      ),
      warning(
        'probe-port-exposed',
        'spec.template.spec.containers[0].startupProbe.grpc.port',
        'startupProbe probes port 9090, which is not one of the ports of container "app" (8080); declare containerPort 9090 or probe a declared port',
      ),
      warning(
        'probe-port-exposed',
        'spec.template.spec.containers[1].livenessProbe.httpGet.port',
        'livenessProbe probes port 8080, but container "side" declares no ports; declare containerPort 8080 or probe a declared port',
      ),
      warning(
        'probe-port-exposed',
        'spec.template.spec.containers[1].readinessProbe.tcpSocket.port',
        'readinessProbe probes port 5432, but container "side" declares no ports; declare containerPort 5432 or probe a declared port',
      ),
    ]);
    // declared numbers and names (a missing name is probe-port-declared's) pass
    const ok = deployment(
      hardenedSpec({ containers: [hardenedContainer({ startupProbe: { tcpSocket: { port: 'helth' } }, readinessProbe: { exec: { command: ['true'] } } })] }),
    );
    expect(of('probe-port-exposed', ok)).toEqual([]);
  });

  test('liveness-probe-missing and readiness-probe-missing', () => {
    const m = deployment(hardenedSpec({ containers: [hardenedContainer({ livenessProbe: undefined, readinessProbe: undefined })] }));
    expect(run(m).map(brief)).toEqual([
      info(
        'image-tag-mutable',
        'spec.template.spec.containers[0].image',
        'image "nginx:1.25" is pinned by tag only, and a tag can be moved to another image; add its digest (nginx:1.25@sha256:...) for reproducible deployments',
      ),
      warning(
        'liveness-probe-missing',
        'spec.template.spec.containers[0]',
        'container "app" has no livenessProbe: the kubelet cannot restart it when it hangs; add a livenessProbe that fails only when the process is stuck',
      ),
      warning(
        'readiness-probe-missing',
        'spec.template.spec.containers[0]',
        'container "app" has no readinessProbe: Services send it traffic as soon as it starts; add a readinessProbe that passes when it can serve',
      ),
    ]);
    // not for init containers, nor for Jobs and CronJobs
    const init = deployment(hardenedSpec({ initContainers: [hardenedContainer({ name: 'init', livenessProbe: undefined, readinessProbe: undefined })] }));
    expect(serious(init)).toEqual([]);
    const job = cronJob(hardenedSpec({ containers: [hardenedContainer({ livenessProbe: undefined, readinessProbe: undefined })] }));
    expect(of('liveness-probe-missing', job)).toEqual([]);
    expect(of('readiness-probe-missing', job)).toEqual([]);
    // nor readiness for a container that declares no port (a queue worker gets no Service traffic)
    const worker = deployment(hardenedSpec({ containers: [hardenedContainer({ ports: undefined, readinessProbe: undefined })] }));
    expect(of('readiness-probe-missing', worker)).toEqual([]);
  });

  test('liveness-before-start', () => {
    const slow = { annotations: { 'start-time.cdk8s-pod-patterns/app': '120' } };
    const m = deployment(
      hardenedSpec({ containers: [hardenedContainer({ livenessProbe: { httpGet: { path: '/healthz', port: 8080 }, initialDelaySeconds: 10 } })] }),
      slow,
    );
    expect(of('liveness-before-start', m)).toEqual([
      warning(
        'liveness-before-start',
        'spec.template.spec.containers[0].livenessProbe.initialDelaySeconds',
        'the livenessProbe of container "app" starts after 10s, before the declared start time of 120s (annotation start-time.cdk8s-pod-patterns/app), ' +
          'and there is no startupProbe: the kubelet can kill the container before it has started; add a startupProbe that allows 120s ' +
          '(failureThreshold × periodSeconds) or set initialDelaySeconds to at least 120',
      ),
    ]);
    const noDelay = pod(hardenedSpec(), slow);
    expect(of('liveness-before-start', noDelay).map(f => f.path)).toEqual(['spec.containers[0].livenessProbe']);
  });

  test('liveness-before-start passes with a startupProbe, a long enough delay, or no declared start time', () => {
    const slow = { annotations: { 'start-time.cdk8s-pod-patterns/app': '120' } };
    const startup = { httpGet: { path: '/healthz', port: 8080 }, failureThreshold: 30, periodSeconds: 5 };
    expect(of('liveness-before-start', pod(hardenedSpec({ containers: [hardenedContainer({ startupProbe: startup })] }), slow))).toEqual([]);
    const delayed = hardenedContainer({ livenessProbe: { httpGet: { path: '/healthz', port: 8080 }, initialDelaySeconds: 120 } });
    expect(of('liveness-before-start', pod(hardenedSpec({ containers: [delayed] }), slow))).toEqual([]);
    expect(of('liveness-before-start', pod(hardenedSpec()))).toEqual([]);
    expect(of('liveness-before-start', pod(hardenedSpec(), { annotations: { 'start-time.cdk8s-pod-patterns/other': '120' } }))).toEqual([]);
    expect(of('liveness-before-start', pod(hardenedSpec(), { annotations: { 'start-time.cdk8s-pod-patterns/app': '2m' } }))).toEqual([]);
  });

  test('image-tag-latest and image-tag-mutable parse image references', () => {
    const images: Record<string, string | undefined> = {
      nginx: 'image-tag-latest',
      'nginx:latest': 'image-tag-latest',
      'localhost:5000/app': 'image-tag-latest',
      'registry.example.com:443/team/app:': 'image-tag-latest',
      'localhost:5000/app:1.0': 'image-tag-mutable',
      'registry.example.com:443/team/app:latest-2024': 'image-tag-mutable',
      'nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31': undefined,
      'localhost:5000/app:latest@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31': undefined,
    };
    for (const [image, rule] of Object.entries(images)) {
      const found = run(pod(hardenedSpec({ containers: [hardenedContainer({ image })] }))).filter(f => f.rule.startsWith('image-'));
      expect({ image, rules: found.map(f => f.rule) }).toEqual({ image, rules: rule === undefined ? [] : [rule] });
    }
  });

  test('image-tag-latest', () => {
    const m = cronJob(
      hardenedSpec({ initContainers: [hardenedContainer({ name: 'init', image: 'busybox', livenessProbe: undefined, readinessProbe: undefined })] }),
    );
    expect(of('image-tag-latest', m)).toEqual([
      warning(
        'image-tag-latest',
        'spec.jobTemplate.spec.template.spec.initContainers[0].image',
        'image "busybox" has no tag, so it pulls ":latest", which changes under the workload and makes rollouts and rollbacks unpredictable; pin a version tag or a digest',
      ),
    ]);
    expect(of('image-tag-latest', pod(hardenedSpec({ containers: [hardenedContainer({ image: 'nginx:latest' })] })))).toEqual([
      warning(
        'image-tag-latest',
        'spec.containers[0].image',
        'image "nginx:latest" uses the ":latest" tag, which changes under the workload and makes rollouts and rollbacks unpredictable; pin a version tag or a digest',
      ),
    ]);
  });

  test('resources-missing', () => {
    const m = deployment(
      hardenedSpec({
        containers: [hardenedContainer({ resources: undefined }), hardenedContainer({ name: 'b', resources: { requests: { cpu: '100m', memory: '64Mi' } } })],
      }),
    );
    expect(of('resources-missing', m)).toEqual([
      warning(
        'resources-missing',
        'spec.template.spec.containers[0]',
        'container "app" does not set requests.cpu, requests.memory, limits.cpu, limits.memory: without requests the scheduler cannot place it reliably, ' +
          'without limits it can starve its neighbours; set cpu and memory requests and limits',
      ),
      warning(
        'resources-missing',
        'spec.template.spec.containers[1].resources',
        'container "b" does not set limits.cpu, limits.memory: without requests the scheduler cannot place it reliably, ' +
          'without limits it can starve its neighbours; set cpu and memory requests and limits',
      ),
    ]);
    // requests default to limits
    const limitsOnly = deployment(hardenedSpec({ containers: [hardenedContainer({ resources: { limits: { cpu: '1', memory: '1Gi' } } })] }));
    expect(of('resources-missing', limitsOnly)).toEqual([]);
  });

  test('naked-pod', () => {
    expect(of('naked-pod', pod(hardenedSpec()))).toEqual([
      info('naked-pod', '', 'a bare Pod is not recreated when it fails, is evicted or its node goes away; create it through a Deployment, StatefulSet or Job'),
    ]);
    expect(of('naked-pod', deployment(hardenedSpec()))).toEqual([]);
    expect(of('naked-pod', pod(hardenedSpec()), 'restricted')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// robustness
// ---------------------------------------------------------------------------------------------

describe('values of any JSON type', () => {
  const garbage: unknown[] = [null, 0, 1, -1, true, 'x', [], {}, [null], [{}], { add: 'SYS_ADMIN' }];

  test('never throw', () => {
    const fields = [
      'securityContext',
      'capabilities',
      'ports',
      'resources',
      'livenessProbe',
      'image',
      'name',
      'seLinuxOptions',
      'seccompProfile',
      'windowsOptions',
    ];
    for (const g of garbage) {
      for (const profile of POLICY_PROFILES) {
        expect(() => run(pod(g as M), profile)).not.toThrow();
        expect(() => run({ kind: 'Deployment', spec: { template: g } }, profile)).not.toThrow();
        expect(() =>
          run(pod({ containers: g, initContainers: g, volumes: g, securityContext: g, os: g, hostNetwork: true }, { annotations: g }), profile),
        ).not.toThrow();
        const container: M = { name: 'app' };
        for (const f of fields) container[f] = g;
        const sc: M = {};
        for (const f of fields) sc[f] = g;
        expect(() =>
          run(
            pod({
              securityContext: sc,
              volumes: [g, { name: g, hostPath: g, nfs: g }],
              containers: [container, { name: 'b', securityContext: sc, ports: [g], livenessProbe: { httpGet: g } }],
            }),
            profile,
          ),
        ).not.toThrow();
      }
    }
  });
});
