/**
 * Mistakes with container ports that only a value shows: numbers out of range, names too long or
 * declared twice, ports that the containers of one pod share, host ports, and the ports of
 * JavaScript callers.
 */
import { Container, ContainerPortSpec, HostPort, Pod } from '../../lib';
import { AGNHOST, fromJavaScript, IMAGE, RunTimeMistake, serve } from './corpus';

/** A container `name` of the app declaring `ports`. */
function declaring<const N extends string = never>(ports: readonly ContainerPortSpec<N>[], name = 'api'): Container<N> {
  return Container.of({ name, image: IMAGE, ports });
}

const onNode = (reason: string) => HostPort.bindOnNode(8080, { reason });

export const mistakes: readonly RunTimeMistake[] = [
  {
    id: 'PORT-R01',
    area: 'ports',
    what: 'the metrics port 9090, typed with one zero too many',
    build: chart => serve(chart, 'api', declaring([{ name: 'metrics', number: 90900 }])),
    error: 'ports[0].containerPort: Invalid value: 90900: must be between 1 and 65535, inclusive [container-port]',
    twin: chart => serve(chart, 'api', declaring([{ name: 'metrics', number: 9090 }])),
  },
  {
    id: 'PORT-R02',
    area: 'ports',
    what: 'the port read from an environment variable that is not set where the app is synthesized (NaN)',
    build: chart => serve(chart, 'api', declaring([{ name: 'http', number: Number(process.env.UNSET_HTTP_PORT) }])),
    error: 'ports[0].containerPort: Wrong type: NaN: must be an integer, not the number NaN [field-type]',
    twin: chart => serve(chart, 'api', declaring([{ name: 'http', number: Number(process.env.UNSET_HTTP_PORT ?? 8080) }])),
  },
  {
    id: 'PORT-R03',
    area: 'ports',
    what: 'a port named prometheus-metrics (18 characters; Kubernetes allows 15)',
    build: chart => serve(chart, 'api', declaring([{ name: 'prometheus-metrics', number: 9090 }])),
    error: 'ports[0].name: Invalid value: "prometheus-metrics": must be no more than 15 characters [container-port-name]',
    twin: chart => serve(chart, 'api', declaring([{ name: 'metrics', number: 9090 }])),
  },
  {
    id: 'PORT-R04',
    area: 'ports',
    what: 'two ports of one container, both named http (the second one meant https)',
    build: chart =>
      serve(
        chart,
        'api',
        declaring([
          { name: 'http', number: 8080 },
          { name: 'http', number: 8443 },
        ]),
      ),
    error: 'ports[1].name: Duplicate value: "http" [container-port-name]',
    twin: chart =>
      serve(
        chart,
        'api',
        declaring([
          { name: 'http', number: 8080 },
          { name: 'https', number: 8443 },
        ]),
      ),
  },
  {
    id: 'PORT-R05',
    area: 'ports',
    what: 'a sidecar proxy on the port the app listens on, in one Deployment',
    build: chart => serve(chart, 'api', [declaring([{ name: 'http', number: 8080 }]), declaring([{ number: 8080 }], 'proxy')]),
    error: 'already declares 8080/TCP; the containers of a pod share one network namespace, so only one of them can listen on it [pod-port-conflict]',
    twin: chart => serve(chart, 'api', [declaring([{ name: 'http', number: 8080 }]), declaring([{ number: 15001 }], 'proxy')]),
  },
  {
    id: 'PORT-R06',
    area: 'ports',
    what: 'two containers of a bare Pod on the same port',
    build: chart =>
      new Pod(chart, 'Pod', {
        name: 'web',
        labels: { app: 'web' },
        containers: [declaring([{ number: 8080 }], 'web'), declaring([{ number: 8080 }], 'metrics')],
      }),
    error: 'already declares 8080/TCP; the containers of a pod share one network namespace, so only one of them can listen on it [pod-port-conflict]',
    twin: chart =>
      new Pod(chart, 'Pod', {
        name: 'web',
        labels: { app: 'web' },
        containers: [declaring([{ number: 8080 }], 'web'), declaring([{ number: 9090 }], 'metrics')],
      }),
  },
  {
    id: 'PORT-R07',
    area: 'ports',
    what: 'a sidecar added to a Pod, on the port of its main container',
    build: chart =>
      new Pod(chart, 'Pod', { name: 'web', labels: { app: 'web' }, containers: [declaring([{ number: 8080 }], 'web')] }).addContainer(
        declaring([{ number: 8080 }], 'proxy'),
      ),
    error: '[pod-port-conflict]',
    twin: chart =>
      new Pod(chart, 'Pod', { name: 'web', labels: { app: 'web' }, containers: [declaring([{ number: 8080 }], 'web')] }).addContainer(
        declaring([{ number: 15001 }], 'proxy'),
      ),
  },
  {
    id: 'PORT-R08',
    area: 'ports',
    what: 'a JavaScript caller: the protocol in lower case',
    build: chart => serve(chart, 'api', declaring([{ number: 8080, protocol: fromJavaScript('tcp') }])),
    error: 'ports[0].protocol: Unsupported value: "tcp": supported values: "TCP", "UDP", "SCTP"; did you mean "TCP"?',
    twin: chart => serve(chart, 'api', declaring([{ number: 8080, protocol: 'TCP' }])),
  },
  {
    id: 'PORT-R09',
    area: 'ports',
    what: 'a host port whose reason was left blank',
    build: chart => serve(chart, 'app', declaring([{ number: 8080, hostPort: onNode(' ') }], 'app')),
    error: 'ports[0].hostPort.reason: Invalid value: " ": must say why the pod needs the node port [sdk-exemption-reason]',
    twin: chart => serve(chart, 'app', declaring([{ number: 8080, hostPort: onNode('reached on the node port, as in the tutorial') }], 'app')),
  },
  {
    id: 'PORT-R10',
    area: 'ports',
    what: 'two containers of a pod binding the same port of the node',
    build: chart =>
      serve(chart, 'app', [
        declaring([{ number: 8080, hostPort: onNode('ingress on the node') }], 'app'),
        declaring([{ number: 8081, hostPort: onNode('admin on the node') }], 'admin'),
      ]),
    error: 'hostPort: Duplicate value: "TCP//8080" [host-port-conflict]',
    twin: chart =>
      serve(chart, 'app', [
        declaring([{ number: 8080, hostPort: onNode('ingress on the node') }], 'app'),
        declaring([{ number: 8081, hostPort: HostPort.bindOnNode(8081, { reason: 'admin on the node' }) }], 'admin'),
      ]),
  },
  {
    id: 'PORT-R11',
    area: 'ports',
    what: "a JavaScript caller: the tutorial's hostPort: 8080, as in YAML",
    build: chart => serve(chart, 'app', declaring([{ number: 8080, hostPort: fromJavaScript(8080) }], 'app')),
    error: 'ports[0].hostPort: Wrong type: 8080: must be a HostPort (from HostPort.bindOnNode) [sdk-option-type]',
    twin: chart => serve(chart, 'app', declaring([{ number: 8080, hostPort: onNode('reached on the node port, as in the tutorial') }], 'app')),
  },
  {
    id: 'PORT-R12',
    area: 'ports',
    what: 'the metrics port declared on the number of the HTTP port (copied, and the number not changed)',
    build: chart =>
      serve(
        chart,
        'api',
        declaring([
          { name: 'http', number: 8080 },
          { name: 'metrics', number: 8080 },
        ]),
      ),
    error: 'ports[1]: Duplicate value: "8080/TCP"',
    twin: chart =>
      serve(
        chart,
        'api',
        declaring([
          { name: 'http', number: 8080 },
          { name: 'metrics', number: 9090 },
        ]),
      ),
  },
  {
    id: 'PORT-R13',
    area: 'ports',
    what: 'the app and its sidecar each naming their port http (a Service targetPort "http" reaches only the first)',
    build: chart => serve(chart, 'api', [declaring([{ name: 'http', number: 8080 }]), declaring([{ name: 'http', number: 9091 }], 'exporter')]),
    error: '[pod-port-name-shared]',
    twin: chart => serve(chart, 'api', [declaring([{ name: 'http', number: 8080 }]), declaring([{ name: 'exporter', number: 9091 }], 'exporter')]),
  },
  {
    id: 'PORT-R14',
    area: 'ports',
    what: 'a JavaScript caller: the port number as a string, as it comes from YAML or an environment variable',
    build: chart => serve(chart, 'api', declaring([{ name: 'http', number: fromJavaScript('8080') }])),
    error: 'ports[0].number: Wrong type: "8080": must be a number [sdk-option-type]',
    twin: chart => serve(chart, 'api', declaring([{ name: 'http', number: 8080 }])),
  },
  {
    id: 'PORT-R15',
    area: 'ports',
    what: "a JavaScript caller: the port with YAML's field name containerPort",
    build: chart => serve(chart, 'web', Container.of({ name: 'web', image: AGNHOST, ports: fromJavaScript([{ containerPort: 8080 }]) })),
    error: 'ports[0].containerPort: "containerPort" is how a manifest writes it: write the port as number: 8080 [sdk-unknown-option]',
    twin: chart => serve(chart, 'web', Container.of({ name: 'web', image: AGNHOST, ports: [{ number: 8080 }] })),
  },
];
