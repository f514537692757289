import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL codegen for the dashboard: the only source of API types in apps/web.
 * Run from apps/web: `npx nx run web:codegen`. `nx run web:codegen-check` regenerates into a
 * temporary folder (CODEGEN_OUT) and fails when the committed src/generated/ differs.
 */
const out = process.env['CODEGEN_OUT'] ?? 'src/generated/';

const config: CodegenConfig = {
  schema: '../api/src/schema.gql',
  documents: ['src/**/*.graphql', 'src/**/*.{ts,tsx}', '!src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      // No fragments yet; masking would only add indirection.
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, skipTypename: false, scalars: { DateTime: 'string', Upload: 'File' } },
    },
  },
};

export default config;
