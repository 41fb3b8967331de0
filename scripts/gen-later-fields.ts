/**
 * Writes `lib/engine/schema/later-fields.generated.ts`: the fields of the Kubernetes 1.27 schema's
 * types that later Kubernetes versions added (`Container.restartPolicy` in 1.28, `PodSpec.resources`
 * in 1.32, ...), and the apiVersion/kinds added after 1.27, each with the first minor version whose
 * schema has it. The engine reads it to say "added in Kubernetes 1.28; this check targets 1.27"
 * instead of suggesting a look-alike field.
 *
 * The data comes from the published cdk8s-plus-NN packages (one per Kubernetes minor; their
 * `lib/imports/k8s.d.ts` is generated from that minor's OpenAPI, with a `@schema <type>#<json key>`
 * tag on every field), pinned below by version and integrity. The 1.27 side is this project's own
 * cdk8s-plus-27. Types are paired by walking from each kind both versions have (a type renamed or
 * split in a later version is still paired by the field that leads to it).
 *
 *   npm run gen:later-fields           # fetch the packages (npm pack), write the file
 *   npm run gen:later-fields -- --check  # exit 1 if the committed file differs
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
export const LATER_FIELDS_FILE = path.join(ROOT, 'lib', 'engine', 'schema', 'later-fields.generated.ts');

/** The packages read, one per Kubernetes minor after 1.27, with their npm integrity. */
const LATER: readonly { minor: number; spec: string; integrity: string }[] = [
  { minor: 28, spec: 'cdk8s-plus-28@2.5.6', integrity: 'sha512-ghANDg6Qmsr3vQlEig7ZDWD03ZPXkjae7ks0HaRy2clIW553mCSTjcZirvuJGaIHDN2OV2S1dLXjdIYuMq3qOA==' },
  { minor: 29, spec: 'cdk8s-plus-29@2.6.0', integrity: 'sha512-H8JuwF+6ZQCHrlPHstTwNGsQ0MRE9qpJDUKlrMDJAgEJSiBUa3Qeca609TuVN07/7Mxj2kFmVkvVjUeGZa0N9Q==' },
  { minor: 30, spec: 'cdk8s-plus-30@2.4.10', integrity: 'sha512-CUNarh4vzNYcyDDMhfPHbp0TSgIWo2krupm279B9ZLZSGQAt3Om6xT6ubTykhQMFKJ7nxc7qGWgTqGsd8D8b2g==' },
  { minor: 31, spec: 'cdk8s-plus-31@2.6.43', integrity: 'sha512-OtG09kUe3ErIZR1vriuwNYCqQYkB7g0cbqft5c1GItGFRmqcUKW2/rKrdDUjYmFMZDLj5bxccJitP3MUUCg1gw==' },
  { minor: 32, spec: 'cdk8s-plus-32@2.5.92', integrity: 'sha512-TmlByVmroBLAZxhUz77xXVWKWvkLS1gnrOofuB4N4ZpLBHx6O/BPyti0yrHecwbX+pTAD/wJj/V7IbqK5UTmGA==' },
  { minor: 33, spec: 'cdk8s-plus-33@2.5.57', integrity: 'sha512-JDncBIl5nott96fPitDteln8kYYSccOxcDxWbp0mGGktWuXcgBysbIcTpMbjCujfjGCBNnjtItP00xDTGj5rVg==' },
  { minor: 34, spec: 'cdk8s-plus-34@2.0.54', integrity: 'sha512-J/ZIlAlGeQdHoA4+/smpIKYIdH5e3HiN5T271auEdk896mH9a8Pz+20+TWpZL4fjf93l2g9c8+zdUMG3nb7FOw==' },
];

/** One version's schema: each type's JSON fields with the types they refer to, and its kinds. */
interface Version {
  readonly types: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
  /** `<apiVersion>/<kind>` → the type of its object. */
  readonly kinds: ReadonlyMap<string, string>;
}

/** Reads a `k8s.d.ts` (fields, from the `@schema` tags) and its `k8s.js` (apiVersion and kind of each class). */
function readVersion(dir: string): Version {
  const dts = fs.readFileSync(path.join(dir, 'k8s.d.ts'), 'utf8');
  const js = fs.readFileSync(path.join(dir, 'k8s.js'), 'utf8');
  const sf = ts.createSourceFile('k8s.d.ts', dts, ts.ScriptTarget.Latest, true);
  const types = new Map<string, Map<string, string[]>>();
  for (const st of sf.statements) {
    if (!ts.isInterfaceDeclaration(st)) continue;
    const fields = new Map<string, string[]>();
    for (const m of st.members) {
      const tag = ts.getJSDocTags(m).find(t => t.tagName.text === 'schema');
      const fqn = tag ? ts.getTextOfJSDocComment(tag.comment) : undefined;
      if (!fqn?.includes('#') || !ts.isPropertySignature(m) || !m.type) continue;
      fields.set(fqn.slice(fqn.indexOf('#') + 1), referencedTypes(m.type));
    }
    types.set(st.name.text, fields);
  }
  const kinds = new Map<string, string>();
  // `KubeX.GVK = {...}` (up to 1.31) or `static GVK = {...}` in the class body (from 1.32)
  const assigned = /(Kube\w+)\.GVK = \{\s*apiVersion: '([^']+)',\s*kind: '([^']+)'/g;
  const inClass = /class (Kube\w+) extends cdk8s_1\.ApiObject \{[\s\S]{0,600}?static GVK = \{\s*apiVersion: '([^']+)',\s*kind: '([^']+)'/g;
  for (const m of [...js.matchAll(assigned), ...js.matchAll(inClass)]) {
    if (types.has(`${m[1]}Props`)) kinds.set(`${m[2]}/${m[3]}`, `${m[1]}Props`);
  }
  if (types.size === 0 || kinds.size === 0) throw new Error(`${dir}: no types or kinds found`);
  return { types, kinds };
}

function referencedTypes(node: ts.Node): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isTypeReferenceNode(n) && ts.isIdentifier(n.typeName)) out.push(n.typeName.text);
    ts.forEachChild(n, visit);
  };
  visit(node);
  return out;
}

/** What later versions added: `type → field → minor` and `apiVersion/kind → minor`. */
export interface LaterFields {
  readonly fields: Map<string, Map<string, number>>;
  readonly kinds: Map<string, number>;
}

/** Compares 1.27 with each later version, in order, keeping the first minor of each addition. */
export function compare(base: Version, later: readonly { minor: number; version: Version }[]): LaterFields {
  const fields = new Map<string, Map<string, number>>();
  const kinds = new Map<string, number>();
  for (const { minor, version } of later) {
    for (const gvk of version.kinds.keys()) {
      if (!base.kinds.has(gvk) && !kinds.has(gvk) && !gvk.endsWith('List')) kinds.set(gvk, minor);
    }
    const seen = new Set<string>();
    const queue: [string, string][] = [];
    for (const [gvk, type] of base.kinds) {
      const other = version.kinds.get(gvk);
      if (other) queue.push([type, other]);
    }
    while (queue.length > 0) {
      const [a, b] = queue.pop()!;
      if (seen.has(`${a}>${b}`)) continue;
      seen.add(`${a}>${b}`);
      const fa = base.types.get(a)!;
      for (const [field, refs] of version.types.get(b)!) {
        const old = fa.get(field);
        if (old === undefined) {
          const added = fields.get(a) ?? new Map<string, number>();
          if (!added.has(field)) added.set(field, minor);
          fields.set(a, added);
          continue;
        }
        const ra = old.filter(n => base.types.has(n));
        const rb = refs.filter(n => version.types.has(n));
        if (ra.length === 1 && rb.length === 1) queue.push([ra[0], rb[0]]);
      }
    }
  }
  return { fields, kinds };
}

/** Fetches a pinned package with npm (its cache first) and extracts its schema files into `dir`. */
function fetchPackage(spec: string, integrity: string, dir: string): void {
  const out = execFileSync('npm', ['pack', spec, '--pack-destination', dir, '--json', '--prefer-offline'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [packed] = JSON.parse(out) as { filename: string; integrity: string }[];
  if (packed.integrity !== integrity) throw new Error(`${spec}: integrity ${packed.integrity} is not the pinned ${integrity}`);
  execFileSync('tar', [
    '-xzf',
    path.join(dir, packed.filename),
    '-C',
    dir,
    '--strip-components=3',
    'package/lib/imports/k8s.d.ts',
    'package/lib/imports/k8s.js',
  ]);
}

function render(data: LaterFields): string {
  const lines = [
    '// Generated by scripts/gen-later-fields.ts from the schemas of Kubernetes 1.28 and later',
    '// (cdk8s-plus-28 to cdk8s-plus-34). Do not edit: run `npm run gen:later-fields`.',
    '',
    '/** Fields of the 1.27 schema types that a later Kubernetes added: type → JSON field → first minor (28 = 1.28). */',
    'export const FIELDS_ADDED_LATER: Readonly<Record<string, Readonly<Record<string, number>>>> = {',
  ];
  for (const type of [...data.fields.keys()].sort()) {
    const entries = [...data.fields.get(type)!]
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([f, m]) => `${/^[A-Za-z_]\w*$/.test(f) ? f : JSON.stringify(f)}: ${m}`);
    lines.push(`  ${type}: { ${entries.join(', ')} },`);
  }
  lines.push('};', '', '/** apiVersion/kinds that a later Kubernetes added: `<apiVersion>/<kind>` → first minor. */');
  lines.push('export const KINDS_ADDED_LATER: Readonly<Record<string, number>> = {');
  for (const gvk of [...data.kinds.keys()].sort()) lines.push(`  '${gvk}': ${data.kinds.get(gvk)},`);
  lines.push('};', '');
  return lines.join('\n');
}

function main(argv: readonly string[]): number {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'later-fields-'));
  try {
    const base = readVersion(path.join(ROOT, 'node_modules', 'cdk8s-plus-27', 'lib', 'imports'));
    const later = LATER.map(({ minor, spec, integrity }) => {
      const dir = path.join(tmp, String(minor));
      fs.mkdirSync(dir);
      fetchPackage(spec, integrity, dir);
      return { minor, version: readVersion(dir) };
    });
    const text = render(compare(base, later));
    if (argv.includes('--check')) {
      const same = fs.existsSync(LATER_FIELDS_FILE) && fs.readFileSync(LATER_FIELDS_FILE, 'utf8') === text;
      process.stdout.write(same ? 'later-fields.generated.ts is up to date\n' : 'later-fields.generated.ts differs: run npm run gen:later-fields\n');
      return same ? 0 : 1;
    }
    fs.writeFileSync(LATER_FIELDS_FILE, text);
    process.stdout.write(`wrote ${path.relative(ROOT, LATER_FIELDS_FILE)}\n`);
    return 0;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
