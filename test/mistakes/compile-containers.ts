/**
 * Mistakes with containers that do not compile: a missing image, YAML's shapes for resources and
 * the security context, strings where lists go, exemptions without their reason.
 * `mistakes()` is type-checked, never run; `twins()` builds the correct form of each.
 */
import { Chart, Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-27';
import { Container, Deployment } from '../../lib';
import { AGNHOST, IMAGE } from './corpus';

export function mistakes(chart: Chart): void {
  // CTR-C01 containers: a container, without its image
  // @ts-expect-error: Property 'image' is missing
  Container.of({ name: 'web' });
  // CTR-C02 containers: a CPU limit, written as in YAML
  // @ts-expect-error: error: write cpu: { request: Cpu.millis(100), limit: Cpu.millis(500) }
  Container.of({ name: 'web', image: IMAGE, resources: { limits: { cpu: '500m' } } });
  // CTR-C03 containers: CPU as the quantities of YAML
  // @ts-expect-error: Type 'string' is not assignable to type 'Cpu'
  Container.of({ name: 'web', image: IMAGE, resources: { cpu: { request: '250m', limit: '1' } } });
  // CTR-C04 containers: a memory request, without its limit
  // @ts-expect-error: Property 'limit' is missing
  Container.of({ name: 'web', image: IMAGE, resources: { memory: { request: Size.mebibytes(256) } } });
  // CTR-C05 containers: the user 1000, quoted
  // @ts-expect-error: Type 'string' is not assignable to type 'number'
  Container.of({ name: 'web', image: IMAGE, user: { uid: '1000' } });
  // CTR-C06 containers: one writable path, as a string
  // @ts-expect-error: Type 'string' is not assignable to type 'readonly string[]'
  Container.of({ name: 'web', image: IMAGE, writablePaths: '/tmp' });
  // CTR-C07 containers: agnhost's netexec argument, as a string
  // @ts-expect-error: Type 'string' is not assignable to type 'readonly string[]'
  Container.of({ name: 'web', image: AGNHOST, args: 'netexec' });
  // CTR-C08 containers: running as root, switched on like a flag
  // @ts-expect-error: Type 'boolean' is not assignable to type 'Exemption'
  Container.of({ name: 'web', image: IMAGE, exemptions: { runAsRoot: true } });
  // CTR-C09 containers: binding port 80, with the capability spelled as in Linux headers
  // @ts-expect-error: Type '"CAP_NET_BIND_SERVICE"' is not assignable to type 'Capability'. Did you mean '"NET_BIND_SERVICE"'?
  Container.of({ name: 'web', image: IMAGE, exemptions: { addCapabilities: { capabilities: ['CAP_NET_BIND_SERVICE'], reason: 'binds port 80' } } });
  // CTR-C10 containers: running as root, without saying why
  // @ts-expect-error: Property 'reason' is missing
  Container.of({ name: 'web', image: IMAGE, exemptions: { runAsRoot: {} } });
  // CTR-C11 containers: pulling the image always, in lower case
  // @ts-expect-error: Type '"always"' is not assignable to type 'ImagePullPolicy | undefined'. Did you mean '"Always"'?
  Container.of({ name: 'web', image: IMAGE, imagePullPolicy: 'always' });
  // CTR-C12 containers: the user, set through YAML's securityContext
  // @ts-expect-error: error: containers are secure by default; set user: { uid }
  Container.of({ name: 'web', image: IMAGE, securityContext: { runAsUser: 1000 } });
  // CTR-C13 containers: a container built with new, as in cdk8s-plus
  // @ts-expect-error: Constructor of class 'Container<N>' is private
  new Container({ name: 'web', image: IMAGE });
  // CTR-C14 containers: a container's exemption given to the Deployment
  // @ts-expect-error: 'runAsRoot' does not exist in type 'PodExemptions'
  new Deployment(chart, 'Web', { name: 'web', containers: [Container.of({ name: 'web', image: IMAGE })], exemptions: { runAsRoot: { reason: 'legacy' } } });
  // CTR-C15 containers: a memory limit, as a string of YAML
  // @ts-expect-error: Type 'string' is not assignable to type 'Size'
  Container.of({ name: 'web', image: IMAGE, resources: { memory: { request: '256Mi', limit: '512Mi' } } });
  // CTR-C16 containers: a container named Web, capitalized
  // @ts-expect-error: error: a container name must be lowercase
  Container.of({ name: 'Web', image: IMAGE });
  // CTR-C17 containers: a container named shop_api, as the variable is
  // @ts-expect-error: error: a container name may only contain a-z, 0-9 and '-'
  Container.of({ name: 'shop_api', image: IMAGE });
}

export function twins(chart: Chart): void {
  const serve = (id: string, container: Container<string>) => new Deployment(chart, id, { name: id.toLowerCase(), containers: [container] });
  // CTR-C01
  serve('CTR-C01', Container.of({ name: 'web', image: IMAGE }));
  // CTR-C02
  serve('CTR-C02', Container.of({ name: 'web', image: IMAGE, resources: { cpu: { request: Cpu.millis(100), limit: Cpu.millis(500) } } }));
  // CTR-C03
  serve('CTR-C03', Container.of({ name: 'web', image: IMAGE, resources: { cpu: { request: Cpu.millis(250), limit: Cpu.units(1) } } }));
  // CTR-C04
  serve('CTR-C04', Container.of({ name: 'web', image: IMAGE, resources: { memory: { request: Size.mebibytes(256), limit: Size.mebibytes(512) } } }));
  // CTR-C05
  serve('CTR-C05', Container.of({ name: 'web', image: IMAGE, user: { uid: 1000 } }));
  // CTR-C06
  serve('CTR-C06', Container.of({ name: 'web', image: IMAGE, writablePaths: ['/tmp'] }));
  // CTR-C07
  serve('CTR-C07', Container.of({ name: 'web', image: AGNHOST, args: ['netexec'] }));
  // CTR-C08
  serve('CTR-C08', Container.of({ name: 'web', image: IMAGE, exemptions: { runAsRoot: { reason: 'the image switches users itself' } } }));
  // CTR-C09
  serve(
    'CTR-C09',
    Container.of({ name: 'web', image: IMAGE, exemptions: { addCapabilities: { capabilities: ['NET_BIND_SERVICE'], reason: 'binds port 80' } } }),
  );
  // CTR-C10
  serve('CTR-C10', Container.of({ name: 'web', image: IMAGE, exemptions: { runAsRoot: { reason: 'the image switches users itself' } } }));
  // CTR-C11
  serve('CTR-C11', Container.of({ name: 'web', image: IMAGE, imagePullPolicy: 'Always' }));
  // CTR-C12
  serve('CTR-C12', Container.of({ name: 'web', image: IMAGE, user: { uid: 1000 } }));
  // CTR-C13
  serve('CTR-C13', Container.of({ name: 'web', image: IMAGE }));
  // CTR-C14
  serve('CTR-C14', Container.of({ name: 'web', image: IMAGE, exemptions: { runAsRoot: { reason: 'legacy' } } }));
  // CTR-C15
  serve('CTR-C15', Container.of({ name: 'web', image: IMAGE, resources: { memory: { request: Size.mebibytes(256), limit: Size.mebibytes(512) } } }));
  // CTR-C16
  serve('CTR-C16', Container.of({ name: 'web', image: IMAGE }));
  // CTR-C17
  serve('CTR-C17', Container.of({ name: 'shop-api', image: IMAGE }));
}
