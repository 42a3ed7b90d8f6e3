/**
 * The guide to the meters and the forums: what each meter is, who at the table votes with it, what high
 * and low mean, and what each kind of forum weighs. Every word and number is the story's
 * (story/meters_explained.ink, beside the rules it explains); this module only asks for them and keeps
 * them in shapes the views draw.
 */
import { type MeterId, METERS } from './meters.ts';

/** Asks the story for a function's text (InkRunner.text), null when it has no such function. */
export type AskStory = (fn: string, ...args: (string | number)[]) => string | null;

export interface MeterExplanation {
  id: MeterId;
  label: string;
  /** What it is. */
  what: string;
  /** Who at the table votes with it, and where it weighs. */
  weighs: string;
  /** What a high and a low reading mean for the player. */
  high: string;
  low: string;
}

/** The kinds of forum (ink's LIST ForumKind). */
export const FORUM_KINDS = ['Congress', 'Conference', 'Plenum', 'JointPlenum'] as const;
export type ForumKind = (typeof FORUM_KINDS)[number];

export interface ForumGuide {
  kind: ForumKind;
  /** What the forum is and what decides its votes. */
  about: string;
  /** Of every 100 points of standing, what each meter makes there; for suspicion, its cost per point. */
  weights: Record<MeterId, number>;
}

/** Each meter's reading now, in the story's words ("70: your rivals fear you enough to unite…"). */
export type Readings = Record<MeterId, string>;

export interface MeterGuide {
  meters: MeterExplanation[];
  forums: ForumGuide[];
  /** The rule every forum shares: suspicion unites rivals. */
  suspicion: string;
}

/** The guide, from the story; null for a story without it. */
export function readGuide(ask: AskStory): MeterGuide | null {
  if (ask('meter_explained', 'apparatus', 'what') === null) return null;
  const text = (fn: string, ...args: string[]): string => ask(fn, ...args) ?? '';
  return {
    meters: METERS.map((m) => ({
      id: m.id,
      label: m.label,
      what: text('meter_explained', m.id, 'what'),
      weighs: text('meter_explained', m.id, 'weighs'),
      high: text('meter_explained', m.id, 'high'),
      low: text('meter_explained', m.id, 'low'),
    })),
    forums: FORUM_KINDS.map((kind) => ({
      kind,
      about: text('forum_about', kind),
      weights: Object.fromEntries(
        METERS.map((m) => [m.id, Number(text('forum_weight', kind, m.id))]),
      ) as Record<MeterId, number>,
    })),
    suspicion: text('forum_suspicion'),
  };
}

/**
 * "70: your rivals fear you enough to unite against you.": what each meter's value means, from the story.
 * The words depend only on the meter and its value, so a reader remembers them and asks the story once.
 */
export function readingsReader(ask: AskStory): (meter: MeterId, value: number) => string {
  const known = new Map<string, string>();
  return (meter, value) => {
    const key = `${meter} ${String(value)}`;
    let reading = known.get(key);
    if (reading === undefined) {
      reading = ask('meter_reading', meter, value) ?? String(value);
      known.set(key, reading);
    }
    return reading;
  };
}

/** The guide's entry for a kind of forum (a name from the story's `forum_ahead`), if it is one. */
export function forumGuide(guide: MeterGuide | null, kind: string | undefined): ForumGuide | null {
  return guide?.forums.find((f) => f.kind === kind) ?? null;
}

/**
 * The vote the player's next choice leads to, if any: the forum the story announced (`forum_ahead`), and
 * the choices that go to it (the others carry NO_VOTE). Null when no choice leads to a vote.
 */
export function comingForum<C extends { noVote?: true }>(
  guide: MeterGuide | null,
  kind: string | null,
  choices: readonly C[],
): { forum: ForumGuide; voting: C[] } | null {
  const voting = choices.filter((c) => !c.noVote);
  const forum = voting.length > 0 ? forumGuide(guide, kind ?? undefined) : null;
  return forum ? { forum, voting } : null;
}

/**
 * The meters a forum counts, heaviest first, each with its share of 100 and whether it is among those
 * it counts most (within half of the heaviest). Suspicion is a cost in every forum, not a weight.
 */
export function forumWeighs(forum: ForumGuide): { id: MeterId; weight: number; most: boolean }[] {
  const weighed = METERS.filter((m) => m.id !== 'suspicion' && forum.weights[m.id] > 0).sort(
    (a, b) => forum.weights[b.id] - forum.weights[a.id],
  );
  const top = weighed[0] ? forum.weights[weighed[0].id] : 0;
  return weighed.map((m) => ({ id: m.id, weight: forum.weights[m.id], most: forum.weights[m.id] * 2 > top }));
}
