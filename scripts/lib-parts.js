// The parts of lib/ and the parts each may import: the arrows of the architecture, which
// eslint.config.js enforces and test/boundaries.test.ts checks against each part's README.
'use strict';

/** Each part, with the parts it may import (the arrows point one way). */
const PARTS = {
  values: [],
  text: [],
  engine: ['values'],
  policy: ['engine', 'values'],
  yaml: ['values'],
  check: ['engine', 'policy', 'yaml', 'values'],
  synth: ['yaml', 'text', 'values'],
  probes: ['engine', 'values'],
  containers: ['probes', 'policy', 'engine', 'values'],
  workloads: ['app-validation', 'containers', 'probes', 'engine', 'values'],
  patterns: ['workloads', 'app-validation', 'containers', 'probes', 'engine', 'values'],
  kplus: ['probes', 'engine', 'values'],
  'app-validation': ['check', 'policy', 'engine', 'yaml', 'values'],
  cli: ['check', 'synth', 'policy', 'engine', 'yaml', 'values'],
};

/** The parts that run without cdk8s: they import neither cdk8s, constructs, cdk8s-plus-27 nor the L1 classes. */
const WITHOUT_CDK8S = ['values', 'text', 'engine', 'policy', 'yaml', 'check', 'synth', 'cli'];

module.exports = { PARTS, WITHOUT_CDK8S };
