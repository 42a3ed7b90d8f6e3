// The builds every bench compares, each built by its Vite config and served by vite preview: the game, an
// empty Phaser 4 game (bench/baseline) as the baseline measured in the same run, and the game as it was
// before its art became files in assets/ (issue 14), for the bytes of art the first table frame waits for.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { build, preview } from 'vite';

export const root = path.resolve(import.meta.dirname, '..');

/** The last main before the portraits moved from TypeScript to SVG files (BENCH_ART_BASELINE to change it). */
export const ART_BASELINE = process.env.BENCH_ART_BASELINE ?? '85bd9a1';

/**
 * That commit's sources, from git (not a worktree: the repository is left as it is), with this checkout's
 * node_modules (its package-lock.json is the same).
 */
export function artBaselineRoot() {
  const dir = path.join(tmpdir(), `empty-chair-art-baseline-${ART_BASELINE}`);
  if (!existsSync(path.join(dir, 'package.json'))) {
    mkdirSync(dir, { recursive: true });
    execSync(`git archive ${ART_BASELINE} | tar -x -C ${JSON.stringify(dir)}`, { cwd: root });
  }
  if (!existsSync(path.join(dir, 'node_modules')))
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

export const targets = [
  // The game loads Phaser when a run starts: the bench presses New game once the title screen is usable.
  { name: 'The Empty Chair', kind: 'game', root, outDir: path.join(root, 'dist'), start: 'New game' },
  {
    name: 'Empty Phaser 4 game (baseline)',
    kind: 'baseline',
    root: path.join(root, 'bench/baseline'),
    outDir: path.join(root, 'dist-baseline'),
  },
  {
    name: `The game before its art files (${ART_BASELINE})`,
    kind: 'game',
    // Made when the bench runs it (artBaselineRoot), built with its own Vite config.
    root: null,
    ownConfig: true,
    outDir: path.join(root, 'dist-art-baseline'),
    start: 'New game',
  },
];

/** Builds a target and serves it on a free loopback port; returns the server (close it) and its URL. */
export async function buildAndServe(target) {
  const targetRoot = target.root ?? artBaselineRoot();
  const configFile = path.join(target.ownConfig ? targetRoot : root, 'vite.config.ts');
  await build({
    root: targetRoot,
    configFile,
    logLevel: 'warn',
    build: { outDir: target.outDir, emptyOutDir: true },
  });
  const server = await preview({
    root: targetRoot,
    configFile,
    logLevel: 'warn',
    build: { outDir: target.outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  return { server, url: server.resolvedUrls.local[0] };
}
