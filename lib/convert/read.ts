/**
 * Reading the input of a conversion: the YAML documents of each source, lists unpacked as kubectl
 * unpacks them; what is not a whole object (a fragment without `kind`, broken YAML, prose) is
 * refused, naming the file and document.
 *
 * @packageDocumentation
 */
import { objectsOf } from '../engine/input';
import { isObject, JsonObject } from '../values/json';
import { isNotManifests, parseSource } from '../yaml/reader';
import { cloneJson, ConvertNote, SourceObject } from './model';

/** A kustomization's file: kubectl apply -k builds objects from it; it is no object itself. */
const KUSTOMIZATION = /(^|[\\/])(kustomization\.ya?ml|Kustomization)$/;

/** A source of manifests: its name (a file, `<stdin>`) and its text. */
export interface ConvertSource {
  /** The file's name, as the report and the reasons `converted from <file>` give it. */
  readonly name: string;
  /** The file's YAML text. */
  readonly text: string;
}

/** An input that cannot be converted at all: nothing is written. */
export class ConvertInputError extends Error {}

/** The top-level fields of a fragment, for the message that refuses it. */
function fieldsOf(value: JsonObject): string {
  const keys = Object.keys(value);
  return keys.length > 4 ? `${keys.slice(0, 4).join(', ')}, ...` : keys.join(', ');
}

/** The objects of `sources`, in order; throws {@link ConvertInputError} for what is not a whole object. Kustomizations go to `skipped`. */
export function readObjects(sources: readonly ConvertSource[], skipped: ConvertNote[] = []): SourceObject[] {
  const out: SourceObject[] = [];
  const skip = (file: string, object: string) =>
    skipped.push({ file, object, text: 'a kustomization is not an object: kubectl apply -k builds objects from it (convert the output of kubectl kustomize)' });
  for (const source of sources) {
    if (KUSTOMIZATION.test(source.name)) {
      skip(source.name, 'Kustomization');
      continue;
    }
    const parsed = parseSource(source.text);
    if (isNotManifests(source.text, parsed)) throw new ConvertInputError(`${source.name} is not a YAML manifest file: none of its documents is a mapping`);
    const problem = parsed.problems[0];
    if (problem !== undefined) throw new ConvertInputError(`${source.name}:${problem.line}:${problem.column}: ${problem.message}`);
    for (const m of parsed.manifests) {
      if (m.value === null || m.value === undefined) continue;
      const where = `${source.name} (document ${m.document})`;
      if (!isObject(m.value)) throw new ConvertInputError(`${where} is not a mapping: a manifest is an object with apiVersion, kind and metadata`);
      for (const { manifest } of objectsOf([m.value])) {
        if (!isObject(manifest)) throw new ConvertInputError(`${where}: an item of the list is not an object`);
        if (typeof manifest.kind !== 'string' || manifest.kind === '') {
          throw new ConvertInputError(
            `${where} has no kind: it is a fragment (${fieldsOf(manifest)}), not a Kubernetes object; convert takes whole manifests with apiVersion, kind and metadata`,
          );
        }
        if (typeof manifest.apiVersion !== 'string' || manifest.apiVersion === '') {
          throw new ConvertInputError(`${where}: the ${manifest.kind} has no apiVersion, so its schema is unknown; write the apiVersion it is applied with`);
        }
        if (typeof manifest.apiVersion === 'string' && manifest.apiVersion.startsWith('kustomize.config.k8s.io/')) {
          skip(source.name, String(manifest.kind));
          continue;
        }
        const copy = cloneJson(manifest);
        out.push({ file: source.name, index: out.length, manifest: copy, expected: copy, comments: new Map(), todos: new Map(), strict: new Map(), later: [] });
      }
    }
  }
  if (out.length === 0) throw new ConvertInputError(`no manifests to convert in ${sources.map(s => s.name).join(', ')}`);
  return out;
}
