import { describe, expect, it } from 'vitest';

import { ENDINGS_KEY, EndingsStore, parseEndings } from './EndingsStore.ts';
import { KEPT_PREFIX, type KeyValueStorage, memoryStorage } from './SaveStore.ts';

let clock = Date.parse('2026-11-26T12:00:00.000Z');
const now = (): Date => new Date(clock);
const later = (): void => {
  clock += 3_600_000;
};

const supreme = { id: 'stalin_supreme', protagonist: 'Stalin', title: 'The General Secretary.' };

describe('EndingsStore', () => {
  it('starts empty, then remembers each ending reached with when and as whom', () => {
    const storage = memoryStorage();
    const store = new EndingsStore(storage, now);
    expect(store.read()).toEqual({ records: [], problem: null });
    expect(store.record(supreme)).toEqual({ ok: true });
    const first = new Date(clock).toISOString();
    later();
    store.record(supreme);
    store.record({ id: 'fallen_early', protagonist: 'Trotsky', title: 'Arrest.' });
    const { records, problem } = new EndingsStore(storage, now).read();
    expect(problem).toBeNull();
    expect(records).toEqual([
      { ...supreme, firstReached: first, lastReached: new Date(clock).toISOString(), times: 2 },
      {
        id: 'fallen_early',
        protagonist: 'Trotsky',
        title: 'Arrest.',
        firstReached: new Date(clock).toISOString(),
        lastReached: new Date(clock).toISOString(),
        times: 1,
      },
    ]);
    expect(JSON.parse(storage.data.get(ENDINGS_KEY) ?? '')).toMatchObject({ schemaVersion: 1 });
  });

  it('keeps unreadable data aside instead of deleting it, and says so', () => {
    const storage = memoryStorage({ [ENDINGS_KEY]: '{"schemaVersion":1,"reach' });
    const store = new EndingsStore(storage, now);
    const read = store.read();
    const keptAs = `${KEPT_PREFIX}endings-${new Date(clock).toISOString()}`;
    expect(read).toEqual({
      records: [],
      problem: { reason: 'it is not readable (damaged or cut short)', keptAs },
    });
    expect(storage.data.get(keptAs)).toBe('{"schemaVersion":1,"reach');
    // New endings are recorded again, and the problem is still reported in this session.
    expect(store.record(supreme)).toEqual({ ok: true });
    expect(store.read().records.map((r) => r.id)).toEqual(['stalin_supreme']);
    expect(store.read().problem?.keptAs).toBe(keptAs);
  });

  it('keeps the valid records when some are damaged, with the original kept aside', () => {
    const good = {
      ...supreme,
      firstReached: '2026-01-01T00:00:00.000Z',
      lastReached: '2026-01-02T00:00:00.000Z',
      times: 3,
    };
    const raw = JSON.stringify({
      schemaVersion: 1,
      reached: [
        good,
        { ...good, times: -1 },
        { ...good, id: '<script>' },
        'nonsense',
        { ...good, firstReached: 'yesterday' },
      ],
    });
    const storage = memoryStorage({ [ENDINGS_KEY]: raw });
    const read = new EndingsStore(storage, now).read();
    expect(read.records).toEqual([good]);
    expect(read.problem?.reason).toBe('4 of its 5 records are damaged');
    expect(storage.data.get(read.problem?.keptAs ?? '')).toBe(raw);
    expect(parseEndings(storage.data.get(ENDINGS_KEY) ?? '').records).toEqual([good]);
  });

  it.each([
    ['[]', 'it is not a list of endings'],
    ['{"schemaVersion":9,"reached":[]}', 'it was written by a newer version of the game'],
    ['{"schemaVersion":"1","reached":[]}', 'its format is not known'],
  ])('explains what is wrong with %s', (raw, reason) => {
    expect(parseEndings(raw)).toEqual({ records: [], reason });
  });

  it('leaves damaged data untouched, and records nothing over it, when it cannot be kept aside', () => {
    const data = new Map([[ENDINGS_KEY, 'garbage{']]);
    const refusing: KeyValueStorage = {
      getItem: (key) => data.get(key) ?? null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: (key) => data.delete(key),
    };
    const store = new EndingsStore(refusing, now);
    expect(store.read().problem).toEqual({
      reason: 'it is not readable (damaged or cut short)',
      keptAs: null,
    });
    expect(store.record(supreme).ok).toBe(false);
    expect(store.enabled).toBe(false);
    expect(data.get(ENDINGS_KEY)).toBe('garbage{');
  });

  it('says plainly when the browser stores nothing', () => {
    const store = new EndingsStore(null, now);
    expect(store.enabled).toBe(false);
    expect(store.read()).toEqual({ records: [], problem: null });
    expect(store.record(supreme)).toEqual({
      ok: false,
      reason: 'this browser does not allow the game to store data',
    });
  });
});
