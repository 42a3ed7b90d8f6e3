/**
 * The What-if engine: play many histories of the same compiled story with some decisions pinned and the
 * rest made at random or as history did, and count the endings. Runs in Node (the CLI, the tests) and in
 * a Web Worker (the Lab): no Phaser, no DOM.
 */
import type { Protagonist } from '../model/catalogue.ts';
import type { RunLength } from '../model/record.ts';
import { type Beat, InkRunner, isSkipLookaheadError } from '../narrative/InkRunner.ts';
import { toDistribution } from './labResult.ts';
import { type Policy, playthrough, randomPolicy } from './playthrough.ts';

export type { Protagonist };

export interface Scenario {
  protagonist: Protagonist;
  /** Decision id → choice number as the player sees it (counting from 1). */
  pins: Record<string, number>;
  /** How the unpinned decisions are made. */
  others: 'random' | 'history';
  runs: number;
  seed: number;
  /** The lesson-length run or the full one (the default): a short run plays its minor decisions as history did. */
  length?: RunLength;
}

export interface Distribution {
  scenario: Scenario;
  /** Ending id → number of runs that reached it. */
  endings: Record<string, number>;
  /** Pinned decisions that were reached with fewer choices than the pin asked for (the pin was ignored). */
  unavailablePins: Record<string, number>;
  /** Pinned decisions never reached in any run (e.g. the other protagonist's, or cut off by an earlier branch). */
  unreachedPins: string[];
  /** Set when the fast simulation mode met a line it cannot end early and the runs fell back to the standard mode. */
  fallback?: string;
}

function decisionOf(beat: Beat): string | undefined {
  return beat.lines.find((line) => line.decision !== undefined)?.decision;
}

/** What one history noted about the pins, kept apart until the history is finished (it may be replayed). */
interface PinNotes {
  reached: string[];
  unavailable: string[];
}

function scenarioPolicy(scenario: Scenario, notes: PinNotes): Policy {
  return (beat, random) => {
    const named = beat.choices.findIndex((c) => c.protagonist === scenario.protagonist);
    if (named >= 0) return named;
    const decision = decisionOf(beat);
    if (decision !== undefined) {
      notes.reached.push(decision);
      const pin = scenario.pins[decision];
      if (pin !== undefined) {
        if (pin >= 1 && pin <= beat.choices.length) return pin - 1;
        notes.unavailable.push(decision);
      }
      if (scenario.others === 'history') {
        const historical = beat.choices.findIndex((c) => c.historical);
        if (historical >= 0) return historical;
      }
    }
    return randomPolicy(beat, random);
  };
}

/** Plays history `seed` to its end on `runner`; returns the ending id and the title line shown with it. */
function playHistory(
  storyJson: string,
  runner: InkRunner,
  seed: number,
  policy: Policy,
  length: RunLength,
): { ending: string | null; title: string } {
  const { record } = playthrough(storyJson, { seed, policy, runner, length });
  return { ending: record.ending, title: record.endingTitle ?? '' };
}

// Parsing a story takes milliseconds and a history a few: keep the runners of each story (one per mode),
// and remember a story the fast mode could not play, so that later calls go straight to the standard one.
interface StoryRunners {
  fast?: InkRunner;
  standard?: InkRunner;
  /** Why the fast mode failed on this story, once it has. */
  fastFailed?: string;
}
const stories = new Map<string, StoryRunners>();

function runnersOf(storyJson: string): StoryRunners {
  let runners = stories.get(storyJson);
  if (!runners) {
    runners = {};
    stories.set(storyJson, runners);
  }
  return runners;
}

function runnerFor(runners: StoryRunners, storyJson: string, fast: boolean): InkRunner {
  // The Lab reads endings, never the meters' SHIFT tags: both runners simulate.
  if (fast)
    return (runners.fast ??= new InkRunner(storyJson, undefined, { skipLookahead: true, simulating: true }));
  return (runners.standard ??= new InkRunner(storyJson, undefined, { simulating: true }));
}

/** Parses the story for the fast mode now (a worker does it before its first chunk is asked for). */
export function parseStory(storyJson: string): void {
  runnerFor(runnersOf(storyJson), storyJson, true);
}

/** Histories per protagonist that warmUp() plays and throws away: the engine's first ones run cold. */
const WARM_UP_RUNS = 40;

/** Histories warmUp() plays between two of its pauses. */
const WARM_UP_STEP = 4;

/**
 * Gets the engine ready for a first run while nothing waits for it (a Lab worker does this while the
 * player sets up a scenario): parses the story for the fast mode, then plays histories of each
 * protagonist and discards them, so that the JavaScript engine has compiled the story's hot paths. A
 * fresh engine's first hundred histories take about three times as long as the rest (half a second
 * and more on this project's 2-core machine); a Run pressed later no longer pays for them. A
 * generator: it pauses every few histories, so that its caller can give way to a run asked for meanwhile
 * (which warms the engine as well) and stop warming.
 */
export function* warmUp(storyJson: string): Generator<void, void, void> {
  parseStory(storyJson);
  for (const protagonist of ['Trotsky', 'Stalin'] as const) {
    const scenario: Scenario = { protagonist, pins: {}, others: 'random', runs: WARM_UP_RUNS, seed: 1 };
    for (let from = 0; from < WARM_UP_RUNS; from += WARM_UP_STEP) {
      yield;
      simulateRange(storyJson, scenario, from, Math.min(WARM_UP_RUNS, from + WARM_UP_STEP));
    }
  }
}

/** Part of a scenario's histories, as a Lab worker plays them: mergeable with other parts. */
export interface RangeResult {
  /** Run indices played, [from, to): run i uses seed `scenario.seed + i`. */
  from: number;
  to: number;
  endings: Record<string, number>;
  /** Ending id → its title line as the story showed it → runs (some titles depend on the run). */
  titles: Record<string, Record<string, number>>;
  unavailablePins: Record<string, number>;
  /** Pinned decisions reached in at least one of these runs. */
  reachedPins: string[];
  /** Why these runs left the fast simulation mode, if they did. */
  fallback?: string;
}

export interface SimulateOptions {
  /** Called after each history with the number done in this range. */
  onRun?: (done: number) => void;
  /**
   * Play in inkjs's skipLookahead mode (default): a line ends at its newline. If the story ever prints
   * glue or text across a line's end, that history is played again in the standard mode, and so are
   * the rest; `fallback` says why. The tests set `fast: 'strict'` to make that an error instead.
   */
  fast?: boolean | 'strict';
}

/**
 * Plays runs [from, to) of the scenario, so that a Web Worker can report progress and the Lab can split
 * a scenario between workers; the merged parts equal the whole.
 */
export function simulateRange(
  storyJson: string,
  scenario: Scenario,
  from: number,
  to: number,
  { onRun, fast = true }: SimulateOptions = {},
): RangeResult {
  const result: RangeResult = { from, to, endings: {}, titles: {}, unavailablePins: {}, reachedPins: [] };
  const reached = new Set<string>();
  const notes: PinNotes = { reached: [], unavailable: [] };
  const policy = scenarioPolicy(scenario, notes);
  const runners = runnersOf(storyJson);
  if (fast === true && runners.fastFailed !== undefined) result.fallback = runners.fastFailed;
  let runner = runnerFor(runners, storyJson, fast !== false && result.fallback === undefined);
  for (let i = from; i < to; i++) {
    notes.reached.length = 0;
    notes.unavailable.length = 0;
    let played: { ending: string | null; title: string };
    try {
      played = playHistory(storyJson, runner, scenario.seed + i, policy, scenario.length ?? 'full');
    } catch (error) {
      if (fast === 'strict' || !isSkipLookaheadError(error) || result.fallback !== undefined) throw error;
      // The fast runner stopped mid-line: drop it, and play this history and the rest in the standard mode.
      delete runners.fast;
      result.fallback = runners.fastFailed = error instanceof Error ? error.message : String(error);
      runner = runnerFor(runners, storyJson, false);
      notes.reached.length = 0;
      notes.unavailable.length = 0;
      played = playHistory(storyJson, runner, scenario.seed + i, policy, scenario.length ?? 'full');
    }
    const ending = played.ending ?? 'no_ending';
    result.endings[ending] = (result.endings[ending] ?? 0) + 1;
    const titles = (result.titles[ending] ??= {});
    titles[played.title] = (titles[played.title] ?? 0) + 1;
    for (const id of notes.reached) reached.add(id);
    for (const id of notes.unavailable) result.unavailablePins[id] = (result.unavailablePins[id] ?? 0) + 1;
    onRun?.(i + 1 - from);
  }
  result.reachedPins = Object.keys(scenario.pins).filter((id) => reached.has(id));
  return result;
}

/** Simulates `scenario.runs` histories; run i uses seed `scenario.seed + i`, so results are reproducible. */
export function simulate(
  storyJson: string,
  scenario: Scenario,
  onProgress?: (done: number, total: number) => void,
  options: Pick<SimulateOptions, 'fast'> = {},
): Distribution {
  const range = simulateRange(storyJson, scenario, 0, scenario.runs, {
    ...options,
    onRun: (done) => {
      if (done % 50 === 0) onProgress?.(done, scenario.runs);
    },
  });
  return toDistribution({
    scenario,
    endings: range.endings,
    unavailablePins: range.unavailablePins,
    unreachedPins: Object.keys(scenario.pins).filter((id) => !range.reachedPins.includes(id)),
    fallback: range.fallback,
  });
}
