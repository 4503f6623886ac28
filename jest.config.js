/** Jest: `unit` runs specs beside the code; `integration` runs tests/ against real services. */
const moduleNameMapper = {
  '^@wmo/domain$': '<rootDir>/libs/domain/src/index.ts',
  '^@wmo/reference$': '<rootDir>/libs/reference/src/index.ts',
  '^@wmo/persistence$': '<rootDir>/libs/persistence/src/index.ts',
  '^@wmo/queue$': '<rootDir>/libs/queue/src/index.ts',
  '^@wmo/matching$': '<rootDir>/libs/matching/src/index.ts',
  '^@wmo/notifications$': '<rootDir>/libs/notifications/src/index.ts',
  '^@wmo/config$': '<rootDir>/libs/config/src/index.ts',
  '^@wmo/observability$': '<rootDir>/libs/observability/src/index.ts',
  '^@wmo/synthetic$': '<rootDir>/libs/synthetic/src/index.ts',
  '^@wmo/dev-services$': '<rootDir>/infra/dev/index.ts',
};
const transform = {
  '^.+\\.ts$': ['@swc/jest'],
  // The web app's components: TSX with React's automatic runtime.
  '^.+\\.tsx$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

module.exports = {
  // Integration tests wait for real processes; unit tests finish long before this.
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/tests/setup/summary-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      testEnvironment: 'node',
      roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/infra'],
      testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
      transform,
      moduleNameMapper,
    },
    {
      displayName: 'integration',
      rootDir: __dirname,
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      transform,
      moduleNameMapper,
      globalSetup: '<rootDir>/tests/setup/global-setup.ts',
      globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
    },
  ],
};
