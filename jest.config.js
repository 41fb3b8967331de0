/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // jest uses one worker less than the cores by default: one worker on a 2-core machine
  maxWorkers: 2,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
};
