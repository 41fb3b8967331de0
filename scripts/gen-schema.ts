/**
 * Generates `lib/engine/schema/k8s-schema.generated.ts`: a compact Kubernetes 1.27 field schema
 * derived from what cdk8s-plus-27 ships in `lib/imports/k8s.js` + `k8s.d.ts`.
 *
 * Usage:
 *   node node_modules/ts-node/dist/bin.js --swc scripts/gen-schema.ts          # (re)write the file
 *   node node_modules/ts-node/dist/bin.js --swc scripts/gen-schema.ts --check  # exit 1 if stale
 *
 * How the schema is derived:
 *   - k8s.js has one `toJson_<Type>(obj)` converter per type. Its `const result = { 'jsonKey': <expr> }`
 *     literal gives the JSON key (the quoted key, e.g. `$ref`, `x-kubernetes-list-type`, `podCIDR`)
 *     and the TypeScript property it is read from (`obj.ref`, `obj.xKubernetesListType`, `obj.podCidr`).
 *   - k8s.d.ts (read with the TypeScript compiler API) gives, per TypeScript property, its type
 *     and whether it is required (no `?`).
 *   - Every expression shape in k8s.js is cross-checked against the d.ts type (e.g. a `Probe[]`
 *     property must be converted with `obj.x?.map(y => toJson_Probe(y))`); anything unexpected
 *     aborts generation instead of silently producing a wrong schema.
 *   - Kind classes (`class KubePod extends ApiObject`, `KubePod.GVK = { apiVersion, kind }`) are
 *     mapped to the props type their `toJson()` converts with (`toJson_KubePodProps`).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { OUTPUT_FILE, readSources, Sources } from './gen-schema-io';

export { OUTPUT_FILE } from './gen-schema-io';

/**
 * JSON Schema numeric fields that are floats (OpenAPI `format: double`). The d.ts only says
 * `number` for both int32/int64 and double, so all other `number` leaves are integers.
 * In Kubernetes 1.27 the only doubles are these three JSONSchemaProps fields (cross-checked
 * against the OpenAPI formats when this script was written).
 */
const FLOAT_FIELDS: ReadonlySet<string> = new Set(['JsonSchemaProps.maximum', 'JsonSchemaProps.minimum', 'JsonSchemaProps.multipleOf']);

// ---------------------------------------------------------------------------------------------
// k8s.d.ts
// ---------------------------------------------------------------------------------------------

interface DtsProp {
  readonly type: ts.TypeNode;
  readonly required: boolean;
}

interface Dts {
  readonly sf: ts.SourceFile;
  readonly interfaces: ReadonlyMap<string, ReadonlyMap<string, DtsProp>>;
  readonly enums: ReadonlySet<string>;
}

function parseDts(text: string): Dts {
  const sf = ts.createSourceFile('k8s.d.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const interfaces = new Map<string, Map<string, DtsProp>>();
  const enums = new Set<string>();
  for (const st of sf.statements) {
    if (ts.isInterfaceDeclaration(st)) {
      if (st.heritageClauses?.length) fail(`interface ${st.name.text} extends something; not supported`);
      const props = new Map<string, DtsProp>();
      for (const m of st.members) {
        if (!ts.isPropertySignature(m) || !m.type) fail(`unexpected member in interface ${st.name.text}: ${m.getText(sf)}`);
        props.set(propName(m.name, sf), { type: m.type, required: !m.questionToken });
      }
      interfaces.set(st.name.text, props);
    } else if (ts.isEnumDeclaration(st)) {
      for (const m of st.members) {
        if (!m.initializer || !ts.isStringLiteral(m.initializer)) fail(`enum ${st.name.text} has a non-string member`);
      }
      enums.add(st.name.text);
    }
  }
  return { sf, interfaces, enums };
}

function propName(name: ts.PropertyName, sf: ts.SourceFile): string {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return fail(`unsupported property name ${name.getText(sf)}`);
}

/** The JS conversion shape a d.ts type must have, and the descriptor (without `!`) it encodes to. */
interface TypeInfo {
  readonly shape: string;
  readonly desc: string;
  readonly refs: readonly string[];
}

function typeInfo(dts: Dts, node: ts.TypeNode, owner: string, field: string, depth: number): TypeInfo {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { shape: 'leaf', desc: 's', refs: [] };
    case ts.SyntaxKind.BooleanKeyword:
      return { shape: 'leaf', desc: 'b', refs: [] };
    case ts.SyntaxKind.AnyKeyword:
      return { shape: 'leaf', desc: 'any', refs: [] };
    case ts.SyntaxKind.NumberKeyword:
      return { shape: 'leaf', desc: depth === 0 && FLOAT_FIELDS.has(`${owner}.${field}`) ? 'n' : 'i', refs: [] };
  }
  if (ts.isArrayTypeNode(node)) {
    const inner = typeInfo(dts, node.elementType, owner, field, depth + 1);
    return { shape: `[]${inner.shape}`, desc: `[]${inner.desc}`, refs: inner.refs };
  }
  if (ts.isTypeLiteralNode(node)) {
    const [sig] = node.members;
    if (
      node.members.length !== 1 ||
      !ts.isIndexSignatureDeclaration(sig) ||
      sig.parameters.length !== 1 ||
      sig.parameters[0].type?.kind !== ts.SyntaxKind.StringKeyword
    ) {
      fail(`${owner}.${field}: unsupported type literal ${node.getText(dts.sf)}`);
    }
    const inner = typeInfo(dts, sig.type, owner, field, depth + 1);
    return { shape: `{}${inner.shape}`, desc: `{}${inner.desc}`, refs: inner.refs };
  }
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && !node.typeArguments) {
    const name = node.typeName.text;
    if (name === 'IntOrString') return { shape: 'value', desc: 'io', refs: [] };
    if (name === 'Quantity') return { shape: 'value', desc: 'q', refs: [] };
    if (name === 'Date') return { shape: 'date', desc: 's', refs: [] }; // RFC 3339 string in JSON
    if (dts.enums.has(name)) return { shape: 'leaf', desc: 's', refs: [] };
    if (dts.interfaces.has(name)) return { shape: `ref:${name}`, desc: name, refs: [name] };
  }
  return fail(`${owner}.${field}: unsupported type ${node.getText(dts.sf)}`);
}

// ---------------------------------------------------------------------------------------------
// k8s.js
// ---------------------------------------------------------------------------------------------

interface JsField {
  readonly jsonKey: string;
  readonly tsProp: string;
  readonly shape: string;
}

interface Js {
  /** converter type name (without `toJson_`) -> fields in source order */
  readonly converters: ReadonlyMap<string, readonly JsField[]>;
  /** `apiVersion/kind` -> props type name */
  readonly kinds: ReadonlyMap<string, string>;
}

const MAP_PREFIX = '((X) === undefined) ? undefined : (Object.entries(X).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: ';
const MAP_SUFFIX = ' }), {}))';

/** Classifies a converter expression (whitespace-normalised, `obj.<prop>` replaced by `X`). */
function exprShape(e: string): string | undefined {
  const inner = (s: string, v: string): string | undefined => {
    if (s === v) return 'leaf';
    if (s === `${v}?.value`) return 'value';
    if (s === `${v}?.toISOString()`) return 'date';
    if (s === `${v}?.map(y => y)`) return '[]leaf';
    let m = new RegExp(`^toJson_(\\w+)\\(${escapeRe(v)}\\)$`).exec(s);
    if (m) return `ref:${m[1]}`;
    m = new RegExp(`^${escapeRe(v)}\\?\\.map\\(y => toJson_(\\w+)\\(y\\)\\)$`).exec(s);
    if (m) return `[]ref:${m[1]}`;
    return undefined;
  };
  const direct = inner(e, 'X');
  if (direct) return direct;
  if (e.startsWith(MAP_PREFIX) && e.endsWith(MAP_SUFFIX)) {
    const v = inner(e.slice(MAP_PREFIX.length, e.length - MAP_SUFFIX.length), 'i[1]');
    if (v) return `{}${v}`;
  }
  return undefined;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function parseJs(text: string): Js {
  const sf = ts.createSourceFile('k8s.js', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const converters = new Map<string, JsField[]>();
  const gvks = new Map<string, string>(); // class -> apiVersion/kind
  const classProps = new Map<string, string>(); // class -> props type

  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name?.text.startsWith('toJson_')) {
      const typeName = st.name.text.slice('toJson_'.length);
      converters.set(typeName, parseConverter(st, typeName, sf));
    } else if (ts.isClassDeclaration(st) && st.name?.text.startsWith('Kube')) {
      const cls = st.name.text;
      const toJson = st.members.find((m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && ts.isIdentifier(m.name) && m.name.text === 'toJson');
      const m = toJson && /\.\.\.toJson_(\w+)\(resolved\)/.exec(toJson.getText(sf));
      if (!m) fail(`class ${cls}: cannot find its toJson_<Props> converter`);
      classProps.set(cls, m[1]);
    } else if (
      ts.isExpressionStatement(st) &&
      ts.isBinaryExpression(st.expression) &&
      st.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(st.expression.left) &&
      st.expression.left.name.text === 'GVK' &&
      ts.isIdentifier(st.expression.left.expression)
    ) {
      const cls = st.expression.left.expression.text;
      const lit = st.expression.right;
      if (!ts.isObjectLiteralExpression(lit)) fail(`${cls}.GVK is not an object literal`);
      const gvk: Record<string, string> = {};
      for (const p of lit.properties) {
        if (!ts.isPropertyAssignment(p) || !ts.isStringLiteral(p.initializer)) fail(`${cls}.GVK: unexpected ${p.getText(sf)}`);
        gvk[propName(p.name, sf)] = p.initializer.text;
      }
      if (!gvk.apiVersion || !gvk.kind || Object.keys(gvk).length !== 2) fail(`${cls}.GVK: unexpected shape`);
      gvks.set(cls, `${gvk.apiVersion}/${gvk.kind}`);
    }
  }

  const kinds = new Map<string, string>();
  for (const [cls, props] of classProps) {
    const gvk = gvks.get(cls) ?? fail(`class ${cls} has no GVK`);
    if (kinds.has(gvk)) fail(`duplicate kind ${gvk}`);
    kinds.set(gvk, props);
  }
  if (gvks.size !== classProps.size) fail('GVK assignments without a matching Kube* class');
  return { converters, kinds };
}

function parseConverter(fn: ts.FunctionDeclaration, typeName: string, sf: ts.SourceFile): JsField[] {
  let literal: ts.ObjectLiteralExpression | undefined;
  for (const st of fn.body?.statements ?? []) {
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.name.text === 'result' && d.initializer && ts.isObjectLiteralExpression(d.initializer)) {
          literal = d.initializer;
        }
      }
    }
  }
  if (!literal) fail(`toJson_${typeName}: no 'const result = {...}'`);
  const fields: JsField[] = [];
  for (const p of literal.properties) {
    if (!ts.isPropertyAssignment(p) || !ts.isStringLiteral(p.name)) fail(`toJson_${typeName}: unexpected ${p.getText(sf)}`);
    const jsonKey = p.name.text;
    const text = p.initializer.getText(sf).replace(/\s+/g, ' ');
    const props = new Set(Array.from(text.matchAll(/\bobj\.(\w+)/g), m => m[1]));
    if (props.size !== 1) fail(`toJson_${typeName}['${jsonKey}']: expected exactly one obj.<prop> in ${text}`);
    const [tsProp] = props;
    const shape = exprShape(text.split(`obj.${tsProp}`).join('X'));
    if (!shape) fail(`toJson_${typeName}['${jsonKey}']: unrecognised conversion ${text}`);
    fields.push({ jsonKey, tsProp, shape });
  }
  return fields;
}

// ---------------------------------------------------------------------------------------------
// schema
// ---------------------------------------------------------------------------------------------

export interface Schema {
  readonly version: string;
  /** type name -> json key -> descriptor */
  readonly types: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** `apiVersion/kind` -> props type name */
  readonly kinds: ReadonlyMap<string, string>;
}

export function buildSchema(src: Sources = readSources()): Schema {
  const dts = parseDts(src.dts);
  const js = parseJs(src.js);

  const propsTypes = new Set(js.kinds.values());
  const types = new Map<string, Map<string, string>>();
  const queue = [...propsTypes].sort();
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (types.has(name)) continue;
    const iface = dts.interfaces.get(name) ?? fail(`k8s.d.ts has no interface ${name}`);
    const conv = js.converters.get(name) ?? fail(`k8s.js has no toJson_${name}`);
    const fields = new Map<string, string>();
    const seenProps = new Set<string>();
    for (const f of conv) {
      const prop = iface.get(f.tsProp) ?? fail(`${name}: k8s.js reads obj.${f.tsProp} which k8s.d.ts does not declare`);
      const info = typeInfo(dts, prop.type, name, f.tsProp, 0);
      if (info.shape !== f.shape) {
        fail(`${name}.${f.tsProp}: k8s.js conversion (${f.shape}) does not match k8s.d.ts type (${info.shape})`);
      }
      if (fields.has(f.jsonKey)) fail(`${name}: duplicate JSON key ${f.jsonKey}`);
      fields.set(f.jsonKey, (prop.required ? '!' : '') + info.desc);
      seenProps.add(f.tsProp);
      queue.push(...info.refs);
    }
    for (const p of iface.keys()) {
      if (!seenProps.has(p)) fail(`${name}.${p} is declared in k8s.d.ts but not converted in k8s.js`);
    }
    types.set(name, fields);
  }

  // Kind props types: cdk8s leaves out the TypeMeta fields and status; real manifests have them.
  for (const [gvk, props] of js.kinds) {
    const fields = types.get(props)!;
    for (const k of ['apiVersion', 'kind', 'status']) {
      if (fields.has(k)) fail(`${props} already has ${k}`);
    }
    fields.set('apiVersion', 's');
    fields.set('kind', 's');
    const isList = gvk.endsWith('List') && fields.has('items');
    if (!isList) fields.set('status', 'any');
  }

  return { version: src.version, types, kinds: js.kinds };
}

// ---------------------------------------------------------------------------------------------
// rendering
// ---------------------------------------------------------------------------------------------

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function key(k: string): string {
  return IDENT.test(k) ? k : `'${k.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function str(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function render(schema: Schema): string {
  const lines: string[] = [];
  lines.push(
    '/* eslint-disable */',
    '// GENERATED FILE - DO NOT EDIT.',
    `// Generated by scripts/gen-schema.ts from cdk8s-plus-27 ${schema.version}'s Kubernetes 1.27 declarations`,
    '// (node_modules/cdk8s-plus-27/lib/imports/k8s.js + k8s.d.ts).',
    '// Regenerate: node node_modules/ts-node/dist/bin.js --swc scripts/gen-schema.ts',
    '// Check:      node node_modules/ts-node/dist/bin.js --swc scripts/gen-schema.ts --check',
    '//',
    '// TYPES maps a type name to its fields: JSON key -> descriptor. Descriptor grammar:',
    "//   desc     := ['!'] type              '!' = required field (non-optional in k8s.d.ts)",
    "//   type     := 's'                      string (also RFC 3339 timestamps and string enums)",
    "//             | 'i'                      integer (int32/int64)",
    "//             | 'n'                      number (float64; only JsonSchemaProps maximum/minimum/multipleOf)",
    "//             | 'b'                      boolean",
    "//             | 'io'                     int-or-string (IntOrString)",
    '//             | \'q\'                      quantity (string such as "500m", or a number)',
    "//             | 'any'                    free-form JSON (anything)",
    "//             | '[]' type                array of type",
    "//             | '{}' type                map (object with arbitrary string keys) of type",
    "//             | TypeName                 object of that TYPES entry (e.g. 'Probe')",
    "//   e.g. '![]Container' = required array of Container, '{}q' = map of quantities.",
    '// Kind props types (Kube*Props) additionally list the TypeMeta fields apiVersion and kind, and,',
    '// except for List kinds, a free-form status: cdk8s omits them, but manifests carry them.',
    '//',
    "// KINDS maps '<apiVersion>/<kind>' (e.g. 'v1/Pod', 'apps/v1/Deployment') to the props type name.",
    '',
    '/** @internal */',
    'export const TYPES: Readonly<Record<string, Readonly<Record<string, string>>>> = {',
  );
  for (const name of [...schema.types.keys()].sort(byKey)) {
    const fields = schema.types.get(name)!;
    const body = [...fields.keys()]
      .sort(byKey)
      .map(k => `${key(k)}: ${str(fields.get(k)!)}`)
      .join(', ');
    lines.push(`  ${key(name)}: { ${body} },`);
  }
  lines.push('};', '', '/** @internal */', 'export const KINDS: Readonly<Record<string, string>> = {');
  for (const gvk of [...schema.kinds.keys()].sort(byKey)) {
    lines.push(`  ${str(gvk)}: ${str(schema.kinds.get(gvk)!)},`);
  }
  lines.push('};', '');
  return lines.join('\n');
}

export function generate(src: Sources = readSources()): string {
  return render(buildSchema(src));
}

/** True if the file on disk is exactly what `generate()` produces. */
export function isUpToDate(): boolean {
  const current = fs.existsSync(OUTPUT_FILE) ? fs.readFileSync(OUTPUT_FILE, 'utf8') : undefined;
  return current === generate();
}

function fail(message: string): never {
  throw new Error(`gen-schema: ${message}`);
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const unknown = argv.filter(a => a !== '--check');
  if (unknown.length > 0) {
    process.stderr.write(`usage: gen-schema.ts [--check] (unknown arguments: ${unknown.join(' ')})\n`);
    return 2;
  }
  const rel = path.relative(process.cwd(), OUTPUT_FILE);
  if (check) {
    if (isUpToDate()) {
      process.stdout.write(`${rel} is up to date\n`);
      return 0;
    }
    process.stderr.write(`${rel} is out of date; run: node node_modules/ts-node/dist/bin.js --swc scripts/gen-schema.ts\n`);
    return 1;
  }
  const text = generate();
  fs.writeFileSync(OUTPUT_FILE, text);
  process.stdout.write(`wrote ${rel} (${text.length} bytes)\n`);
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
