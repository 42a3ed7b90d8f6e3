import { describe, expect, it } from 'vitest';

import { SAVE_SCHEMA_VERSION, type SaveGame } from './SaveGame.ts';
import {
  AUTOSAVE_KEY,
  KEPT_PREFIX,
  type KeyValueStorage,
  memoryStorage,
  SaveStore,
  slotKey,
  STORAGE_FULL,
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
    expect(saves.writeProblem()).toBeNull();
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
    expect(saves.keptText(`${KEPT_PREFIX}2026-11-26T12:00:00.000Z`)).toBe('garbage{');
    expect(storage.data.has(AUTOSAVE_KEY)).toBe(false);
    expect(saves.enabled).toBe(true);
    expect(saves.listKept()).toEqual([
      {
        key: `${KEPT_PREFIX}2026-11-26T12:00:00.000Z`,
        why: 'unreadable',
        keptAt: '2026-11-26T12:00:00.000Z',
        read: { ok: false, reason: 'it is not readable (damaged or cut short)' },
      },
    ]);
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
    expect(saves.writeSlot(1, save)).toEqual({ ok: false, reason: STORAGE_FULL });
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

  it('reads every save from a storage that is full, and says what to do', () => {
    const storage = memoryStorage({
      [AUTOSAVE_KEY]: JSON.stringify(save),
      [slotKey(1)]: JSON.stringify({ ...save, seed: 9, name: 'Kept in a slot' }),
    });
    const full: KeyValueStorage = {
      ...storage,
      getItem: (k) => storage.getItem(k),
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: (k) => {
        storage.removeItem(k);
      },
      key: (i) => storage.key?.(i) ?? null,
      get length() {
        return storage.data.size;
      },
    };
    const saves = new SaveStore(full, at);
    expect(saves.writeProblem()).toBe(STORAGE_FULL);
    expect(saves.enabled).toBe(true);
    expect(saves.readAutosave()).toEqual({ status: 'ok', save });
    expect(saves.readSlot(1)).toMatchObject({ status: 'ok' });
    // A different run cannot replace the autosave without a copy, and the copy cannot be written: refused.
    const other = { ...save, seed: 8, choiceLog: [0] };
    const refused = saves.writeAutosave(other);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason).toContain('could not be copied first, so it was not overwritten');
    expect(saves.readAutosave()).toEqual({ status: 'ok', save });
  });
});

describe('no run is overwritten without a copy', () => {
  const run = (seed: number, choiceLog: number[], extra: Partial<SaveGame> = {}): SaveGame => ({
    ...save,
    seed,
    choiceLog,
    ...extra,
  });

  it('plays on, rewinds with the road kept as a branch, and never keeps a copy it does not need', () => {
    const storage = memoryStorage();
    const saves = new SaveStore(storage, at);
    expect(saves.writeAutosave(run(1, [0]))).toEqual({ ok: true });
    expect(saves.writeAutosave(run(1, [0, 2, 1]))).toEqual({ ok: true });
    const rewound = run(1, [0], {
      branches: [{ seed: 1, choiceLog: [0, 2, 1], ending: null, lastDate: null }],
    });
    expect(saves.writeAutosave(rewound)).toEqual({ ok: true });
    expect(saves.listKept()).toEqual([]);
  });

  it('keeps the autosave aside, with the reason, before a new game, a shared run or a loaded save replaces it', () => {
    let clock = Date.parse('2026-11-26T12:00:00.000Z');
    const storage = memoryStorage();
    const saves = new SaveStore(storage, () => new Date((clock += 1000)));
    saves.writeAutosave(run(1, [0, 1]));
    saves.replacing('new-game');
    const first = saves.writeAutosave(run(2, [1]));
    expect(first).toMatchObject({ ok: true, kept: { why: 'new-game', save: run(1, [0, 1]) } });
    saves.replacing('shared-run');
    expect(saves.writeAutosave(run(3, [0]))).toMatchObject({ ok: true, kept: { why: 'shared-run' } });
    saves.replacing('loaded');
    expect(saves.writeAutosave(run(4, [0]))).toMatchObject({ ok: true, kept: { why: 'loaded' } });
    // Without a reason given, another run replacing this page's own autosave is a loaded one.
    expect(saves.writeAutosave(run(5, [0]))).toMatchObject({ ok: true, kept: { why: 'loaded' } });
    expect(saves.listKept().map((k) => [k.why, k.read.ok && k.read.save.seed])).toEqual([
      ['loaded', 4],
      ['loaded', 3],
      ['shared-run', 2],
      ['new-game', 1],
    ]);
    // A run already in a slot is not copied again.
    saves.writeSlot(1, run(5, [0]));
    expect(saves.writeAutosave(run(6, [0]))).toEqual({ ok: true });
  });

  it('counts a run as held only with its branches: a shared copy played on keeps the autosave with them', () => {
    const storage = memoryStorage();
    const saves = new SaveStore(storage, at);
    const branch = { seed: 1, choiceLog: [1, 0], ending: null, lastDate: null };
    saves.writeAutosave(run(1, [0, 2], { branches: [branch] }));
    // The same run played on from a share link carries no branches.
    saves.replacing('shared-run');
    expect(saves.writeAutosave(run(1, [0, 2, 1]))).toMatchObject({ ok: true, kept: { why: 'shared-run' } });
    // A slot holding the run without its branch does not count as a copy of it.
    const other = new SaveStore(memoryStorage(), at);
    other.writeAutosave(run(1, [0, 2], { branches: [branch] }));
    other.writeSlot(1, run(1, [0, 2]));
    other.replacing('new-game');
    expect(other.writeAutosave(run(2, [0]))).toMatchObject({ ok: true, kept: { why: 'new-game' } });
  });

  it('never takes a slot or an autosave the browser would not read for an empty one', () => {
    const storage = memoryStorage();
    const saves = new SaveStore(storage, at);
    saves.writeAutosave(run(1, [0]));
    saves.writeSlot(2, run(1, [0]));
    const refusing = new SaveStore(
      {
        ...storage,
        getItem: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      },
      at,
    );
    expect(refusing.readSlot(2)).toMatchObject({ status: 'unreadable', keptAs: slotKey(2) });
    expect(refusing.readAutosave()).toMatchObject({ status: 'unreadable', keptAs: null });
    expect(refusing.writeAutosave(run(2, [0]))).toMatchObject({ ok: false });
    expect(storage.data.get(AUTOSAVE_KEY)).toBe(JSON.stringify(run(1, [0])));
  });

  it('keeps what another tab wrote, and a separate run goes to a kept save of its own', () => {
    const storage = memoryStorage();
    const tabA = new SaveStore(storage, at);
    const tabB = new SaveStore(storage, () => new Date('2026-11-26T13:00:00.000Z'));
    tabA.writeAutosave(run(1, [0]));
    expect(tabB.readAutosave()).toMatchObject({ status: 'ok' });
    // Both play on from the same run, differently.
    expect(tabA.writeAutosave(run(1, [0, 1]))).toEqual({ ok: true });
    expect(tabB.writeAutosave(run(1, [0, 2]))).toMatchObject({
      ok: true,
      kept: { why: 'other-tab', save: run(1, [0, 1]) },
    });
    tabA.playSeparately();
    expect(tabA.writeAutosave(run(1, [0, 1, 3]))).toEqual({ ok: true });
    expect(tabA.writeAutosave(run(1, [0, 1, 3, 0]))).toEqual({ ok: true });
    expect(tabB.readAutosave()).toEqual({ status: 'ok', save: run(1, [0, 2]) });
    const separate = tabB.listKept().filter((k) => k.why === 'separate-tab');
    expect(separate).toHaveLength(1);
    expect(separate[0]?.read).toEqual({ ok: true, save: run(1, [0, 1, 3, 0]) });
  });

  it('deletes a kept save only when asked, and lists older kept saves (the bare text) as unreadable ones', () => {
    const key = `${KEPT_PREFIX}2025-01-01T00:00:00.000Z`;
    const storage = memoryStorage({
      [key]: JSON.stringify(save),
      [`${KEPT_PREFIX}settings-2025-01-01T00:00:00.000Z`]: '{}',
    });
    const saves = new SaveStore(storage, at);
    expect(saves.listKept()).toEqual([
      { key, why: 'unreadable', keptAt: '2025-01-01T00:00:00.000Z', read: { ok: true, save } },
    ]);
    expect(saves.deleteKept('the-empty-chair/slot/1')).toMatchObject({ ok: false });
    expect(saves.deleteKept(key)).toEqual({ ok: true });
    expect(saves.listKept()).toEqual([]);
    expect(storage.data.size).toBe(1);
  });
});
