/**
 * Mistakes with container ports that do not compile: YAML's field names, numbers as strings,
 * protocols and port names as Kubernetes does not spell them, a host port without its reason.
 * `mistakes()` is type-checked, never run; `twins()` builds the correct form of each.
 */
import { Chart } from 'cdk8s';
import { Container, ContainerPortSpec, Deployment, HostPort } from '../../lib';
import { AGNHOST } from './corpus';

export function mistakes(chart: Chart): void {
  // PORT-C01 ports: a port named "http", with the tutorial's typo names:
  // @ts-expect-error: Did you mean to write 'name'?
  Container.of({ name: 'web', image: AGNHOST, ports: [{ names: 'http', number: 8080 }] });
  // PORT-C02 ports: the port 8080, with YAML's field name
  // @ts-expect-error: error: write the port as number: 8080
  Container.of({ name: 'web', image: AGNHOST, ports: [{ containerPort: 8080 }] });
  // PORT-C03 ports: a TCP port, with the protocol in lower case
  // @ts-expect-error: Type '"tcp"' is not assignable to type 'Protocol | undefined'. Did you mean '"TCP"'?
  Container.of({ name: 'web', image: AGNHOST, ports: [{ number: 8080, protocol: 'tcp' }] });
  // PORT-C04 ports: the port 8080, written as a string
  // @ts-expect-error: Type 'string' is not assignable to type 'number'
  Container.of({ name: 'web', image: AGNHOST, ports: [{ number: '8080' }] });
  // PORT-C05 ports: the tutorial's hostPort: 8080, written as in YAML
  // @ts-expect-error: Type 'number' is not assignable to type 'HostPort'
  Container.of({ name: 'app', image: AGNHOST, ports: [{ name: 'liveness-port', number: 8080, hostPort: 8080 }] });
  // PORT-C06 ports: a port named HTTP, in capitals
  // @ts-expect-error: error: a port name must be lowercase
  Container.of({ name: 'web', image: AGNHOST, ports: [{ name: 'HTTP', number: 8080 }] });
  // PORT-C07 ports: a port named with an underscore, as a variable would be
  // @ts-expect-error: error: a port name may only contain a-z, 0-9 and '-'
  Container.of({ name: 'web', image: AGNHOST, ports: [{ name: 'http_alt', number: 8081 }] });
  // PORT-C08 ports: the port's number given as its name
  // @ts-expect-error: error: write a port number as a number (8080), not as a string
  Container.of({ name: 'web', image: AGNHOST, ports: [{ name: '8080', number: 8080 }] });
  // PORT-C09 ports: a host port, without saying why the pod needs it
  // @ts-expect-error: Expected 2 arguments, but got 1.
  Container.of({ name: 'app', image: AGNHOST, ports: [{ number: 8080, hostPort: HostPort.bindOnNode(8080) }] });
  // PORT-C10 ports: the ports as a list of numbers, as in a Dockerfile's EXPOSE
  // @ts-expect-error: Type 'number' is not assignable to type 'ContainerPortSpec<
  Container.of({ name: 'web', image: AGNHOST, ports: [8080, 9090] });
  // PORT-C11 ports: the ports as a map of names to numbers
  // @ts-expect-error: 'http' does not exist in type 'readonly ContainerPortSpec<never>[]'
  Container.of({ name: 'web', image: AGNHOST, ports: { http: 8080 } });
  // PORT-C12 ports: a host port, with its reason as a bare string
  // @ts-expect-error: Argument of type 'string' is not assignable to parameter of type 'HostPortOptions'
  Container.of({ name: 'app', image: AGNHOST, ports: [{ number: 8080, hostPort: HostPort.bindOnNode(8080, 'reached on the node') }] });
  // PORT-C13 ports: the port 8080, with the field name of other libraries (port)
  // @ts-expect-error: 'port' does not exist in type 'ContainerPortSpec<
  new Deployment(chart, 'Web', { name: 'web', containers: [Container.of({ name: 'web', image: AGNHOST, ports: [{ port: 8080 }] })] });
}

export function twins(chart: Chart): void {
  const serve = <const N extends string = never>(id: string, ports: readonly ContainerPortSpec<N>[]) =>
    new Deployment(chart, id, { name: id.toLowerCase(), containers: [Container.of({ name: 'web', image: AGNHOST, args: ['netexec'], ports })] });
  const onNode = HostPort.bindOnNode(8080, { reason: 'reached on the node port, as in the tutorial' });
  // PORT-C01
  serve('PORT-C01', [{ name: 'http', number: 8080 }]);
  // PORT-C02
  serve('PORT-C02', [{ number: 8080 }]);
  // PORT-C03
  serve('PORT-C03', [{ number: 8080, protocol: 'TCP' }]);
  // PORT-C04
  serve('PORT-C04', [{ number: 8080 }]);
  // PORT-C05
  serve('PORT-C05', [{ name: 'liveness-port', number: 8080, hostPort: onNode }]);
  // PORT-C06
  serve('PORT-C06', [{ name: 'http', number: 8080 }]);
  // PORT-C07
  serve('PORT-C07', [{ name: 'http-alt', number: 8081 }]);
  // PORT-C08
  serve('PORT-C08', [{ name: 'http', number: 8080 }]);
  // PORT-C09
  serve('PORT-C09', [{ number: 8080, hostPort: onNode }]);
  // PORT-C10
  serve('PORT-C10', [{ number: 8080 }, { number: 9090 }]);
  // PORT-C11
  serve('PORT-C11', [{ name: 'http', number: 8080 }]);
  // PORT-C12
  serve('PORT-C12', [{ number: 8080, hostPort: onNode }]);
  // PORT-C13
  serve('PORT-C13', [{ number: 8080 }]);
}
