import { describe, expect, it } from 'vitest';

import { SAVE_SCHEMA_VERSION, type SaveGame } from './SaveGame.ts';
import {
  AUTOSAVE_KEY,
  KEPT_PREFIX,
  type KeyValueStorage,
  memoryStorage,
  SaveStore,
  slotKey,
} from './SaveStore.ts';

const save: SaveGame = {
  schemaVersion: SAVE_SCHEMA_VERSION,
  storyHash: 'h',
  inkState: JSON.stringify({ flows: {}, variablesState: {}, inkSaveVersion: 10, storySeed: 7 }),
  choiceLog: [1],
  seed: 7,
  savedAt: '2026-11-26T10:00:00.000Z',
};
const at = (): Date => new Date('2026-11-26T12:00:00.000Z');

describe('SaveStore', () => {
  it('writes and reads the autosave', () => {
    const saves = new SaveStore(memoryStorage(), at);
    expect(saves.readAutosave()).toEqual({ status: 'none' });
    expect(saves.writeAutosave(save)).toEqual({ ok: true });
    expect(saves.hasAutosave()).toBe(true);
    expect(saves.readAutosave()).toEqual({ status: 'ok', save });
  });

  it('keeps an unreadable save aside instead of deleting it', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: 'garbage{' });
    const saves = new SaveStore(storage, at);
    const read = saves.readAutosave();
    expect(read).toEqual({
      status: 'unreadable',
      reason: 'it is not readable (damaged or cut short)',
      keptAs: `${KEPT_PREFIX}2026-11-26T12:00:00.000Z`,
    });
    expect(storage.data.get(`${KEPT_PREFIX}2026-11-26T12:00:00.000Z`)).toBe('garbage{');
    expect(storage.data.has(AUTOSAVE_KEY)).toBe(false);
    expect(saves.enabled).toBe(true);
  });

  it('leaves an unreadable save in place, and stops saving, when it cannot be moved', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: 'garbage{' });
    const full: KeyValueStorage = {
      getItem: (k) => storage.getItem(k),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: (k) => {
        storage.removeItem(k);
      },
    };
    const saves = new SaveStore(full, at);
    expect(saves.readAutosave()).toMatchObject({ status: 'unreadable', keptAs: null });
    expect(storage.data.get(AUTOSAVE_KEY)).toBe('garbage{');
    expect(saves.enabled).toBe(false);
    expect(saves.writeAutosave(save).ok).toBe(false);
    expect(storage.data.get(AUTOSAVE_KEY)).toBe('garbage{');
  });

  it('reports a full storage on write without throwing', () => {
    const saves = new SaveStore(
      {
        getItem: () => null,
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
        removeItem: () => undefined,
      },
      at,
    );
    const result = saves.writeAutosave(save);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('full');
  });

  it('works with no storage at all, saying saving is off', () => {
    const saves = new SaveStore(null, at);
    expect(saves.enabled).toBe(false);
    expect(saves.readAutosave()).toEqual({ status: 'none' });
    expect(saves.writeAutosave(save).ok).toBe(false);
  });

  it('keeps three slots apart from the autosave', () => {
    const storage = memoryStorage();
    const saves = new SaveStore(storage, at);
    const named = { ...save, name: 'Before the congress' };
    expect(saves.writeSlot(2, named)).toEqual({ ok: true });
    expect(saves.readSlot(2)).toEqual({ status: 'ok', save: named });
    expect(saves.readSlot(1)).toEqual({ status: 'none' });
    expect(saves.hasAutosave()).toBe(false);
    expect(saves.deleteSlot(2)).toEqual({ ok: true });
    expect(saves.readSlot(2)).toEqual({ status: 'none' });
  });

  it('leaves a damaged slot where it is', () => {
    const storage = memoryStorage({ [slotKey(3)]: '{"schemaVersion":1' });
    const saves = new SaveStore(storage, at);
    expect(saves.readSlot(3)).toMatchObject({ status: 'unreadable', keptAs: slotKey(3) });
    expect(storage.data.get(slotKey(3))).toBe('{"schemaVersion":1');
  });

  it('reports a QuotaExceededError on a slot write and changes nothing', () => {
    const storage = memoryStorage();
    const saves = new SaveStore(
      {
        getItem: (k) => storage.getItem(k),
        setItem: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
        removeItem: (k) => {
          storage.removeItem(k);
        },
      },
      at,
    );
    expect(saves.writeSlot(1, save)).toEqual({
      ok: false,
      reason: "the browser's storage for this site is full",
    });
    expect(storage.data.size).toBe(0);
  });

  it('says storage refused a write that is not about space', () => {
    const saves = new SaveStore({
      getItem: () => null,
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => undefined,
    });
    expect(saves.writeSlot(1, save)).toEqual({ ok: false, reason: 'the browser refused to store the save' });
  });

  it('has no slots without storage', () => {
    const saves = new SaveStore(null, at);
    expect(saves.slotsEnabled).toBe(false);
    expect(saves.readSlot(1)).toEqual({ status: 'none' });
    expect(saves.writeSlot(1, save).ok).toBe(false);
    expect(saves.deleteSlot(1).ok).toBe(false);
  });
});
