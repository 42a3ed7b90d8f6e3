/**
 * A static host for browser tests that need a host unlike `vite preview`: it sends
 * `Cache-Control: public, max-age=3600` on every file, as many hosts do by default, and no
 * Content-Security-Policy header (a host nobody configured); the test can switch its deploy (`root`),
 * drop sw.js, or lose files.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface StaticHost {
  state: { root: string; worker: boolean; missing: RegExp | null; pages: number };
  server: Server;
  /** Listens on a free loopback port; resolves to the site's address. */
  start(): Promise<string>;
}

export function staticHost(root: string): StaticHost {
  const state = { root, worker: true, missing: null as RegExp | null, pages: 0 };
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://host').pathname;
    if (pathname === '/' && request.headers['sec-fetch-mode'] === 'navigate') state.pages++;
    const file = path.join(state.root, pathname === '/' ? 'index.html' : pathname);
    const gone = (pathname === '/sw.js' && !state.worker) || (state.missing?.test(pathname) ?? false);
    if (gone || !file.startsWith(state.root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response
      .writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'public, max-age=3600',
      })
      .end(readFileSync(file));
  });
  return {
    state,
    server,
    async start(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/`;
    },
  };
}
