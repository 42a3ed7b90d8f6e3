import { describe, expect, it } from 'vitest';

import { type GameState, initialState } from '../core/gameState.ts';
import { meterChanges, newVote, poseFor, seatChanges, tableView, voteCards, yearOf } from './tableModel.ts';

/** A run as Trotsky in 1923, Lenin alive: the Politburo of the 11th Congress. */
function trotsky1923(patch: Partial<GameState> = {}): GameState {
  return {
    ...initialState(),
    screen: 'story',
    protagonist: 'Trotsky',
    politburo: ['Lenin', 'Trotsky', 'Stalin', 'Zinoviev', 'Kamenev', 'Rykov', 'Tomsky'],
    candidates: ['Bukharin', 'Kalinin', 'Molotov'],
    meters: { apparatus: 15, left: 55, right: 30, army: 70, mantle: 45, suspicion: 40 },
    date: '17–25 April 1923',
    generalSecretary: 'Stalin',
    beat: 3,
    ...patch,
  };
}

describe('the table model', () => {
  it('waits with every chair empty until a protagonist is chosen', () => {
    const view = tableView(initialState());
    expect(view.started).toBe(false);
    expect(Object.values(view.seats).every((s) => s.state === 'empty')).toBe(true);
  });

  it('seats the members and candidates of the date, and marks your chair', () => {
    const view = tableView(trotsky1923());
    expect(view.seats.Stalin.state).toBe('member');
    expect(view.seats.Molotov.state).toBe('candidate');
    expect(view.seats.Voroshilov.state).toBe('empty');
    expect(view.seats.Lenin.state).toBe('member');
    expect(view.seats.Trotsky.you).toBe(true);
    expect(view.seats.Stalin.you).toBe(false);
    expect(view.year).toBe('1923');
  });

  it("leaves Lenin's chair empty, in mourning, after his death", () => {
    const view = tableView(trotsky1923({ leninDead: true, politburo: ['Trotsky', 'Stalin'] }));
    expect(view.seats.Lenin.state).toBe('mourning');
  });

  it('reports who leaves and who arrives', () => {
    const before = tableView(trotsky1923());
    const after = tableView(
      trotsky1923({
        leninDead: true,
        politburo: ['Trotsky', 'Stalin', 'Zinoviev', 'Rykov', 'Tomsky', 'Bukharin', 'Molotov'],
        candidates: ['Kamenev', 'Kalinin'],
      }),
    );
    expect(seatChanges(before, after)).toEqual([
      { member: 'Lenin', from: 'member', to: 'mourning' },
      { member: 'Kamenev', from: 'member', to: 'candidate' },
      { member: 'Bukharin', from: 'candidate', to: 'member' },
      { member: 'Molotov', from: 'candidate', to: 'member' },
    ]);
  });

  it('shows the speaker speaking, only when they sit at the table', () => {
    expect(poseFor('Zinoviev', trotsky1923({ speaker: 'Zinoviev' }))).toBe('speaking');
    expect(tableView(trotsky1923({ speaker: 'Zinoviev' })).speaker).toBe('Zinoviev');
    expect(tableView(trotsky1923({ speaker: 'Krupskaya' })).speaker).toBeNull();
    expect(tableView(trotsky1923({ speaker: 'Voroshilov' })).speaker).toBeNull();
  });

  it('turns hostile the members whose faction has turned against you, never you', () => {
    const state = trotsky1923();
    expect(poseFor('Molotov', state)).toBe('hostile'); // apparatus 15
    expect(poseFor('Zinoviev', state)).toBe('neutral'); // left 55
    expect(poseFor('Trotsky', state)).toBe('neutral');
    expect(poseFor('Stalin', state)).toBe('neutral'); // suspicion 40
    expect(poseFor('Stalin', trotsky1923({ meters: { ...state.meters, suspicion: 70 } }))).toBe('hostile');
    // A fall in this beat sours a faction that was lukewarm.
    const fell = trotsky1923({
      meters: { ...state.meters, left: 40 },
      shifts: [{ meter: 'left', delta: -6, cause: 'Alliances', fact: 'F097' }],
    });
    expect(poseFor('Kamenev', fell)).toBe('hostile');
    expect(poseFor('Kamenev', trotsky1923({ meters: { ...state.meters, left: 40 } }))).toBe('neutral');
  });

  it('sums each meter’s shifts with their causes, good or bad for you', () => {
    const changes = meterChanges([
      { meter: 'apparatus', delta: -5, cause: 'Patronage', fact: 'F080' },
      { meter: 'suspicion', delta: 4, cause: 'Underestimated', fact: 'F094' },
      { meter: 'apparatus', delta: -3, cause: 'AtTheCentre', fact: 'F078' },
      { meter: 'left', delta: 0, cause: 'Luck', fact: 'F073' },
    ]);
    expect(changes).toEqual([
      {
        meter: 'apparatus',
        label: 'Apparatus',
        delta: -8,
        causes: ['Jobs for supporters', 'Being at the centre'],
        good: false,
      },
      { meter: 'suspicion', label: 'Suspicion', delta: 4, causes: ['Being underestimated'], good: false },
    ]);
  });

  it('finds the vote a new beat brought, and not on a redraw', () => {
    const vote = { forum: '12th Congress', for: 120, against: 288 };
    const before = trotsky1923({ transcript: [{ kind: 'text', text: 'Before.', speaker: null }] });
    const after = trotsky1923({
      beat: 4,
      transcript: [...before.transcript, { kind: 'vote', text: 'For: 120. Against: 288.', vote }],
    });
    expect(newVote(after, before)).toEqual(vote);
    expect(newVote(after, { ...after })).toBeNull();
    expect(newVote(after, null)).toBeNull();
  });

  it('deals vote cards in proportion to the tally, one of each when both sides have votes', () => {
    const seated = [
      'Trotsky',
      'Stalin',
      'Zinoviev',
      'Kamenev',
      'Rykov',
      'Tomsky',
      'Bukharin',
      'Kalinin',
    ] as const;
    const count = (vote: { for: number; against: number }): number =>
      [...voteCards(seated, { forum: 'CC plenum', ...vote }).values()].filter((v) => v === 'for').length;
    expect(count({ for: 31, against: 9 })).toBe(6);
    expect(count({ for: 9, against: 31 })).toBe(2);
    expect(count({ for: 747, against: 1 })).toBe(7);
    expect(count({ for: 1, against: 747 })).toBe(1);
    expect(count({ for: 40, against: 0 })).toBe(8);
    expect(count({ for: 0, against: 40 })).toBe(0);
    expect(voteCards([], { forum: 'x', for: 1, against: 1 }).size).toBe(0);
  });

  it('reads the year from the story’s dates', () => {
    expect(yearOf('21 January 1924')).toBe('1924');
    expect(yearOf('December 1927 – January 1928')).toBe('1928');
    expect(yearOf(null)).toBeNull();
    expect(yearOf('spring')).toBeNull();
  });
});
