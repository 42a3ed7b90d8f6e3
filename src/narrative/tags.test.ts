import { describe, expect, it } from 'vitest';

import { parseFacts, parseShift, parseVote, readChoiceTags, readLineTags } from './tags.ts';

describe('ink tags', () => {
  it('reads each documented tag into its typed field, values as written after the first colon', () => {
    expect(
      readLineTags([
        'DATE: 21 January 1924',
        'PLACE: Moscow: the Kremlin',
        'SPEAKER: Zinoviev',
        'SPEAKER: Kamenev',
      ]),
    ).toEqual({ date: '21 January 1924', place: 'Moscow: the Kremlin', speaker: 'Zinoviev' });
    expect(readLineTags([' QUESTION ', 'FACT: F013 F095'])).toEqual({
      question: true,
      facts: ['F013', 'F095'],
    });
    expect(readChoiceTags(['HISTORICAL'])).toEqual({ historical: true, protagonist: null });
    expect(readChoiceTags(['PROTAGONIST: Stalin'])).toEqual({ historical: false, protagonist: 'Stalin' });
  });

  it('keeps the global tags apart from the directives: `title:` is the story, `TITLE:` a decision', () => {
    expect(readLineTags(['title: The Empty Chair', 'TITLE: The telegram'])).toEqual({
      storyTitle: 'The Empty Chair',
      title: 'The telegram',
    });
  });

  it('sets aside a tag it does not know, or cannot read, for the story tests to refuse', () => {
    expect(readLineTags(['MOOD: grim', 'SHIFT: Apparatus lots Patronage']).unknown).toEqual([
      'MOOD: grim',
      'SHIFT: Apparatus lots Patronage',
    ]);
    expect(readChoiceTags(['date: 1924']).unknown).toEqual(['date: 1924']);
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
    expect(parseVote('13th Congress 700 48')).toEqual({ forum: '13th Congress', for: 700, against: 48 });
    expect(parseVote('CC plenum 12')).toBeUndefined();
  });

  it('reads fact ids and ignores anything else', () => {
    expect(parseFacts('F013 F095, F012 junk F1')).toEqual(['F013', 'F095', 'F012']);
  });
});
