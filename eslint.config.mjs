import nx from '@nx/eslint-plugin';

/**
 * Layering, enforced (architecture.md): libs/domain imports nothing; libs/report-parser only the
 * domain; the API both; the web app no lib at all (it gets API types from generated GraphQL code).
 */
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/generated', '**/out-tsc', '**/.nx', '**/vite.config.*.timestamp*', '**/vitest.config.*.timestamp*'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.mts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:parser', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['type:domain', 'type:parser'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['type:domain', 'type:parser'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Benchmarks and fault tests drive the built API (apps/api/dist) from outside, as a user would.
    files: ['tools/bench/**', 'tools/faults/**'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // Tests may assert presence with `!` after checking it.
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/e2e/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The shared libs are pure TypeScript: no framework, ORM, driver or UI imports.
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*', 'typeorm', 'pg', 'react', 'react-dom', '@apollo/*', 'recharts'], message: 'libs stay free of frameworks (architecture.md, rule 1)' },
          ],
        },
      ],
    },
  },
];
