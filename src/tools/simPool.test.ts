/**
 * The What-if command's workers (simPool.ts: worker threads, simWorker.ts; processes started from a
 * snapshot of the engine with the story parsed, simSnapshot.ts) and the command itself: two workers of
 * either kind give the answer one thread gives, a story the workers cannot parse is refused when it is
 * loaded (not mid-run), a changed story gets a snapshot of its own and a damaged one is built again, and
 * the command ends quietly when its reader stops early.
 */
import storyJson from '../../story/main.ink';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { type Distribution, type Scenario, simulate } from '../sim/whatIf.ts';
import { compileInk } from './inkCompile.ts';
import { root } from './nodeBundle.mjs';
import { SimPool, storySnapshot } from './simPool.ts';

/** A story of two roads, one taken at random, for a snapshot of another story than the game's. */
function twoRoads(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'sim-pool-')), 'roads.ink');
  writeFileSync(
    file,
    [
      'VAR simulating = false',
      'Who are you?',
      '* [Trotsky] # PROTAGONIST: Trotsky',
      '* [Stalin] # PROTAGONIST: Stalin',
      '- A fork in the road.',
      '* [Left] -> left',
      '* [Right] -> right',
      '=== left ===',
      'Left it was. # ENDING: left',
      '-> END',
      '=== right ===',
      'Right it was. # ENDING: right',
      '-> END',
    ].join('\n'),
  );
  const { json, messages } = compileInk(file);
  if (json === undefined) throw new Error(messages.map((m) => m.text).join('\n'));
  return json;
}

/** The scenario's answer from the pool, which is closed after it however the run ends. */
async function runAndClose(pool: SimPool, scenario: Scenario): Promise<Distribution> {
  try {
    return await pool.run(scenario);
  } finally {
    await pool.close();
  }
}

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

  it("started from the story's snapshot, gives the answer one thread gives; another story gets a snapshot of its own", async () => {
    const scenario = {
      protagonist: 'Stalin' as const,
      pins: {},
      others: 'random' as const,
      runs: 120,
      seed: 9,
    };
    const pool = await SimPool.fromSnapshot(storyJson, { threads: 2 });
    expect(await runAndClose(pool, scenario)).toEqual(simulate(storyJson, scenario));
    // The game's snapshot is built once, and used again as long as the story and the engine are the same.
    const game = await storySnapshot(storyJson);
    expect(await storySnapshot(storyJson)).toBe(game);
    // A damaged snapshot (cut short on disk) is built afresh, and the answer is the same.
    const whole = statSync(game).size;
    truncateSync(game, 100_000);
    const mended = await SimPool.fromSnapshot(storyJson, { threads: 1 });
    expect(await runAndClose(mended, scenario)).toEqual(simulate(storyJson, scenario));
    // (Not byte for byte the same: what the warm-up leaves in the heap varies a little.)
    expect(statSync(game).size).toBeGreaterThan(whole * 0.9);
    // A changed story never plays from the old one's snapshot: it gets its own, and the old one is removed.
    const roads = twoRoads();
    const trotsky = { ...scenario, protagonist: 'Trotsky' as const };
    const answer = await runAndClose(await SimPool.fromSnapshot(roads, { threads: 1 }), trotsky);
    expect(answer).toEqual(simulate(roads, trotsky));
    expect(Object.keys(answer.endings).sort()).toEqual(['left', 'right']);
    expect(await storySnapshot(roads)).not.toBe(game);
    expect(existsSync(game)).toBe(false);
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
