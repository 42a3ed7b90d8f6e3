import { describe, expect, it } from 'vitest';

import { initialState } from '../core/gameState.ts';
import { closingLine, composition, posterSeats, tableInWords } from './EndingPoster.ts';

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
    expect(tableInWords(composition(posterSeats(end), []))).toBe(
      'At the table at the end: Stalin, Rykov, Kalinin, Molotov, Rudzutak and Voroshilov. ' +
        'Gone from it: Trotsky, Zinoviev, Kamenev, Tomsky and Bukharin. ' +
        "Lenin's chair is in mourning.",
    );
  });

  it("composes the ending as the story's roles tell it: the victor at the head, the exile apart", () => {
    const poster = composition(posterSeats(end), [
      { role: 'head', member: 'Stalin' },
      { role: 'away', member: 'Trotsky' },
    ]);
    expect(poster.kind).toBe('head');
    expect(poster.head?.member).toBe('Stalin');
    expect(poster.table.map((s) => s.member)).toEqual([
      'Rykov',
      'Kalinin',
      'Molotov',
      'Rudzutak',
      'Voroshilov',
    ]);
    expect(poster.apart).toEqual([{ member: 'Trotsky', fate: 'gone', pose: 'neutral', facing: 'away' }]);
    expect(poster.empty.map((s) => s.member)).toEqual(['Lenin', 'Zinoviev', 'Kamenev', 'Tomsky', 'Bukharin']);
    expect(tableInWords(poster)).toBe(
      'Stalin sits alone at the head of the table. Beside him: Rykov, Kalinin, Molotov, Rudzutak and Voroshilov. ' +
        "Trotsky's chair stands apart, turned away from the table. " +
        'Gone from it: Zinoviev, Kamenev, Tomsky and Bukharin. ' +
        "Lenin's chair is in mourning.",
    );
  });

  it('seats a table of equals with nobody at its head, and puts the uniform at the head', () => {
    const equals = composition(posterSeats(end), [{ role: 'equals', member: null }]);
    expect(equals.kind).toBe('equals');
    expect(equals.head).toBeNull();
    expect(equals.emptyHead?.member).toBe('Lenin');
    expect(equals.table).toHaveLength(6);
    expect(tableInWords(equals)).toMatch(/^At the table, as equals, nobody at its head: Stalin, /);
    const army = composition(posterSeats(end), [{ role: 'uniform', member: 'Stalin' }]);
    expect(army.kind).toBe('uniform');
    expect(army.head?.fate).toBe('you');
    expect(tableInWords(army)).toMatch(/^Stalin sits in uniform, at the head of the table\./);
  });

  it('draws a head who has left the table where he is, not at its head', () => {
    const poster = composition(posterSeats(end), [{ role: 'head', member: 'Trotsky' }]);
    expect(poster.kind).toBe('table');
    expect(poster.head).toBeNull();
    expect(poster.empty.map((s) => s.member)).toContain('Trotsky');
  });

  it("takes the run's last narrated line, not a speech or the title", () => {
    const transcript = [
      { kind: 'ending' as const, text: 'The Great Break.', id: 'stalin_wins', poster: [] },
      { kind: 'text' as const, text: 'You won as Stalin won.', speaker: null },
      { kind: 'text' as const, text: '"Koba."', speaker: 'Bukharin' },
    ];
    expect(closingLine({ ...end, transcript })).toBe('You won as Stalin won.');
    expect(closingLine({ ...end, transcript: transcript.slice(0, 1) })).toBe('');
  });
});
