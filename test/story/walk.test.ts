/**
 * Walks the real compiled story (imported through the same Vite plugin the game uses) with seeded
 * random runs: no runtime error, no dead end, meters in range, every knot and ending reached, and a
 * save/load round trip at every choice.
 */
import storyJson from '../../story/main.ink';
import { describe, expect, it } from 'vitest';

import { METER_IDS } from '../../src/core/meters.ts';
import type { Beat } from '../../src/narrative/InkRunner.ts';
import { hasTag, tagValue } from '../../src/narrative/tags.ts';
import { historicalPolicy, playthrough } from '../../src/sim/playthrough.ts';
import { declaredEndings, declaredPaths } from './storySource.ts';

const RUNS = 1000;

function checkBeat(beat: Beat, seed: number, meters: Record<string, unknown>): void {
  for (const id of METER_IDS) {
    const value = meters[id];
    if (typeof value !== 'number' || value < 0 || value > 100) {
      throw new Error(`seed ${String(seed)}: meter ${id} is ${String(value)}`);
    }
  }
  const historical = beat.choices.filter((c) => hasTag(c.tags, 'HISTORICAL')).length;
  if (historical > 1)
    throw new Error(`seed ${String(seed)}: ${String(historical)} choices tagged HISTORICAL`);
  const decision = beat.lines.some((l) => hasTag(l.tags, 'DECISION'));
  if (decision && (beat.choices.length < 2 || beat.choices.length > 4)) {
    throw new Error(`seed ${String(seed)}: a decision point offers ${String(beat.choices.length)} choices`);
  }
  for (const line of beat.lines) {
    const shift = tagValue(line.tags, 'SHIFT');
    if (shift !== undefined && !/^\w+ -?\d+ \w+ F0(7[3-9]|8\d|9[0-8])$/.test(shift)) {
      throw new Error(`seed ${String(seed)}: meter shift without a valid cause: ${shift}`);
    }
  }
}

describe(`the story, ${String(RUNS)} seeded random runs with a save/load round trip at every choice`, () => {
  const endings = new Map<string, number>();
  const visited = new Set<string>();
  const paths = declaredPaths();

  it('plays every run to an ENDING with no error, no dead end and meters in 0–100', () => {
    for (let seed = 1; seed <= RUNS; seed++) {
      const run = playthrough(storyJson, {
        seed,
        roundTrip: true,
        onBeat: (beat, runner) => {
          checkBeat(beat, seed, runner.snapshot());
        },
      });
      if (run.ending === null) throw new Error(`seed ${String(seed)}: the story ended without an ENDING tag`);
      endings.set(run.ending, (endings.get(run.ending) ?? 0) + 1);
      for (const p of paths) if (run.runner.visits(p) > 0) visited.add(p);
    }
    expect(endings.size).toBeGreaterThan(0);
  });

  it('reaches every knot and stitch', () => {
    expect(paths.length).toBeGreaterThan(3);
    expect(paths.filter((p) => !visited.has(p))).toEqual([]);
  });

  it('reaches every ending', () => {
    expect([...endings.keys()].sort()).toEqual(declaredEndings());
  });
});

describe('the historical path', () => {
  for (const protagonist of ['Trotsky', 'Stalin']) {
    it(`as ${protagonist}, taking every HISTORICAL choice, meets several decision points and reaches an ending`, () => {
      const run = playthrough(storyJson, { seed: 1924, policy: historicalPolicy(protagonist) });
      expect(run.decisions.length).toBeGreaterThanOrEqual(3);
      expect(new Set(run.decisions).size).toBe(run.decisions.length);
      expect(run.ending).not.toBeNull();
    });
  }
});
