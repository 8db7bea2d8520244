module.exports = {
  displayName: 'e2e',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e.spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  // Tests compare served predictions with the same library's in-process predict, and read the blob store as the services do.
  moduleNameMapper: { '^@sightline/(ml|contracts|storage)$': '<rootDir>/../libs/$1/src/index.ts' },
  testTimeout: 120000,
  // The suites start whole systems of processes; one at a time keeps ports and CPU sane on 2 cores.
  maxWorkers: 1,
};
