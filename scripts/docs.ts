/**
 * `npm run docs`: writes the README's rule tables from the rule catalogue, generates the API
 * reference in docs/api with TypeDoc (typedoc.json), then writes docs/api/.fingerprint.json, the
 * sha256 of every input and output (see scripts/docs-fingerprint.ts), by which test/docs.test.ts
 * tells that docs/api is up to date.
 *
 *   node node_modules/ts-node/dist/bin.js --swc scripts/docs.ts
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { writeRuleTables } from './rule-tables';
import { computeFingerprint, diffFingerprint, DOCS_DIR, FINGERPRINT_FILE, writeFingerprint } from './docs-fingerprint';

const ROOT = path.join(__dirname, '..');

if (writeRuleTables(ROOT)) console.log('README.md: rule tables rewritten from the catalogue');

const before = computeFingerprint(ROOT);
const typedoc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typedoc/bin/typedoc')], { cwd: ROOT, stdio: 'inherit' });
if (typedoc.status !== 0) {
  console.error(`typedoc failed (exit code ${typedoc.status ?? typedoc.signal}); ${DOCS_DIR} has no fingerprint`);
  process.exit(1);
}
const after = computeFingerprint(ROOT);
const changed = diffFingerprint(before, after).inputs;
if (changed.length > 0) {
  console.error(`these inputs changed while typedoc ran; run npm run docs again:\n  ${changed.join('\n  ')}`);
  process.exit(1);
}
writeFingerprint(ROOT, after);
console.log(`${DOCS_DIR}/${FINGERPRINT_FILE}: ${Object.keys(after.inputs).length} inputs, ${Object.keys(after.outputs).length} outputs`);
