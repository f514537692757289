import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/api',
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
