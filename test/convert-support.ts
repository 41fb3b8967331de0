/**
 * Helpers of the convert tests: converting fixture files, compiling the generated apps in one
 * program, running them in this process (each module transpiled and required, the package's
 * name mapped to lib/index.ts), and comparing what they synthesize with what was expected, as
 * JSON, ignoring key order, empty values and this library's own annotations.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as cdk8s from 'cdk8s';
import { transformSync } from '@swc/core';
import { ConvertedFile, ConvertResult, convertManifests } from '../lib/convert/convert';
import { compileInMemory } from './compile-support';

const ROOT = path.join(__dirname, '..');

/** Converts fixture files (read from disk, named by their base name). */
export function convertFiles(files: readonly string[], options: { harden?: boolean } = {}): ConvertResult {
  return convertManifests(
    files.map(f => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') })),
    options,
  );
}

/** An app to compile: a name (its folder) and its files. */
export interface GeneratedApp {
  readonly name: string;
  readonly files: readonly ConvertedFile[];
}

/** The folder (never written) where an app's files are compiled from. */
function folderOf(app: GeneratedApp): string {
  return path.join(ROOT, 'test', '.converted', app.name);
}

/** Compiles the apps in one program; returns the messages of each file (`app/file`), only those with some. */
export function compileApps(apps: readonly GeneratedApp[]): Record<string, readonly string[]> {
  const files = new Map<string, string>();
  for (const app of apps) for (const f of app.files) files.set(path.join(folderOf(app), f.path), f.text);
  const out: Record<string, readonly string[]> = {};
  // the generated code uses no Node.js API: without its types the program is a quarter smaller
  for (const [file, messages] of compileInMemory('convert', files, []))
    if (messages.length > 0) out[path.relative(path.join(ROOT, 'test', '.converted'), file)] = messages;
  return out;
}

/** Runs an app's `main.ts` in this process and returns the manifests its charts synthesize. */
export function synthApp(files: readonly ConvertedFile[]): any[] {
  const synthesized: any[] = [];
  class TestApp extends cdk8s.App {
    public override synth(): void {
      for (const chart of this.charts) synthesized.push(...chart.toJson());
    }
  }
  const cache = new Map<string, unknown>();
  const load = (file: string): unknown => {
    if (cache.has(file)) return cache.get(file);
    const source = files.find(f => f.path === file);
    if (source === undefined) throw new Error(`no generated file ${file}`);
    // transpiled as jest transpiles the tests (swc), which is quicker to load than the compiler
    const js = transformSync(source.text, {
      filename: file,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    }).code;
    const module = { exports: {} as Record<string, unknown> };
    cache.set(file, module.exports);
    const requireIt = (id: string): unknown => {
      if (id.startsWith('./')) return load(`${id.slice(2)}.ts`);
      if (id === 'cdk8s') return { ...cdk8s, App: TestApp };
      if (id === 'cdk8s-pod-patterns') return require('../lib');
      return require(id);
    };
    new Function('require', 'module', 'exports', js)(requireIt, module, module.exports);
    return module.exports;
  };
  load('main.ts');
  return synthesized;
}

const OWN_ANNOTATIONS = /^(exempt|start-time)\.cdk8s-pod-patterns\//;

/** A manifest without empty values and this library's own annotations, for comparison. */
export function comparable(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map(v => comparable(v)).filter(v => v !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([k]) => !(key === 'annotations' && OWN_ANNOTATIONS.test(k)))
      .map(([k, v]) => [k, comparable(v, k)] as const)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value === null ? undefined : value;
}

/** `Kind/namespace/name` of a manifest. */
export function idOf(m: any): string {
  return `${m.apiVersion}/${m.kind}/${m.metadata?.namespace ?? ''}/${m.metadata?.name ?? ''}`;
}

/** The manifests by id, comparable. */
export function byId(manifests: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of manifests) out[idOf(m)] = comparable(m);
  return out;
}
