/**
 * The save fuzz, extended to the storage itself: two tabs (two controllers, two SaveStores) play over one
 * storage that fills up, refuses writes at random and sometimes cannot even be read. Seeded, so every
 * run tests the same 150 steps per seed. Whatever happens, no exception escapes, and every run that was
 * ever written as the autosave is still held by some save in storage (the autosave, a slot or a kept
 * save): played on, kept as a branch, or kept aside.
 */
import storyJson, { storyHash } from '../../story/main.ink';
import { describe, expect, it } from 'vitest';

import { GameController } from '../core/GameController.ts';
import { initialState } from '../core/gameState.ts';
import { SaveSlots } from '../core/SaveSlots.ts';
import { encodeShareFragment } from '../core/shareLink.ts';
import { createStore } from '../core/store.ts';
import { mulberry32 } from '../sim/random.ts';
import { parseSave, type SaveGame } from './SaveGame.ts';
import {
  AUTOSAVE_KEY,
  holdsRun,
  KEPT_PREFIX,
  type KeyValueStorage,
  memoryStorage,
  SaveStore,
  SLOTS,
  slotKey,
} from './SaveStore.ts';

const STEPS = 150;

/** One storage shared by both tabs, whose failures the fuzz turns on and off. */
function flakyStorage(random: () => number) {
  const inner = memoryStorage();
  const mode = { full: false, flaky: 0, unreadable: 0 };
  const written: SaveGame[] = [];
  const storage: KeyValueStorage = {
    getItem: (key) => {
      if (random() < mode.unreadable) throw new DOMException('denied', 'SecurityError');
      return inner.getItem(key);
    },
    setItem: (key, value) => {
      if (mode.full || random() < mode.flaky)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      inner.setItem(key, value);
      if (key === AUTOSAVE_KEY) {
        const parsed = parseSave(value);
        if (parsed.ok) written.push(parsed.value);
      }
    },
    removeItem: (key) => {
      inner.removeItem(key);
    },
    get length() {
      return inner.data.size;
    },
    key: (index) => inner.key?.(index) ?? null,
  };
  return { storage, inner, mode, written };
}

/**
 * When the storage is full, flaky or unreadable: spells of 3 to 24 steps, drawn from a generator of their
 * own. Drawn from the play's generator, a change to the story reshuffled them, and one seed once left the
 * storage full for 138 of its 150 steps, so that the fuzz tested nothing but a full storage.
 */
function storageWeather(random: () => number) {
  const left = { full: 0, flaky: 0, unreadable: 0 };
  const spell = (): number => 3 + Math.floor(random() * 22);
  return {
    step(mode: { full: boolean; flaky: number; unreadable: number }): void {
      for (const kind of ['full', 'flaky', 'unreadable'] as const) {
        if (left[kind] > 0) left[kind]--;
        else if (random() < 0.06) left[kind] = spell();
      }
      mode.full = left.full > 0;
      mode.flaky = left.flaky > 0 ? 0.3 : 0;
      mode.unreadable = left.unreadable > 0 ? 0.2 : 0;
    },
  };
}

/** Every save in storage, read directly (kept saves from their envelope). */
function storedSaves(inner: ReturnType<typeof memoryStorage>): SaveGame[] {
  const reader = new SaveStore(inner);
  const texts = [
    inner.data.get(AUTOSAVE_KEY),
    ...SLOTS.map((slot) => inner.data.get(slotKey(slot))),
    ...[...inner.data.keys()].filter((k) => k.startsWith(KEPT_PREFIX)).map((k) => reader.keptText(k)),
  ];
  return texts.flatMap((text) => {
    const parsed = text ? parseSave(text) : null;
    return parsed?.ok ? [parsed.value] : [];
  });
}

function tab(storage: KeyValueStorage, seed: number) {
  const store = createStore(initialState());
  const saves = new SaveStore(storage);
  const controller = new GameController({ storyJson, storyHash, store, saves, newSeed: () => seed });
  controller.boot();
  return { store, saves, controller, slots: new SaveSlots(controller, saves), rewinds: 0 };
}

describe('fuzzing the storage: full, flaky, unreadable, two writers', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`loses no run that was ever autosaved (seed ${String(seed)})`, async () => {
      const random = mulberry32(0x1500 + seed);
      const int = (n: number): number => Math.floor(random() * n);
      const { storage, inner, mode, written } = flakyStorage(random);
      const weather = storageWeather(mulberry32(0x5100 + seed));
      const tabs = [tab(storage, 100 + seed), tab(storage, 200 + seed)];
      for (let step = 0; step < STEPS; step++) {
        // The storage changes its mind now and then, on a schedule of its own.
        weather.step(mode);
        const t = tabs[int(2)];
        if (!t) continue;
        const other = tabs.find((x) => x !== t);
        const state = t.store.get();
        const op = int(10);
        // A share link opens once its run is replayed (off the page's thread in the browser): awaited below.
        const opening: { link: Promise<boolean> | null } = { link: null };
        expect(() => {
          if (op === 0 || state.screen === 'title') {
            if (random() < 0.5) t.controller.continueGame();
            else {
              t.controller.newGame();
              t.rewinds = 0;
            }
          } else if (op <= 5 && state.choices.length > 0) {
            t.controller.choose(int(state.choices.length));
          } else if (op === 6 && t.rewinds < 5) {
            t.controller.showTimeline();
            const steps = t.store.get().timeline?.current.steps.length ?? 0;
            if (steps > 0) {
              t.controller.rewind(int(steps));
              t.rewinds++;
            } else t.controller.backToStory();
          } else if (op === 7) {
            // Into an empty slot: writing over a full one is the player's own choice, asked first in the dialog.
            const free = t.slots.list().find((v) => v.status === 'empty');
            if (free) t.slots.saveTo(free.slot, 'fuzz');
          } else if (op === 8) {
            t.slots.load(SLOTS[int(3)] ?? 1);
          } else {
            const theirs = other?.controller.currentSave();
            if (theirs) {
              opening.link = t.controller.openShared(
                encodeShareFragment({ seed: theirs.seed, choiceLog: theirs.choiceLog, story: storyHash }),
              );
              t.rewinds = 0;
            }
          }
        }).not.toThrow();
        if (opening.link) await opening.link;
      }
      const stored = storedSaves(inner);
      const lost = written.filter((run) => !stored.some((s) => holdsRun(s, run)));
      expect(written.length).toBeGreaterThan(5);
      expect(lost.map((r) => `${String(r.seed)}:${r.choiceLog.join('')}`)).toEqual([]);
    });
  }
});
