/**
 * A run record read from storage, a file or a worker is untrusted: it is checked field by field and
 * rebuilt from the checked fields only (as persistence/SaveGame.ts does for the rest of a save), so that
 * a damaged or edited record is refused, never half-shown.
 */
import { type BallotSide, parsePoster, type PosterRole } from '../narrative/tags.ts';
import type { Entry } from './transcript.ts';
import type { DecisionStep, Mark, RunRecord } from './record.ts';

const MAX_LIST = 5_000;
const MAX_TEXT = 20_000;
const MAX_STATE = 256 * 1024;

class Invalid extends Error {}

function fail(what: string): never {
  throw new Invalid(what);
}

const obj = (v: unknown, what: string): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(what);
// Control characters (C0 but tab and newline, DEL, C1) and the bidirectional overrides that can disguise text.
// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const str = (v: unknown, what: string, max = MAX_TEXT): string =>
  typeof v === 'string' && v.length <= max && !UNSAFE_TEXT.test(v) ? v : fail(what);
const strOrNull = (v: unknown, what: string): string | null => (v === null ? null : str(v, what));
const int = (v: unknown, what: string): number => (Number.isSafeInteger(v) ? (v as number) : fail(what));
const list = <T>(v: unknown, what: string, item: (x: unknown) => T): T[] =>
  Array.isArray(v) && v.length <= MAX_LIST ? v.map(item) : fail(what);
const strings = (v: unknown, what: string): string[] => list(v, what, (x) => str(x, what));

function step(v: unknown): DecisionStep {
  const o = obj(v, 'a decision');
  return {
    id: str(o.id, 'a decision id', 80),
    title: strOrNull(o.title, 'a decision title'),
    date: strOrNull(o.date, 'a date'),
    place: strOrNull(o.place, 'a place'),
    options: list(o.options, 'options', (x) => {
      const p = obj(x, 'an option');
      return { text: str(p.text, 'an option'), historical: p.historical === true };
    }),
    chosen: int(o.chosen, 'a chosen option'),
    logIndex: int(o.logIndex, 'a log index'),
  };
}

function entry(v: unknown): Entry {
  const o = obj(v, 'a transcript entry');
  const text = (): string => str(o.text, 'a transcript text');
  switch (o.kind) {
    case 'scene':
      return { kind: 'scene', date: strOrNull(o.date, 'a date'), place: strOrNull(o.place, 'a place') };
    case 'act':
      return {
        kind: 'act',
        title: str(o.title, 'an act title'),
        date: strOrNull(o.date, 'a date'),
        place: strOrNull(o.place, 'a place'),
      };
    case 'text':
      return { kind: 'text', text: text(), speaker: strOrNull(o.speaker, 'a speaker') };
    case 'note':
      return { kind: 'note', text: text(), facts: strings(o.facts, 'facts') };
    case 'content-note':
      return { kind: 'content-note', text: text() };
    case 'shift':
      return { kind: 'shift', shift: shift(o.shift) };
    case 'vote': {
      const vote = obj(o.vote, 'a vote');
      return {
        kind: 'vote',
        text: text(),
        vote: {
          forum: str(vote.forum, 'a forum'),
          for: int(vote.for, 'votes'),
          against: int(vote.against, 'votes'),
          ballots: ballots(vote.ballots),
        },
      };
    }
    case 'choice':
      return { kind: 'choice', text: text() };
    case 'ending':
      return { kind: 'ending', text: text(), id: str(o.id, 'an ending id', 80), poster: poster(o.poster) };
    default:
      return fail('a transcript entry');
  }
}

/** An ending's poster roles (a record saved before there were any has none). */
function poster(v: unknown): PosterRole[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.length > 20) return fail('a poster');
  return v.map((item: unknown) => {
    const o = obj(item, 'a poster role');
    const role = parsePoster(
      o.role === 'equals' ? 'equals' : `${str(o.role, 'a poster role', 20)} ${str(o.member, 'a member', 40)}`,
    );
    return role ?? fail('a poster role');
  });
}

/** A vote's ballots at the table by member (a record saved before there were ballots has none). */
function ballots(v: unknown): Record<string, BallotSide> {
  if (v === undefined) return {};
  const out: Record<string, BallotSide> = {};
  for (const [member, side] of Object.entries(obj(v, 'ballots'))) {
    if (side !== 'for' && side !== 'against' && side !== 'away') return fail('a ballot');
    out[str(member, 'a member', 40)] = side;
  }
  return out;
}

function shift(v: unknown): { meter: string; delta: number; cause: string; fact: string } {
  const o = obj(v, 'a shift');
  return {
    meter: str(o.meter, 'a meter', 40),
    delta: int(o.delta, 'a shift'),
    cause: str(o.cause, 'a cause', 40),
    fact: str(o.fact, 'a fact', 10),
  };
}

function mark(v: unknown): Mark {
  const o = obj(v, 'a mark');
  return {
    transcript: int(o.transcript, 'a mark'),
    steps: int(o.steps, 'a mark'),
    shifts: int(o.shifts, 'a mark'),
    changes: int(o.changes, 'a mark'),
    milestones: int(o.milestones, 'a mark'),
    date: strOrNull(o.date, 'a date'),
    place: strOrNull(o.place, 'a place'),
    speaker: strOrNull(o.speaker, 'a speaker'),
    members: strings(o.members, 'members'),
  };
}

/** The record if it is well formed, else the reason it is not. */
export function checkRecord(value: unknown): { ok: true; value: RunRecord } | { ok: false; reason: string } {
  try {
    const o = obj(value, 'the record');
    const record: RunRecord = {
      protagonist: str(o.protagonist, 'the protagonist', 40),
      seed: int(o.seed, 'the seed'),
      choiceLog: list(o.choiceLog, 'the choices', (x) => int(x, 'a choice')),
      steps: list(o.steps, 'the decisions', step),
      shifts: list(o.shifts, 'the shifts', (x) => ({
        ...shift(x),
        date: strOrNull(obj(x, 'a shift').date, 'a date'),
      })),
      changes: list(o.changes, 'the Politburo changes', (x) => {
        const c = obj(x, 'a change');
        return {
          date: strOrNull(c.date, 'a date'),
          joined: strings(c.joined, 'members'),
          left: strings(c.left, 'members'),
        };
      }),
      milestones: strings(o.milestones, 'the milestones'),
      ending: strOrNull(o.ending, 'the ending'),
      endingTitle: strOrNull(o.endingTitle, 'the ending'),
      questions: strings(o.questions, 'the questions'),
      lastDate: strOrNull(o.lastDate, 'a date'),
      lastPlace: strOrNull(o.lastPlace, 'a place'),
      lastSpeaker: strOrNull(o.lastSpeaker, 'a speaker'),
      pending: o.pending === null ? null : step(o.pending),
      transcript: list(o.transcript, 'the transcript', entry),
      marks: list(o.marks, 'the marks', mark),
      states: list(o.states, 'the states', (x) => str(x, 'a state', MAX_STATE)),
      // Records saved before runs had a length are full runs.
      length: o.length === 'short' ? 'short' : 'full',
    };
    return { ok: true, value: record };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: `its record is damaged (${error.message})` };
    throw error;
  }
}
