/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // jest uses one worker less than the cores by default: one worker on a 2-core machine
  maxWorkers: 2,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  // the package's own name means its sources, as tsconfig's `paths` says (the examples import it by name)
  moduleNameMapper: { '^cdk8s-pod-patterns$': '<rootDir>/lib/index.ts', '^cdk8s-pod-patterns/check$': '<rootDir>/lib/check/index.ts' },
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
};
