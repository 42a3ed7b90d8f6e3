import { describe, expect, it } from 'vitest';

import { SAVE_SCHEMA_VERSION, type SaveGame } from './SaveGame.ts';
import { AUTOSAVE_KEY, KEPT_PREFIX, type KeyValueStorage, memoryStorage, SaveStore } from './SaveStore.ts';

const save: SaveGame = {
  schemaVersion: SAVE_SCHEMA_VERSION,
  storyHash: 'h',
  inkState: '{}',
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
});
