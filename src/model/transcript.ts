/** Turns the story's typed beats into transcript entries and table cues. */
import type { Beat, ChoiceView } from '../narrative/InkRunner.ts';
import type { BallotSide, PosterRole, Shift, Vote } from '../narrative/tags.ts';

export type { PosterRole };

/** One item of the transcript, in reading order. */
export type Entry =
  | { kind: 'scene'; date: string | null; place: string | null }
  /** An act opens (ACT tag): its title, and the date and place of its first scene. A scene entry follows. */
  | { kind: 'act'; title: string; date: string | null; place: string | null }
  | { kind: 'text'; text: string; speaker: string | null }
  | { kind: 'note'; text: string; facts: string[] }
  | { kind: 'content-note'; text: string }
  | { kind: 'shift'; shift: Shift }
  | { kind: 'vote'; text: string; vote: Vote }
  | { kind: 'choice'; text: string }
  /** The run has ended: its title, id, and how its poster is composed (empty if the story says nothing). */
  | { kind: 'ending'; text: string; id: string; poster: PosterRole[] };

export interface Portrait {
  /** The protagonist's name as the story tags it (PORTRAIT: Trotsky). */
  name: string;
  text: string;
}

/** A choice as the views show it: its text, whether history took it, which protagonist it picks. */
export type ChoiceOption = ChoiceView;

export interface BeatView {
  entries: Entry[];
  portraits: Portrait[];
  shifts: Shift[];
  /** Last SPEAKER, DATE and PLACE of the beat (null if it set none). */
  speaker: string | null;
  date: string | null;
  place: string | null;
  decision: string | null;
  ending: string | null;
}

export function readBeat(beat: Beat): BeatView {
  const view: BeatView = {
    entries: [],
    portraits: [],
    shifts: [],
    speaker: null,
    date: null,
    place: null,
    decision: null,
    ending: null,
  };
  // An act's card takes the date and place of its first scene, on its own line or a later one.
  let act: Extract<Entry, { kind: 'act' }> | null = null;
  // A vote's BALLOT tags come with its tally or on the lines just before it.
  let ballots: Record<string, BallotSide> = {};
  for (const line of beat.lines) {
    const { text, date, place } = line;
    if (line.ballots) ballots = { ...ballots, ...line.ballots };
    if (line.act !== undefined) {
      act = { kind: 'act', title: line.act, date: null, place: null };
      view.entries.push(act);
    }
    if (date !== undefined || place !== undefined) {
      view.date = date ?? view.date;
      view.place = place ?? view.place;
      view.entries.push({ kind: 'scene', date: date ?? null, place: place ?? null });
      if (act?.date === null && act.place === null) {
        act.date = date ?? null;
        act.place = place ?? null;
      }
    }
    view.decision = line.decision ?? view.decision;
    if (line.shift) {
      view.shifts.push(line.shift);
      view.entries.push({ kind: 'shift', shift: line.shift });
    }
    // Discussion questions belong to the debrief, not to the story as it is read.
    if (text === '' || line.question) continue;

    const speaker = line.speaker ?? null;
    if (line.portrait !== undefined) {
      view.portraits.push({ name: line.portrait, text });
    } else if (line.vote) {
      view.entries.push({ kind: 'vote', text, vote: { ...line.vote, ballots } });
      ballots = {};
    } else if (line.contentNote !== undefined) {
      view.entries.push({ kind: 'content-note', text });
    } else if (line.facts !== undefined) {
      view.entries.push({ kind: 'note', text, facts: line.facts });
    } else if (line.ending !== undefined) {
      view.ending = line.ending;
      view.entries.push({ kind: 'ending', text, id: line.ending, poster: line.poster ?? [] });
    } else {
      view.entries.push({ kind: 'text', text, speaker });
    }
    if (speaker !== null) view.speaker = speaker;
  }
  return view;
}

/** The protagonist choice: the story's first, shown as its own screen. */
export function isPicking(beat: Beat): boolean {
  return beat.choices.some((c) => c.protagonist !== null);
}
