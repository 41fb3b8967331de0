/**
 * Stricter in typed code: what is certain or very likely to fail (an image no runtime can parse,
 * a registry typo, a command with spaces, a port declared twice, a port name two containers share)
 * is an error when the app is built with the typed layer, and stays a warning in `check`, which
 * keeps the apiserver's semantics for any YAML. Each typed error has a typed, reasoned opt-out
 * (but an image that cannot be pulled and a port declared twice), recorded as a pod annotation
 * that `check` honours too.
 */
import { Chart } from 'cdk8s';
import {
  checkSources,
  Container,
  Deployment,
  Finding,
  formatFinding,
  LifecycleHandler,
  LivenessProbe,
  ManifestValidation,
  Pod,
  ReadinessProbe,
  RuleId,
  RULES,
  StartupProbe,
  validateManifests,
  ValidationError,
} from '../lib';
import { imageReferenceProblem } from '../lib/values/image-reference';
import { synth, testChart } from './support';

const IMAGE = 'registry.k8s.io/pause:3.9';
const HEX = '0123456789abcdef'.repeat(4);

/** The message a builder or construct throws, or `undefined`. */
function thrown(build: () => unknown): string | undefined {
  try {
    build();
  } catch (e) {
    if (e instanceof ValidationError) return e.message;
    throw e;
  }
  return undefined;
}

/** The findings of `rule` in the YAML text, as `check` reports them: `<severity> <message>`. */
function checked(yaml: string, rule: RuleId): string[] {
  return checkSources([{ name: 'app.yaml', text: yaml }])
    .findings.filter(f => f.rule === rule)
    .map(f => `${f.severity} ${f.message}`);
}

/** A Pod of one container in YAML, with these lines below the container's `image`. */
function podYaml(image: string, containerLines = ''): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: web',
    'spec:',
    '  containers:',
    '    - name: api',
    `      image: ${JSON.stringify(image)}`,
    containerLines,
  ]
    .filter(l => l !== '')
    .join('\n');
}

/** The findings of `rule` in manifests, with a policy profile. */
function findings(manifests: readonly unknown[], rule: RuleId, policy?: 'restricted'): Finding[] {
  return validateManifests(manifests, { policy }).filter(f => f.rule === rule);
}

describe('the catalogue: one rule per concern, warning in check, error in typed code', () => {
  test.each([
    ['image-reference', 'warning', 'error'],
    ['image-registry-typo', 'warning', 'error'],
    ['image-registry-frozen', 'warning', 'error'],
    ['exec-command-words', 'warning', 'error'],
    ['duplicate-port-definition', 'warning', 'error'],
    ['pod-port-name-shared', 'warning', 'error'],
    ['liveness-equals-readiness', 'warning', undefined],
  ] as const)('%s: %s in check, %s in typed code', (id, severity, typed) => {
    expect(RULES[id].severity).toBe(severity);
    expect(RULES[id].typedSeverity).toBe(typed);
  });

  test('a typed severity is only ever stricter, and only for what the apiserver accepts', () => {
    const rank = { info: 0, warning: 1, error: 2 } as const;
    for (const id of Object.keys(RULES) as RuleId[]) {
      const { severity, typedSeverity, origin } = RULES[id];
      if (typedSeverity === undefined) continue;
      expect([id, rank[typedSeverity] > rank[severity]]).toEqual([id, true]);
      expect([id, origin]).toEqual([id, expect.stringMatching(/^(apiserver-warning|beyond-apiserver|best-practice)$/)]);
    }
  });
});

describe('image-reference: a reference no container runtime can parse', () => {
  test('in Container.of: an error naming the container, with the reference that was meant', () => {
    expect(thrown(() => Container.of({ name: 'api', image: 'MyOrg/App:1.0' }))).toBe(
      'Container "api": image: Invalid value: "MyOrg/App:1.0": repository "MyOrg/App" must be lower case; did you mean "myorg/app:1.0"? [image-reference]',
    );
  });

  test('its twin in check: a warning at the same place', () => {
    expect(checked(podYaml('MyOrg/App:1.0'), 'image-reference')).toEqual([
      'warning spec.containers[0].image: Warning: "MyOrg/App:1.0": repository "MyOrg/App" must be lower case; did you mean "myorg/app:1.0"?',
    ]);
  });

  test("one rule per concern: a Pod's image with surrounding whitespace is the apiserver's error only", () => {
    // GIVEN a container whose image has a trailing space (Container.of checks it as in a Pod)
    const message = thrown(() => Container.of({ name: 'api', image: 'nginx:1.25 ' }));
    // THEN only the apiserver's rule reports it
    expect(message).toBe('Container "api": image: Invalid value: "nginx:1.25 ": must not have leading or trailing whitespace [container-image]');
    // AND in a Deployment, which the apiserver accepts, it is this rule's warning
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'api', image: 'nginx:1.25 ' }] } },
      },
    };
    expect(findings([deployment], 'image-reference').map(formatFinding)).toEqual([
      'spec.template.spec.containers[0].image: Warning: "nginx:1.25 ": has leading or trailing whitespace; did you mean "nginx:1.25"?',
    ]);
    expect(findings([deployment], 'container-image')).toEqual([]);
  });

  test.each([
    ['nginx :1.25', 'contains a space; did you mean "nginx:1.25"?'],
    ['my app', 'contains a space'],
    ['nginx\tlatest', 'contains a tab'],
    ['https://ghcr.io/org/app:1.0', 'must not start with a scheme ("https://"): the runtime pulls over HTTPS by itself; did you mean "ghcr.io/org/app:1.0"?'],
    ['ghcr.io/Org/App:V1', 'repository "Org/App" must be lower case; did you mean "ghcr.io/org/app:V1"?'],
    ['nginx:1.25:alpine', 'has more than one ":" after the last "/": a reference has one tag'],
    ['nginx:', 'has an empty tag after ":"; did you mean "nginx"?'],
    ['nginx:-rc1', 'tag "-rc1" may contain only letters, digits, "_", "." and "-", and must not start with "." or "-"'],
    [`nginx:${'a'.repeat(129)}`, 'tag must be at most 128 characters, not 129'],
    ['nginx@sha256:abc', 'a sha256 digest is 64 lower-case hex digits, not "abc"'],
    [`nginx@sha256:${HEX.toUpperCase()}`, `a sha256 digest is 64 lower-case hex digits, not "${HEX.toUpperCase()}"; did you mean "nginx@sha256:${HEX}"?`],
    [`nginx@SHA256:${HEX}`, `digest algorithm "SHA256" must be lower case; did you mean "nginx@sha256:${HEX}"?`],
    [`nginx@md5:${HEX}`, 'digest algorithm "md5" is not one the runtimes verify (sha256, sha384, sha512)'],
    ['nginx@', 'has an empty digest after "@"'],
    ['ghcr.io//org/app', 'has an empty path component ("//", or a "/" at an end); did you mean "ghcr.io/org/app"?'],
    ['ghcr.io/org/app-:1', 'path component "app-" must be lower-case letters and digits, separated by one ".", one "_", "__" or dashes'],
    ['my_registry.io/app', 'registry host "my_registry.io" must be a host name (letters, digits and "-" between dots) or an IP address'],
    ['localhost:port/app', 'registry port "port" must be a number'],
    [`${'a/'.repeat(130)}b`, 'name (registry and repository) must be at most 255 characters, not 261'],
  ])('%j: %s', (image, message) => {
    const found = imageReferenceProblem(image);
    expect(found).toBeDefined();
    expect(found!.suggestion === undefined ? found!.detail : `${found!.detail}; did you mean "${found!.suggestion}"?`).toBe(message);
    expect(thrown(() => Container.of({ name: 'api', image }))).toBe(
      `Container "api": image: Invalid value: ${JSON.stringify(image)}: ${message} [image-reference]`,
    );
  });

  // real-shaped references, from the registries people use: never flagged, by any image rule
  test.each([
    'nginx',
    'nginx:1.25',
    'nginx:Latest',
    'docker.io/library/nginx:1.25-alpine',
    `ghcr.io/org/app@sha256:${HEX}`,
    `nginx:1.25@sha256:${HEX}`,
    `mongo:7.0@sha512:${HEX}${HEX}`,
    'localhost:5000/a/b:c',
    'localhost/app',
    '[::1]:5000/app:dev',
    '192.168.1.10:5000/team/app',
    'registry.k8s.io/e2e-test-images/agnhost:2.40',
    'public.ecr.aws/x/y:z',
    'quay.io/prometheus/node-exporter:v1.6.1',
    'mcr.microsoft.com/dotnet/aspnet:7.0',
    'mcr.microsoft.com/windows/servercore:ltsc2022',
    'my-registry.internal:8443/team/svc:2024.01.03-abc',
    '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app:1.0.3',
    'europe-west1-docker.pkg.dev/my-project/repo/img:tag',
    'us-docker.pkg.dev/google-samples/containers/gke/hello-app:1.0',
    'gcr.io/distroless/static-debian12:nonroot',
    'busybox:1.36.1-musl',
    'bitnami/postgresql:15.4.0-debian-11-r45',
    'cgr.dev/chainguard/nginx:latest',
    'registry.gitlab.com/group/sub/project/image:main',
    'docker.elastic.co/elasticsearch/elasticsearch:8.11.1',
    'nvcr.io/nvidia/cuda:12.2.0-base-ubuntu22.04',
    'icr.io/appcafe/open-liberty:full-java17-openj9-ubi',
    'ghcr.io/fluxcd/source-controller:v1.2.2',
    'lscr.io/linuxserver/nginx:latest',
    'xpkg.upbound.io/crossplane-contrib/provider-aws:v0.44.0',
    'my_org/app__x/a---b:V1_X',
    'Registry.Example.com/app',
  ])('%s is valid', image => {
    expect(imageReferenceProblem(image)).toBeUndefined();
    expect(thrown(() => Container.of({ name: 'api', image }))).toBeUndefined();
    const all = validateManifests([{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'api', image }] } }]);
    expect(all.filter(f => f.rule.startsWith('image-'))).toEqual([]);
  });
});

describe('image-registry-typo and image-registry-frozen', () => {
  test("the tutorial's k8c.gcr.io is an error in Container.of, and a warning in check", () => {
    expect(thrown(() => Container.of({ name: 'liveness', image: 'k8c.gcr.io/busybox' }))).toBe(
      'Container "liveness": image: Invalid value: "k8c.gcr.io/busybox": registry "k8c.gcr.io" is one edit away from "k8s.gcr.io", which is frozen: ' +
        'its images are now on "registry.k8s.io"; did you mean "registry.k8s.io/busybox"? [image-registry-typo]',
    );
    expect(checked(podYaml('k8c.gcr.io/busybox'), 'image-registry-typo')).toEqual([
      'warning spec.containers[0].image: Warning: "k8c.gcr.io/busybox": registry "k8c.gcr.io" is one edit away from "k8s.gcr.io", which is frozen: ' +
        'its images are now on "registry.k8s.io"; did you mean "registry.k8s.io/busybox"?',
    ]);
  });

  test('the frozen k8s.gcr.io is an error in Container.of, and a warning in check', () => {
    const detail = 'k8s.gcr.io is frozen and receives no new images; images are published on registry.k8s.io; did you mean "registry.k8s.io/pause:3.9"?';
    expect(thrown(() => Container.of({ name: 'api', image: 'k8s.gcr.io/pause:3.9' }))).toBe(
      `Container "api": image: Invalid value: "k8s.gcr.io/pause:3.9": ${detail} [image-registry-frozen]`,
    );
    expect(checked(podYaml('k8s.gcr.io/pause:3.9'), 'image-registry-frozen')).toEqual([
      `warning spec.containers[0].image: Warning: "k8s.gcr.io/pause:3.9": ${detail}`,
    ]);
  });

  // one edit, a transposition included, from either Kubernetes registry
  test.each([
    ['registry.k8s.oi', 'registry.k8s.io', 'registry.k8s.io'],
    ['regsitry.k8s.io', 'registry.k8s.io', 'registry.k8s.io'],
    ['registy.k8s.io', 'registry.k8s.io', 'registry.k8s.io'],
    ['registry.k8.io', 'registry.k8s.io', 'registry.k8s.io'],
    ['registry.ks8.io', 'registry.k8s.io', 'registry.k8s.io'],
    ['k8s.gcr.oi', 'k8s.gcr.io', 'registry.k8s.io'],
    ['k8s.grc.io', 'k8s.gcr.io', 'registry.k8s.io'],
    ['k8c.gcr.io', 'k8s.gcr.io', 'registry.k8s.io'],
    ['qauy.io', 'quay.io', 'quay.io'],
  ])('%s is one edit from %s: did you mean %s?', (registry, near, meant) => {
    const message = thrown(() => Container.of({ name: 'api', image: `${registry}/pause:3.9` }));
    expect(message).toContain(`registry "${registry}" is one edit away from "${near}"`);
    expect(message).toContain(`did you mean "${meant}/pause:3.9"? [image-registry-typo]`);
  });
});

describe('exec-command-words: a command the kubelet runs without a shell', () => {
  const detail =
    'contains spaces: the kubelet runs no shell and looks for an executable of that whole name, which always fails; ' +
    "give each word its own element, ['cat', '/tmp/healthy'], or run a shell, ['sh', '-c', 'cat /tmp/healthy']";

  test('the probe factory leaves it to the container, which throws naming itself', () => {
    // GIVEN an exec probe written as one string
    const probe = LivenessProbe.exec({ command: ['cat /tmp/healthy'] });
    // THEN the container that takes it throws
    expect(thrown(() => Container.of({ name: 'liveness', image: IMAGE, livenessProbe: probe }))).toBe(
      `Container "liveness": livenessProbe.exec.command[0]: Invalid value: "cat /tmp/healthy": ${detail} [exec-command-words]`,
    );
  });

  test('every exec: readiness and startup probes, lifecycle hooks, and the container command', () => {
    const cases: [Parameters<typeof Container.of>[0], string][] = [
      [{ name: 'a', image: IMAGE, readinessProbe: ReadinessProbe.exec({ command: ['cat /tmp/healthy'] }) }, 'readinessProbe.exec.command[0]'],
      [{ name: 'a', image: IMAGE, startupProbe: StartupProbe.exec({ command: ['cat /tmp/healthy'] }) }, 'startupProbe.exec.command[0]'],
      [{ name: 'a', image: IMAGE, lifecycle: { postStart: LifecycleHandler.exec({ command: ['cat /tmp/healthy'] }) } }, 'lifecycle.postStart.exec.command[0]'],
      [{ name: 'a', image: IMAGE, command: ['cat /tmp/healthy'] }, 'command[0]'],
    ];
    for (const [props, path] of cases) {
      expect(thrown(() => Container.of(props))).toBe(`Container "a": ${path}: Invalid value: "cat /tmp/healthy": ${detail} [exec-command-words]`);
    }
  });

  test('shell syntax: only the shell form is suggested; an empty executable; whitespace around one word', () => {
    const hook = (command: readonly [string, ...string[]]) =>
      thrown(() => Container.of({ name: 'a', image: IMAGE, lifecycle: { preStop: LifecycleHandler.exec({ command }) } }));
    expect(hook(['sleep 5 && kill 1'])).toBe(
      'Container "a": lifecycle.preStop.exec.command[0]: Invalid value: "sleep 5 && kill 1": contains spaces: the kubelet runs no shell and looks for an executable of that whole name, ' +
        "which always fails; to run it in a shell, write ['sh', '-c', 'sleep 5 && kill 1'] [exec-command-words]",
    );
    expect(hook([''])).toBe(
      'Container "a": lifecycle.preStop.exec.command[0]: Invalid value: "": is empty: the first element names the executable to run [exec-command-words]',
    );
    expect(hook(['/bin/stop ', '--now'])).toBe(
      'Container "a": lifecycle.preStop.exec.command[0]: Invalid value: "/bin/stop ": has whitespace around the executable\'s name: the kubelet runs no shell ' +
        "and looks for an executable of that whole name, which always fails; write ['/bin/stop', '--now'] [exec-command-words]",
    );
    // spaces in the arguments are fine
    expect(hook(['/bin/sh', '-c', 'sleep 5 && kill 1'])).toBeUndefined();
  });

  test('its twin in check: a warning', () => {
    const yaml = podYaml(IMAGE, ['      livenessProbe:', '        exec:', '          command: ["cat /tmp/healthy"]'].join('\n'));
    expect(checked(yaml, 'exec-command-words')).toEqual([`warning spec.containers[0].livenessProbe.exec.command[0]: Warning: "cat /tmp/healthy": ${detail}`]);
  });
});

describe('duplicate-port-definition: the same port and protocol twice in one container', () => {
  test('an error in Container.of, a warning in check (the apiserver warns)', () => {
    expect(thrown(() => Container.of({ name: 'api', image: IMAGE, ports: [{ number: 8080 }, { name: 'http', number: 8080 }] }))).toBe(
      'Container "api": ports[1]: Duplicate value: "8080/TCP": duplicate port definition with ports[0] [duplicate-port-definition]',
    );
    const yaml = podYaml(IMAGE, ['      ports:', '        - containerPort: 8080', '        - containerPort: 8080', '          name: http'].join('\n'));
    expect(checked(yaml, 'duplicate-port-definition')).toEqual([
      'warning spec.containers[0].ports[1]: Warning: "8080/TCP": duplicate port definition with spec.containers[0].ports[0]',
    ]);
  });

  test('another protocol is another port', () => {
    expect(thrown(() => Container.of({ name: 'dns', image: IMAGE, ports: [{ number: 53 }, { number: 53, protocol: 'UDP' }] }))).toBeUndefined();
  });
});

describe('pod-port-name-shared: a port name two containers of a pod declare', () => {
  const metrics = (name: string, number: number) => Container.of({ name, image: IMAGE, ports: [{ name: 'metrics', number }] });
  const detail =
    'containers[0] ("api") declares a TCP port of this name too: a Service targetPort "metrics" always resolves to that container\'s port 9090, ' +
    'never to this one (9091); give the ports different names';

  test('an error when a workload is built, naming its path and the container', () => {
    const chart = new Chart(testChart().node.scope!, 'shop');
    expect(thrown(() => new Deployment(chart, 'Api', { name: 'shop-api', containers: [metrics('api', 9090), metrics('proxy', 9091)] }))).toBe(
      `[shop/Api] Deployment "shop-api" (container "proxy"): spec.template.spec.containers[1].ports[0].name: Invalid value: "metrics": ${detail} [pod-port-name-shared]`,
    );
  });

  test('a Pod: at once when a container is added, and when the app is synthesized', () => {
    const pod = new Pod(testChart(), 'Pod', { name: 'web', containers: [metrics('api', 9090)] });
    expect(thrown(() => pod.addContainer(metrics('sidecar', 9091)))).toBe(
      `[test/Pod] Pod "web" (container "sidecar"): spec.containers[1].ports[0].name: Invalid value: "metrics": ${detail} [pod-port-name-shared]`,
    );
    const chart = testChart();
    new Pod(chart, 'Pod', { name: 'web', containers: [metrics('api', 9090), metrics('sidecar', 9091)] });
    expect(() => synth(chart)).toThrow(
      `[test/Pod] Pod "web" (container "sidecar"): spec.containers[1].ports[0].name: Invalid value: "metrics": ${detail} [pod-port-name-shared]`,
    );
  });

  test('the same name on another protocol, or in an init container, is fine', () => {
    const dns = (name: string, protocol: 'TCP' | 'UDP') =>
      Container.of({ name, image: IMAGE, ports: [{ name: 'dns', number: protocol === 'TCP' ? 53 : 5353, protocol }] });
    expect(thrown(() => new Deployment(testChart(), 'Dns', { name: 'dns', containers: [dns('tcp', 'TCP'), dns('udp', 'UDP')] }))).toBeUndefined();
    expect(
      thrown(() => new Deployment(testChart(), 'App', { name: 'app', initContainers: [metrics('init', 9091)], containers: [metrics('api', 9090)] })),
    ).toBeUndefined();
  });

  test('its twin in check: a warning', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web' },
      spec: {
        containers: [
          { name: 'api', image: IMAGE, ports: [{ name: 'metrics', containerPort: 9090 }] },
          { name: 'proxy', image: IMAGE, ports: [{ name: 'metrics', containerPort: 9091 }] },
        ],
      },
    };
    expect(findings([pod], 'pod-port-name-shared').map(f => `${f.severity} ${formatFinding(f)}`)).toEqual([
      `warning spec.containers[1].ports[0].name: Warning: "metrics": ${detail}`,
    ]);
  });
});

describe('the opt-outs: each relaxes exactly its rule, is recorded on the pod, and check honours it', () => {
  const restricted = (manifests: readonly unknown[], rule: RuleId) => findings(manifests, rule, 'restricted').map(f => `${f.severity} ${f.type}: ${f.detail}`);

  test('imageRegistry: a mirror one edit from a Kubernetes registry', () => {
    // GIVEN a container on a mirror, with a reason
    const mirror = { imageRegistry: { reason: 'our pull-through mirror of registry.k8s.io' } };
    const chart = testChart();
    new Deployment(chart, 'Api', { name: 'api', containers: [Container.of({ name: 'api', image: 'registry.k8s.oi/pause:3.9', exemptions: mirror })] });
    // THEN it is recorded on the pod
    const [manifest] = synth(chart);
    expect(manifest.spec.template.metadata.annotations).toEqual({
      'exempt.cdk8s-pod-patterns/image-registry-typo': 'api:registry registry.k8s.oi (our pull-through mirror of registry.k8s.io)',
    });
    // AND check reports an info that carries the reason
    expect(restricted([manifest], 'image-registry-typo')).toEqual([
      'info Info: exempted (api:registry registry.k8s.oi (our pull-through mirror of registry.k8s.io)): registry "registry.k8s.oi" is one edit away from "registry.k8s.io"; the image will fail to pull if it is a typo',
    ]);
    // AND it relaxes nothing else
    expect(thrown(() => Container.of({ name: 'api', image: 'registry.k8s.oi/pause:3.9', command: ['cat /x'], exemptions: mirror }))).toMatch(
      /\[exec-command-words\]$/,
    );
    expect(thrown(() => Container.of({ name: 'api', image: 'Registry.k8s.oi/Pause:3.9', exemptions: mirror }))).toMatch(/\[image-reference\]$/);
  });

  test('imageRegistry on the frozen registry exempts image-registry-frozen', () => {
    const c = Container.of({ name: 'old', image: 'k8s.gcr.io/pause:3.2', exemptions: { imageRegistry: { reason: 'pinned for a legacy node image' } } });
    expect(c.toJson().podAnnotations).toEqual({
      'exempt.cdk8s-pod-patterns/image-registry-frozen': 'old:registry k8s.gcr.io (pinned for a legacy node image)',
    });
  });

  test('commandWithSpaces: an executable whose path has spaces', () => {
    const windows = { commandWithSpaces: { reason: 'Windows: the executable is under Program Files' } };
    const chart = testChart();
    const probe = LivenessProbe.exec({ command: ['C:\\Program Files\\app\\health.exe'] });
    new Deployment(chart, 'Win', { name: 'win', containers: [Container.of({ name: 'app', image: IMAGE, livenessProbe: probe, exemptions: windows })] });
    const [manifest] = synth(chart);
    expect(manifest.spec.template.metadata.annotations).toEqual({
      'exempt.cdk8s-pod-patterns/exec-command-words': 'app:command with spaces (Windows: the executable is under Program Files)',
    });
    expect(restricted([manifest], 'exec-command-words')).toHaveLength(1);
    expect(restricted([manifest], 'exec-command-words')[0]).toMatch(
      /^info Info: exempted \(app:command with spaces \(Windows: the executable is under Program Files\)\): contains spaces: /,
    );
    // AND it relaxes nothing else
    expect(thrown(() => Container.of({ name: 'app', image: 'k8c.gcr.io/app', exemptions: windows }))).toMatch(/\[image-registry-typo\]$/);
    expect(thrown(() => Container.of({ name: 'app', image: IMAGE, ports: [{ number: 80 }, { number: 80 }], exemptions: windows }))).toMatch(
      /\[duplicate-port-definition\]$/,
    );
  });

  test('sharedPortName: a sidecar and the main container each expose metrics', () => {
    const metrics = (name: string, number: number) => Container.of({ name, image: IMAGE, ports: [{ name: 'metrics', number }] });
    const chart = testChart();
    new Deployment(chart, 'Api', {
      name: 'api',
      containers: [metrics('api', 9090), metrics('envoy', 9091)],
      exemptions: { sharedPortName: { reason: 'a PodMonitor scrapes both' } },
    });
    const [manifest] = synth(chart);
    expect(manifest.spec.template.metadata.annotations).toEqual({
      'exempt.cdk8s-pod-patterns/pod-port-name-shared': 'pod:sharedPortName (a PodMonitor scrapes both)',
    });
    expect(restricted([manifest], 'pod-port-name-shared')).toEqual([
      'info Info: exempted (pod:sharedPortName (a PodMonitor scrapes both)): containers[0] ("api") declares a TCP port of this name too: a Service targetPort "metrics" ' +
        "always resolves to that container's port 9090, never to this one (9091); give the ports different names",
    ]);
    // AND it relaxes nothing else: a port number the two share is still an error
    expect(
      thrown(
        () =>
          new Deployment(testChart(), 'Api', {
            name: 'api',
            containers: [metrics('api', 9090), metrics('envoy', 9090)],
            exemptions: { sharedPortName: { reason: 'a PodMonitor scrapes both' } },
          }),
      ),
    ).toMatch(/\[pod-port-conflict\]$/);
  });

  test('an opt-out needs a reason', () => {
    expect(thrown(() => Container.of({ name: 'api', image: 'k8c.gcr.io/app', exemptions: { imageRegistry: { reason: ' ' } } }))).toContain(
      'Container "api": exemptions.imageRegistry.reason: Invalid value: " ": must say why the container needs the exemption [sdk-exemption-reason]',
    );
  });
});

describe('check honours an exemption annotation for any rule the apiserver accepts', () => {
  const annotated = (annotations: Record<string, string>, container: Record<string, unknown>) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', annotations },
    spec: { containers: [{ name: 'api', image: IMAGE, ...container }] },
  });

  test('a rule beyond the apiserver, and an apiserver warning: infos', () => {
    const pod = annotated(
      { 'exempt.cdk8s-pod-patterns/image-registry-typo': 'a mirror', 'exempt.cdk8s-pod-patterns/duplicate-port-definition': 'generated by a tool' },
      { image: 'registry.k8s.oi/pause:3.9', ports: [{ containerPort: 80 }, { containerPort: 80 }] },
    );
    const found = validateManifests([pod]).map(f => `${f.severity} ${f.rule}`);
    expect(found).toEqual(['info image-registry-typo', 'info duplicate-port-definition']);
  });

  test('an apiserver error stays an error: an annotation cannot make the apiserver accept an object', () => {
    const pod = annotated({ 'exempt.cdk8s-pod-patterns/container-port': 'please' }, { ports: [{ containerPort: 70000 }] });
    expect(validateManifests([pod]).map(f => `${f.severity} ${f.rule}`)).toEqual(['error container-port']);
  });
});

describe('advice stays advice: a liveness probe identical to the readiness probe', () => {
  test('typed code builds, and the warning is printed when the app is synthesized with validation on', () => {
    // GIVEN a Deployment whose container has the same probe twice
    const chart = testChart();
    ManifestValidation.enable(chart);
    const probe = { port: 8080 };
    const container = Container.of({
      name: 'api',
      image: IMAGE,
      ports: [{ number: 8080 }],
      livenessProbe: LivenessProbe.tcpSocket(probe),
      readinessProbe: ReadinessProbe.tcpSocket(probe),
    });
    new Deployment(chart, 'Api', { name: 'api', containers: [container] });
    const printed: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
      printed.push(String(s));
      return true;
    });
    try {
      // WHEN it is synthesized
      expect(synth(chart)).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
    // THEN the warning is printed, and nothing failed
    expect(printed).toEqual([
      'warning: [test/Api/Resource] spec.template.spec.containers[0].livenessProbe: Warning: is identical to the readinessProbe: a container that is only temporarily unready ' +
        '(e.g. overloaded) is also restarted; give the livenessProbe a check that fails only when the process is stuck, or a higher failureThreshold [liveness-equals-readiness]\n',
    ]);
  });
});

describe('errors name where they come from', () => {
  test('a probe factory called inside Container.of inside a construct: the factory', () => {
    expect(
      thrown(
        () =>
          new Deployment(testChart(), 'Api', {
            name: 'api',
            containers: [Container.of({ name: 'api', image: IMAGE, readinessProbe: ReadinessProbe.httpGet({ path: 'healthz', port: 8080 }) })],
          }),
      ),
    ).toBe(`ReadinessProbe.httpGet: httpGet.path: Invalid value: "healthz": must start with '/' [sdk-http-path]`);
  });

  test('a workload with errors in two containers names both, in order', () => {
    const chart = new Chart(testChart().node.scope!, 'shop');
    const c = (name: string, port: number) =>
      Container.of({
        name,
        image: IMAGE,
        ports: [
          { name: 'metrics', number: port },
          { name: 'http', number: port + 1 },
        ],
      });
    expect(thrown(() => new Deployment(chart, 'Api', { name: 'shop-api', containers: [c('api', 9090), c('proxy', 9092), c('agent', 9094)] }))).toMatch(
      /^\[shop\/Api\] Deployment "shop-api" \(containers "proxy", "agent"\): spec\.template\.spec\.containers\[1\]\.ports\[0\]\.name: /,
    );
  });
});
