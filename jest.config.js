/** Jest: `unit` runs specs beside the code; `integration` runs tests/ against real services. */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/** The path aliases live once, in tsconfig.json; jest maps the same names to the same files. */
function moduleNameMapperFromTsconfig() {
  const tsconfig = JSON.parse(readFileSync(join(__dirname, 'tsconfig.json'), 'utf8'));
  const mapper = {};
  for (const [alias, [target]] of Object.entries(tsconfig.compilerOptions.paths)) {
    const escaped = alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    mapper[`^${escaped}$`] = `<rootDir>/${target.replace(/^\.\//, '')}`;
  }
  return mapper;
}
const moduleNameMapper = moduleNameMapperFromTsconfig();
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

/**
 * Nest 12 and a few of its dependencies ship ES modules; unit specs that build Nest classes with
 * @nestjs/testing need them as CommonJS, so @swc/jest transforms those packages too.
 */
const unitTransform = {
  ...transform,
  '^.+\\.m?js$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};
const ESM_PACKAGES = ['@nestjs', 'uid', 'file-type', 'load-esm', 'token-types', 'strtok3'];

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
      transform: unitTransform,
      transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
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
