/**
 * Plays the story headlessly, choosing by a policy: the engine of the story tests and of the What-if
 * Lab. Runs in Node and in a Web Worker: no Phaser, no DOM. The run is recorded by the same Recorder as
 * the live game (without its transcript and ink states, which simulation does not need).
 */
import { type Beat, InkRunner } from '../narrative/InkRunner.ts';
import { Recorder, type RunLength, type RunRecord } from '../model/record.ts';
import { mulberry32 } from './random.ts';
import { historicalPolicy, type Policy, randomPolicy } from './record.ts';

export { historicalPolicy, type Policy, randomPolicy };

export interface PlaythroughOptions {
  seed: number;
  policy?: Policy;
  /** The lesson-length run (story/short_run.ink) or the full one (the default). */
  length?: RunLength;
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
  record: RunRecord;
  runner: InkRunner;
}

function beatText(beat: Beat): string {
  return JSON.stringify([beat.lines, beat.choices]);
}

// Parsing a story takes tens of milliseconds; simulations play thousands of runs, so each story's two
// runners (one to play, one to check save/load against) are made once and reset between runs.
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
  const [runner, first] = options.runner ? [options.runner, options.runner] : runners(storyJson);
  let spare = first;
  const recorder = new Recorder(runner, options.seed, { full: false, length: options.length ?? 'full' });
  let { beat } = recorder.start();
  for (let step = 0; ; step++) {
    options.onBeat?.(beat, recorder.runner);
    if (beat.ended) break;
    if (step >= (options.maxChoices ?? 500))
      throw new Error(`seed ${String(options.seed)}: no ending after ${String(step)} choices`);
    const position = policy(beat, random);
    const choice = beat.choices[position];
    if (!choice)
      throw new Error(`policy picked choice ${String(position)} of ${String(beat.choices.length)}`);
    if (options.roundTrip) {
      // Play the choice on the runner as it is and, through a save and a load, on the other one: both
      // must say the same; the run goes on in the restored one.
      const reference = recorder.runner;
      recorder.moveTo(spare);
      reference.choose(choice.index);
      const a = reference.continue();
      beat = recorder.choose(position).beat;
      if (
        beatText(a) !== beatText(beat) ||
        JSON.stringify(reference.snapshot()) !== JSON.stringify(spare.snapshot())
      )
        throw new Error(
          `seed ${String(options.seed)}: save/load changed the story after choice ${String(step + 1)}`,
        );
      spare = reference;
    } else {
      beat = recorder.choose(position).beat;
    }
  }
  const record = recorder.record;
  return {
    seed: options.seed,
    choices: record.choiceLog,
    decisions: [...record.steps.map((s) => s.id), ...(record.pending ? [record.pending.id] : [])],
    ending: record.ending,
    record,
    runner: recorder.runner,
  };
}
