/**
 * Test helpers. `Testing.app()` creates a temporary folder on every call; these charts never
 * write files, so they need none.
 */
import * as path from 'path';
import { App, Chart, Testing } from 'cdk8s';
import * as ts from 'typescript';
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

/**
 * The public API as the compiler sees it: lib/index.ts, its type checker and its source file. Only
 * declarations are read, nothing is type-checked: the ES2022 library of tsconfig.json (not the
 * default, which adds the DOM), and no `@types` package.
 */
export function publicApi(): { program: ts.Program; checker: ts.TypeChecker; index: ts.SourceFile } {
  const file = path.join(__dirname, '..', 'lib', 'index.ts');
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  return { program, checker: program.getTypeChecker(), index: program.getSourceFile(file)! };
}
