/**
 * The code `convert` writes compiles under `strict` (the repo's compiler options), in one
 * program: the tutorial's app, the corpus as one app (hardened too), and a TODO, which does not.
 */
import * as fs from 'fs';
import * as path from 'path';
import { convertManifests } from '../lib/convert/convert';
import { compileApps, convertFiles } from './convert-support';

const TUTORIAL = path.join(__dirname, 'fixtures', 'tutorial');
const CORPUS = path.join(__dirname, 'fixtures', 'convert');
const TUTORIAL_FILES = ['go-test.yaml', 'goproxy.yaml', 'liveness-exec.yaml', 'liveness-http.yaml', 'kubectl-get-pod-list.yaml'].map(f =>
  path.join(TUTORIAL, f),
);
const CORPUS_FILES = fs
  .readdirSync(CORPUS)
  .filter(f => f.endsWith('.yaml'))
  .sort()
  .map(f => path.join(CORPUS, f));

/** A pod with a field that is one edit from two (not repaired) and a port out of range: two TODOs. */
const AMBIGUOUS =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: ambiguous\nspec:\n  hostPIC: true\n  containers:\n    - name: app\n      image: nginx:1.25\n      ports:\n        - containerPort: 70000\n';

test('the generated apps compile, in one program; a TODO does not', () => {
  const apps = [
    { name: 'todo', files: convertManifests([{ name: 'ambiguous.yaml', text: AMBIGUOUS }]).files },
    { name: 'tutorial', files: convertFiles(TUTORIAL_FILES).files },
    { name: 'corpus', files: convertFiles(CORPUS_FILES).files },
    { name: 'corpus-hardened', files: convertFiles(CORPUS_FILES, { harden: true }).files },
  ];
  const { 'todo/ambiguous.ts': todo, ...others } = compileApps(apps);
  expect(others).toEqual({});
  expect(todo.join('\n')).toContain("Cannot find name 'TODO_UNRESOLVED_unknown_field'.");
  expect(todo.join('\n')).toContain("Cannot find name 'TODO_UNRESOLVED_container_port'.");
});
