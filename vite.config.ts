/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

import { CONTENT_SECURITY_POLICY } from './src/csp.ts';
import { cspPlugin } from './src/tools/vitePluginCsp.ts';
import { inkPlugin } from './src/tools/vitePluginInk.ts';
import { preloadPlugin } from './src/tools/vitePluginPreload.ts';
import LongestFirst from './test/sequencer.ts';

export default defineConfig({
  plugins: [
    inkPlugin(),
    cspPlugin(),
    preloadPlugin(),
    // The offline service worker (src/sw/sw.ts): Workbox precaches every built file, revisioned.
    VitePWA({
      strategies: 'injectManifest',
      // Absolute, so that a build from another root (bench/baseline, the bench's empty game) finds it too.
      srcDir: fileURLToPath(new URL('src/sw', import.meta.url)),
      filename: 'sw.ts',
      // src/offline.ts registers it (with the update prompt); there is no web app manifest.
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*'],
        globIgnores: ['**/*.map'],
        // Phaser's chunk is about 1.4 MB, over Workbox's 2 MiB default only with room to grow.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // Vite's hashed names are their own revision: fetched once, never stale.
        dontCacheBustURLsMatching: /-[\w-]{8}\.\w+$/,
        // A classic script, as src/offline.ts registers it (the plugin's ES build sets an option Vite 8
        // deprecates, and warned at every build).
        rollupFormat: 'iife',
      },
    }),
  ],
  // The headers a host should send (README.md, "Hosting"): the policy reaches the workers only this way
  // on a first visit, before the service worker serves them with it.
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  build: {
    target: 'es2022',
    // Phaser (about 1.4 MB) is its own lazily loaded chunk; everything the first screen needs is small.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Phaser loads after the first text and choices, in its own chunk; inkjs ships without the compiler.
        // V8's explicit compile hint: the table runs nearly all of Phaser at start-up, and a run nearly all
        // of inkjs's runtime, so compile all of each while the file streams in, off the main thread,
        // instead of function by function on it (Phaser's start-up task: about 60% less main-thread time
        // in Chromium; other browsers ignore the comment).
        postBanner: (chunk) =>
          chunk.name === 'phaser' || chunk.name === 'inkjs' ? '//# allFunctionsCalledOnLoad' : '',
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
    // Vitest's default leaves a core idle in a run (cores − 1 workers: one on this 2-core machine), though
    // its own process hardly works while the tests do; the story and unit tests are CPU-bound, so use them all.
    maxWorkers: availableParallelism(),
    // The longest files first (test/sequencer.ts), so that no worker ends the run alone.
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // The files share a worker's modules (the story, inkjs, warm from the last file) instead of each
          // loading them afresh: 81-86 s → 57-61 s for this project alone. So a test must leave no state
          // behind in a module: each builds its own store, runner and storage (and vi.mock would leak).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'story',
          include: ['test/story/**/*.test.ts'],
          environment: 'node',
          // As the unit tests (155 → 142 s for this project alone).
          isolate: false,
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
          // Two files at a time (one per core): each file has its own browser, profile and ports, and every
          // test waits for states, not for times, so a loaded machine makes them slower, never wrong.
        },
      },
    ],
  },
});
