// The parts of lib/ and the parts each may import: the arrows of the architecture, which
// eslint.config.js enforces and test/boundaries.test.ts checks against each part's README.
'use strict';

/** Each part, with the parts it may import: only parts listed before it, so the arrows point one way. */
const PARTS = {
  values: [],
  text: [],
  engine: ['values'],
  policy: ['engine', 'values'],
  yaml: ['values'],
  review: ['policy', 'engine', 'yaml', 'text', 'values'],
  check: ['review', 'engine', 'policy', 'yaml', 'values'],
  synth: ['yaml', 'text', 'values'],
  'app-validation': ['check', 'policy', 'engine', 'yaml', 'values'],
  convert: ['check', 'engine', 'yaml', 'values'],
  cli: ['check', 'synth', 'review', 'convert', 'policy', 'engine', 'yaml', 'values'],
  probes: ['engine', 'values'],
  objects: ['engine', 'values'],
  config: ['objects', 'app-validation', 'engine', 'values'],
  containers: ['config', 'objects', 'probes', 'policy', 'engine', 'values'],
  workloads: ['containers', 'config', 'objects', 'app-validation', 'probes', 'policy', 'engine', 'values'],
  services: ['workloads', 'containers', 'objects', 'app-validation', 'engine', 'values'],
  patterns: ['services', 'workloads', 'containers', 'config', 'objects', 'app-validation', 'probes', 'engine', 'values'],
  kplus: ['services', 'workloads', 'containers', 'objects', 'app-validation', 'probes', 'engine', 'values'],
};

/** The parts that run without cdk8s: they import neither cdk8s, constructs, cdk8s-plus-27 nor the L1 classes. */
const WITHOUT_CDK8S = ['values', 'text', 'engine', 'policy', 'yaml', 'review', 'check', 'synth', 'convert', 'cli'];

module.exports = { PARTS, WITHOUT_CDK8S };
