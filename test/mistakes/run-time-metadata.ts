/**
 * Mistakes with labels, annotations, names and namespaces that only a value shows: values and
 * keys that break the rules of labels and annotations, labels that would change a selector,
 * namespaces, the chart's own metadata, and the metadata of JavaScript callers.
 */
import { App, Chart } from 'cdk8s';
import { ConfigMap, Container, Pod } from '../../lib';
import { fromJavaScript, IMAGE, RunTimeMistake, serve } from './corpus';

const api = Container.of({ name: 'api', image: IMAGE });

/** Another chart of the app of `chart`, as `new Chart(app, id, props)` makes one. */
function chartBeside(chart: Chart, props: ConstructorParameters<typeof Chart>[2]): Chart {
  return new Chart(App.of(chart), 'shop', props);
}

export const mistakes: readonly RunTimeMistake[] = [
  {
    id: 'META-R01',
    area: 'metadata',
    what: 'the team as a label, with a space: shop team',
    build: chart => serve(chart, 'shop-api', api, { labels: { team: 'shop team' } }),
    error: 'metadata.labels: Invalid value: "shop team": a valid label must be an empty string or consist of alphanumeric characters',
    twin: chart => serve(chart, 'shop-api', api, { labels: { team: 'shop-team' } }),
  },
  {
    id: 'META-R02',
    area: 'metadata',
    what: 'the git description of the build as a label (more than 63 characters)',
    build: chart => serve(chart, 'shop-api', api, { podLabels: { version: 'v1.4.2-17-g3f2a9c1d-dirty-build-from-the-release-branch-of-march' } }),
    error: 'must be no more than 63 characters [label-value]',
    twin: chart => serve(chart, 'shop-api', api, { podLabels: { version: 'v1.4.2-17-g3f2a9c1d' } }),
  },
  {
    id: 'META-R03',
    area: 'metadata',
    what: 'an annotation key with a space',
    build: chart => serve(chart, 'shop-api', api, { annotations: { 'owner team': 'shop' } }),
    error: 'metadata.annotations: Invalid value: "owner team"',
    twin: chart => serve(chart, 'shop-api', api, { annotations: { 'example.com/owner-team': 'shop' } }),
  },
  {
    id: 'META-R04',
    area: 'metadata',
    what: 'the namespace Shop, capitalized',
    build: chart => new ConfigMap(chart, 'Config', { name: 'shop-config', namespace: 'Shop', data: { LOG_LEVEL: 'info' } }),
    error: 'metadata.namespace: Invalid value: "Shop"',
    twin: chart => new ConfigMap(chart, 'Config', { name: 'shop-config', namespace: 'shop', data: { LOG_LEVEL: 'info' } }),
  },
  {
    id: 'META-R05',
    area: 'metadata',
    what: 'the namespace shop.prod, with a dot (a namespace is a DNS label)',
    build: chart => serve(chart, 'shop-api', api, { namespace: 'shop.prod' }),
    error: 'metadata.namespace: Invalid value: "shop.prod": must not contain dots [namespace-name]',
    twin: chart => serve(chart, 'shop-api', api, { namespace: 'shop-prod' }),
  },
  {
    id: 'META-R06',
    area: 'metadata',
    what: 'a label key with two slashes',
    build: chart => serve(chart, 'shop-api', api, { labels: { 'example.com/team/name': 'shop' } }),
    error: 'metadata.labels: Invalid value: "example.com/team/name"',
    twin: chart => serve(chart, 'shop-api', api, { labels: { 'example.com/team': 'shop' } }),
  },
  {
    id: 'META-R07',
    area: 'metadata',
    what: 'the standard name label set to the product, where the selector has the workload',
    build: chart => serve(chart, 'shop-api', api, { labels: { 'app.kubernetes.io/name': 'shop' } }),
    error: 'must not override the selector label app.kubernetes.io/name=shop-api [sdk-selector-label]',
    twin: chart => serve(chart, 'shop-api', api, { labels: { 'app.kubernetes.io/part-of': 'shop' } }),
  },
  {
    id: 'META-R08',
    area: 'metadata',
    what: 'a pod label value starting with a dash',
    build: chart => serve(chart, 'shop-api', api, { podLabels: { track: '-canary' } }),
    error: 'spec.template.metadata.labels: Invalid value: "-canary"',
    twin: chart => serve(chart, 'shop-api', api, { podLabels: { track: 'canary' } }),
  },
  {
    id: 'META-R09',
    area: 'metadata',
    what: "Prometheus's annotations, with the port's key written with a space",
    build: chart => serve(chart, 'shop-api', api, { podAnnotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/scrape port': '9090' } }),
    error: 'spec.template.metadata.annotations: Invalid value: "prometheus.io/scrape port"',
    twin: chart => serve(chart, 'shop-api', api, { podAnnotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9090' } }),
  },
  {
    id: 'META-R10',
    area: 'metadata',
    what: 'a Pod named Web, capitalized',
    build: chart => new Pod(chart, 'Pod', { name: 'Web', labels: { app: 'web' }, containers: [api] }),
    error: 'Pod "Web": metadata.name: Invalid value: "Web"',
    twin: chart => new Pod(chart, 'Pod', { name: 'web', labels: { app: 'web' }, containers: [api] }),
  },
  {
    id: 'META-R11',
    area: 'metadata',
    what: 'selector labels with a space in the value',
    build: chart => serve(chart, 'shop-api', api, { selectorLabels: { app: 'shop api' } }),
    error: 'Invalid value: "shop api"',
    twin: chart => serve(chart, 'shop-api', api, { selectorLabels: { app: 'shop-api' } }),
  },
  {
    id: 'META-R12',
    area: 'metadata',
    what: 'a JavaScript caller: the version label as a number',
    build: chart => serve(chart, 'shop-api', api, { labels: fromJavaScript({ version: 2 }) }),
    error: 'labels[version]: Wrong type: 2: must be a string [sdk-option-type]',
    twin: chart => serve(chart, 'shop-api', api, { labels: { version: '2' } }),
  },
  {
    id: 'META-R13',
    area: 'metadata',
    what: "a JavaScript caller: the tutorial's annotation as a list of key=value",
    build: chart => serve(chart, 'shop-api', api, { annotations: fromJavaScript(['key=test1234']) }),
    error: 'annotations: Wrong type: ["key=test1234"]: must be an object [sdk-option-type]',
    twin: chart => serve(chart, 'shop-api', api, { annotations: { key: 'test1234' } }),
  },
  {
    id: 'META-R14',
    area: 'metadata',
    what: 'the namespace Shop, given to the chart',
    build: chart => serve(chartBeside(chart, { namespace: 'Shop' }), 'shop-api', api),
    error: 'Deployment "shop-api": metadata.namespace: Invalid value: "Shop"',
    twin: chart => serve(chartBeside(chart, { namespace: 'shop' }), 'shop-api', api),
  },
  {
    id: 'META-R15',
    area: 'metadata',
    what: 'the team as a label of the chart, with a space',
    build: chart => serve(chartBeside(chart, { labels: { team: 'shop team' } }), 'shop-api', api),
    error: 'Deployment "shop-api": metadata.labels: Invalid value: "shop team"',
    twin: chart => serve(chartBeside(chart, { labels: { team: 'shop-team' } }), 'shop-api', api),
  },
];
