/** Named slots, export and import against the real compiled story, with saves in memory. */
import storyJson, { storyHash } from '../../story/main.ink';
import { describe, expect, it } from 'vitest';

import { parseSaveFile, saveFileText } from '../persistence/SaveGame.ts';
import { AUTOSAVE_KEY, memoryStorage, SaveStore, slotKey, STORAGE_FULL } from '../persistence/SaveStore.ts';
import { GameController } from './GameController.ts';
import { type GameState, initialState } from './gameState.ts';
import { cleanName, SaveSlots } from './SaveSlots.ts';
import { createStore } from './store.ts';

function setup(storage: ReturnType<typeof memoryStorage> | null = memoryStorage()) {
  const store = createStore(initialState());
  const saves = new SaveStore(storage);
  const controller = new GameController({ storyJson, storyHash, store, saves, newSeed: () => 1924 });
  controller.boot();
  return {
    controller,
    slots: new SaveSlots(controller, saves),
    state: (): GameState => store.get(),
    storage,
  };
}

/** A run as Stalin, a few choices in. */
function play(controller: GameController, picks = [1, 0, 1]): void {
  controller.newGame();
  for (const p of picks) controller.choose(p);
}

const view = (s: GameState) => ({
  transcript: s.transcript,
  choices: s.choices,
  meters: s.meters,
  date: s.date,
});

describe('save slots', () => {
  it('saves the run in a named slot and loads it back exactly', () => {
    const { controller, slots, state } = setup();
    play(controller);
    const saved = view(state());
    expect(slots.saveTo(2, '  Before\tthe congress ')).toMatchObject({ ok: true });
    const listed = slots.list();
    expect(listed.map((s) => s.status)).toEqual(['empty', 'ok', 'empty']);
    const slot = listed[1];
    expect(slot?.status === 'ok' && slot.save).toMatchObject({
      name: 'Before the congress',
      protagonist: 'Stalin',
      storyDate: saved.date,
    });

    controller.choose(0);
    expect(view(state())).not.toEqual(saved);
    expect(slots.load(2)).toMatchObject({ ok: true });
    expect(view(state())).toEqual(saved);
  });

  it('has nothing to save before the first choice', () => {
    const { controller, slots, storage } = setup();
    controller.newGame();
    expect(slots.saveTo(1, 'x').ok).toBe(false);
    expect(storage?.data.size).toBe(0);
  });

  it('makes a loaded slot the autosave, so Continue resumes it', () => {
    const { controller, slots, storage } = setup();
    play(controller, [0, 0]);
    slots.saveTo(1, 'Trotsky');
    play(controller, [1, 1, 1]);
    slots.load(1);
    expect(JSON.parse(storage?.data.get(AUTOSAVE_KEY) ?? '{}')).toMatchObject({ choiceLog: [0, 0] });
  });

  it('refuses to load a slot that cannot be played and leaves the run and the slot alone', () => {
    const { controller, slots, state, storage } = setup();
    play(controller);
    slots.saveTo(3, 'kept');
    const good = JSON.parse(storage?.data.get(slotKey(3)) ?? '{}') as Record<string, unknown>;
    const broken = JSON.stringify({ ...good, storyHash: 'an-older-story', choiceLog: [1, 0, 42] });
    storage?.data.set(slotKey(3), broken);
    controller.choose(0);
    const before = state();
    const outcome = slots.load(3);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain('different version of the story');
    expect(outcome.message).toContain('kept in its slot');
    expect(state()).toBe(before);
    expect(storage?.data.get(slotKey(3))).toBe(broken);
  });

  it('deletes a slot', () => {
    const { controller, slots } = setup();
    play(controller);
    slots.saveTo(1, 'a');
    expect(slots.delete(1).ok).toBe(true);
    expect(slots.list()[0]?.status).toBe('empty');
  });

  it('cleans names: no control characters, at most 60 characters', () => {
    expect(cleanName('a\u0000b\u202ec')).toBe('a b c');
    expect(cleanName('x'.repeat(100))).toHaveLength(60);
  });
});

describe('export and import', () => {
  it('exports a file that imports into the first free slot and plays the same run', () => {
    const first = setup();
    play(first.controller);
    const saved = view(first.state());
    const save = first.slots.current();
    expect(save).not.toBeNull();
    if (!save) return;
    const file = first.slots.exportFile({ ...save, name: 'Lenin’s testament' });
    expect(file.filename).toMatch(/^the-empty-chair-lenin-s-testament-stalin-[a-z0-9-]+\.json$/);

    const second = setup();
    const outcome = second.slots.importFile(file.text);
    expect(outcome).toMatchObject({ ok: true, slot: 1 });
    expect(second.slots.load(1).ok).toBe(true);
    expect(view(second.state())).toEqual(saved);
  });

  it('replays an imported save from an older story version', () => {
    const first = setup();
    play(first.controller);
    const save = first.slots.current();
    if (!save) throw new Error('no save');
    const second = setup();
    const outcome = second.slots.importFile(saveFileText({ ...save, storyHash: 'an-older-story' }));
    expect(outcome.message).toContain('Load it to play');
    expect(second.slots.load(1).ok).toBe(true);
    expect(second.state().notice?.text).toContain('different version');
    expect(view(second.state())).toEqual(view(first.state()));
  });

  it('keeps an imported save that cannot be played, and says so', () => {
    const first = setup();
    play(first.controller);
    const save = first.slots.current();
    if (!save) throw new Error('no save');
    const second = setup();
    const outcome = second.slots.importFile(
      saveFileText({ ...save, storyHash: 'old', choiceLog: [0, 7, 7] }),
    );
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toContain('cannot be played');
    expect(second.slots.list()[0]?.status).toBe('ok');
  });

  it('refuses a foreign file and touches nothing', () => {
    const { controller, slots, state, storage } = setup();
    play(controller);
    const before = new Map(storage?.data);
    const screen = state();
    const outcome = slots.importFile(JSON.stringify({ name: 'package', version: '1.0.0' }));
    expect(outcome).toEqual({
      ok: false,
      message:
        'That file cannot be imported: the file is not a saved game of The Empty Chair. Nothing was changed.',
    });
    expect(storage?.data).toEqual(before);
    expect(state()).toBe(screen);
  });

  it('refuses an import when all three slots are in use', () => {
    const { controller, slots, storage } = setup();
    play(controller);
    for (const slot of [1, 2, 3] as const) slots.saveTo(slot, `slot ${String(slot)}`);
    const save = slots.current();
    if (!save) throw new Error('no save');
    const before = new Map(storage?.data);
    const outcome = slots.importFile(saveFileText(save));
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain('All three slots are in use');
    expect(storage?.data).toEqual(before);
  });

  it('plays an imported file at once where storage is off', () => {
    const first = setup();
    play(first.controller);
    const save = first.slots.current();
    if (!save) throw new Error('no save');
    const offline = setup(null);
    expect(offline.slots.enabled).toBe(false);
    const outcome = offline.slots.importFile(saveFileText(save));
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toContain('Saving is off');
    expect(view(offline.state())).toEqual(view(first.state()));
    expect(parseSaveFile(saveFileText(save)).ok).toBe(true);
  });

  it('refuses an import when storage is full, and says so', () => {
    const first = setup();
    play(first.controller);
    const save = first.slots.current();
    if (!save) throw new Error('no save');
    const data = memoryStorage();
    const full = {
      getItem: (k: string) => data.getItem(k),
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: (k: string) => {
        data.removeItem(k);
      },
    };
    const store = createStore(initialState());
    const saves = new SaveStore(full);
    const controller = new GameController({ storyJson, storyHash, store, saves });
    controller.boot();
    const outcome = new SaveSlots(controller, saves).importFile(saveFileText(save));
    expect(outcome).toEqual({
      ok: false,
      message: `Could not import: ${STORAGE_FULL}. Nothing was changed.`,
    });
    expect(data.data.size).toBe(0);
  });
});
