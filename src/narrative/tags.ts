/**
 * The vocabulary of ink tags (`KEY: value` or a bare `KEY`, documented in story/TAGS.md), typed. ink's
 * tags are read here once, as the story runs, into typed fields of lines and choices; no other file
 * matches tag names as strings. It knows the vocabulary but holds no story rules.
 *
 * To add a tag: document it in story/TAGS.md, add its typed field to `LineTags` (or `ChoiceTags`) and
 * its reader to `LINE_TAGS` (or `CHOICE_TAGS`) below. The story tests fail on a tag the story uses that
 * is missing here or in TAGS.md.
 */

/** A meter change as the story's shift() reports it: `SHIFT: <Meter> <delta> <Cause> <fact id>`. */
export interface Shift {
  meter: string;
  delta: number;
  cause: string;
  fact: string;
}

/** How a member of the Politburo voted, as story/alignment.ink's ballots() says. */
export type BallotSide = 'for' | 'against' | 'away';

/**
 * A vote as the story's vote() reports it: `VOTE: <forum, may contain spaces> <for> <against>`, with the
 * ballots of the members at the table from the `BALLOT:` tags just before it (empty when none came).
 */
export interface Vote {
  forum: string;
  for: number;
  against: number;
  ballots: Record<string, BallotSide>;
}

/**
 * How an ending's poster is composed (`POSTER: head Stalin`, `POSTER: away Trotsky`, `POSTER: equals`):
 * who sits alone at the head of the table (`head`), or in uniform there (`uniform`); whose chair is set
 * apart from it, turned away (`away`) or turned back towards it (`outside`); or a table of equals.
 */
type SeatRole = 'head' | 'uniform' | 'away' | 'outside';
export type PosterRole = { role: SeatRole; member: string } | { role: 'equals'; member: null };

export function parsePoster(value: string): PosterRole | undefined {
  const m = /^(head|uniform|away|outside)\s+(\S+)$/.exec(value.trim());
  if (m) return { role: m[1] as SeatRole, member: m[2] ?? '' };
  return value.trim() === 'equals' ? { role: 'equals', member: null } : undefined;
}

/** What the tags of one line of the story say. Every field is optional: most lines carry few tags. */
export interface LineTags {
  /** `title:` and `author:`, the global tags at the top of main.ink. */
  storyTitle?: string;
  author?: string;
  /** The real date and place of a scene (its first line). */
  date?: string;
  place?: string;
  /** An act opens: `<label> — <name>`. */
  act?: string;
  /** Who is speaking (a Politburo member's name is highlighted at the table). */
  speaker?: string;
  /** The decision point's id, on the line before its choices, and its short title. */
  decision?: string;
  title?: string;
  /** The fact ids (FACTBASE) an "In history:" note rests on. */
  facts?: string[];
  shift?: Shift;
  vote?: Vote;
  /** What a vote about to be tallied means for the player (`MOTION:`, emitted by ballots()). */
  motion?: string;
  /** How the members at the table voted, from the `BALLOT:` tags of this line (they come before its `VOTE`). */
  ballots?: Record<string, BallotSide>;
  /** The run has ended: the ending's id; the line's text is its title. */
  ending?: string;
  /** With `ending`: how its poster is composed, one tag per role. */
  poster?: PosterRole[];
  /** A discussion question for the debrief (not shown in the transcript). */
  question?: true;
  /** The short portrait of a protagonist on the protagonist screen. */
  portrait?: string;
  /** A historical milestone reached (the same id on both protagonists' roads). */
  milestone?: string;
  /** The line is a content note before repression, famine or death is told; the value names what. */
  contentNote?: string;
  /** Tags the vocabulary does not know (or cannot read), as written: the story tests fail on any. */
  unknown?: string[];
}

/** What the tags of a choice say. */
export interface ChoiceTags {
  /** The choice history took. */
  historical: boolean;
  /** On the story's first choice: which protagonist it picks. */
  protagonist: string | null;
  /** At a decision whose forum is announced (`forum_ahead_is()`), a choice that does not go to its vote. */
  noVote?: true;
  unknown?: string[];
}

/** Reads a tag's value into the typed fields; returns false if the value is not understood. */
type Reader<T> = (into: T, value: string) => unknown;

const SHIFT = /^(\S+)\s+(-?\d+)\s+(\S+)(?:\s+(\S+))?$/;
const VOTE = /^(.*\S)\s+(\d+)\s+(\d+)$/;

export function parseShift(value: string): Shift | undefined {
  const m = SHIFT.exec(value.trim());
  if (!m) return undefined;
  return { meter: (m[1] ?? '').toLowerCase(), delta: Number(m[2]), cause: m[3] ?? '', fact: m[4] ?? '' };
}

export function parseVote(value: string): Vote | undefined {
  const m = VOTE.exec(value.trim());
  if (!m) return undefined;
  return { forum: m[1] ?? '', for: Number(m[2]), against: Number(m[3]), ballots: {} };
}

/** `BALLOT: against Trotsky, Zinoviev`: one side of a vote and the members who cast it. */
export function parseBallot(value: string): { side: BallotSide; members: string[] } | undefined {
  const m = /^(for|against|away)\s+(.+)$/.exec(value.trim());
  if (!m) return undefined;
  const members = (m[2] ?? '').split(/\s*,\s*/).filter((name) => name !== '');
  return { side: m[1] as BallotSide, members };
}

/** Fact ids on a history note: `FACT: F013 F095` (commas allowed). */
export function parseFacts(value: string): string[] {
  return value.split(/[\s,]+/).filter((id) => /^F\d{3}$/.test(id));
}

/** Line tags by key, as written in the story (global tags are lower-case, directives upper-case). */
export const LINE_TAGS: Readonly<Record<string, Reader<LineTags>>> = {
  title: (t, v) => (t.storyTitle ??= v),
  author: (t, v) => (t.author ??= v),
  DATE: (t, v) => (t.date ??= v),
  PLACE: (t, v) => (t.place ??= v),
  ACT: (t, v) => (t.act ??= v),
  SPEAKER: (t, v) => (t.speaker ??= v),
  DECISION: (t, v) => (t.decision ??= v),
  TITLE: (t, v) => (t.title ??= v),
  FACT: (t, v) => (t.facts ??= parseFacts(v)),
  SHIFT: (t, v) => {
    const shift = parseShift(v);
    if (shift) t.shift ??= shift;
    return shift !== undefined;
  },
  VOTE: (t, v) => {
    const vote = parseVote(v);
    if (vote) t.vote ??= vote;
    return vote !== undefined;
  },
  MOTION: (t, v) => (t.motion ??= v),
  BALLOT: (t, v) => {
    const ballot = parseBallot(v);
    // A member who votes twice makes the tag unreadable, for the story tests to refuse.
    if (!ballot || ballot.members.some((member) => t.ballots?.[member] !== undefined)) return false;
    for (const member of ballot.members) (t.ballots ??= {})[member] = ballot.side;
    return true;
  },
  ENDING: (t, v) => (t.ending ??= v),
  POSTER: (t, v) => {
    const role = parsePoster(v);
    if (role) (t.poster ??= []).push(role);
    return role !== undefined;
  },
  QUESTION: (t) => (t.question = true),
  PORTRAIT: (t, v) => (t.portrait ??= v),
  MILESTONE: (t, v) => (t.milestone ??= v),
  CONTENT_NOTE: (t, v) => (t.contentNote ??= v),
};

export const CHOICE_TAGS: Readonly<Record<string, Reader<ChoiceTags>>> = {
  HISTORICAL: (t) => (t.historical = true),
  PROTAGONIST: (t, v) => (t.protagonist ??= v),
  NO_VOTE: (t) => (t.noVote = true),
};

/** Splits a raw tag into its key (as written) and value ('' for a bare tag). */
export function splitTag(raw: string): { key: string; value: string } {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon < 0) return { key: text, value: '' };
  return { key: text.slice(0, colon).trim(), value: text.slice(colon + 1).trim() };
}

function readInto<T extends { unknown?: string[] }>(
  into: T,
  raw: readonly string[],
  vocabulary: Readonly<Record<string, Reader<T>>>,
): T {
  for (const tag of raw) {
    const { key, value } = splitTag(tag);
    const reader = Object.hasOwn(vocabulary, key) ? vocabulary[key] : undefined;
    if (!reader || reader(into, value) === false) (into.unknown ??= []).push(tag.trim());
  }
  return into;
}

export function readLineTags(raw: readonly string[]): LineTags {
  return readInto<LineTags>({}, raw, LINE_TAGS);
}

export function readChoiceTags(raw: readonly string[]): ChoiceTags {
  return readInto<ChoiceTags>({ historical: false, protagonist: null }, raw, CHOICE_TAGS);
}

/** Every tag key the vocabulary knows, for the story tests' check against TAGS.md. */
export const KNOWN_TAG_KEYS: readonly string[] = [...Object.keys(LINE_TAGS), ...Object.keys(CHOICE_TAGS)];
