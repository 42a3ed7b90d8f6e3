import { describe, expect, it } from 'vitest';

import { initialState } from '../core/gameState.ts';
import { closingLine, posterSeats, tableInWords } from './EndingPoster.ts';

const end = {
  ...initialState(),
  protagonist: 'Stalin',
  politburo: ['Stalin', 'Rykov', 'Molotov', 'Kalinin', 'Voroshilov'],
  candidates: ['Rudzutak'],
  firstTable: [
    'Lenin',
    'Trotsky',
    'Stalin',
    'Zinoviev',
    'Kamenev',
    'Rykov',
    'Tomsky',
    'Bukharin',
    'Kalinin',
    'Molotov',
  ],
  leninDead: true,
  hostile: ['Rykov'],
};

describe('the ending poster', () => {
  it('seats who is left, marks who is gone since the start, and mourns Lenin', () => {
    const seats = posterSeats(end);
    const fate = Object.fromEntries(seats.map((s) => [s.member, s.fate]));
    expect(fate).toEqual({
      Lenin: 'mourning',
      Trotsky: 'gone',
      Stalin: 'you',
      Zinoviev: 'gone',
      Kamenev: 'gone',
      Rykov: 'seated',
      Tomsky: 'gone',
      Bukharin: 'gone',
      Kalinin: 'seated',
      Molotov: 'seated',
      Rudzutak: 'candidate',
      Voroshilov: 'seated',
    });
    // Kuibyshev never sat at this table, so he is not on the poster.
    expect(seats.find((s) => s.member === 'Kuibyshev')).toBeUndefined();
    expect(seats.find((s) => s.member === 'Rykov')?.pose).toBe('hostile');
  });

  it('says the picture in words', () => {
    expect(tableInWords(posterSeats(end))).toBe(
      'At the table at the end: Stalin, Rykov, Kalinin, Molotov, Rudzutak and Voroshilov. ' +
        'Gone from it: Trotsky, Zinoviev, Kamenev, Tomsky and Bukharin. ' +
        "Lenin's chair is in mourning.",
    );
  });

  it("takes the run's last narrated line, not a speech or the title", () => {
    const transcript = [
      { kind: 'ending' as const, text: 'The Great Break.', id: 'stalin_wins' },
      { kind: 'text' as const, text: 'You won as Stalin won.', speaker: null },
      { kind: 'text' as const, text: '"Koba."', speaker: 'Bukharin' },
    ];
    expect(closingLine({ ...end, transcript })).toBe('You won as Stalin won.');
    expect(closingLine({ ...end, transcript: transcript.slice(0, 1) })).toBe('');
  });
});
