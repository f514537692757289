import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships index.mjs and index.js without an exports map: Vite would give the sources the
// .mjs while Nest, Apollo and the graphql-* helpers require the .js, and graphql refuses a schema
// from the other copy. Node (the built app) loads the .js for both; so do the tests.
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/api',
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: {
    name: 'api',
    watch: false,
    environment: 'node',
    include: ['src/**/*.{test,spec}.ts'],
    reporters: ['default'],
    // Integration tests boot a database; give them room and run files one at a time
    // (the embedded database is a single backend).
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
