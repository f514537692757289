/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiUrl = process.env['API_URL'] ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  plugins: [react()],
  server: {
    port: 4200,
    host: 'localhost',
    proxy: { '/graphql': { target: apiUrl, changeOrigin: true }, '/files': { target: apiUrl, changeOrigin: true } },
  },
  preview: {
    port: 4300,
    host: 'localhost',
    proxy: { '/graphql': { target: apiUrl, changeOrigin: true }, '/files': { target: apiUrl, changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: true,
  },
  test: {
    name: 'web',
    watch: false,
    globals: false,
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    reporters: ['default'],
    // jsdom rendering of charts is slow on a busy 2-core CI machine; the default 5 s is too tight.
    testTimeout: 20_000,
  },
});
