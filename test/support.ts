/**
 * Test helpers. `Testing.app()` creates a temporary folder on every call; these charts never
 * write files, so they need none.
 */
import { App, Chart, Testing } from 'cdk8s';
import { checkAgainstSchema } from '../lib/engine/schema/schema';

/** A chart in an app of its own, whose output folder is never created. */
export function testChart(id = 'test'): Chart {
  return new Chart(new App({ outdir: '/nonexistent/cdk8s-test-output' }), id);
}

/** The manifests of `chart`, after the app's validations. */
export function synth(chart: Chart): any[] {
  return Testing.synth(chart);
}

/** Every unknown field or wrongly typed value of the manifests, against the Kubernetes 1.27 schema. */
export function schemaFindings(manifests: readonly unknown[]): string[] {
  return manifests.flatMap((m, i) => checkAgainstSchema(m).map(f => `[${i}] ${f.path}: ${f.message}`));
}
