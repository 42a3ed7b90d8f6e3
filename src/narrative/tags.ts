/**
 * ink tags are `KEY: value` (or a bare `KEY`), documented in story/TAGS.md. This module turns them into
 * plain data; it knows the vocabulary but holds no story rules.
 */
export interface Tag {
  key: string;
  value: string;
}

export function parseTag(raw: string): Tag {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon < 0) return { key: text.toUpperCase(), value: '' };
  return { key: text.slice(0, colon).trim().toUpperCase(), value: text.slice(colon + 1).trim() };
}

export function parseTags(raw: readonly string[]): Tag[] {
  return raw.map(parseTag);
}

/** The value of the first tag with this key, or undefined. A bare tag has the value ''. */
export function tagValue(tags: readonly Tag[], key: string): string | undefined {
  return tags.find((t) => t.key === key)?.value;
}

export function hasTag(tags: readonly Tag[], key: string): boolean {
  return tags.some((t) => t.key === key);
}

/** A meter change as the story's shift() reports it: `SHIFT: <Meter> <delta> <Cause> <fact id>`. */
export interface Shift {
  meter: string;
  delta: number;
  cause: string;
  fact: string;
}

export function parseShift(value: string): Shift | undefined {
  const [meter, delta, cause, fact] = value.split(/\s+/);
  const n = Number(delta);
  if (meter === undefined || cause === undefined || !Number.isInteger(n)) return undefined;
  return { meter: meter.toLowerCase(), delta: n, cause, fact: fact ?? '' };
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

export function parseVote(value: string): Vote | undefined {
  const m = /^(.*\S)\s+(\d+)\s+(\d+)$/.exec(value.trim());
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
