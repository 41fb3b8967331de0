import { Container, Deployment, HostPort, Pod, validateManifests, Volume } from '../lib';
import { synth, testChart } from './support';

// Secure by default, with explicit typed opt-outs: each relaxes one default, needs a reason, is
// recorded on the pod, and turns the policy check it breaks into an info that carries the reason.

const IMAGE = 'registry.example.com/legacy/billing:7.3.1';

/** A Deployment of one container with `fields`, and pod options. */
function deploy(fields: Parameters<typeof Container.of>[0] extends infer P ? Partial<P> : never, pod: Record<string, unknown> = {}): any {
  const chart = testChart();
  new Deployment(chart, 'App', { name: 'billing', containers: [Container.of({ name: 'app', image: IMAGE, ...fields } as never)], ...pod });
  return synth(chart)[0];
}

/** The policy findings of a manifest under the recommended profile: `rule severity`. */
function policy(manifest: unknown): string[] {
  return validateManifests([manifest], { policy: 'recommended' })
    .filter(f => !['liveness-probe-missing', 'readiness-probe-missing', 'image-tag-mutable'].includes(f.rule))
    .map(f => `${f.rule} ${f.severity}`);
}

describe('by default', () => {
  test('a container passes every check of the recommended profile that concerns its security', () => {
    expect(policy(deploy({}))).toEqual([]);
  });
});

describe.each([
  [
    'runAsRoot',
    { exemptions: { runAsRoot: { reason: 'the vendor image runs as root' } } },
    { runAsNonRoot: false, runAsUser: 0, runAsGroup: 0 },
    { 'run-as-non-root': 'app:runs as root (the vendor image runs as root)', 'run-as-user': 'app:runs as root (the vendor image runs as root)' },
  ],
  [
    'writableRootFilesystem',
    { exemptions: { writableRootFilesystem: { reason: 'writes its cache under /opt' } } },
    { readOnlyRootFilesystem: false },
    { 'read-only-root-filesystem': 'app:writable root filesystem (writes its cache under /opt)' },
  ],
  [
    'privilegeEscalation',
    { exemptions: { privilegeEscalation: { reason: 'uses setuid ping' } } },
    { allowPrivilegeEscalation: true },
    { 'allow-privilege-escalation': 'app:privilege escalation (uses setuid ping)' },
  ],
  [
    'addCapabilities',
    { exemptions: { addCapabilities: { capabilities: ['NET_ADMIN', 'CHOWN'], reason: 'configures its VPN interface' } } },
    { capabilities: { drop: ['ALL'], add: ['NET_ADMIN', 'CHOWN'] } },
    {
      'capabilities-restricted': 'app:adds NET_ADMIN, CHOWN (configures its VPN interface)',
      'capabilities-baseline': 'app:adds NET_ADMIN, CHOWN (configures its VPN interface)',
    },
  ],
  [
    'unconfinedSeccomp',
    { exemptions: { unconfinedSeccomp: { reason: 'a JIT the default profile blocks' } } },
    { seccompProfile: { type: 'Unconfined' } },
    {
      'seccomp-baseline': 'app:unconfined seccomp (a JIT the default profile blocks)',
      'seccomp-restricted': 'app:unconfined seccomp (a JIT the default profile blocks)',
    },
  ],
])('the container exemption %s', (_name, fields, securityContext, annotations) => {
  const manifest = deploy(fields as never);
  const template = manifest.spec.template;

  test('relaxes its default in the container', () => {
    expect(template.spec.containers[0].securityContext).toMatchObject(securityContext);
  });

  test('is recorded on the pod, with its reason', () => {
    const recorded = Object.fromEntries(Object.entries(template.metadata.annotations ?? {}).map(([k, v]) => [k.replace('exempt.cdk8s-pod-patterns/', ''), v]));
    expect(recorded).toEqual(annotations);
  });

  test('turns the findings of the checks it breaks into infos, and only those', () => {
    const findings = policy(manifest);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every(f => f.endsWith(' info'))).toBe(true);
  });
});

test('noResourceLimits keeps the requests and drops the limits', () => {
  const manifest = deploy({ exemptions: { noResourceLimits: { reason: 'batch bursts to the node size' } } });
  expect(manifest.spec.template.spec.containers[0].resources).toEqual({ requests: { cpu: '100m', memory: '64Mi' } });
  expect(policy(manifest)).toEqual(['resources-missing info']);
});

test('a Localhost seccomp profile needs no exemption: restricted allows it', () => {
  const manifest = deploy({ seccompLocalhostProfile: 'profiles/billing.json' });
  expect(manifest.spec.template.spec.containers[0].securityContext.seccompProfile).toEqual({ type: 'Localhost', localhostProfile: 'profiles/billing.json' });
  expect(policy(manifest)).toEqual([]);
});

test('pod exemptions: host namespaces, a service-account token, a hostPath volume', () => {
  const logs = Volume.hostPath('var-log', '/var/log', { reason: 'ships the node logs', type: 'Directory' });
  const manifest = deploy(
    {
      mounts: [{ volume: logs, path: '/host/var/log', readOnly: true }],
      ports: [{ number: 9100, hostPort: HostPort.bindOnNode(9100, { reason: 'scraped on the node address' }) }],
    },
    {
      exemptions: {
        hostNetwork: { reason: 'reports the node network' },
        hostPID: { reason: 'reads node processes' },
        serviceAccountToken: { reason: 'lists nodes' },
      },
    },
  );
  const { spec, metadata } = manifest.spec.template;
  expect(spec).toMatchObject({ hostNetwork: true, hostPID: true, automountServiceAccountToken: true });
  expect(spec.hostIPC).toBeUndefined();
  expect(metadata.annotations).toEqual({
    'exempt.cdk8s-pod-patterns/host-ports': 'app:9100 (scraped on the node address)',
    'exempt.cdk8s-pod-patterns/host-namespaces': 'pod:hostNetwork (reports the node network); pod:hostPID (reads node processes)',
    'exempt.cdk8s-pod-patterns/service-account-token': 'pod:token (lists nodes)',
    'exempt.cdk8s-pod-patterns/host-path-volumes': 'var-log:/var/log (ships the node logs)',
    'exempt.cdk8s-pod-patterns/volume-types': 'var-log:hostPath (ships the node logs)',
  });
  expect(policy(manifest).filter(f => !f.endsWith(' info'))).toEqual([]);
});

test('every exemption needs a reason: an empty one fails at once, naming the field', () => {
  expect(() => Container.of({ name: 'app', image: IMAGE, exemptions: { runAsRoot: { reason: ' ' } } })).toThrow(
    'Container "app": exemptions.runAsRoot.reason: Invalid value: " ": must say why the container needs the exemption [sdk-exemption-reason]',
  );
  expect(
    () => new Pod(testChart(), 'Pod', { name: 'p', containers: [Container.of({ name: 'a', image: IMAGE })], exemptions: { hostPID: { reason: '' } } }),
  ).toThrow('exemptions.hostPID.reason: Invalid value: "": must say why the pod needs the exemption [sdk-exemption-reason]');
  expect(
    () =>
      new Pod(testChart(), 'Pod', {
        name: 'p',
        containers: [Container.of({ name: 'a', image: IMAGE, mounts: [{ volume: Volume.hostPath('h', '/var', { reason: '' }), path: '/h' }] })],
      }),
  ).toThrow('volumes[h].reason');
});

test('a user and runAsRoot exclude each other; a uid of 0 points at the exemption', () => {
  expect(() => Container.of({ name: 'app', image: IMAGE, user: { uid: 1000 }, exemptions: { runAsRoot: { reason: 'vendor' } } })).toThrow(
    'user: Invalid value: {"uid":1000}: must not be set together with exemptions.runAsRoot [sdk-non-root-user]',
  );
  expect(() => Container.of({ name: 'app', image: IMAGE, user: { uid: 0 } })).toThrow('(0 is root: use exemptions.runAsRoot)');
});
