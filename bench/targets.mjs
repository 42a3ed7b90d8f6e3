// The two builds every bench compares, built by the same Vite config and served by vite preview: the game,
// and an empty Phaser 4 game (bench/baseline) as the baseline measured in the same run.
import path from 'node:path';

import { build, preview } from 'vite';

export const root = path.resolve(import.meta.dirname, '..');

export const targets = [
  // The game loads Phaser when a run starts: the bench presses New game once the title screen is usable.
  { name: 'The Empty Chair', kind: 'game', root, outDir: path.join(root, 'dist'), start: 'New game' },
  {
    name: 'Empty Phaser 4 game (baseline)',
    kind: 'baseline',
    root: path.join(root, 'bench/baseline'),
    outDir: path.join(root, 'dist-baseline'),
  },
];

/** Builds a target and serves it on a free loopback port; returns the server (close it) and its URL. */
export async function buildAndServe(target) {
  const configFile = path.join(root, 'vite.config.ts');
  await build({
    root: target.root,
    configFile,
    logLevel: 'warn',
    build: { outDir: target.outDir, emptyOutDir: true },
  });
  const server = await preview({
    root: target.root,
    configFile,
    logLevel: 'warn',
    build: { outDir: target.outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  return { server, url: server.resolvedUrls.local[0] };
}
