#!/usr/bin/env node
// `npm test`: the type check (tsc, which also writes build/), ESLint and Prettier side by side, then
// jest, which needs build/ for the package test. When any of the three fails, jest does not
// run; any failure exits non-zero.
// Arguments go to jest: `npm test -- test/probe.test.ts`.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const bin = file => path.join(ROOT, 'node_modules', file);
const BUILD_INFO = path.join(ROOT, 'build', '.tsbuildinfo');
/** Written by npm on every install. */
const INSTALLED = path.join(ROOT, 'node_modules', '.package-lock.json');

const mtime = file => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
};

/**
 * tsc's build mode (`-b`) does nothing when no source file, no tsconfig and no file list changed
 * since the last build that had no error (it compares times, without parsing); it does not look
 * at the installed packages, so after an install the project is checked as a whole (`-p`, which
 * compares every file's content with the last build's), and the build is marked current.
 * What build mode cannot see, being a comparison of times: a source copied in with an older date
 * (`cp -p`, `tar`), files of build/ deleted by hand, and node_modules changed without an install
 * (`npm link`). After those, `npx tsc -p .` (or deleting build/) checks everything again.
 */
async function typeCheck() {
  const built = mtime(BUILD_INFO);
  const installed = mtime(INSTALLED);
  const sinceInstall = built !== undefined && installed !== undefined && installed < built;
  const result = await run('tsc', [bin('typescript/bin/tsc'), sinceInstall ? '-b' : '-p', '.']);
  if (!sinceInstall && result.code === 0 && fs.existsSync(BUILD_INFO)) {
    const now = new Date();
    fs.utimesSync(BUILD_INFO, now, now);
  }
  return result;
}

/** Runs a command with its output kept, so that two side by side do not interleave. */
function run(label, args) {
  return new Promise(resolve => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', d => (output += d));
    child.stderr.on('data', d => (output += d));
    child.on('error', e => resolve({ label, code: 1, output: `${output}${e.message}\n` }));
    child.on('close', code => resolve({ label, code: code ?? 1, output }));
  });
}

async function main() {
  const results = await Promise.all([
    typeCheck(),
    run('eslint', [bin('eslint/bin/eslint.js'), '--cache', '--cache-location', 'build/.eslintcache', '.']),
    run('prettier', [bin('prettier/bin/prettier.cjs'), '--check', '--cache', '--cache-location', 'build/.prettiercache', '.']),
  ]);
  let failed = false;
  for (const r of results) {
    const output = r.output === '' || r.output.endsWith('\n') ? r.output : `${r.output}\n`;
    if (r.code === 0) {
      // warnings of a passing step are still shown
      process.stderr.write(output);
      continue;
    }
    failed = true;
    process.stderr.write(`${output}${r.label} failed (exit code ${r.code})\n`);
  }
  if (failed) return 1;
  return new Promise(resolve => {
    const jest = spawn(process.execPath, [bin('jest/bin/jest.js'), ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
    jest.on('error', e => {
      process.stderr.write(`jest did not start: ${e.message}\n`);
      resolve(1);
    });
    jest.on('close', code => resolve(code ?? 1));
  });
}

main().then(code => (process.exitCode = code));
