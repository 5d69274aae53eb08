import { defineConfig } from '@rsbuild/core';

/**
 * The mock API's worker (src/api-worker.ts), built on its own: a worker chunk inside an app's
 * Module Federation build is not supported by rspack, and the worker shares nothing with the page.
 * Every app copies dist/mock-api-worker.js to its root (packages/mf-config).
 */
export default defineConfig({
  source: { entry: { 'mock-api-worker': './src/api-worker.ts' } },
  output: {
    target: 'web-worker',
    filename: { js: '[name].js' },
    filenameHash: false,
    sourceMap: { js: false },
    distPath: { root: 'dist', js: '' },
    legalComments: 'inline',
  },
  performance: { chunkSplit: { strategy: 'all-in-one' } },
});
