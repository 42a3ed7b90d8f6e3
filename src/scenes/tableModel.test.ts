import { describe, expect, it } from 'vitest';

import { type GameState, initialState } from '../core/gameState.ts';
import {
  endingView,
  meterChanges,
  newVote,
  poseFor,
  seatChanges,
  tableView,
  voteCards,
  yearOf,
} from './tableModel.ts';

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

  it('turns hostile the members the story counts hostile to you, never you', () => {
    const state = trotsky1923({ hostile: ['Stalin', 'Molotov', 'Trotsky'], allied: ['Zinoviev'] });
    expect(poseFor('Molotov', state)).toBe('hostile');
    expect(poseFor('Stalin', state)).toBe('hostile');
    expect(poseFor('Zinoviev', state)).toBe('neutral');
    expect(poseFor('Trotsky', state)).toBe('neutral');
    // The table keeps no thresholds of its own: low meters alone turn nobody.
    expect(
      poseFor('Molotov', trotsky1923({ meters: { ...state.meters, apparatus: 0, suspicion: 100 } })),
    ).toBe('neutral');
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
    const vote = { forum: '12th Congress', for: 120, against: 288, ballots: {} };
    const before = trotsky1923({ transcript: [{ kind: 'text', text: 'Before.', speaker: null }] });
    const after = trotsky1923({
      beat: 4,
      transcript: [...before.transcript, { kind: 'vote', text: 'For: 120. Against: 288.', vote }],
    });
    expect(newVote(after, before)).toEqual(vote);
    expect(newVote(after, { ...after })).toBeNull();
    expect(newVote(after, null)).toBeNull();
  });

  it("raises the cards the story's ballots say, for the members seated now only", () => {
    const vote = {
      forum: '13th Party Conference',
      for: 122,
      against: 6,
      ballots: {
        Lenin: 'away',
        Trotsky: 'away',
        Stalin: 'for',
        Zinoviev: 'for',
        Kamenev: 'against',
      } as const,
    };
    const cards = voteCards(['Lenin', 'Trotsky', 'Stalin', 'Zinoviev', 'Rykov'], vote);
    expect([...cards]).toEqual([
      ['Stalin', 'for'],
      ['Zinoviev', 'for'],
    ]);
    expect(voteCards([], vote).size).toBe(0);
  });

  describe('at an ending', () => {
    /** Trotsky deported, April 1929: the plenum's vote, then the ending, as the story tags it. */
    const deported = (patch: Partial<GameState> = {}): GameState =>
      trotsky1923({
        leninDead: true,
        politburo: ['Stalin', 'Rykov', 'Tomsky', 'Bukharin', 'Kalinin', 'Molotov', 'Voroshilov'],
        candidates: ['Rudzutak', 'Kuibyshev'],
        firstTable: ['Lenin', 'Trotsky', 'Stalin', 'Zinoviev', 'Kamenev', 'Rykov', 'Tomsky', 'Bukharin'],
        hostile: ['Stalin', 'Molotov'],
        speaker: 'Trotsky',
        date: 'April 1929',
        ending: 'trotsky_deported',
        choices: [],
        transcript: [
          {
            kind: 'vote',
            text: 'The plenum votes.',
            vote: { forum: 'CC plenum', for: 25, against: 46, ballots: { Stalin: 'against' } },
          },
          {
            kind: 'ending',
            text: 'A Planet Without a Visa.',
            id: 'trotsky_deported',
            poster: [
              { role: 'head', member: 'Stalin' },
              { role: 'away', member: 'Trotsky' },
            ],
          },
        ],
        ...patch,
      });

    it("shows the ending's title and who holds the head of the table, as the POSTER tag says", () => {
      const view = tableView(deported());
      expect(view.ending).toEqual({
        id: 'trotsky_deported',
        title: 'A Planet Without a Visa.',
        head: 'Stalin',
        line: 'THE END · STALIN AT THE HEAD',
      });
      // The head holds the floor (the last line's speaker does not); the rest keep their poses.
      expect(view.speaker).toBe('Stalin');
      expect(view.seats.Stalin.pose).toBe('speaking');
      expect(view.seats.Molotov.pose).toBe('hostile');
    });

    it('marks everyone gone since the run began, and nobody still seated or never there', () => {
      const view = tableView(deported());
      const gone = Object.values(view.seats)
        .filter((s) => s.gone)
        .map((s) => s.member);
      // Lenin's chair is in mourning, not struck; Voroshilov and Kuibyshev came later and stay.
      expect(gone).toEqual(['Trotsky', 'Zinoviev', 'Kamenev']);
      expect(view.seats.Lenin.state).toBe('mourning');
    });

    it('is a table of equals with nobody at its head, or a plain end', () => {
      const equals = tableView(
        deported({
          transcript: [
            {
              kind: 'ending',
              text: "Lenin's Wish.",
              id: 'collective_leadership',
              poster: [{ role: 'equals', member: null }],
            },
          ],
        }),
      );
      expect(equals.ending?.head).toBeNull();
      expect(equals.ending?.line).toBe('THE END · A TABLE OF EQUALS');
      expect(equals.speaker).toBeNull();
      // A head who has left the table is not put back at its head.
      const fallen = deported({
        transcript: [
          {
            kind: 'ending',
            text: 'Bonaparte.',
            id: 'army_coup',
            poster: [{ role: 'uniform', member: 'Trotsky' }],
          },
        ],
      });
      expect(endingView(fallen)).toMatchObject({ head: null, line: 'THE END' });
    });

    it('is not an ending while there is still a choice to make, and marks nobody gone before it', () => {
      const view = tableView(
        deported({
          choices: [{ index: 0, text: 'Go', historical: false, protagonist: null }],
          speaker: 'Molotov',
        }),
      );
      expect(view.ending).toBeNull();
      expect(Object.values(view.seats).some((s) => s.gone)).toBe(false);
      expect(view.speaker).toBe('Molotov');
      expect(view.seats.Stalin.pose).toBe('hostile');
    });
  });

  it('reads the year from the story’s dates', () => {
    expect(yearOf('21 January 1924')).toBe('1924');
    expect(yearOf('December 1927 – January 1928')).toBe('1928');
    expect(yearOf(null)).toBeNull();
    expect(yearOf('spring')).toBeNull();
  });
});
