import { describe, expect, it } from 'vitest';

import { parseBallot, parseFacts, parseShift, parseTag, parseTags, parseVote, tagValue } from './tags.ts';

describe('ink tags', () => {
  it('splits KEY: value and upper-cases the key', () => {
    expect(parseTag('date: 21 January 1924')).toEqual({ key: 'DATE', value: '21 January 1924' });
    expect(parseTag(' HISTORICAL ')).toEqual({ key: 'HISTORICAL', value: '' });
    expect(parseTag('PLACE: Moscow: the Kremlin')).toEqual({ key: 'PLACE', value: 'Moscow: the Kremlin' });
  });

  it('finds the first value of a key', () => {
    const tags = parseTags(['SPEAKER: Zinoviev', 'SPEAKER: Kamenev']);
    expect(tagValue(tags, 'SPEAKER')).toBe('Zinoviev');
    expect(tagValue(tags, 'DATE')).toBeUndefined();
  });

  it('reads meter shifts with their cause and fact', () => {
    expect(parseShift('Apparatus 8 Patronage F080')).toEqual({
      meter: 'apparatus',
      delta: 8,
      cause: 'Patronage',
      fact: 'F080',
    });
    expect(parseShift('Suspicion -5 FactionBan F084')).toEqual({
      meter: 'suspicion',
      delta: -5,
      cause: 'FactionBan',
      fact: 'F084',
    });
    expect(parseShift('Apparatus lots Patronage')).toBeUndefined();
    expect(parseShift('')).toBeUndefined();
  });

  it('reads vote tallies whose forum has spaces', () => {
    expect(parseVote('13th Congress 700 48')).toEqual({
      forum: '13th Congress',
      for: 700,
      against: 48,
      ballots: {},
    });
    expect(parseVote('CC plenum 12')).toBeUndefined();
  });

  it('reads fact ids and ignores anything else', () => {
    expect(parseFacts('F013 F095, F012 junk F1')).toEqual(['F013', 'F095', 'F012']);
  });

  it('reads a BALLOT tag: a side and the members who cast it', () => {
    expect(parseBallot('against Trotsky, Zinoviev')).toEqual({
      side: 'against',
      members: ['Trotsky', 'Zinoviev'],
    });
    expect(parseBallot('away Lenin')).toEqual({ side: 'away', members: ['Lenin'] });
    expect(parseBallot('abstain Lenin')).toBeUndefined();
  });
});
