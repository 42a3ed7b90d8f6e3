import storyJson from '../../story/main.ink';
import { describe, expect, it } from 'vitest';

import { mergeRanges, titlesSeen } from './labResult.ts';
import { chunkRanges } from './parallel.ts';
import { type Scenario, simulate, simulateRange } from './whatIf.ts';

describe('cutting runs into chunks for the workers', () => {
  it.each([
    [1000, 50],
    [200, 50],
    [7, 3],
    [1, 50],
    [24, 8],
  ])('covers %i runs exactly once in chunks of at most %i, the last ones small', (runs, size) => {
    const ranges = chunkRanges(runs, size);
    expect(ranges[0]?.[0]).toBe(0);
    expect(ranges.at(-1)?.[1]).toBe(runs);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]?.[0]).toBe(ranges[i - 1]?.[1]);
    for (const [from, to] of ranges) {
      expect(to).toBeGreaterThan(from);
      expect(to - from).toBeLessThanOrEqual(size);
    }
    // The workers finish together: the last chunk is at most ten histories.
    const last = ranges.at(-1) ?? [0, 0];
    expect(last[1] - last[0]).toBeLessThanOrEqual(10);
  });

  it('keeps full chunks while plenty remain', () => {
    expect(chunkRanges(1000, 50).slice(0, 16)).toEqual(
      Array.from({ length: 16 }, (_, i) => [i * 50, i * 50 + 50]),
    );
  });
});

describe('merging the parts of a scenario', () => {
  const scenario: Scenario = {
    protagonist: 'Stalin',
    pins: { s5_testament: 2, t3_funeral: 1 },
    others: 'random',
    runs: 24,
    seed: 11,
  };

  it('gives what simulate() gives, however the runs are split', () => {
    const whole = simulate(storyJson, scenario);
    const parts = chunkRanges(scenario.runs, 8).map(([from, to]) =>
      simulateRange(storyJson, scenario, from, to),
    );
    const merged = mergeRanges(scenario, parts.reverse());
    expect(merged.endings).toEqual(whole.endings);
    expect(merged.unreachedPins).toEqual(whole.unreachedPins);
    expect(merged.unavailablePins).toEqual(whole.unavailablePins);
    expect(merged.unreachedPins).toEqual(['t3_funeral']);
  });

  it('keeps the title each ending was shown with', () => {
    const part = simulateRange(storyJson, { ...scenario, runs: 6 }, 0, 6);
    const merged = mergeRanges({ ...scenario, runs: 6 }, [part]);
    for (const [id, n] of Object.entries(merged.endings)) {
      const titles = merged.titles[id] ?? {};
      expect(Object.values(titles).reduce((a, b) => a + b, 0)).toBe(n);
      expect(titlesSeen(merged, id).length).toBeGreaterThan(0);
    }
  });

  it('reports progress after every run', () => {
    const done: number[] = [];
    simulateRange(storyJson, scenario, 3, 7, { onRun: (n) => done.push(n) });
    expect(done).toEqual([1, 2, 3, 4]);
  });

  it('refuses parts that leave runs out', () => {
    const part = simulateRange(storyJson, { ...scenario, runs: 4 }, 0, 2);
    expect(() => mergeRanges({ ...scenario, runs: 4 }, [part])).toThrow('missing');
  });
});
