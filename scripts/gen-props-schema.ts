/**
 * Writes `lib/engine/options/props-schema.generated.ts`: the run-time schema of the arguments of
 * every public builder and construct of `lib/index.ts` (probe factories, `Container.of`, the
 * volumes, the workloads, the Services, the patterns, ...), read from their TypeScript signatures
 * with the compiler API, so that a JavaScript caller (or options held in a variable, which the
 * compiler's excess-property check does not see) gets the checks the types give: unknown keys,
 * the JSON type of each known key, literal unions, nested option objects.
 *
 * Every type parameter of a builder is instantiated with its constraint (`string`): the run-time
 * check of a generic option (`PortName<N>`, the keys `K` of a ConfigMap) is the type's erasure.
 *
 *   npm run gen:props-schema            # write the file
 *   npm run gen:props-schema -- --check # exit 1 if the committed file differs
 *
 * The schema's notation (read by `lib/engine/options/schema.ts`): a type is `string`, `number`,
 * `boolean`, `unknown`, `object` (any object), `function`, `undefined`, a JSON literal (`"TCP"`),
 * a template (`` `${number}%` ``), `@Class` (an instance of a class, by name), `Name` (an object
 * of `PROPS_OBJECTS`), `T[]` (an array), `T[+]` (a non-empty array), `{T}` (an object of `T`
 * values), `A|B`, `A&B` and parentheses. A field is `?T` when optional, `!advice` when it is a
 * manifest's spelling that the builder does not take (the type's `'error: <advice>'`); the key `&`
 * names the objects whose fields an object also has (the interfaces it extends).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const INDEX = path.join(ROOT, 'lib', 'index.ts');
export const PROPS_SCHEMA_FILE = path.join(ROOT, 'lib', 'engine', 'options', 'props-schema.generated.ts');
/** A file of the program that exists only in memory: one type alias per builder, its parameters instantiated. */
const ENTRIES_FILE = path.join(ROOT, '__props_schema_entries__.ts');

/** The parts whose exported classes and functions are builders (the others are the rules engine, `check`, synthesis). */
const BUILDER_PARTS = ['probes', 'containers', 'config', 'objects', 'workloads', 'services', 'patterns', 'kplus', 'app-validation'];

/** Where the L1 classes' types are declared (`imports/k8s.ts` re-exports cdk8s-plus-27's). */
const K8S_IMPORTS = '/node_modules/cdk8s-plus-27/lib/imports/';

/** The prefix of the error-message literals that name a manifest's spelling (`initialDelaySeconds`). */
const SPELLING = 'error: ';

/** A public builder: a static method, a constructor or a function, and its parameters. */
interface Entry {
  /** `LivenessProbe.exec`, `Deployment` (a constructor), `applyTypedProbes`. */
  readonly name: string;
  /** The type whose parameters it has, as the entries file writes it. */
  readonly source: string;
  readonly params: readonly { readonly name: string; readonly optional: boolean }[];
}

function compilerOptions(): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: d => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  return { ...config.options, noEmit: true, incremental: false, types: [] };
}

/** What a caller may do to the compiler's host: record what it reads, say. */
export type HostHook = (host: ts.CompilerHost) => ts.CompilerHost;

/** A program of lib/index.ts and, when given, the entries file with `entries` as its text. */
function program(options: ts.CompilerOptions, hook: HostHook, entries?: string, old?: ts.Program): ts.Program {
  const host = hook(ts.createCompilerHost(options));
  if (entries !== undefined) {
    const { fileExists, readFile, getSourceFile } = host;
    host.fileExists = f => path.resolve(f) === ENTRIES_FILE || fileExists(f);
    host.readFile = f => (path.resolve(f) === ENTRIES_FILE ? entries : readFile(f));
    host.getSourceFile = (f, language, onError, create) =>
      path.resolve(f) === ENTRIES_FILE ? ts.createSourceFile(f, entries, language) : getSourceFile(f, language, onError, create);
  }
  return ts.createProgram(entries === undefined ? [INDEX] : [INDEX, ENTRIES_FILE], options, host, old);
}

/** The part of lib/ a declaration is in (`probes`), if any. */
function partOf(node: ts.Node): string | undefined {
  const rel = path.relative(path.join(ROOT, 'lib'), node.getSourceFile().fileName);
  return rel.startsWith('..') ? undefined : rel.split(path.sep)[0];
}

function isPublic(node: ts.Node): boolean {
  const flags = ts.getCombinedModifierFlags(node as ts.Declaration);
  return (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) === 0;
}

/** The type arguments that instantiate a declaration's type parameters with their constraints. */
function typeArguments(params: ts.NodeArray<ts.TypeParameterDeclaration> | undefined): string {
  if (!params || params.length === 0) return '';
  return `<${params.map(p => (p.constraint ? p.constraint.getText() : 'unknown')).join(', ')}>`;
}

function paramsOf(decl: ts.SignatureDeclaration): Entry['params'] {
  return decl.parameters.map(p => ({ name: p.name.getText(), optional: p.questionToken !== undefined || p.initializer !== undefined }));
}

/** The builders of lib/index.ts: the public static methods and constructors of its classes, and its functions. */
function entriesOf(checker: ts.TypeChecker, index: ts.SourceFile): Entry[] {
  const out: Entry[] = [];
  for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(index)!)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decl = symbol.valueDeclaration;
    if (!decl || !BUILDER_PARTS.includes(partOf(decl) ?? '')) continue;
    if (ts.isClassDeclaration(decl)) {
      const abstract = (ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Abstract) !== 0;
      for (const m of decl.members) {
        if (ts.isConstructorDeclaration(m) && !abstract && isPublic(m)) {
          out.push({ name: symbol.name, source: `ConstructorParameters<typeof L.${symbol.name}${typeArguments(decl.typeParameters)}>`, params: paramsOf(m) });
        } else if (ts.isMethodDeclaration(m) && m.body && isPublic(m) && ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static) {
          const name = `${symbol.name}.${m.name.getText()}`;
          out.push({ name, source: `Parameters<typeof L.${name}${typeArguments(m.typeParameters)}>`, params: paramsOf(m) });
        }
      }
    } else if (ts.isFunctionDeclaration(decl) && decl.body) {
      out.push({ name: symbol.name, source: `Parameters<typeof L.${symbol.name}${typeArguments(decl.typeParameters)}>`, params: paramsOf(decl) });
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Turns the types of the builders' parameters into the schema's notation. */
class Schema {
  /** Object types by name: field → type. */
  public readonly objects = new Map<string, Record<string, string>>();
  /** The objects that classes implement (a ConfigMap is a `ConfigMapRef`): only their required fields are looked for. */
  public readonly open = new Set<string>();
  /** Classes by name, with their public static methods (the factories a message names). */
  public readonly classes = new Map<string, string[]>();

  public constructor(
    private readonly checker: ts.TypeChecker,
    /** The names of the interfaces that classes of lib/ implement. */
    private readonly implemented: ReadonlySet<ts.Symbol>,
  ) {}

  /** The notation of `type`; `owner` names an anonymous object type (`Volume.projected$options`). */
  public expr(type: ts.Type, owner: string): string {
    const f = type.flags;
    if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return 'unknown';
    if (f & ts.TypeFlags.Never) return 'never';
    if (f & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return 'undefined';
    if (f & ts.TypeFlags.Null) return 'null';
    if (f & ts.TypeFlags.Boolean) return 'boolean';
    if (f & ts.TypeFlags.String) return 'string';
    if (f & ts.TypeFlags.Number) return 'number';
    if (f & ts.TypeFlags.StringLiteral) return JSON.stringify((type as ts.StringLiteralType).value);
    if (f & ts.TypeFlags.NumberLiteral) return String((type as ts.NumberLiteralType).value);
    if (f & ts.TypeFlags.BooleanLiteral) return this.checker.typeToString(type);
    if (f & ts.TypeFlags.TemplateLiteral) return this.template(type as ts.TemplateLiteralType);
    if (type.isUnion()) return this.union(type.types, owner);
    if (type.isIntersection()) return type.types.map(t => this.wrap(this.expr(t, owner), '|')).join('&');
    if (f & ts.TypeFlags.Object) return this.object(type as ts.ObjectType, owner);
    throw new Error(`${owner}: type ${this.checker.typeToString(type)} has no notation`);
  }

  /** A union, without `undefined` when `optional` already says so; `true|false` is `boolean`. */
  public union(types: readonly ts.Type[], owner: string, withoutUndefined = false): string {
    let members = types.filter(t => !(withoutUndefined && t.flags & ts.TypeFlags.Undefined));
    const booleans = members.filter(t => t.flags & ts.TypeFlags.BooleanLiteral);
    const parts = members.filter(t => !(t.flags & ts.TypeFlags.BooleanLiteral)).map(t => this.wrap(this.expr(t, owner), ''));
    if (booleans.length === 2) parts.push('boolean');
    else parts.push(...booleans.map(t => this.expr(t, owner)));
    members = [];
    return parts.join('|');
  }

  private wrap(expr: string, inside: string): string {
    let depth = 0;
    for (const c of expr) {
      if ('({['.includes(c)) depth++;
      else if (')}]'.includes(c)) depth--;
      else if (depth === 0 && (c === '|' || (inside === '|' && c === '&'))) return `(${expr})`;
    }
    return expr;
  }

  private template(type: ts.TemplateLiteralType): string {
    let text = type.texts[0];
    type.types.forEach((t, i) => {
      const hole = t.flags & ts.TypeFlags.Number ? '${number}' : t.flags & ts.TypeFlags.String ? '${string}' : undefined;
      if (hole === undefined) throw new Error(`template ${this.checker.typeToString(type)}: only \${string} and \${number} holes`);
      text += hole + type.texts[i + 1];
    });
    return `\`${text}\``;
  }

  private object(type: ts.ObjectType, owner: string): string {
    const checker = this.checker;
    if (checker.isTupleType(type)) {
      const target = (type as ts.TypeReference).target as ts.TupleType;
      const args = checker.getTypeArguments(type as ts.TypeReference);
      const rest = target.elementFlags.findIndex(e => e & ts.ElementFlags.Rest);
      const required = target.elementFlags.filter(e => e & ts.ElementFlags.Required).length;
      if (rest !== args.length - 1 || new Set(args.map(a => checker.typeToString(a))).size !== 1 || required > 1) {
        throw new Error(`${owner}: only tuples [T, ...T[]] have a notation`);
      }
      return `${this.wrap(this.expr(args[0], owner), '')}[${required === 1 ? '+' : ''}]`;
    }
    if (checker.isArrayType(type)) return `${this.wrap(this.expr(checker.getTypeArguments(type as ts.TypeReference)[0], owner), '')}[]`;
    if (type.getCallSignatures().length > 0) return 'function';
    const symbol = type.aliasSymbol ?? type.getSymbol();
    const decl = type.getSymbol()?.declarations?.[0];
    const file = decl?.getSourceFile().fileName ?? '';
    if (type.getSymbol() && type.getSymbol()!.flags & ts.SymbolFlags.Class) return `@${this.classOf(type.getSymbol()!, file)}`;
    const props = checker.getPropertiesOfType(type).filter(p => !p.name.startsWith('__@'));
    const index = checker.getIndexInfosOfType(type).find(i => i.keyType.flags & ts.TypeFlags.String);
    if (index && props.length === 0) return `{${this.expr(index.type, owner)}}`;
    const inLibrary = file.startsWith(path.join(ROOT, 'lib') + path.sep);
    const inK8s = file.includes(K8S_IMPORTS);
    // an interface of another package (`IConstruct`): any object
    if (!inLibrary && !inK8s && decl) return 'object';
    if (index) throw new Error(`${owner}: an object with both fields and an index signature has no notation`);
    const name = this.nameOf(type, symbol, owner, inK8s);
    if (this.objects.has(name)) return name;
    const fields: Record<string, string> = {};
    this.objects.set(name, fields);
    if (type.getSymbol() && this.implemented.has(type.getSymbol()!)) {
      // a reference (`ConfigMapRef`, `Selectable`): its required fields are looked for, not walked
      this.open.add(name);
      for (const p of props) if (!(p.flags & ts.SymbolFlags.Optional)) fields[p.name] = 'unknown';
      return name;
    }
    const own = type.getSymbol()?.declarations?.find(ts.isInterfaceDeclaration);
    this.fill(fields, name, own ? this.ownAndBases(fields, own, props) : props);
    return name;
  }

  /** Writes the notation of each property into `fields`. */
  private fill(fields: Record<string, string>, name: string, props: readonly ts.Symbol[]): void {
    for (const p of props) {
      const t = this.checker.getTypeOfSymbol(p);
      const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
      const defined = t.isUnion() ? t.types.filter(m => !(m.flags & ts.TypeFlags.Undefined)) : [t];
      if (defined.length === 1 && defined[0].isStringLiteral() && defined[0].value.startsWith(SPELLING)) {
        fields[p.name] = `!${defined[0].value.slice(SPELLING.length)}`;
      } else if (optional) {
        fields[p.name] = `?${t.isUnion() ? this.union(t.types, `${name}$${p.name}`, true) : this.expr(t, `${name}$${p.name}`)}`;
      } else {
        fields[p.name] = this.expr(t, `${name}$${p.name}`);
      }
    }
  }

  /**
   * The properties `decl` declares itself; those of the interfaces it extends go to objects of
   * their own, named in `fields['&']` (every builder's type parameter is erased to `string`, so a
   * base is the same object whoever extends it: `MetadataOptions` is written once).
   */
  private ownAndBases(fields: Record<string, string>, decl: ts.InterfaceDeclaration, props: readonly ts.Symbol[]): ts.Symbol[] {
    const bases: string[] = [];
    for (const clause of decl.heritageClauses ?? []) {
      for (const node of clause.types) {
        let base = this.checker.getSymbolAtLocation(node.expression);
        if (base && base.flags & ts.SymbolFlags.Alias) base = this.checker.getAliasedSymbol(base);
        const baseDecl = base?.declarations?.find(ts.isInterfaceDeclaration);
        if (!base || !baseDecl || !baseDecl.getSourceFile().fileName.startsWith(path.join(ROOT, 'lib') + path.sep)) return props.slice();
        const inherited = props.filter(p => this.declaredIn(p, baseDecl));
        if (!this.objects.has(base.name)) {
          const baseFields: Record<string, string> = {};
          this.objects.set(base.name, baseFields);
          this.fill(baseFields, base.name, this.ownAndBases(baseFields, baseDecl, inherited));
        }
        bases.push(base.name);
      }
    }
    if (bases.length > 0) fields['&'] = bases.join('&');
    return props.filter(p => p.declarations?.some(d => d.parent === decl));
  }

  /** Whether a property is declared by `decl` or by an interface it extends. */
  private declaredIn(p: ts.Symbol, decl: ts.InterfaceDeclaration): boolean {
    if (p.declarations?.some(d => d.parent === decl)) return true;
    return (decl.heritageClauses ?? []).some(c =>
      c.types.some(node => {
        let base = this.checker.getSymbolAtLocation(node.expression);
        if (base && base.flags & ts.SymbolFlags.Alias) base = this.checker.getAliasedSymbol(base);
        const baseDecl = base?.declarations?.find(ts.isInterfaceDeclaration);
        return baseDecl !== undefined && this.declaredIn(p, baseDecl);
      }),
    );
  }

  /** An object's name: its interface's (`ContainerProps`), with its type arguments unless they are `string` (`ResourceRange$Cpu`); an anonymous one's owner's. */
  private nameOf(type: ts.ObjectType, symbol: ts.Symbol | undefined, owner: string, inK8s: boolean): string {
    if (!symbol || symbol.name.startsWith('__')) return owner;
    const args =
      type.aliasTypeArguments ??
      (type.flags & ts.TypeFlags.Object && (type as ts.TypeReference).target ? this.checker.getTypeArguments(type as ts.TypeReference) : []);
    const named = args.filter(a => !(a.flags & ts.TypeFlags.String)).map(a => this.checker.typeToString(a).replace(/[^A-Za-z0-9]/g, ''));
    return `${inK8s ? 'k8s.' : ''}${symbol.name}${named.map(n => `$${n}`).join('')}`;
  }

  /** The name of a class (`kplus.Container`, `k8s.Quantity` outside this library and cdk8s), and its factories. */
  private classOf(symbol: ts.Symbol, file: string): string {
    const prefix = file.includes(K8S_IMPORTS) ? 'k8s.' : file.includes('/node_modules/cdk8s-plus-27/') ? 'kplus.' : '';
    const name = `${prefix}${symbol.name}`;
    if (!this.classes.has(name)) {
      const statics = (symbol.declarations ?? []).flatMap(d =>
        ts.isClassDeclaration(d)
          ? d.members
              .filter(m => ts.isMethodDeclaration(m) && isPublic(m) && ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static)
              .map(m => m.name!.getText())
          : [],
      );
      this.classes.set(name, [...new Set(statics)]);
    }
    return name;
  }
}

/** The interfaces that classes of lib/ implement (`ConfigMapRef`, `Selectable`). */
function implementedInterfaces(p: ts.Program, checker: ts.TypeChecker): Set<ts.Symbol> {
  const out = new Set<ts.Symbol>();
  const lib = path.join(ROOT, 'lib') + path.sep;
  for (const sf of p.getSourceFiles()) {
    if (!sf.fileName.startsWith(lib)) continue;
    for (const st of sf.statements) {
      if (!ts.isClassDeclaration(st)) continue;
      for (const clause of st.heritageClauses ?? []) {
        if (clause.token !== ts.SyntaxKind.ImplementsKeyword) continue;
        for (const t of clause.types) {
          const s = checker.getSymbolAtLocation(t.expression);
          if (s) out.add(s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
        }
      }
    }
  }
  return out;
}

/** The generated file's text; `hook` sees the compiler's host before the compiler uses it. */
export function renderPropsSchema(hook: HostHook = host => host): string {
  const options = compilerOptions();
  const first = program(options, hook);
  const entries = entriesOf(first.getTypeChecker(), first.getSourceFile(INDEX)!);
  const text = [`import * as L from './lib/index';`, ...entries.map((e, i) => `export type E${i} = ${e.source};`), ''].join('\n');
  const p = program(options, hook, text, first);
  const diagnostics = p.getSemanticDiagnostics(p.getSourceFile(ENTRIES_FILE));
  if (diagnostics.length > 0) throw new Error(diagnostics.map(d => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
  const checker = p.getTypeChecker();
  const schema = new Schema(checker, implementedInterfaces(p, checker));
  const file = p.getSourceFile(ENTRIES_FILE)!;
  const rendered = entries.map((e, i) => {
    const alias = file.statements[i + 1] as ts.TypeAliasDeclaration;
    const tuple = checker.getTypeAtLocation(alias.name) as ts.TypeReference;
    const types = checker.getTypeArguments(tuple);
    const params = e.params.map((param, j) => {
      const t = types[j];
      const expr = e.params[j].optional && t.isUnion() ? schema.union(t.types, `${e.name}$${param.name}`, true) : schema.expr(t, `${e.name}$${param.name}`);
      return `${param.name}${param.optional ? '?' : ''}: ${expr}`;
    });
    return `  ${quote(e.name)}: [${params.map(s => JSON.stringify(s)).join(', ')}],`;
  });
  const lines = [
    '// Generated by scripts/gen-props-schema.ts from the signatures of the builders of lib/index.ts.',
    '// Do not edit: run `npm run gen:props-schema`. The notation is described in that script.',
    '',
    '/** The parameters of each public builder (`name: type`, `name?: type` when optional), by builder: a class and its static method, a constructor, a function. */',
    'export const PROPS_ENTRIES = {',
    ...rendered,
    '} as const;',
    '',
    '/** The option objects, by name: each field and its type (`?type` optional, `!advice` a manifest spelling the builder does not take). */',
    'export const PROPS_OBJECTS = {',
    ...[...schema.objects.keys()].sort().map(name => {
      const fields = schema.objects.get(name)!;
      return `  ${quote(name)}: { ${Object.keys(fields)
        .map(k => `${quote(k)}: ${JSON.stringify(fields[k])}`)
        .join(', ')} },`;
    }),
    '} satisfies Readonly<Record<string, Readonly<Record<string, string>>>>;',
    '',
    '/** The objects that classes implement (a ConfigMap is a `ConfigMapRef`): a value needs their required fields, and may have others. */',
    `export const OPEN_OBJECTS: readonly string[] = [${[...schema.open]
      .sort()
      .map(n => JSON.stringify(n))
      .join(', ')}];`,
    '',
    '/** The classes, by name, with their public static methods (the factories that make an instance). */',
    'export const PROPS_CLASSES: Readonly<Record<string, readonly string[]>> = {',
    ...[...schema.classes.keys()].sort().map(
      name =>
        `  ${quote(name)}: [${schema.classes
          .get(name)!
          .map(s => JSON.stringify(s))
          .join(', ')}],`,
    ),
    '};',
    '',
  ];
  return lines.join('\n');
}

/** A key as an object literal writes it. */
function quote(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

function main(argv: readonly string[]): number {
  const text = renderPropsSchema();
  if (argv.includes('--check')) {
    const same = fs.existsSync(PROPS_SCHEMA_FILE) && fs.readFileSync(PROPS_SCHEMA_FILE, 'utf8') === text;
    process.stdout.write(same ? 'props-schema.generated.ts is up to date\n' : 'props-schema.generated.ts differs: run npm run gen:props-schema\n');
    return same ? 0 : 1;
  }
  fs.mkdirSync(path.dirname(PROPS_SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(PROPS_SCHEMA_FILE, text);
  process.stdout.write(`wrote ${path.relative(ROOT, PROPS_SCHEMA_FILE)} (${text.length} characters)\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
