/**
 * The What-if engine: play many histories of the same compiled story with some decisions pinned and the
 * rest made at random or as history did, and count the endings. Runs in Node (the CLI, the tests) and in
 * a Web Worker (the Lab): no Phaser, no DOM.
 */
import type { Beat } from '../narrative/InkRunner.ts';
import { playthrough, type Policy, randomPolicy } from './playthrough.ts';

export type Protagonist = 'Trotsky' | 'Stalin';

export interface Scenario {
  protagonist: Protagonist;
  /** Decision id → choice number as the player sees it (counting from 1). */
  pins: Record<string, number>;
  /** How the unpinned decisions are made. */
  others: 'random' | 'history';
  runs: number;
  seed: number;
}

export interface Distribution {
  scenario: Scenario;
  /** Ending id → number of runs that reached it. */
  endings: Record<string, number>;
  /** Pinned decisions that were reached with fewer choices than the pin asked for (the pin was ignored). */
  unavailablePins: Record<string, number>;
  /** Pinned decisions never reached in any run (e.g. the other protagonist's, or cut off by an earlier branch). */
  unreachedPins: string[];
}

function decisionOf(beat: Beat): string | undefined {
  return beat.lines.find((line) => line.decision !== undefined)?.decision;
}

function scenarioPolicy(
  scenario: Scenario,
  reached: Set<string>,
  unavailable: Record<string, number>,
): Policy {
  return (beat, random) => {
    const named = beat.choices.findIndex((c) => c.protagonist === scenario.protagonist);
    if (named >= 0) return named;
    const decision = decisionOf(beat);
    if (decision !== undefined) {
      reached.add(decision);
      const pin = scenario.pins[decision];
      if (pin !== undefined) {
        if (pin >= 1 && pin <= beat.choices.length) return pin - 1;
        unavailable[decision] = (unavailable[decision] ?? 0) + 1;
      }
      if (scenario.others === 'history') {
        const historical = beat.choices.findIndex((c) => c.historical);
        if (historical >= 0) return historical;
      }
    }
    return randomPolicy(beat, random);
  };
}

/** Simulates `scenario.runs` histories; run i uses seed `scenario.seed + i`, so results are reproducible. */
export function simulate(
  storyJson: string,
  scenario: Scenario,
  onProgress?: (done: number, total: number) => void,
): Distribution {
  const endings: Record<string, number> = {};
  const unavailablePins: Record<string, number> = {};
  const reached = new Set<string>();
  const policy = scenarioPolicy(scenario, reached, unavailablePins);
  for (let i = 0; i < scenario.runs; i++) {
    const run = playthrough(storyJson, { seed: scenario.seed + i, policy });
    const ending = run.ending ?? 'no_ending';
    endings[ending] = (endings[ending] ?? 0) + 1;
    if (onProgress && (i + 1) % 50 === 0) onProgress(i + 1, scenario.runs);
  }
  const unreachedPins = Object.keys(scenario.pins).filter((id) => !reached.has(id));
  return { scenario, endings, unavailablePins, unreachedPins };
}

/** Part of a scenario's histories, as a Lab worker plays them: mergeable with other parts. */
export interface RangeResult {
  /** Run indices played, [from, to): run i uses seed `scenario.seed + i`, as in simulate(). */
  from: number;
  to: number;
  endings: Record<string, number>;
  /** Ending id → its title line as the story showed it → runs (some titles depend on the run). */
  titles: Record<string, Record<string, number>>;
  unavailablePins: Record<string, number>;
  /** Pinned decisions reached in at least one of these runs. */
  reachedPins: string[];
}

/**
 * Plays runs [from, to) of the scenario, calling onRun after each, so that a Web Worker can report
 * progress and the Lab can split a scenario between workers; the merged parts equal simulate().
 */
export function simulateRange(
  storyJson: string,
  scenario: Scenario,
  from: number,
  to: number,
  onRun?: (done: number) => void,
): RangeResult {
  const result: RangeResult = { from, to, endings: {}, titles: {}, unavailablePins: {}, reachedPins: [] };
  const reached = new Set<string>();
  const policy = scenarioPolicy(scenario, reached, result.unavailablePins);
  const shown = { title: '' };
  const onBeat = (beat: Beat): void => {
    for (const line of beat.lines) if (line.ending !== undefined) shown.title = line.text;
  };
  for (let i = from; i < to; i++) {
    shown.title = '';
    const run = playthrough(storyJson, { seed: scenario.seed + i, policy, onBeat });
    const ending = run.ending ?? 'no_ending';
    result.endings[ending] = (result.endings[ending] ?? 0) + 1;
    const titles = (result.titles[ending] ??= {});
    titles[shown.title] = (titles[shown.title] ?? 0) + 1;
    onRun?.(i + 1 - from);
  }
  result.reachedPins = Object.keys(scenario.pins).filter((id) => reached.has(id));
  return result;
}
