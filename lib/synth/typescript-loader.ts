/**
 * Running a cdk8s app's TypeScript entry in the synth command's own process, in any app: Node.js
 * 20 cannot run TypeScript, so unless a loader for `.ts` files is registered already (ts-node, an
 * swc hook, this repository's `scripts/register.js`), each `.ts` file the app loads is transpiled
 * with the app's own `typescript` package (`transpileModule`: no type check, as `ts-node
 * --transpile-only`) and the JavaScript cached by content in the app's
 * `node_modules/.cache/cdk8s-pod-patterns/ts`. A synthesis whose files have not changed loads no
 * TypeScript compiler at all.
 *
 * @packageDocumentation
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';

/** What this loader needs of the `typescript` package. */
interface TypeScriptApi {
  readonly version: string;
  readonly ModuleKind: { readonly CommonJS: number };
  parseConfigFileTextToJson(file: string, text: string): { config?: { compilerOptions?: unknown }; error?: unknown };
  convertCompilerOptionsFromJson(options: unknown, basePath: string): { options: Record<string, unknown> };
  transpileModule(input: string, options: { compilerOptions: Record<string, unknown>; fileName: string }): { outputText: string };
}

/** A module as Node's loader hands it to an extension handler. */
interface LoadingModule {
  _compile(code: string, filename: string): void;
}

type ExtensionHandler = (module: LoadingModule, filename: string) => void;

/** A TypeScript app that cannot be run: no loader is registered and the app has no `typescript`. */
export class NoTypeScriptError extends Error {
  public constructor(entry: string) {
    super(
      `${entry} is TypeScript, and neither a TypeScript loader (e.g. node -r ts-node/register) nor the "typescript" package is installed in the app: ` +
        'npm install --save-dev typescript (as cdk8s init does), or give --app "<command>"',
    );
    this.name = 'NoTypeScriptError';
  }
}

/** The app's `typescript`, loaded on the first file that is not in the cache. */
class Transpiler {
  private ts: TypeScriptApi | undefined;
  private options: Record<string, unknown> | undefined;
  /** What the JavaScript depends on besides the file: the compiler's version and the app's tsconfig.json. */
  public readonly key: string;
  private readonly tsconfig: string | undefined;
  private readonly tsconfigText: string;

  public constructor(
    private readonly load: NodeJS.Require,
    entry: string,
    appDir: string,
  ) {
    let version: string;
    try {
      version = (JSON.parse(fs.readFileSync(load.resolve('typescript/package.json'), 'utf8')) as { version: string }).version;
    } catch {
      throw new NoTypeScriptError(path.basename(entry));
    }
    const tsconfig = path.join(appDir, 'tsconfig.json');
    this.tsconfig = fs.existsSync(tsconfig) ? tsconfig : undefined;
    this.tsconfigText = this.tsconfig ? fs.readFileSync(this.tsconfig, 'utf8') : '';
    this.key = `${version}\0${this.tsconfigText}`;
  }

  public transpile(source: string, filename: string): string {
    if (!this.ts) {
      this.ts = this.load('typescript') as TypeScriptApi;
      this.options = this.compilerOptions(this.ts);
    }
    return this.ts.transpileModule(source, { compilerOptions: this.options!, fileName: filename }).outputText;
  }

  /** The app's compiler options, for CommonJS modules that `require` loads, with their source maps inline. */
  private compilerOptions(ts: TypeScriptApi): Record<string, unknown> {
    let options: Record<string, unknown> = {};
    if (this.tsconfig) {
      const { config } = ts.parseConfigFileTextToJson(this.tsconfig, this.tsconfigText);
      options = ts.convertCompilerOptionsFromJson(config?.compilerOptions ?? {}, path.dirname(this.tsconfig)).options;
    }
    // what only a build needs, and what would keep `import` statements that `require` cannot run
    const {
      declaration: _d,
      declarationMap: _m,
      composite: _c,
      emitDeclarationOnly: _e,
      noEmit: _n,
      sourceMap: _s,
      outDir: _o,
      verbatimModuleSyntax: _v,
      ...rest
    } = options;
    return { ...rest, module: ts.ModuleKind.CommonJS, inlineSourceMap: true, inlineSources: true };
  }
}

/** The folder of the nearest `package.json` above `file`, or the file's own folder. */
function appDirOf(file: string): string {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.dirname(file);
  }
}

/** Writes `text` to `file` whole or not at all; a read-only tree means no cache, not a failure. */
function writeAtomically(file: string, text: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch {
    // no cache: still correct
  }
}

/**
 * Makes `require` run the `.ts` files of the app whose entry module is `entry`, unless a loader
 * for `.ts` files is registered already. Returns whether it registered one. Throws
 * {@link NoTypeScriptError} when the app has no `typescript` to transpile with.
 */
export function registerTypeScript(entry: string): boolean {
  // Node's table of loaders by extension, shared by every module's require
  const extensions = require.extensions as unknown as Record<string, ExtensionHandler | undefined>;
  if (extensions['.ts']) return false;
  const appDir = appDirOf(entry);
  const transpiler = new Transpiler(createRequire(entry), entry, appDir);
  const cache = path.join(appDir, 'node_modules', '.cache', 'cdk8s-pod-patterns', 'ts');
  extensions['.ts'] = (module, filename) => {
    const source = fs.readFileSync(filename, 'utf8');
    const key = createHash('sha256').update(transpiler.key).update('\0').update(filename).update('\0').update(source).digest('hex');
    const cached = path.join(cache, `${key.slice(0, 40)}.js`);
    let code: string;
    try {
      code = fs.readFileSync(cached, 'utf8');
    } catch {
      code = transpiler.transpile(source, filename);
      writeAtomically(cached, code);
    }
    module._compile(code, filename);
  };
  return true;
}
