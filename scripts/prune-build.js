#!/usr/bin/env node
// Removes from build/ the compiled files whose TypeScript source no longer exists (a file that was
// moved or deleted), so that the package never ships a module of an older layout. tsc rewrites only
// what changed and never deletes; run this before it (`npm run build` does).
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const BUILD = path.join(ROOT, 'build');
const OUTPUT = /\.(d\.ts\.map|d\.ts|js\.map|js)$/;

/** Removes the orphans below `dir` (a folder of build/); returns how many. */
function prune(dir) {
  let removed = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      removed += prune(full);
      if (fs.readdirSync(full).length === 0) fs.rmdirSync(full);
      continue;
    }
    if (!OUTPUT.test(entry.name)) continue;
    const source = path.join(ROOT, path.relative(BUILD, full)).replace(OUTPUT, '.ts');
    if (!fs.existsSync(source)) {
      fs.rmSync(full);
      removed++;
    }
  }
  return removed;
}

if (fs.existsSync(BUILD)) {
  for (const dir of ['lib', 'imports', 'test', 'scripts']) if (fs.existsSync(path.join(BUILD, dir))) prune(path.join(BUILD, dir));
}
