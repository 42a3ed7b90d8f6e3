/** Turns the story's beats into transcript entries and table cues, reading only documented tags. */
import type { Beat, ChoiceView } from '../narrative/InkRunner.ts';
import {
  type BallotSide,
  hasTag,
  parseBallot,
  parseFacts,
  parseShift,
  parseVote,
  type Shift,
  tagValue,
} from '../narrative/tags.ts';
import type { ChoiceOption, Entry, Portrait } from './gameState.ts';

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
  // A vote's BALLOT tags come on the lines just before its tally.
  let ballots: Record<string, BallotSide> = {};
  for (const { text, tags } of beat.lines) {
    for (const tag of tags) {
      const ballot = tag.key === 'BALLOT' ? parseBallot(tag.value) : undefined;
      for (const member of ballot?.members ?? []) if (ballot) ballots[member] = ballot.side;
    }
    const date = tagValue(tags, 'DATE');
    const place = tagValue(tags, 'PLACE');
    const title = tagValue(tags, 'ACT');
    if (title !== undefined) {
      act = { kind: 'act', title, date: null, place: null };
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
    view.decision = tagValue(tags, 'DECISION') ?? view.decision;

    const shift = parseShift(tagValue(tags, 'SHIFT') ?? '');
    if (shift) {
      view.shifts.push(shift);
      view.entries.push({ kind: 'shift', shift });
    }
    // Discussion questions belong to the debrief, not to the story as it is read.
    if (text === '' || hasTag(tags, 'QUESTION')) continue;

    const portrait = tagValue(tags, 'PORTRAIT');
    const vote = parseVote(tagValue(tags, 'VOTE') ?? '');
    const facts = tagValue(tags, 'FACT');
    const ending = tagValue(tags, 'ENDING');
    const speaker = tagValue(tags, 'SPEAKER') ?? null;
    if (portrait !== undefined) {
      view.portraits.push({ name: portrait, text });
    } else if (vote) {
      view.entries.push({ kind: 'vote', text, vote: { ...vote, ballots } });
      ballots = {};
    } else if (hasTag(tags, 'CONTENT_NOTE')) {
      view.entries.push({ kind: 'content-note', text });
    } else if (facts !== undefined) {
      view.entries.push({ kind: 'note', text, facts: parseFacts(facts) });
    } else if (ending !== undefined) {
      view.ending = ending;
      view.entries.push({ kind: 'ending', text, id: ending });
    } else {
      view.entries.push({ kind: 'text', text, speaker });
    }
    if (speaker !== null) view.speaker = speaker;
  }
  return view;
}

export function toChoiceOption(choice: ChoiceView): ChoiceOption {
  return {
    index: choice.index,
    text: choice.text,
    historical: hasTag(choice.tags, 'HISTORICAL'),
    protagonist: tagValue(choice.tags, 'PROTAGONIST') ?? null,
  };
}
