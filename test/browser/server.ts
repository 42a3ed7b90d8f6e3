/**
 * Vitest global setup for the browser tests: serves the built game (dist/, made by `vite build` in the
 * test command) with `vite preview` on a free loopback port, and hands the URL to the tests.
 */
import { existsSync } from 'node:fs';

import type { TestProject } from 'vitest/node';
import { type Plugin, preview } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * `vite preview` gzips every response as it sends it; on the loopback, for hundreds of fresh sessions
 * each loading the whole build, that was CPU spent on both ends for nothing. Its plugins' middlewares run
 * before the compression, so this one asks for the files as they are.
 */
const noCompression: Plugin = {
  name: 'the-empty-chair:tests-uncompressed',
  configurePreviewServer(server) {
    server.middlewares.use((request, _response, next) => {
      delete request.headers['accept-encoding'];
      next();
    });
  },
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'dist/ is missing: the browser tests run against the built game. Run `vite build` first.',
    );
  }
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
    plugins: [noCompression],
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
