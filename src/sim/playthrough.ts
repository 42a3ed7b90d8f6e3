/**
 * Plays the story headlessly, choosing by a policy: the engine of the story tests and, later, of the
 * What-if Lab. Runs in Node and in a Web Worker: no Phaser, no DOM.
 */
import { type Beat, InkRunner } from '../narrative/InkRunner.ts';
import { hasTag, tagValue } from '../narrative/tags.ts';
import { mulberry32 } from './random.ts';

/** Picks a choice position (0-based) for the beat; `random` is a seeded generator in [0, 1). */
export type Policy = (beat: Beat, random: () => number) => number;

export const randomPolicy: Policy = (beat, random) => Math.floor(random() * beat.choices.length);

/** Takes the choice tagged HISTORICAL; at the protagonist choice, the one named. */
export function historicalPolicy(protagonist: string): Policy {
  return (beat) => {
    const named = beat.choices.findIndex((c) => tagValue(c.tags, 'PROTAGONIST') === protagonist);
    if (named >= 0) return named;
    const historical = beat.choices.findIndex((c) => hasTag(c.tags, 'HISTORICAL'));
    return historical >= 0 ? historical : 0;
  };
}

export interface PlaythroughOptions {
  seed: number;
  policy?: Policy;
  /** Save and reload the ink state at every choice, checking that nothing is lost. */
  roundTrip?: boolean;
  maxChoices?: number;
  /** Called with every beat, e.g. to check invariants. */
  onBeat?: (beat: Beat, runner: InkRunner) => void;
  /**
   * Play on this runner (e.g. one in inkjs's fast simulation mode) instead of the story's shared one.
   * A round trip needs the shared pair, so the two do not go together.
   */
  runner?: InkRunner;
}

export interface Playthrough {
  seed: number;
  /** Choice indices as ink numbers them, in order (the save's choice log). */
  choices: number[];
  /** DECISION ids met, in order. */
  decisions: string[];
  ending: string | null;
  runner: InkRunner;
}

function beatText(beat: Beat): string {
  return JSON.stringify([beat.lines, beat.choices]);
}

// Parsing a story takes milliseconds; simulations play thousands of runs, so each story's two runners
// (one to play, one to check save/load against) are made once and reset between runs.
const runnerPairs = new Map<string, [InkRunner, InkRunner]>();

function runners(storyJson: string): [InkRunner, InkRunner] {
  let pair = runnerPairs.get(storyJson);
  if (!pair) {
    pair = [new InkRunner(storyJson), new InkRunner(storyJson)];
    runnerPairs.set(storyJson, pair);
  }
  return pair;
}

/**
 * Plays one run. The returned runner is shared and is reset by the next playthrough of the same story:
 * read what you need from it before starting another.
 */
export function playthrough(storyJson: string, options: PlaythroughOptions): Playthrough {
  const policy = options.policy ?? randomPolicy;
  const random = mulberry32(options.seed ^ 0x9e3779b9);
  if (options.runner && options.roundTrip) throw new Error('a round trip plays on the shared runners');
  let [runner, spare] = options.runner ? [options.runner, options.runner] : runners(storyJson);
  runner.reset(options.seed);
  const result: Playthrough = { seed: options.seed, choices: [], decisions: [], ending: null, runner };
  let beat = runner.continue();
  for (let step = 0; ; step++) {
    options.onBeat?.(beat, runner);
    for (const line of beat.lines) {
      const decision = tagValue(line.tags, 'DECISION');
      if (decision !== undefined) result.decisions.push(decision);
      result.ending = tagValue(line.tags, 'ENDING') ?? result.ending;
    }
    if (beat.ended) break;
    if (step >= (options.maxChoices ?? 500))
      throw new Error(`seed ${String(options.seed)}: no ending after ${String(step)} choices`);
    const position = policy(beat, random);
    const choice = beat.choices[position];
    if (!choice)
      throw new Error(`policy picked choice ${String(position)} of ${String(beat.choices.length)}`);

    if (options.roundTrip) {
      // Play the choice on the original and on a copy restored from a save: both must say the same.
      const copy = spare;
      copy.loadState(runner.saveState());
      runner.choose(choice.index);
      copy.choose(choice.index);
      const a = runner.continue();
      const b = copy.continue();
      const varsA = JSON.stringify(runner.snapshot());
      const varsB = JSON.stringify(copy.snapshot());
      if (beatText(a) !== beatText(b) || varsA !== varsB) {
        throw new Error(
          `seed ${String(options.seed)}: save/load changed the story after choice ${String(step + 1)}`,
        );
      }
      spare = runner;
      runner = copy;
      result.runner = copy;
      beat = b;
    } else {
      runner.choose(choice.index);
      beat = runner.continue();
    }
    result.choices.push(choice.index);
  }
  return result;
}
