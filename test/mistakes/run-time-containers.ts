/**
 * Mistakes with containers that only a value shows: names, images, users, paths, resources and
 * exemptions that break a rule, containers that one pod cannot hold together, and the props of
 * JavaScript callers.
 */
import { Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-27';
import { Container, LivenessProbe, Pod, ReadinessProbe } from '../../lib';
import { AGNHOST, fromJavaScript, IMAGE, RunTimeMistake, serve } from './corpus';

const reason = 'the image switches users itself and cannot start as non-root';

export const mistakes: readonly RunTimeMistake[] = [
  {
    id: 'CTR-R01',
    area: 'containers',
    what: 'containers made in a loop from a map of names to images, keyed as the team calls them (Web, Worker)',
    build: chart =>
      serve(
        chart,
        'shop',
        Object.entries({ Web: IMAGE, Worker: AGNHOST }).map(([name, image]) => Container.of({ name, image })),
      ),
    error: 'Container "Web": name: Invalid value: "Web": a lowercase RFC 1123 label must consist of lower case alphanumeric characters',
    twin: chart =>
      serve(
        chart,
        'shop',
        Object.entries({ web: IMAGE, worker: AGNHOST }).map(([name, image]) => Container.of({ name, image })),
      ),
  },
  {
    id: 'CTR-R02',
    area: 'containers',
    what: 'a container named from the service and its role, joined with an underscore',
    build: chart => serve(chart, 'shop-api', Container.of({ name: ['shop', 'api'].join('_'), image: IMAGE })),
    error: 'Container "shop_api": name: Invalid value: "shop_api"',
    twin: chart => serve(chart, 'shop-api', Container.of({ name: ['shop', 'api'].join('-'), image: IMAGE })),
  },
  {
    id: 'CTR-R03',
    area: 'containers',
    what: 'an app and its sidecar, both built from one copied snippet named app',
    build: chart =>
      serve(chart, 'web', [Container.of({ name: 'app', image: IMAGE }), Container.of({ name: 'app', image: AGNHOST, args: ['netexec', '--http-port=9090'] })]),
    error: 'spec.template.spec.containers[1].name: Duplicate value: "app" [container-name-unique]',
    twin: chart =>
      serve(chart, 'web', [
        Container.of({ name: 'app', image: IMAGE }),
        Container.of({ name: 'probe', image: AGNHOST, args: ['netexec', '--http-port=9090'] }),
      ]),
  },
  {
    id: 'CTR-R04',
    area: 'containers',
    what: 'an init container named like the main container',
    build: chart =>
      serve(chart, 'api', Container.of({ name: 'api', image: IMAGE }), { initContainers: [Container.of({ name: 'api', image: IMAGE, args: ['migrate'] })] }),
    error: 'initContainers[0].name: Duplicate value: "api" [container-name-unique]',
    twin: chart =>
      serve(chart, 'api', Container.of({ name: 'api', image: IMAGE }), {
        initContainers: [Container.of({ name: 'migrate', image: IMAGE, args: ['migrate'] })],
      }),
  },
  {
    id: 'CTR-R05',
    area: 'containers',
    what: 'two containers of one name in a bare Pod',
    build: chart =>
      new Pod(chart, 'Pod', {
        name: 'web',
        labels: { app: 'web' },
        containers: [Container.of({ name: 'web', image: IMAGE }), Container.of({ name: 'web', image: AGNHOST })],
      }),
    error: 'spec.containers[1].name: Duplicate value: "web" [container-name-unique]',
    twin: chart =>
      new Pod(chart, 'Pod', {
        name: 'web',
        labels: { app: 'web' },
        containers: [Container.of({ name: 'web', image: IMAGE }), Container.of({ name: 'agnhost', image: AGNHOST })],
      }),
  },
  {
    id: 'CTR-R06',
    area: 'containers',
    what: 'running as root, as the user 0',
    build: chart => serve(chart, 'web', Container.of({ name: 'web', image: IMAGE, user: { uid: 0 } })),
    error: 'user.uid: Invalid value: 0: must be between 1 and 2147483647, inclusive (0 is root: use exemptions.runAsRoot) [sdk-non-root-user]',
    twin: chart => serve(chart, 'web', Container.of({ name: 'web', image: IMAGE, exemptions: { runAsRoot: { reason } } })),
  },
  {
    id: 'CTR-R07',
    area: 'containers',
    what: 'a user and the runAsRoot exemption, both',
    build: chart => serve(chart, 'web', Container.of({ name: 'web', image: IMAGE, user: { uid: 1000 }, exemptions: { runAsRoot: { reason } } })),
    error: 'must not be set together with exemptions.runAsRoot [sdk-non-root-user]',
    twin: chart => serve(chart, 'web', Container.of({ name: 'web', image: IMAGE, user: { uid: 1000 } })),
  },
  {
    id: 'CTR-R08',
    area: 'containers',
    what: 'a writable /tmp, written without its slash',
    build: chart => serve(chart, 'web', Container.of({ name: 'web', image: IMAGE, writablePaths: ['tmp'] })),
    error: 'writablePaths[0]: Invalid value: "tmp": must be an absolute path [sdk-writable-path]',
    twin: chart => serve(chart, 'web', Container.of({ name: 'web', image: IMAGE, writablePaths: ['/tmp'] })),
  },
  {
    id: 'CTR-R09',
    area: 'containers',
    what: 'an exemption whose reason was left for later',
    build: chart => serve(chart, 'web', Container.of({ name: 'web', image: IMAGE, exemptions: { runAsRoot: { reason: '' } } })),
    error: 'exemptions.runAsRoot.reason: Invalid value: "": must say why the container needs the exemption [sdk-exemption-reason]',
    twin: chart => serve(chart, 'web', Container.of({ name: 'web', image: IMAGE, exemptions: { runAsRoot: { reason } } })),
  },
  {
    id: 'CTR-R10',
    area: 'containers',
    what: 'a memory request above the limit (the two swapped)',
    build: chart =>
      serve(chart, 'web', Container.of({ name: 'web', image: IMAGE, resources: { memory: { request: Size.mebibytes(512), limit: Size.mebibytes(256) } } })),
    error: 'must be less than or equal to memory limit of 256Mi [resource-limit]',
    twin: chart =>
      serve(chart, 'web', Container.of({ name: 'web', image: IMAGE, resources: { memory: { request: Size.mebibytes(256), limit: Size.mebibytes(512) } } })),
  },
  {
    id: 'CTR-R11',
    area: 'containers',
    what: 'a CPU request of 2 cores under the default limit of 500m',
    build: chart => serve(chart, 'web', Container.of({ name: 'web', image: IMAGE, resources: { cpu: { request: Cpu.units(2), limit: Cpu.millis(500) } } })),
    error: 'must be less than or equal to cpu limit of 500m [resource-limit]',
    twin: chart => serve(chart, 'web', Container.of({ name: 'web', image: IMAGE, resources: { cpu: { request: Cpu.units(2), limit: Cpu.units(4) } } })),
  },
  {
    id: 'CTR-R12',
    area: 'containers',
    what: 'an image pasted with a trailing newline',
    build: chart => serve(chart, 'web', Container.of({ name: 'web', image: `${IMAGE}\n` })),
    error: 'must not have leading or trailing whitespace [container-image]',
    twin: chart => serve(chart, 'web', Container.of({ name: 'web', image: IMAGE })),
  },
  {
    id: 'CTR-R13',
    area: 'containers',
    what: 'an init container that waits for the database, given a readiness probe',
    build: chart =>
      serve(chart, 'api', Container.of({ name: 'api', image: IMAGE }), {
        initContainers: [Container.of({ name: 'wait-for-db', image: IMAGE, readinessProbe: ReadinessProbe.tcpSocket({ port: 5432, host: 'db' }) })],
      }),
    error: 'initContainers[0].readinessProbe: Forbidden: may not be set for init containers [init-container-field]',
    twin: chart =>
      serve(chart, 'api', Container.of({ name: 'api', image: IMAGE }), {
        initContainers: [Container.of({ name: 'wait-for-db', image: AGNHOST, args: ['connect', 'db:5432', '--timeout=2m'] })],
      }),
  },
  {
    id: 'CTR-R14',
    area: 'containers',
    what: "the tutorial's image on its typo registry k8c.gcr.io",
    build: chart => serve(chart, 'liveness', Container.of({ name: 'liveness', image: 'k8c.gcr.io/busybox:1.27.2' })),
    error: 'did you mean "registry.k8s.io/busybox:1.27.2"? [image-registry-typo]',
    twin: chart => serve(chart, 'liveness', Container.of({ name: 'liveness', image: 'registry.k8s.io/busybox:1.27.2' })),
  },
  {
    id: 'CTR-R15',
    area: 'containers',
    what: 'an image whose repository has capitals, as the GitHub organization does',
    build: chart => serve(chart, 'web', Container.of({ name: 'web', image: 'ghcr.io/Example/shop-api:1.4.2' })),
    error: 'must be lower case; did you mean "ghcr.io/example/shop-api:1.4.2"? [image-reference]',
    twin: chart => serve(chart, 'web', Container.of({ name: 'web', image: 'ghcr.io/example/shop-api:1.4.2' })),
  },
  {
    id: 'CTR-R16',
    area: 'containers',
    what: 'an image with a space inside, as copied from a docker run line',
    build: chart => serve(chart, 'web', Container.of({ name: 'web', image: 'ghcr.io/example/shop-api :1.4.2' })),
    error: '[image-reference]',
    twin: chart => serve(chart, 'web', Container.of({ name: 'web', image: IMAGE })),
  },
  {
    id: 'CTR-R17',
    area: 'containers',
    what: "a command of the image's shell, as one element with spaces",
    build: chart => serve(chart, 'worker', Container.of({ name: 'worker', image: IMAGE, command: ['/bin/sh -c', 'exec worker --queue orders'] })),
    error: '[exec-command-words]',
    twin: chart => serve(chart, 'worker', Container.of({ name: 'worker', image: IMAGE, command: ['/bin/sh', '-c', 'exec worker --queue orders'] })),
  },
  {
    id: 'CTR-R18',
    area: 'containers',
    what: 'a seccomp profile of the node, given by its absolute path',
    build: chart => serve(chart, 'web', Container.of({ name: 'web', image: IMAGE, seccompLocalhostProfile: '/var/lib/kubelet/seccomp/profiles/audit.json' })),
    error: 'must be a relative path [seccomp-profile]',
    twin: chart => serve(chart, 'web', Container.of({ name: 'web', image: IMAGE, seccompLocalhostProfile: 'profiles/audit.json' })),
  },
  {
    id: 'CTR-R19',
    area: 'containers',
    what: 'a JavaScript caller: pulling always, in lower case',
    build: chart => serve(chart, 'web', Container.of({ name: 'web', image: IMAGE, imagePullPolicy: fromJavaScript('always') })),
    error: 'imagePullPolicy: Unsupported value: "always": supported values: "Always", "IfNotPresent", "Never"; did you mean "Always"?',
    twin: chart => serve(chart, 'web', Container.of({ name: 'web', image: IMAGE, imagePullPolicy: 'Always' })),
  },
  {
    id: 'CTR-R20',
    area: 'containers',
    what: "a JavaScript caller: agnhost's argument as a string",
    build: chart => serve(chart, 'web', Container.of({ name: 'web', image: AGNHOST, args: fromJavaScript('netexec') })),
    error: 'args: Wrong type: "netexec": must be an array [sdk-option-type]',
    twin: chart => serve(chart, 'web', Container.of({ name: 'web', image: AGNHOST, args: ['netexec'] })),
  },
  {
    id: 'CTR-R21',
    area: 'containers',
    what: "a JavaScript caller: resources in YAML's shape",
    build: chart => serve(chart, 'web', Container.of({ name: 'web', image: IMAGE, resources: fromJavaScript({ limits: { cpu: '2', memory: '1Gi' } }) })),
    error: 'resources.limits: "limits" is how a manifest writes it',
    twin: chart =>
      serve(
        chart,
        'web',
        Container.of({
          name: 'web',
          image: IMAGE,
          resources: { cpu: { request: Cpu.units(1), limit: Cpu.units(2) }, memory: { request: Size.gibibytes(1), limit: Size.gibibytes(1) } },
        }),
      ),
  },
  {
    id: 'CTR-R22',
    area: 'containers',
    what: 'a JavaScript caller: the capability with its CAP_ prefix',
    build: chart =>
      serve(
        chart,
        'web',
        Container.of({
          name: 'web',
          image: IMAGE,
          exemptions: { addCapabilities: { capabilities: fromJavaScript(['CAP_NET_BIND_SERVICE']), reason: 'binds port 80' } },
        }),
      ),
    error: 'exemptions.addCapabilities.capabilities[0]: Unsupported value: "CAP_NET_BIND_SERVICE"',
    twin: chart =>
      serve(
        chart,
        'web',
        Container.of({ name: 'web', image: IMAGE, exemptions: { addCapabilities: { capabilities: ['NET_BIND_SERVICE'], reason: 'binds port 80' } } }),
      ),
  },
  {
    id: 'CTR-R23',
    area: 'containers',
    what: 'a JavaScript caller: running as root, switched on like a flag',
    build: chart => serve(chart, 'web', Container.of({ name: 'web', image: IMAGE, exemptions: fromJavaScript({ runAsRoot: true }) })),
    error: 'exemptions.runAsRoot: Wrong type: true: must be an object [sdk-option-type]',
    twin: chart => serve(chart, 'web', Container.of({ name: 'web', image: IMAGE, exemptions: { runAsRoot: { reason } } })),
  },
  {
    id: 'CTR-R24',
    area: 'containers',
    what: "a JavaScript caller: the tutorial's livenessProve",
    build: chart =>
      serve(
        chart,
        'liveness',
        Container.of(fromJavaScript({ name: 'liveness', image: AGNHOST, livenessProve: LivenessProbe.exec({ command: ['cat', '/tmp/healthy'] }) })),
      ),
    error: 'livenessProve: unknown option "livenessProve"; did you mean "livenessProbe"? [sdk-unknown-option]',
    twin: chart =>
      serve(
        chart,
        'liveness',
        Container.of({ name: 'liveness', image: AGNHOST, writablePaths: ['/tmp'], livenessProbe: LivenessProbe.exec({ command: ['cat', '/tmp/healthy'] }) }),
      ),
  },
];
