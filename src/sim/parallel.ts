/**
 * How a What-if scenario is shared between workers (Node worker threads for `npm run whatif`, Web Workers
 * in the Lab): its runs are cut into chunks of consecutive run indices, which workers take in turn, so
 * two workers finish together however long each history is, and results come back while the rest run.
 * Run i always uses seed `scenario.seed + i`: how the runs are cut changes the speed, never the answer.
 */
import type { RangeResult, Scenario } from './whatIf.ts';

/** Histories per chunk: a few hundred milliseconds of work, so progress and partial results come often. */
export const CHUNK_RUNS = 50;

/** The smallest chunk: the last ones shrink to this, so that the workers finish together. */
const LAST_CHUNK_RUNS = 10;

export interface Chunk {
  /** Which scenario (of the ones run together) the chunk belongs to. */
  scenario: number;
  from: number;
  to: number;
}

/**
 * A scenario's runs cut into consecutive ranges: `size` while plenty remain, then a quarter of what
 * remains (two workers, two chunks each) down to LAST_CHUNK_RUNS. With equal chunks, one worker was
 * often left playing a whole last chunk while the other had nothing left (50 histories: a tenth of a
 * second of a two-second run); with these it waits for ten at most.
 */
export function chunkRanges(runs: number, size = CHUNK_RUNS): [number, number][] {
  const ranges: [number, number][] = [];
  for (let from = 0; from < runs;) {
    const left = runs - from;
    const n = Math.min(left, size, Math.max(LAST_CHUNK_RUNS, Math.ceil(left / 4)));
    ranges.push([from, from + n]);
    from += n;
  }
  return ranges;
}

/** The chunks of some scenarios, in the order they should be played (each scenario's in run order). */
export function chunksOf(scenarios: readonly Scenario[], size = CHUNK_RUNS): Chunk[] {
  return scenarios.flatMap((scenario, index) =>
    chunkRanges(scenario.runs, size).map(([from, to]) => ({ scenario: index, from, to })),
  );
}

export type { RangeResult };
