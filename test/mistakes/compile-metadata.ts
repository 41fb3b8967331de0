/**
 * Mistakes with labels, annotations and names that do not compile: values that are not strings,
 * lists of `key=value`, YAML's nesting under metadata and selector. `mistakes()` is type-checked,
 * never run; `twins()` builds the correct form of each.
 */
import { Chart } from 'cdk8s';
import { ConfigMap, Container, Deployment, GoTestPod } from '../../lib';
import { IMAGE } from './corpus';

const api = Container.of({ name: 'api', image: IMAGE });

export function mistakes(chart: Chart): void {
  // META-C01 metadata: the version as a label, as a number
  // @ts-expect-error: Type 'number' is not assignable to type 'string'
  new Deployment(chart, 'A', { name: 'api', containers: [api], labels: { version: 2 } });
  // META-C02 metadata: the tutorial's kubectl annotate key="test1234", as a list
  // @ts-expect-error: Type 'string[]' is not assignable to type 'Readonly<Record<string, string>>'
  new GoTestPod(chart, 'B', { annotations: ['key=test1234'] });
  // META-C03 metadata: an annotation, with the field in the singular
  // @ts-expect-error: Did you mean to write 'annotations'?
  new GoTestPod(chart, 'C', { annotation: { key: 'test1234' } });
  // META-C04 metadata: a canary label, as a boolean
  // @ts-expect-error: Type 'boolean' is not assignable to type 'string'
  new Deployment(chart, 'D', { name: 'api', containers: [api], podLabels: { canary: true } });
  // META-C05 metadata: the name and labels, nested under YAML's metadata
  // @ts-expect-error: error: give name, namespace, labels and annotations as props
  new Deployment(chart, 'E', { metadata: { name: 'api', labels: { team: 'shop' } }, containers: [api] });
  // META-C06 metadata: a label, with the field in the singular
  // @ts-expect-error: Did you mean to write 'labels'?
  new ConfigMap(chart, 'F', { name: 'shop-config', data: { LOG_LEVEL: 'info' }, label: { team: 'shop' } });
  // META-C07 metadata: the pods' labels, written as YAML's selector
  // @ts-expect-error: error: write selectorLabels: { app: 'web' }; the SDK writes the selector and the pod labels from them
  new Deployment(chart, 'G', { name: 'api', containers: [api], selector: { matchLabels: { app: 'api' } } });
  // META-C08 metadata: the port Prometheus scrapes, as a number
  // @ts-expect-error: Type 'number' is not assignable to type 'string'
  new Deployment(chart, 'H', { name: 'api', containers: [api], podAnnotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': 9090 } });
}

export function twins(chart: Chart): void {
  // META-C01
  new Deployment(chart, 'META-C01', { name: 'meta-c01', containers: [api], labels: { version: '2' } });
  // META-C02
  new GoTestPod(chart, 'META-C02', { name: 'meta-c02', annotations: { key: 'test1234' } });
  // META-C03
  new GoTestPod(chart, 'META-C03', { name: 'meta-c03', annotations: { key: 'test1234' } });
  // META-C04
  new Deployment(chart, 'META-C04', { name: 'meta-c04', containers: [api], podLabels: { canary: 'true' } });
  // META-C05
  new Deployment(chart, 'META-C05', { name: 'meta-c05', containers: [api], labels: { team: 'shop' } });
  // META-C06
  new ConfigMap(chart, 'META-C06', { name: 'meta-c06', data: { LOG_LEVEL: 'info' }, labels: { team: 'shop' } });
  // META-C07
  new Deployment(chart, 'META-C07', { name: 'meta-c07', containers: [api], selectorLabels: { app: 'meta-c07' } });
  // META-C08
  new Deployment(chart, 'META-C08', { name: 'meta-c08', containers: [api], podAnnotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9090' } });
}
