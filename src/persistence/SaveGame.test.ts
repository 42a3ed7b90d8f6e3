import { describe, expect, it } from 'vitest';

import { parseSave, SAVE_SCHEMA_VERSION, type SaveGame } from './SaveGame.ts';

const good: SaveGame = {
  schemaVersion: SAVE_SCHEMA_VERSION,
  storyHash: 'abc123',
  inkState: JSON.stringify({ flows: {} }),
  choiceLog: [0, 2, 1],
  seed: 42,
  savedAt: '2026-11-26T10:00:00.000Z',
};

describe('save validation', () => {
  it('accepts a well-formed save', () => {
    expect(parseSave(JSON.stringify(good))).toEqual({ ok: true, value: good });
  });

  it.each([
    ['not JSON', '{"schemaVersion":1', 'not readable'],
    ['not an object', '[1,2,3]', 'not a saved game'],
    ['from a newer game', JSON.stringify({ ...good, schemaVersion: 99 }), 'newer version'],
    ['an old format', JSON.stringify({ ...good, schemaVersion: 0 }), 'no longer supported'],
    ['no story hash', JSON.stringify({ ...good, storyHash: '' }), 'which story'],
    ['a damaged ink state', JSON.stringify({ ...good, inkState: '{oops' }), 'story state is damaged'],
    ['a bad choice log', JSON.stringify({ ...good, choiceLog: [0, -1] }), 'choices is damaged'],
    ['a fractional seed', JSON.stringify({ ...good, seed: 1.5 }), 'seed'],
    ['a bad date', JSON.stringify({ ...good, savedAt: 'yesterday' }), 'date'],
  ])('refuses %s with a plain reason', (_name, raw, reason) => {
    const parsed = parseSave(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });
});
