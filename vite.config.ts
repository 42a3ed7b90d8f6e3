/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

import { cspPlugin } from './src/tools/vitePluginCsp.ts';
import { inkPlugin } from './src/tools/vitePluginInk.ts';
import { serviceWorkerPlugin } from './src/tools/vitePluginServiceWorker.ts';

export default defineConfig({
  plugins: [inkPlugin(), cspPlugin(), serviceWorkerPlugin()],
  build: {
    target: 'es2022',
    // Phaser (about 1.4 MB) is its own lazily loaded chunk; everything the first screen needs is small.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Phaser loads after the first text and choices, in its own chunk; inkjs ships without the compiler.
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ },
            { name: 'inkjs', test: /node_modules[\\/]inkjs[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'story',
          include: ['test/story/**/*.test.ts'],
          environment: 'node',
          // The random walks play thousands of runs; on this 2-core machine that takes minutes, not seconds.
          testTimeout: 900_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/server.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // expect.poll() waits for a state; its 1-second default is a wall-clock limit a loaded machine
          // breaks, so it waits as long as a Playwright wait does (browser.ts) instead.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
