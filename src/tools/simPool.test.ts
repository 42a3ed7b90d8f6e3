/**
 * The What-if command's worker threads (simPool.ts, simWorker.ts) and the command itself: two workers give
 * the answer one thread gives, a story the workers cannot parse is refused when it is loaded (not mid-run),
 * and the command ends quietly when its reader stops early.
 */
import storyJson from '../../story/main.ink';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

import { simulate } from '../sim/whatIf.ts';
import { root } from './nodeBundle.mjs';
import { SimPool } from './simPool.ts';

describe('the What-if worker pool', () => {
  it('gives the answer one thread gives, and stays alive between scenarios', async () => {
    const trotsky = {
      protagonist: 'Trotsky' as const,
      pins: {},
      others: 'random' as const,
      runs: 120,
      seed: 5,
    };
    const stalin = { ...trotsky, protagonist: 'Stalin' as const, others: 'history' as const };
    const pool = await SimPool.start(storyJson, { threads: 2 });
    try {
      expect(await pool.run(trotsky)).toEqual(simulate(storyJson, trotsky));
      expect(await pool.run(stalin)).toEqual(simulate(storyJson, stalin));
    } finally {
      await pool.close();
    }
  });

  it('refuses a story it cannot parse when the story is loaded', async () => {
    const pool = await SimPool.spawn({ threads: 1 });
    try {
      await expect(pool.load('{"not": "a story"}')).rejects.toThrow();
    } finally {
      await pool.close();
    }
  });
});

describe('npm run whatif', () => {
  it('ends quietly, with nothing on stderr, when its reader stops early (npm run whatif | head)', async () => {
    const child = spawn(process.execPath, ['src/tools/whatif.mjs', '--as', 'stalin', '--runs', '20'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader goes away before the command has written anything.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
