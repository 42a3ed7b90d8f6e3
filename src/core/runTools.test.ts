/** Timeline, rewind, branches, the debrief and share links, against the real compiled story. */
import storyJson, { storyHash } from '../../story/main.ink';
import { describe, expect, it } from 'vitest';

import { AUTOSAVE_KEY, KEPT_PREFIX, memoryStorage, SaveStore } from '../persistence/SaveStore.ts';
import type { MatteredResult } from '../model/analysis.ts';
import { recordHistory } from '../sim/record.ts';
import { GameController } from './GameController.ts';
import { type GameState, initialState } from './gameState.ts';
import { encodeShareFragment } from './shareLink.ts';
import { createStore } from './store.ts';

function setup(storage = memoryStorage(), analyse?: () => Promise<MatteredResult>) {
  const store = createStore(initialState());
  const controller = new GameController({
    storyJson,
    storyHash,
    store,
    saves: new SaveStore(storage),
    newSeed: () => 1924,
    history: (protagonist, seed) => Promise.resolve(recordHistory(storyJson, protagonist, seed)),
    ...(analyse ? { analyse } : {}),
  });
  controller.boot();
  return { controller, state: (): GameState => store.get(), storage };
}

/** Plays as Trotsky taking history's choice at every step, `steps` choices in all. */
function playHistory(controller: GameController, state: () => GameState, steps: number): void {
  controller.newGame();
  controller.choose(0);
  for (let i = 1; i < steps && state().choices.length > 0; i++) {
    const historical = state().choices.findIndex((c) => c.historical);
    controller.choose(Math.max(0, historical));
  }
}

function playToEnd(controller: GameController, state: () => GameState): void {
  playHistory(controller, state, 500);
}

describe('the timeline', () => {
  it('lists every decision so far with history’s choice, dated', () => {
    const { controller, state } = setup();
    playHistory(controller, state, 5);
    controller.showTimeline();
    const timeline = state().timeline;
    expect(state().screen).toBe('timeline');
    expect(timeline?.current.steps.length).toBe(4);
    expect(timeline?.current.steps.every((s) => s.date && s.options[s.chosen]?.historical)).toBe(true);
    controller.backToStory();
    expect(state().screen).toBe('story');
  });

  it('rewinds to an earlier decision, keeps the abandoned road and can compare and resume it', async () => {
    const { controller, state, storage } = setup();
    playHistory(controller, state, 6);
    const before = { transcript: state().transcript, meters: state().meters };
    controller.showTimeline();
    const second = state().timeline?.current.steps[1];
    controller.rewind(1);
    // Back at the second decision, with its choices offered again and the later text gone.
    expect(state().screen).toBe('story');
    expect(state().decision).toBe(second?.id);
    expect(state().transcript.length).toBeLessThan(before.transcript.length);
    // Take the other road.
    const other = state().choices.findIndex((c) => !c.historical);
    controller.choose(other);
    const saved = JSON.parse(storage.data.get(AUTOSAVE_KEY) ?? '{}') as { branches?: unknown[] };
    expect(saved.branches).toHaveLength(1);

    controller.showTimeline();
    expect(state().timeline?.branches).toHaveLength(1);
    await controller.compareBranch(0);
    const compare = state().timeline?.compare;
    expect(compare?.record.steps.length).toBe(5);
    expect(compare?.record.steps[1]?.chosen).not.toBe(state().timeline?.current.steps[1]?.chosen);

    await controller.resumeBranch(0);
    expect(state().transcript).toEqual(before.transcript);
    expect(state().meters).toEqual(before.meters);
    controller.showTimeline();
    // The road just left is kept in its place.
    expect(state().timeline?.branches).toHaveLength(1);
    expect(state().timeline?.branches[0]?.choiceLog).toHaveLength(3);
  });

  it('keeps the branches across a reload', () => {
    const storage = memoryStorage();
    const first = setup(storage);
    playHistory(first.controller, first.state, 4);
    first.controller.showTimeline();
    first.controller.rewind(0);
    const second = setup(storage);
    second.controller.continueGame();
    second.controller.showTimeline();
    expect(second.state().timeline?.branches).toHaveLength(1);
  });
});

describe('the debrief', () => {
  it('sets the run beside history, with a causes ledger, questions and a share link', async () => {
    const mattered: MatteredResult = { samples: 1, baselineSame: 1, top: [] };
    const { controller, state } = setup(memoryStorage(), () => Promise.resolve(mattered));
    playToEnd(controller, state);
    expect(state().ending).toBe('trotsky_deported');
    controller.showDebrief();
    expect(state().debrief?.matteredStatus).toBe('working');
    await Promise.resolve();
    const debrief = state().debrief;
    expect(state().screen).toBe('debrief');
    expect(debrief?.run.ending).toBe('trotsky_deported');
    expect(debrief?.history?.ending).toBe('trotsky_deported');
    expect(debrief?.ledger?.length).toBeGreaterThan(5);
    expect(debrief?.ledger?.every((r) => r.verdict === 'held')).toBe(true);
    expect(debrief?.shareFragment).toMatch(/^#run=1\./);
    expect(state().debrief?.matteredStatus).toBe('done');
    expect(state().debrief?.mattered).toEqual(mattered);
  });

  it('says so when the re-simulation fails', async () => {
    const { controller, state } = setup(memoryStorage(), () => Promise.reject(new Error('no workers')));
    playToEnd(controller, state);
    controller.showDebrief();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(state().debrief?.matteredStatus).toBe('failed');
  });
});

describe('share links', () => {
  it('replays a shared run exactly, without touching the saved game until the player plays on', async () => {
    const source = setup();
    playHistory(source.controller, source.state, 5);
    const fragment = encodeShareFragment({
      seed: 1924,
      choiceLog: (JSON.parse(source.storage.data.get(AUTOSAVE_KEY) ?? '{}') as { choiceLog: number[] })
        .choiceLog,
      story: storyHash,
    });

    const mine = setup();
    // The player's own run is another one (Stalin): playing on from the shared run must not lose it.
    mine.controller.newGame();
    mine.controller.choose(1);
    mine.controller.choose(0);
    const myOwnSave = mine.storage.data.get(AUTOSAVE_KEY);
    expect(await mine.controller.openShared(fragment)).toBe(true);
    expect(mine.state().transcript).toEqual(source.state().transcript);
    expect(mine.state().meters).toEqual(source.state().meters);
    expect(mine.state().shared).toBe(true);
    expect(mine.storage.data.get(AUTOSAVE_KEY)).toBe(myOwnSave);
    // Playing on keeps the player's own save aside first.
    mine.controller.choose(0);
    const keptSaves = new SaveStore(mine.storage);
    const kept = [...mine.storage.data.keys()].filter((k) => k.startsWith(KEPT_PREFIX));
    expect(kept.map((k) => keptSaves.keptText(k))).toContain(myOwnSave);
    expect(mine.state().notice?.text).toContain('was kept aside, not overwritten');
    expect(mine.state().shared).toBe(false);
  });

  it('refuses broken and foreign links with a clear message and changes nothing', async () => {
    const { controller, state, storage } = setup();
    playHistory(controller, state, 3);
    const before = { storage: new Map(storage.data), transcript: state().transcript };
    for (const link of [
      '#run=',
      '#run=1.zz',
      '#run=2.abc.01.0123abcd',
      '#run=1.abc.0%.0123abcd',
      '#run=1.abc.09zz.0123abcd', // choices the story does not offer
      '#run=1.zzzzzzz.0.0123abcd', // seed out of range
    ]) {
      expect(await controller.openShared(link)).toBe(false);
      expect(state().notice?.text).toMatch(/Nothing has been changed/);
      expect(state().transcript).toEqual(before.transcript);
      expect(new Map(storage.data)).toEqual(before.storage);
    }
  });
});
