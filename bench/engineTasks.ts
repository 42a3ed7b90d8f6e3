/**
 * npm run bench: the What-if engine's work as a worker thread, built twice by bench/simulation.ts: once as
 * the project builds it (inkjs patched, patches/) and once with inkjs/engine/* taken from `inkjs-stock`
 * (the registry's inkjs, unpatched): that build, in the standard mode, is the engine as it was before.
 * Each task reports the milliseconds it took on this thread.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { Story } from 'inkjs/engine/Story';

import { decisionsThatMattered } from '../src/sim/mattered.ts';
import { historicalPolicy, randomPolicy } from '../src/sim/playthrough.ts';
import { mulberry32 } from '../src/sim/random.ts';
import { recordPolicy } from '../src/sim/record.ts';
import { type Protagonist, simulateRange } from '../src/sim/whatIf.ts';

export type EngineTask =
  /** The engine playing histories on this one thread. */
  | { kind: 'histories'; protagonist: Protagonist; others: 'random' | 'history'; runs: number; fast: boolean }
  /** Raw inkjs: a bare Story, Continue() to each choice, a random pick (the protagonist first). */
  | { kind: 'raw'; protagonist: Protagonist; runs: number }
  /** The debrief's "decisions that mattered" for one run played at random from `seed`. */
  | { kind: 'mattered'; protagonist: Protagonist; seed: number };

const { storyJson } = workerData as { storyJson: string };

function raw(protagonist: Protagonist, runs: number): void {
  const story = new Story(storyJson);
  for (let i = 0; i < runs; i++) {
    story.ResetState();
    story.state.storySeed = i + 1;
    const random = mulberry32(i + 1);
    let first = true;
    for (;;) {
      while (story.canContinue) story.Continue();
      const count = story.currentChoices.length;
      if (count === 0) break;
      story.ChooseChoiceIndex(first ? (protagonist === 'Trotsky' ? 0 : 1) : Math.floor(random() * count));
      first = false;
    }
  }
}

function perform(task: EngineTask): void {
  if (task.kind === 'raw') {
    raw(task.protagonist, task.runs);
  } else if (task.kind === 'histories') {
    const scenario = {
      protagonist: task.protagonist,
      pins: {},
      others: task.others,
      runs: task.runs,
      seed: 1,
    };
    simulateRange(storyJson, scenario, 0, task.runs, { fast: task.fast });
  } else {
    // A run as a player might have played it: the protagonist, then random choices.
    const pick = historicalPolicy(task.protagonist);
    let first = true;
    const run = recordPolicy(storyJson, task.seed, (beat, random) => {
      const position = first ? pick(beat, random) : randomPolicy(beat, random);
      first = false;
      return position;
    });
    decisionsThatMattered(storyJson, run);
  }
}

parentPort?.on('message', (task: EngineTask) => {
  const started = performance.now();
  perform(task);
  parentPort?.postMessage(performance.now() - started);
});
