/**
 * Headless records: a run replayed from its seed and choice log, or played by a policy, recorded by the
 * same Recorder as the live game. Used in Node (tests, the CLI) and in the workers; the browser's main
 * thread reads the live record instead.
 */
import { type Beat, InkRunner } from '../narrative/InkRunner.ts';
import {
  Recorder,
  type RecorderOptions,
  replayLog,
  type RunLength,
  type RunRecord,
} from '../model/record.ts';
import { mulberry32 } from './random.ts';

/** Picks a choice position (0-based) for the beat; `random` is a seeded generator in [0, 1). */
export type Policy = (beat: Beat, random: () => number) => number;

export const randomPolicy: Policy = (beat, random) => Math.floor(random() * beat.choices.length);

/** Takes the choice tagged HISTORICAL; at the protagonist choice, the one named. */
export function historicalPolicy(protagonist: string): Policy {
  return (beat) => {
    const named = beat.choices.findIndex((c) => c.protagonist === protagonist);
    if (named >= 0) return named;
    const historical = beat.choices.findIndex((c) => c.historical);
    return historical >= 0 ? historical : 0;
  };
}

// Parsing a story takes tens of milliseconds; headless records reuse one runner per story.
const runners = new Map<string, InkRunner>();

/** A runner for this story, shared by the headless records (reset by each). */
export function sharedRunner(storyJson: string): InkRunner {
  let runner = runners.get(storyJson);
  if (!runner) {
    runner = new InkRunner(storyJson);
    runners.set(storyJson, runner);
  }
  return runner;
}

/**
 * Replays a run from its seed and choice log (ink choice indices) and returns its record. Stops where
 * the log ends, or throws if the story no longer offers a logged choice. The runner is left at the
 * run's last point (read its state before the next headless record).
 */
export function recordRun(
  storyJson: string,
  seed: number,
  choiceLog: readonly number[],
  options: RecorderOptions = {},
): RunRecord {
  return replayLog(sharedRunner(storyJson), seed, choiceLog, options).record;
}

/** Plays the story to an ending with a policy, seeded (the policy's own chances come from the seed too). */
export function playPolicy(
  runner: InkRunner,
  seed: number,
  policy: Policy,
  options: RecorderOptions & { maxChoices?: number; onBeat?: (beat: Beat) => void } = {},
): Recorder {
  const random = mulberry32(seed ^ 0x9e3779b9);
  const recorder = new Recorder(runner, seed, options);
  let { beat } = recorder.start();
  for (let step = 0; !beat.ended; step++) {
    options.onBeat?.(beat);
    if (step >= (options.maxChoices ?? 500))
      throw new Error(`seed ${String(seed)}: no ending after ${String(step)} choices`);
    const position = policy(beat, random);
    if (!beat.choices[position])
      throw new Error(`policy picked choice ${String(position)} of ${String(beat.choices.length)}`);
    beat = recorder.choose(position).beat;
  }
  options.onBeat?.(beat);
  return recorder;
}

export function recordPolicy(
  storyJson: string,
  seed: number,
  policy: Policy,
  length: RunLength = 'full',
): RunRecord {
  return playPolicy(sharedRunner(storyJson), seed, policy, { full: false, length }).record;
}

/** The record as history went, for the protagonist, with the same seed for the story's chances and the same length. */
export function recordHistory(
  storyJson: string,
  protagonist: string,
  seed: number,
  length: RunLength = 'full',
): RunRecord {
  return recordPolicy(storyJson, seed, historicalPolicy(protagonist), length);
}
