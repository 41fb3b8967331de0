// A require hook that transpiles .ts files with swc as they load, so that TypeScript runs
// without a build (no type check here; `npm test` runs tsc). Use: node -r ./scripts/register.js main.ts
// Transpiled files are cached in node_modules/.cache, keyed by path, size and modification time.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const CACHE = path.join(__dirname, '..', 'node_modules', '.cache', 'cdk8s-pod-patterns');
let swc;

function transpile(filename) {
  const stat = fs.statSync(filename);
  const key = crypto.createHash('sha1').update(`${filename}\0${stat.size}\0${stat.mtimeMs}`).digest('hex');
  const cached = path.join(CACHE, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    swc = swc || require('@swc/core');
    const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
      filename,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022', keepClassNames: true },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    });
    try {
      fs.mkdirSync(CACHE, { recursive: true });
      fs.writeFileSync(`${cached}.${process.pid}`, code);
      fs.renameSync(`${cached}.${process.pid}`, cached);
    } catch {
      // a read-only tree: no cache, still correct
    }
    return code;
  }
}

require.extensions['.ts'] = (module, filename) => module._compile(transpile(filename), filename);

// In this repository, the package's own name means its sources (as tsconfig's `paths` says), not
// the compiled build/ that package.json's `exports` point to: the examples import it by name.
const Module = require('module');
const OWN = { 'cdk8s-pod-patterns': 'lib/index.ts', 'cdk8s-pod-patterns/check': 'lib/check/index.ts' };
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const own = OWN[request];
  return own === undefined ? resolveFilename.call(this, request, ...rest) : path.join(__dirname, '..', own);
};
