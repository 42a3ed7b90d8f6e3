/**
 * What the table shows, read from the store: who sits where, in which pose, what moved and why, and
 * which vote to play. Pure functions (no Phaser, no DOM), so the rules of the picture are unit-tested.
 */
import type { Entry, GameState } from '../core/gameState.ts';
import { causeLabel, isGoodShift, type MeterId, METERS } from '../model/meters.ts';
import type { Pose } from './art.ts';
import { isMember, type Member, MEMBERS } from './members.ts';

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
  /** At an ending: he sat at the table when the run began and has left it (his name stays struck). */
  gone: boolean;
}

/**
 * The run's end as the table shows it, from the story's ENDING and POSTER tags: its title, and who holds
 * the head of the table (the victor, or the army's man in uniform; nobody at a table of equals).
 */
export interface EndingView {
  id: string;
  title: string;
  head: Member | null;
  /** The centre's line under the title ("THE END · STALIN AT THE HEAD"). */
  line: string;
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
  /** Set once the run has ended: the table shows its final state, no vote. */
  ending: EndingView | null;
}

export interface MeterChange {
  meter: MeterId;
  label: string;
  delta: number;
  /** The causes of this beat's shifts on this meter, as words ("patronage"). */
  causes: string[];
  good: boolean;
}

export function seatState(member: Member, state: GameState): SeatState {
  if (member === 'Lenin' && state.leninDead) return 'mourning';
  if (state.politburo.includes(member)) return 'member';
  if (state.candidates.includes(member)) return 'candidate';
  return 'empty';
}

/**
 * The pose a member takes: speaking if the story gives them the line; hostile if the story counts them
 * hostile to you (story/alignment.ink); otherwise neutral. The player's own portrait is never hostile.
 */
export function poseFor(member: Member, state: GameState, head: Member | null = null): Pose {
  if (head !== null) return member === head ? 'speaking' : neutralOrHostile(member, state);
  if (state.speaker === member) return 'speaking';
  return neutralOrHostile(member, state);
}

function neutralOrHostile(member: Member, state: GameState): Pose {
  if (member === state.protagonist) return 'neutral';
  return state.hostile.includes(member) ? 'hostile' : 'neutral';
}

/** The centre's line at an ending, at its shortest (the table's middle drops the rest where it has no room). */
export const THE_END = 'THE END';

/**
 * The ending the run has reached, once nothing is left to choose. Its head is the POSTER tag's `head` or
 * `uniform` member, if he still sits at the table (as the poster draws it).
 */
export function endingView(state: GameState): EndingView | null {
  if (state.choices.length > 0 || state.ending === null) return null;
  const entry = [...state.transcript].reverse().find((e) => e.kind === 'ending');
  if (entry?.kind !== 'ending') return null;
  const leader = entry.poster.find((r) => r.role === 'head' || r.role === 'uniform');
  const member = leader?.member ?? null;
  const head = member !== null && isMember(member) && isSeated(seatState(member, state)) ? member : null;
  const line =
    head === null
      ? entry.poster.some((r) => r.role === 'equals')
        ? `${THE_END} · A TABLE OF EQUALS`
        : THE_END
      : `${THE_END} · ${head.toUpperCase()} ${leader?.role === 'uniform' ? 'IN UNIFORM' : 'AT THE HEAD'}`;
  return { id: entry.id, title: entry.text, head, line };
}

export function tableView(state: GameState): TableView {
  const started = state.protagonist !== '';
  const ending = started ? endingView(state) : null;
  const seats = {} as Record<Member, SeatView>;
  for (const member of MEMBERS) {
    const seat = started ? seatState(member, state) : 'empty';
    seats[member] = {
      member,
      state: seat,
      pose: poseFor(member, state, ending?.head ?? null),
      you: member === state.protagonist,
      gone: ending !== null && seat === 'empty' && state.firstTable.includes(member),
    };
  }
  // At an ending the head of the table holds the floor; otherwise whoever the story gives the line.
  const speaker =
    ending !== null ? ending.head : state.speaker !== null && isMember(state.speaker) ? state.speaker : null;
  const protagonist = isMember(state.protagonist) ? state.protagonist : null;
  return {
    started,
    seats,
    speaker: started && speaker !== null && isSeated(seats[speaker].state) ? speaker : null,
    protagonist,
    date: state.date,
    year: yearOf(state.date),
    secretary: state.generalSecretary,
    ending,
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
 * Which card each member at the table raises in a vote: the story's ballots (story/alignment.ink), for
 * the members seated now. A member the story marks away, or who cast no ballot, raises none.
 */
export function voteCards(seated: readonly Member[], vote: Vote): Map<Member, 'for' | 'against'> {
  const cards = new Map<Member, 'for' | 'against'>();
  for (const member of seated) {
    const side = vote.ballots[member];
    if (side === 'for' || side === 'against') cards.set(member, side);
  }
  return cards;
}
