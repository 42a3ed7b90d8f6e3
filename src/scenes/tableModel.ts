/**
 * What the table shows, read from the store: who sits where, in which pose, what moved and why, and
 * which vote to play. Pure functions (no Phaser, no DOM), so the rules of the picture are unit-tested.
 */
import type { Entry, GameState } from '../core/gameState.ts';
import { causeLabel, isGoodShift, type MeterId, METERS } from '../model/meters.ts';
import { isMember, type Member, MEMBERS } from './portraits/looks.ts';
import type { Pose } from './portraits/portraitSvg.ts';

export type Vote = Extract<Entry, { kind: 'vote' }>['vote'];
type Shift = GameState['shifts'][number];

/** 'mourning' is Lenin's chair after his death: empty, with a black band. */
export type SeatState = 'member' | 'candidate' | 'empty' | 'mourning';

export interface SeatView {
  member: Member;
  state: SeatState;
  pose: Pose;
  /** The player's own chair. */
  you: boolean;
}

export interface TableView {
  /** False on the title screen: the table waits with its chairs empty. */
  started: boolean;
  seats: Record<Member, SeatView>;
  speaker: Member | null;
  protagonist: Member | null;
  date: string | null;
  /** The year of the date, shown large. */
  year: string | null;
  secretary: string;
}

export interface MeterChange {
  meter: MeterId;
  label: string;
  delta: number;
  /** The causes of this beat's shifts on this meter, as words ("patronage"). */
  causes: string[];
  good: boolean;
}

/** Whose support each member's mood follows: the faction meter they stand for. */
export const FACTION: Partial<Record<Member, MeterId>> = {
  Lenin: 'mantle',
  Zinoviev: 'left',
  Kamenev: 'left',
  Bukharin: 'right',
  Rykov: 'right',
  Tomsky: 'right',
  Voroshilov: 'army',
  Molotov: 'apparatus',
  Kalinin: 'apparatus',
  Kuibyshev: 'apparatus',
  Rudzutak: 'apparatus',
};

/** Below this support a member glowers at you; after a bad shift, below the second. */
export const HOSTILE_BELOW = 30;
export const HOSTILE_AFTER_FALL_BELOW = 45;

export function seatState(member: Member, state: GameState): SeatState {
  if (member === 'Lenin' && state.leninDead) return 'mourning';
  if (state.politburo.includes(member)) return 'member';
  if (state.candidates.includes(member)) return 'candidate';
  return 'empty';
}

/**
 * The pose a member takes: speaking if the story gives them the line; hostile if the faction they stand
 * for has turned against you (low, or falling in this beat), or, for your rival, if suspicion of you
 * runs high; otherwise neutral. The player's own portrait is never hostile.
 */
export function poseFor(member: Member, state: GameState): Pose {
  if (state.speaker === member) return 'speaking';
  if (member === state.protagonist) return 'neutral';
  if ((member === 'Trotsky' || member === 'Stalin') && state.protagonist !== '') {
    return state.meters.suspicion >= 55 ? 'hostile' : 'neutral';
  }
  const meter = FACTION[member];
  if (meter === undefined || state.protagonist === '') return 'neutral';
  const value = state.meters[meter];
  const fell = state.shifts.some((s) => s.meter === meter && !isGoodShift(meter, s.delta) && s.delta !== 0);
  return value < HOSTILE_BELOW || (fell && value < HOSTILE_AFTER_FALL_BELOW) ? 'hostile' : 'neutral';
}

export function tableView(state: GameState): TableView {
  const started = state.protagonist !== '';
  const seats = {} as Record<Member, SeatView>;
  for (const member of MEMBERS) {
    seats[member] = {
      member,
      state: started ? seatState(member, state) : 'empty',
      pose: poseFor(member, state),
      you: member === state.protagonist,
    };
  }
  const speaker = state.speaker !== null && isMember(state.speaker) ? state.speaker : null;
  const protagonist = isMember(state.protagonist) ? state.protagonist : null;
  return {
    started,
    seats,
    speaker: started && speaker !== null && isSeated(seats[speaker].state) ? speaker : null,
    protagonist,
    date: state.date,
    year: yearOf(state.date),
    secretary: state.generalSecretary,
  };
}

export const isSeated = (s: SeatState): boolean => s === 'member' || s === 'candidate';

export function yearOf(date: string | null): string | null {
  const years = date?.match(/\b1[89]\d\d\b/g);
  return years ? (years[years.length - 1] ?? null) : null;
}

/** This beat's shifts summed per meter, in the meters' order, with their causes. */
export function meterChanges(shifts: readonly Shift[]): MeterChange[] {
  const out: MeterChange[] = [];
  for (const m of METERS) {
    const mine = shifts.filter((s) => s.meter === m.id);
    const delta = mine.reduce((sum, s) => sum + s.delta, 0);
    if (mine.length === 0 || delta === 0) continue;
    const causes = [...new Set(mine.map((s) => causeLabel(s.cause)))];
    out.push({ meter: m.id, label: m.label, delta, causes, good: isGoodShift(m.id, delta) });
  }
  return out;
}

/** The vote the latest beat brought, if any (the last one, when a beat holds two). */
export function newVote(state: GameState, previous: GameState | null): Vote | null {
  if (previous === null || previous.beat === state.beat) return null;
  const added =
    state.transcript.length >= previous.transcript.length
      ? state.transcript.slice(previous.transcript.length)
      : state.transcript;
  let vote: Vote | null = null;
  for (const entry of added) if (entry.kind === 'vote') vote = entry.vote;
  return vote;
}

export interface SeatChange {
  member: Member;
  from: SeatState;
  to: SeatState;
}

/** Seats whose state changed: arrivals, departures, promotions, demotions, Lenin's death. */
export function seatChanges(previous: TableView, next: TableView): SeatChange[] {
  if (!previous.started || !next.started) return [];
  return MEMBERS.filter((m) => previous.seats[m].state !== next.seats[m].state).map((m) => ({
    member: m,
    from: previous.seats[m].state,
    to: next.seats[m].state,
  }));
}

/**
 * Which card each seated member raises in a vote, in proportion to the real tally. The forum is larger
 * than the table, and the story does not say who voted which way, so the cards are dealt in seating
 * order: the "for" cards first from the head of the table, the "against" cards after.
 */
export function voteCards(seated: readonly Member[], vote: Vote): Map<Member, 'for' | 'against'> {
  const total = vote.for + vote.against;
  const ayes =
    total === 0
      ? 0
      : Math.min(
          seated.length - (vote.against > 0 ? 1 : 0),
          Math.max(vote.for > 0 ? 1 : 0, Math.round((seated.length * vote.for) / total)),
        );
  return new Map(seated.map((m, i) => [m, i < ayes ? 'for' : 'against']));
}
