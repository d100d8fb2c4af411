// One jest run for the whole workspace, so `npm test` prints one summary line.
// Projects: pure domain rules, API integration on real PostgreSQL, and e2e against the built app.
const tsJest = (tsconfig) => ({ '^.+\\.tsx?$': ['ts-jest', { tsconfig, diagnostics: { warnOnly: false } }] });
const paths = {
  '^@bussanten/contracts$': '<rootDir>/libs/contracts/src/index.ts',
  '^@bussanten/domain$': '<rootDir>/libs/domain/src/index.ts',
};

/** @type {import('jest').Config} */
module.exports = {
  reporters: ['default', '<rootDir>/tools/jest-summary-reporter.js'],
  // A global option (jest ignores it inside projects): browser and database tests need more than 5 s.
  testTimeout: 60000,
  rootDir: __dirname,
  projects: [
    {
      displayName: 'domain',
      rootDir: __dirname,
      roots: ['<rootDir>/libs'],
      testEnvironment: 'node',
      transform: tsJest('<rootDir>/libs/domain/tsconfig.spec.json'),
      moduleNameMapper: paths,
    },
    {
      displayName: 'api',
      rootDir: __dirname,
      roots: ['<rootDir>/apps/api'],
      testEnvironment: 'node',
      transform: {
        ...tsJest('<rootDir>/apps/api/tsconfig.spec.json'),
        // request-filtering-agent ships only ES modules; node (20.19+) require()s them in the built
        // API, jest does not, so its one file is compiled to CommonJS for the tests.
        '/node_modules/request-filtering-agent/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, esModuleInterop: true, module: 'commonjs', target: 'es2022' }, diagnostics: false }],
      },
      transformIgnorePatterns: ['/node_modules/(?!request-filtering-agent/)'],
      moduleNameMapper: paths,
      globalSetup: '<rootDir>/apps/api/test/global-setup.mjs',
      globalTeardown: '<rootDir>/apps/api/test/global-teardown.mjs',
    },
    {
      displayName: 'web',
      rootDir: __dirname,
      roots: ['<rootDir>/apps/web'],
      testEnvironment: 'node',
      transform: tsJest('<rootDir>/apps/web/tsconfig.spec.json'),
      moduleNameMapper: paths,
    },
    {
      displayName: 'e2e',
      rootDir: __dirname,
      roots: ['<rootDir>/e2e'],
      testEnvironment: 'node',
      transform: tsJest('<rootDir>/e2e/tsconfig.json'),
      moduleNameMapper: paths,
      globalSetup: '<rootDir>/e2e/support/global-setup.mjs',
      globalTeardown: '<rootDir>/e2e/support/global-teardown.mjs',
    },
  ],
};
