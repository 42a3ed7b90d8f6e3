import { describe, expect, it } from 'vitest';

import {
  LIMITS,
  parseSave,
  parseSaveFile,
  SAVE_FILE_FORMAT,
  SAVE_SCHEMA_VERSION,
  type SaveGame,
  saveFileText,
} from './SaveGame.ts';

const good: SaveGame = {
  schemaVersion: SAVE_SCHEMA_VERSION,
  storyHash: 'abc123',
  inkState: JSON.stringify({ flows: {}, variablesState: {}, inkSaveVersion: 10, storySeed: 42 }),
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

describe('strict save schema', () => {
  const raw = (patch: Record<string, unknown>): string => JSON.stringify({ ...good, ...patch });

  it.each([
    ['an unknown field', raw({ cheat: true }), 'does not know'],
    ['a __proto__ field', raw({}).replace('{', '{"__proto__":{"polluted":1},'), 'does not know'],
    ['a negative seed', raw({ seed: -1 }), 'seed'],
    ['a seed that is a string', raw({ seed: '42' }), 'seed'],
    ['a story hash with markup', raw({ storyHash: '<img src=x>' }), 'which story'],
    ['a choice log of strings', raw({ choiceLog: ['0'] }), 'choices is damaged'],
    ['a choice log far too long', raw({ choiceLog: new Array<number>(5000).fill(0) }), 'choices is damaged'],
    ['an ink state that is not ink', raw({ inkState: '{"hello":1}' }), 'story state is damaged'],
    ['an ink state that is huge', raw({ inkState: `{"a":"${'x'.repeat(300_000)}"}` }), 'story state'],
    ['a date that is not ISO', raw({ savedAt: 'Tue, 26 Nov 2026 10:00:00 GMT' }), 'date'],
    ['a name with control characters', raw({ name: 'a\u0000b' }), 'name is damaged'],
    ['a name with a bidi override', raw({ name: 'evil\u202eexe.json' }), 'name is damaged'],
    ['a name far too long', raw({ name: 'x'.repeat(61) }), 'name is damaged'],
    ['a protagonist that is a number', raw({ protagonist: 1 }), 'protagonist'],
    ['a schema version that is a string', raw({ schemaVersion: '1' }), 'format version'],
    [
      'an object without a version',
      JSON.stringify({ hello: 'world' }),
      'not a saved game of The Empty Chair',
    ],
    ['null', 'null', 'not a saved game'],
  ])('refuses %s', (_name, text, reason) => {
    const parsed = parseSave(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });

  it('keeps the optional labels and builds a fresh object from checked fields only', () => {
    const labelled = { ...good, name: 'Before the congress', protagonist: 'Stalin', storyDate: 'May 1924' };
    const parsed = parseSave(JSON.stringify(labelled));
    expect(parsed).toEqual({ ok: true, value: labelled });
    if (parsed.ok) expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
  });
});

describe('save files', () => {
  it('round-trips a save through its file', () => {
    expect(parseSaveFile(saveFileText(good))).toEqual({ ok: true, value: good });
    expect(JSON.parse(saveFileText(good))).toMatchObject({ format: SAVE_FILE_FORMAT });
  });

  it.each([
    ['an empty file', '', 'not a saved game'],
    ['a bare save without its envelope', JSON.stringify(good), 'not a saved game of The Empty Chair'],
    ['another game’s file', JSON.stringify({ format: 'other-game/save', save: good }), 'The Empty Chair'],
    [
      'a file with extra fields',
      JSON.stringify({ format: SAVE_FILE_FORMAT, save: good, x: 1 }),
      'does not know',
    ],
    [
      'a file with a damaged save',
      JSON.stringify({ format: SAVE_FILE_FORMAT, save: { ...good, seed: 'x' } }),
      'seed',
    ],
    ['a file cut short', saveFileText(good).slice(0, 80), 'cut short'],
    ['a file too large', `{"format":"${SAVE_FILE_FORMAT}","pad":"${'x'.repeat(LIMITS.file)}"}`, 'too large'],
  ])('refuses %s', (_name, text, reason) => {
    const parsed = parseSaveFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });
});
