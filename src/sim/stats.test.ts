import { describe, expect, it } from 'vitest';

import { differenceInterval, wilson, withinNoise } from './stats.ts';

const rounded = (i: { low: number; high: number }): [number, number] => [
  Number(i.low.toFixed(4)),
  Number(i.high.toFixed(4)),
];

// Published values: R. G. Newcombe, "Two-sided confidence intervals for the single proportion"
// (Statistics in Medicine 17, 1998, Table I, method 3) and "Interval estimation for the difference
// between independent proportions" (ibid., Table II, method 10).
describe('Wilson score interval', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i is %f to %f', (k, n, low, high) => {
    expect(rounded(wilson(k, n))).toEqual([low, high]);
  });

  it('stays within 0 and 1 and contains the share', () => {
    for (const [k, n] of [
      [0, 1],
      [1, 1],
      [200, 200],
      [3, 1000],
    ] as const) {
      const i = wilson(k, n);
      expect(i.low).toBeGreaterThanOrEqual(0);
      expect(i.high).toBeLessThanOrEqual(1);
      expect(i.low).toBeLessThanOrEqual(k / n);
      expect(i.high).toBeGreaterThanOrEqual(k / n);
    }
  });

  it('narrows as the histories grow', () => {
    const width = (n: number): number => {
      const i = wilson(n / 4, n);
      return i.high - i.low;
    };
    expect(width(4000)).toBeLessThan(width(400));
    expect(width(400)).toBeLessThan(width(40));
  });

  it('refuses counts that make no sense', () => {
    expect(() => wilson(3, 0)).toThrow(RangeError);
    expect(() => wilson(5, 4)).toThrow(RangeError);
  });
});

describe('difference of two proportions (Newcombe hybrid score)', () => {
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
  ])('%i/%i − %i/%i is %f to %f', (k1, n1, k2, n2, low, high) => {
    const d = differenceInterval(k1, n1, k2, n2);
    expect(d.difference).toBeCloseTo(k1 / n1 - k2 / n2, 12);
    expect(rounded(d)).toEqual([low, high]);
  });

  it('says when a difference is within noise', () => {
    expect(withinNoise(differenceInterval(5, 56, 0, 29))).toBe(true);
    expect(withinNoise(differenceInterval(56, 70, 48, 80))).toBe(false);
    expect(withinNoise(differenceInterval(48, 80, 56, 70))).toBe(false);
    expect(withinNoise(differenceInterval(500, 1000, 520, 1000))).toBe(true);
  });
});
