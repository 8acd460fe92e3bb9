import { defineConfig } from 'vitest/config';
import { datasetPlugin } from './scripts/dataset/vite-plugin.ts';

export default defineConfig({
  plugins: [datasetPlugin()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    // The card's styles are read as text (`?inline`): a test importing card-host.tsx gets them.
    css: { include: [/card\.css/] },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          // Property tests run hundreds of analyses: on two busy cores some take over 5 s.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One browser at a time: two cores, and each file starts its own browser.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
