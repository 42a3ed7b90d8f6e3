/**
 * The statistics of the What-if Lab: how sure a share of simulated histories is (Wilson's score
 * interval) and how sure a difference between two scenarios is (Newcombe's hybrid score interval,
 * built from the two Wilson intervals). Both behave well for small counts and for shares near 0 or 1,
 * where the textbook p ± 1.96·√(p(1−p)/n) fails.
 */

/** The two-sided 95% normal quantile. */
export const Z95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** Wilson's score interval for k successes in n trials (Wilson 1927; Newcombe 1998, method 3). */
export function wilson(k: number, n: number, z = Z95): Interval {
  if (!(n > 0) || k < 0 || k > n) throw new RangeError(`no interval for ${String(k)} of ${String(n)}`);
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At k = 0 or k = n the bound is exactly 0 or 1; rounding must not push it past.
  return { low: k === 0 ? 0 : Math.max(0, centre - half), high: k === n ? 1 : Math.min(1, centre + half) };
}

export interface Difference extends Interval {
  /** p1 − p2. */
  difference: number;
}

/**
 * Newcombe's hybrid score interval for p1 − p2 (Newcombe 1998, method 10), for independent samples.
 * The Lab's two scenarios share seeds, which usually makes their results move together: the interval
 * is then, if anything, cautious.
 */
export function differenceInterval(k1: number, n1: number, k2: number, n2: number, z = Z95): Difference {
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const a = wilson(k1, n1, z);
  const b = wilson(k2, n2, z);
  const difference = p1 - p2;
  const below = Math.sqrt((p1 - a.low) ** 2 + (b.high - p2) ** 2);
  const above = Math.sqrt((a.high - p1) ** 2 + (p2 - b.low) ** 2);
  return { difference, low: difference - below, high: difference + above };
}

/** Whether an interval for a difference includes no difference at all. */
export function withinNoise(interval: Interval): boolean {
  return interval.low <= 0 && interval.high >= 0;
}
