/**
 * What scripts/gen-schema.ts reads and where it writes: its inputs are cdk8s-plus-27's generated
 * Kubernetes 1.27 classes (`lib/imports/k8s.js` and `k8s.d.ts`) and the package's version.
 * Kept apart from the generator, which loads the TypeScript compiler, so that a check of the
 * generated file can read the inputs without it.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');

/** The generated schema. */
export const OUTPUT_FILE = path.join(ROOT, 'lib', 'engine', 'schema', 'k8s-schema.generated.ts');

/** The generator's inputs. */
export interface Sources {
  readonly version: string;
  readonly js: string;
  readonly dts: string;
}

/** The inputs, read from the installed cdk8s-plus-27. */
export function readSources(): Sources {
  const pkgDir = path.dirname(path.dirname(require.resolve('cdk8s-plus-27')));
  const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  const importsDir = path.join(pkgDir, 'lib', 'imports');
  return {
    version: pkg.version,
    js: fs.readFileSync(path.join(importsDir, 'k8s.js'), 'utf8'),
    dts: fs.readFileSync(path.join(importsDir, 'k8s.d.ts'), 'utf8'),
  };
}
