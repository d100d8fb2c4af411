// One jest run for the whole workspace, so `npm test` prints one summary line.
// Projects: pure domain rules, API integration on real PostgreSQL, and e2e against the built app.
const tsJest = (tsconfig) => ({ '^.+\\.tsx?$': ['ts-jest', { tsconfig, diagnostics: { warnOnly: false } }] });
// Packages that ship only ES modules: node (20.19+) require()s them in the built API, jest does not,
// so their files are compiled to CommonJS for the tests. request-filtering-agent (webhooks); otplib's
// @scure/base and @noble/hashes (authenticator codes, used by the API and by the browser tests);
// intl-messageformat and its @formatjs parts (libs/messages, used by the web, the API and e2e).
const ESM_ONLY = [
  'request-filtering-agent',
  '@scure/base',
  '@noble/hashes',
  'intl-messageformat',
  '@formatjs/icu-messageformat-parser',
  '@formatjs/icu-skeleton-parser',
  '@formatjs/fast-memoize',
];
const esmOnly = {
  transform: {
    [`/node_modules/(${ESM_ONLY.join('|')})/.+\\.js$`]: [
      'ts-jest',
      { tsconfig: { allowJs: true, esModuleInterop: true, module: 'commonjs', target: 'es2022' }, diagnostics: false },
    ],
  },
  // Everything else in node_modules is left as it is (also one of them nested in another package's node_modules).
  transformIgnorePatterns: [`^(?!.*/node_modules/(${ESM_ONLY.join('|')})/).*/node_modules/`],
};
const paths = {
  '^@bussanten/contracts$': '<rootDir>/libs/contracts/src/index.ts',
  '^@bussanten/domain$': '<rootDir>/libs/domain/src/index.ts',
  '^@bussanten/messages$': '<rootDir>/libs/messages/src/index.ts',
};

/** @type {import('jest').Config} */
module.exports = {
  reporters: ['default', '<rootDir>/tools/jest-summary-reporter.js'],
  // A global option (jest ignores it inside projects): browser and database tests need more than 5 s.
  testTimeout: 60000,
  rootDir: __dirname,
  projects: [
    {
      // Pure libs: libs/domain, libs/contracts and libs/messages (the ICU catalogs and their formatter).
      displayName: 'domain',
      rootDir: __dirname,
      roots: ['<rootDir>/libs'],
      testEnvironment: 'node',
      transform: { ...tsJest('<rootDir>/libs/domain/tsconfig.spec.json'), ...esmOnly.transform },
      transformIgnorePatterns: esmOnly.transformIgnorePatterns,
      moduleNameMapper: paths,
    },
    {
      displayName: 'api',
      rootDir: __dirname,
      roots: ['<rootDir>/apps/api'],
      testEnvironment: 'node',
      transform: { ...tsJest('<rootDir>/apps/api/tsconfig.spec.json'), ...esmOnly.transform },
      transformIgnorePatterns: esmOnly.transformIgnorePatterns,
      moduleNameMapper: paths,
      globalSetup: '<rootDir>/apps/api/test/global-setup.mjs',
      globalTeardown: '<rootDir>/apps/api/test/global-teardown.mjs',
    },
    {
      displayName: 'web',
      rootDir: __dirname,
      roots: ['<rootDir>/apps/web'],
      testEnvironment: 'node',
      transform: { ...tsJest('<rootDir>/apps/web/tsconfig.spec.json'), ...esmOnly.transform },
      transformIgnorePatterns: esmOnly.transformIgnorePatterns,
      moduleNameMapper: paths,
    },
    {
      displayName: 'e2e',
      rootDir: __dirname,
      roots: ['<rootDir>/e2e'],
      testEnvironment: 'node',
      transform: { ...tsJest('<rootDir>/e2e/tsconfig.json'), ...esmOnly.transform },
      transformIgnorePatterns: esmOnly.transformIgnorePatterns,
      moduleNameMapper: paths,
      globalSetup: '<rootDir>/e2e/support/global-setup.mjs',
      globalTeardown: '<rootDir>/e2e/support/global-teardown.mjs',
    },
  ],
};
