#!/usr/bin/env node
// Runs the command line from the TypeScript sources, without a build.
'use strict';
require('./register');

const { main } = require('../lib/cli/main.ts');
main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env }).then(
  code => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
