/**
 * One recorder, live and headless: the record the game builds as a player plays (the controller's run
 * session, as the page drives it) is the record the simulator builds for the same seed and choices
 * (the What-if engine's and the story tests' playthrough()), and the record a worker replays from the
 * choice log (share links, branches). Every screen reads these records, so they must agree exactly.
 */
import storyJson, { storyHash } from '../../story/main.ink';
import { describe, expect, it } from 'vitest';

import { type RunRecord, summaryOf } from '../model/record.ts';
import { type Beat, InkRunner } from '../narrative/InkRunner.ts';
import { SaveStore } from '../persistence/SaveStore.ts';
import { playthrough, type Policy, randomPolicy } from '../sim/playthrough.ts';
import { mulberry32 } from '../sim/random.ts';
import { recordRun } from '../sim/record.ts';
import { GameController } from './GameController.ts';
import { initialState } from './gameState.ts';
import { ENDINGS_BY_PROTAGONIST } from '../../test/story/walkSuite.ts';
import { createStore } from './store.ts';

/**
 * Seeded runs per side: the random histories of test/story/skipLookahead.* (the same seeds and chances).
 * Every knot and stitch, every option of every decision and every ending they reach is reached by seed
 * 200 (Trotsky; Stalin by 128; measured 2026-12-06, and 2,000 seeds reach nothing more); issue 10 asks
 * for 500 a side, which also leaves room before the last test below fails because a story change made
 * an ending rarer than that. LIVE_RECORD_RUNS=2000 runs the long comparison.
 */
const RUNS = Number(process.env.LIVE_RECORD_RUNS ?? 500);

/**
 * The simulator plays in inkjs's skipLookahead mode, as the What-if engine does (about twice as fast as
 * the standard mode): the live game plays in the standard mode, so their records must agree across the
 * two modes too.
 */
const fastRunner = new InkRunner(storyJson, undefined, { skipLookahead: true });

/** Random choices, as the given protagonist. */
const asSide =
  (protagonist: string): Policy =>
  (beat, random) => {
    const named = beat.choices.findIndex((c) => c.protagonist === protagonist);
    return named >= 0 ? named : randomPolicy(beat, random);
  };

/** Plays a run in the controller as the page does (one choice at a time, by position on screen). */
function playLive(seed: number, policy: Policy): { record: RunRecord; transcript: unknown; ending: unknown } {
  const store = createStore(initialState());
  // No storage: the autosave is the persistence tests' business, and the records are compared here.
  const controller = new GameController({ storyJson, storyHash, store, saves: new SaveStore(null) });
  controller.boot();
  controller.newGame(seed);
  // The same chances as playthrough() draws for this seed.
  const random = mulberry32(seed ^ 0x9e3779b9);
  for (let step = 0; store.get().choices.length > 0; step++) {
    if (step > 500) throw new Error(`seed ${String(seed)}: no ending`);
    const beat: Beat = { lines: [], choices: store.get().choices, ended: false };
    controller.choose(policy(beat, random));
  }
  const save = controller.currentSave();
  if (!save?.record) throw new Error(`seed ${String(seed)}: the run has no record`);
  return { record: save.record, transcript: store.get().transcript, ending: store.get().ending };
}

describe.each(['Trotsky', 'Stalin'])('the live record as %s', (protagonist) => {
  it(`equals the simulator's and the worker's for ${String(RUNS)} seeded runs`, () => {
    const policy = asSide(protagonist);
    const endings = new Set<string>();
    for (let seed = 1; seed <= RUNS; seed++) {
      const live = playLive(seed, policy);
      const simulated = playthrough(storyJson, { seed, policy, runner: fastRunner }).record;
      // The simulator keeps no transcript or ink states; everything else is the same.
      expect(summaryOf(simulated), `seed ${String(seed)}`).toEqual(summaryOf(live.record));
      expect(live.record.protagonist).toBe(protagonist);
      expect(live.record.ending).not.toBeNull();
      endings.add(live.record.ending ?? '');
      // The screen shows the record's transcript and ending.
      expect(live.transcript).toEqual(live.record.transcript);
      expect(live.ending).toBe(live.record.ending);
      // A worker replaying the choice log (a share link, a branch) gets the whole record, states included.
      if (seed % 10 === 0)
        expect(recordRun(storyJson, seed, live.record.choiceLog, { full: true })).toEqual(live.record);
    }
    // The runs reach every ending open to the side, so the comparison covers every road to an ending.
    expect([...endings].sort(), `endings in ${String(RUNS)} runs: raise RUNS`).toEqual(
      ENDINGS_BY_PROTAGONIST[protagonist],
    );
  }, 300_000);
});
