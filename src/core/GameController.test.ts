/** The controller against the real compiled story, with saves in memory. */
import storyJson, { storyHash } from '../../story/main.ink';
import { describe, expect, it } from 'vitest';

import { AUTOSAVE_KEY, KEPT_PREFIX, memoryStorage, SaveStore } from '../persistence/SaveStore.ts';
import { GameController } from './GameController.ts';
import { encodeShareFragment } from './shareLink.ts';
import { type GameState, initialState } from './gameState.ts';
import { createStore } from './store.ts';

function setup(storage = memoryStorage()): {
  controller: GameController;
  state: () => GameState;
  storage: ReturnType<typeof memoryStorage>;
} {
  const store = createStore(initialState());
  const controller = new GameController({
    storyJson,
    storyHash,
    store,
    saves: new SaveStore(storage),
    newSeed: () => 1924,
  });
  controller.boot();
  return { controller, state: () => store.get(), storage };
}

describe('GameController', () => {
  it('starts at the title screen with no Continue when there is no save', () => {
    const { state } = setup();
    expect(state().screen).toBe('title');
    expect(state().hasAutosave).toBe(false);
    expect(state().notice).toBeNull();
  });

  it('offers the protagonists first, each with a portrait', () => {
    const { controller, state } = setup();
    controller.newGame();
    expect(state().screen).toBe('protagonist');
    expect(state().choices.map((c) => c.protagonist)).toEqual(['Trotsky', 'Stalin']);
    expect(state().portraits.map((p) => p.name)).toEqual(['Trotsky', 'Stalin']);
    expect(state().politburo).toContain('Stalin');
  });

  it('plays a choice: story screen, meters published, autosave written', () => {
    const { controller, state, storage } = setup();
    controller.newGame();
    controller.choose(1);
    expect(state().screen).toBe('story');
    expect(state().protagonist).toBe('Stalin');
    expect(state().meters.apparatus).toBeGreaterThan(0);
    expect(state().transcript.length).toBeGreaterThan(1);
    expect(state().choices.length).toBeGreaterThan(0);
    expect(state().hasAutosave).toBe(true);
    expect(JSON.parse(storage.data.get(AUTOSAVE_KEY) ?? '{}')).toMatchObject({
      choiceLog: [1],
      seed: 1924,
      storyHash,
    });
  });

  it('continues exactly where the player was', () => {
    const storage = memoryStorage();
    const first = setup(storage);
    first.controller.newGame();
    first.controller.choose(0);
    first.controller.choose(0);
    const before = first.state();

    const second = setup(storage);
    expect(second.state().hasAutosave).toBe(true);
    expect(second.controller.continueGame()).toBe(true);
    const after = second.state();
    expect(after.transcript).toEqual(before.transcript);
    expect(after.choices).toEqual(before.choices);
    expect(after.meters).toEqual(before.meters);
    expect(after.politburo).toEqual(before.politburo);
    expect(after.protagonist).toBe(before.protagonist);

    // Playing on from there adds the choice and what follows once, as in an unbroken run.
    first.controller.choose(0);
    second.controller.choose(0);
    expect(second.state().transcript).toEqual(first.state().transcript);
  });

  it('tells the player about a damaged save, keeps it aside and lets them start again', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: '{"schemaVersion":1,"storyHash":' });
    const { controller, state } = setup(storage);
    expect(state().screen).toBe('title');
    expect(state().hasAutosave).toBe(false);
    expect(state().notice?.text).toContain('could not be opened');
    expect(state().notice?.text).toContain('kept aside');
    const kept = [...storage.data.keys()].filter((k) => k.startsWith(KEPT_PREFIX));
    expect(kept).toHaveLength(1);
    controller.newGame();
    expect(state().screen).toBe('protagonist');
  });

  it('replays a save from an older story version from its choice log', () => {
    const storage = memoryStorage();
    const first = setup(storage);
    first.controller.newGame();
    first.controller.choose(0);
    const saved = JSON.parse(storage.data.get(AUTOSAVE_KEY) ?? '{}') as Record<string, unknown>;
    storage.data.set(AUTOSAVE_KEY, JSON.stringify({ ...saved, storyHash: 'an-older-story' }));

    const second = setup(storage);
    expect(second.controller.continueGame()).toBe(true);
    expect(second.state().choices).toEqual(first.state().choices);
    expect(second.state().meters).toEqual(first.state().meters);
    expect(second.state().notice?.text).toContain('a different version of the story');
    // The replayed run is saved again under the current story.
    expect(JSON.parse(storage.data.get(AUTOSAVE_KEY) ?? '{}')).toMatchObject({ storyHash });
  });

  it('keeps aside an older save whose choices no longer fit, and says so', () => {
    const storage = memoryStorage();
    const first = setup(storage);
    first.controller.newGame();
    first.controller.choose(0);
    const saved = JSON.parse(storage.data.get(AUTOSAVE_KEY) ?? '{}') as Record<string, unknown>;
    storage.data.set(
      AUTOSAVE_KEY,
      JSON.stringify({ ...saved, storyHash: 'an-older-story', choiceLog: [0, 9] }),
    );

    const second = setup(storage);
    expect(second.controller.continueGame()).toBe(false);
    expect(second.state().screen).toBe('title');
    expect(second.state().notice?.text).toContain('different version');
    expect([...storage.data.keys()].some((k) => k.startsWith(KEPT_PREFIX))).toBe(true);
  });

  it('plays on with saving off when storage is unavailable', () => {
    const store = createStore(initialState());
    const controller = new GameController({ storyJson, storyHash, store, saves: new SaveStore(null) });
    controller.boot();
    expect(store.get().notice?.text).toContain('saving is off');
    controller.newGame();
    controller.choose(0);
    expect(store.get().screen).toBe('story');
    expect(store.get().savingEnabled).toBe(false);
  });
});

describe('GameController restoring saves', () => {
  it('rebuilds the exact ink state from the choice log', () => {
    const { controller, storage } = setup();
    controller.newGame();
    controller.choose(1);
    controller.choose(0);
    const saved = JSON.parse(storage.data.get(AUTOSAVE_KEY) ?? '{}') as { inkState: string };
    const again = setup(storage);
    expect(again.controller.continueGame()).toBe(true);
    expect(again.controller.currentSave()?.inkState).toBe(saved.inkState);
  });

  it('trusts the replay, not an edited ink state', () => {
    const storage = memoryStorage();
    const first = setup(storage);
    first.controller.newGame();
    first.controller.choose(1);
    const saved = JSON.parse(storage.data.get(AUTOSAVE_KEY) ?? '{}') as { inkState: string };
    const edited = saved.inkState.replace(/"apparatus":\d+/, '"apparatus":100');
    expect(edited).not.toBe(saved.inkState);
    expect(first.state().meters.apparatus).not.toBe(100);
    storage.data.set(AUTOSAVE_KEY, JSON.stringify({ ...saved, inkState: edited }));
    const second = setup(storage);
    expect(second.controller.continueGame()).toBe(true);
    expect(second.state().meters).toEqual(first.state().meters);
  });
});

describe('GameController with a broken story', () => {
  it('throws (for the recovery screen) instead of blaming the save, which stays where it is', () => {
    const storage = memoryStorage();
    const first = setup(storage);
    first.controller.newGame();
    first.controller.choose(0);
    const before = new Map(storage.data);
    const store = createStore(initialState());
    const broken = new GameController({
      storyJson: '{"inkVersion":21,"root":[',
      storyHash,
      store,
      saves: new SaveStore(storage),
    });
    broken.boot();
    expect(() => broken.continueGame()).toThrow();
    expect(storage.data).toEqual(before);
  });

  describe('the lesson-length run', () => {
    it('is chosen on the protagonist screen: the run restarts with the same seed, the story flag set', () => {
      const { controller, state } = setup();
      controller.newGame();
      expect(state().length).toBe('full');
      controller.chooseLength('short');
      expect(state().screen).toBe('protagonist');
      expect(state().length).toBe('short');
      controller.choose(0);
      expect(state().length).toBe('short');
      expect(controller.runForCode()).toMatchObject({ seed: 1924, short: true, choiceLog: [0] });
      // Too late once the run has begun: nothing changes.
      controller.chooseLength('full');
      expect(state().length).toBe('short');
    });

    it('is kept by the autosave, Continue and a share link', async () => {
      const { controller, state, storage } = setup();
      controller.newGame(7, 'short');
      controller.choose(1);
      controller.choose(0);
      const log = controller.runForCode()?.choiceLog ?? [];
      const again = setup(storage);
      expect(again.controller.continueGame()).toBe(true);
      expect(again.state().length).toBe('short');
      const fragment = encodeShareFragment({ seed: 7, choiceLog: log, story: storyHash, length: 'short' });
      const shared = setup();
      expect(await shared.controller.openShared(fragment)).toBe(true);
      expect(shared.state().length).toBe('short');
      expect(shared.controller.runForCode()).toMatchObject({ seed: 7, short: true, choiceLog: log });
      expect(state().length).toBe('short');
    });
  });
});
