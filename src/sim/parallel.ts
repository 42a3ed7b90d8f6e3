/**
 * How a What-if scenario is shared between workers (Node worker threads for `npm run whatif`, Web Workers
 * in the Lab): its runs are cut into chunks of consecutive run indices, which workers take in turn, so
 * two workers finish together however long each history is, and results come back while the rest run.
 * Run i always uses seed `scenario.seed + i`: how the runs are cut changes the speed, never the answer.
 */
import { splitRuns } from './labResult.ts';
import type { RangeResult, Scenario } from './whatIf.ts';

/** Histories per chunk: a few hundred milliseconds of work, so progress and partial results come often. */
export const CHUNK_RUNS = 50;

export interface Chunk {
  /** Which scenario (of the ones run together) the chunk belongs to. */
  scenario: number;
  from: number;
  to: number;
}

/** The chunks of some scenarios, in the order they should be played (each scenario's in run order). */
export function chunksOf(scenarios: readonly Scenario[], size = CHUNK_RUNS): Chunk[] {
  return scenarios.flatMap((scenario, index) =>
    splitRuns(scenario.runs, Math.ceil(scenario.runs / size)).map(([from, to]) => ({
      scenario: index,
      from,
      to,
    })),
  );
}

export type { RangeResult };
/** The What-if result as the command line reports it. */
export { toDistribution } from './whatIf.ts';
