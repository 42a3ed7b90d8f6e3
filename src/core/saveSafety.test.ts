/**
 * No run is lost and no fault is blamed on the player, through the controller against the real story:
 * a new game over an autosave, a rewind or a choice after opening a shared link, a story that fails
 * while replaying a good save, and a storage that is full.
 */
import storyJson, { storyHash } from '../../story/main.ink';
import { describe, expect, it } from 'vitest';

import type { SaveGame } from '../persistence/SaveGame.ts';
import { AUTOSAVE_KEY, type KeyValueStorage, memoryStorage, SaveStore } from '../persistence/SaveStore.ts';
import { GameController } from './GameController.ts';
import { type GameState, initialState } from './gameState.ts';
import { encodeShareFragment } from './shareLink.ts';
import { createStore } from './store.ts';

function setup(storage: KeyValueStorage = memoryStorage(), story: string = storyJson, seed = 1924) {
  const store = createStore(initialState());
  const saves = new SaveStore(storage);
  const controller = new GameController({ storyJson: story, storyHash, store, saves, newSeed: () => seed });
  controller.boot();
  return { controller, saves, state: (): GameState => store.get() };
}

const autosave = (storage: ReturnType<typeof memoryStorage>): SaveGame =>
  JSON.parse(storage.data.get(AUTOSAVE_KEY) ?? 'null') as SaveGame;

describe('no run is overwritten without a copy', () => {
  it('a new game over an autosave keeps the old run aside at its first choice, and says so', () => {
    const storage = memoryStorage();
    const first = setup(storage);
    first.controller.newGame();
    first.controller.choose(1);
    first.controller.choose(0);
    const stalin = autosave(storage);

    const second = setup(storage, storyJson, 7);
    second.controller.newGame();
    expect(autosave(storage)).toEqual(stalin);
    second.controller.choose(0);
    expect(second.state().notice?.text).toBe(
      'Your run as Stalin (1 decision) was kept aside, not overwritten: you will find it in Saves, under “Kept aside”.',
    );
    const kept = second.saves.listKept();
    expect(kept.map((k) => k.why)).toEqual(['new-game']);
    expect(kept[0]?.read).toEqual({ ok: true, save: stalin });
  });

  it('a rewind after opening a shared link keeps the player’s own run', async () => {
    const source = setup(memoryStorage(), storyJson, 11);
    source.controller.newGame();
    for (let i = 0; i < 4; i++) source.controller.choose(0);
    const shared = source.controller.currentSave();
    if (!shared) throw new Error('no run');
    const fragment = encodeShareFragment({
      seed: shared.seed,
      choiceLog: shared.choiceLog,
      story: storyHash,
    });

    const storage = memoryStorage();
    const mine = setup(storage);
    mine.controller.newGame();
    mine.controller.choose(1);
    mine.controller.choose(1);
    const own = autosave(storage);
    expect(await mine.controller.openShared(fragment)).toBe(true);
    mine.controller.showTimeline();
    mine.controller.rewind(1);
    expect(mine.state().shared).toBe(false);
    expect(mine.state().notice?.text).toContain('was kept aside, not overwritten');
    expect(mine.saves.listKept().map((k) => [k.why, k.read.ok ? k.read.save : null])).toEqual([
      ['shared-run', own],
    ]);
    // After a reload, Continue resumes the shared run played on; the player's own run is one click away.
    expect(autosave(storage).seed).toBe(11);
  });
});

describe('errors told truthfully', () => {
  it('a story that fails while replaying a good save is the game’s fault: the save stays, no ink text', () => {
    const storage = memoryStorage();
    const first = setup(storage);
    first.controller.newGame();
    first.controller.choose(0);
    first.controller.choose(0);
    // A save of this version is resumed from its ink state without playing the story; one of another
    // version is replayed from its choices, and that is where a story can fail.
    storage.data.set(AUTOSAVE_KEY, JSON.stringify({ ...autosave(storage), storyHash: 'an-older-story' }));
    const before = new Map(storage.data);

    // The same story version with a fault on Trotsky's road: it reads a variable that does not exist, which
    // ink reports as "RUNTIME WARNING: … Variable not found".
    // Every divert into the prologue: the first in the JSON is the debug jump's, which no player takes.
    const broken = storyJson.replaceAll(
      '{"->":"trotsky_prologue"}',
      '"ev",{"VAR?":"no_such_variable"},"pop","/ev",{"->":"trotsky_prologue"}',
    );
    expect(broken).not.toBe(storyJson);
    const second = setup(storage, broken);
    expect(second.controller.continueGame()).toBe(false);
    const text = second.state().notice?.text ?? '';
    expect(text).toContain('a fault in its story');
    expect(text).toContain('Your save is kept as it is');
    expect(text).not.toMatch(/ink|runtime|warning|error|trotsky_prologue/i);
    expect(storage.data).toEqual(before);
    expect(second.state().hasAutosave).toBe(true);
  });

  it('says a link comes from a different version of the story when it opens it', async () => {
    const mine = setup();
    const fragment = encodeShareFragment({ seed: 5, choiceLog: [0, 0], story: 'abcdef12' });
    expect(await mine.controller.openShared(fragment)).toBe(true);
    expect(mine.state().notice?.text).toMatch(
      /^This link was made with a different version of the story\. .*You are watching a shared run/,
    );
    const same = setup();
    await same.controller.openShared(encodeShareFragment({ seed: 5, choiceLog: [0, 0], story: storyHash }));
    expect(same.state().notice?.text).not.toContain('different version');
  });

  it('calls any other story version "a different version"', () => {
    const storage = memoryStorage();
    const first = setup(storage);
    first.controller.newGame();
    first.controller.choose(0);
    storage.data.set(AUTOSAVE_KEY, JSON.stringify({ ...autosave(storage), storyHash: 'zzzz' }));
    const second = setup(storage);
    expect(second.controller.continueGame()).toBe(true);
    expect(second.state().notice?.text).toContain('a different version of the story');
  });
});

describe('a full storage', () => {
  it('reads every save, says new progress cannot be saved and what to do, and plays on', () => {
    const data = memoryStorage();
    const first = setup(data);
    first.controller.newGame();
    first.controller.choose(0);
    const full: KeyValueStorage = {
      getItem: (k) => data.getItem(k),
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: (k) => {
        data.removeItem(k);
      },
    };
    const second = setup(full);
    expect(second.state().hasAutosave).toBe(true);
    expect(second.state().notice?.text).toMatch(/^New progress cannot be saved: .*full\. Export your run/);
    expect(second.controller.continueGame()).toBe(true);
    expect(second.state().choices.length).toBeGreaterThan(0);
    second.controller.choose(0);
    expect(second.state().notice?.text).toContain('full');
  });
});
