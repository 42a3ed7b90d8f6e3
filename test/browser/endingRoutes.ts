/**
 * Share links to runs that reach each ending: the first seed whose random playthrough (as the given
 * protagonist) gets there, with the ending's POSTER roles as the story tagged them in that run.
 */
import storyJson, { storyHash } from '../../story/main.ink';

import { encodeShareFragment } from '../../src/core/shareLink.ts';
import { InkRunner } from '../../src/narrative/InkRunner.ts';
import type { PosterRole } from '../../src/narrative/tags.ts';
import { playthrough, randomPolicy, type Policy } from '../../src/sim/playthrough.ts';
import { ENDINGS_BY_PROTAGONIST } from '../story/walkSuite.ts';

/** The first choice picks the protagonist; the rest are random. */
const playAs =
  (protagonist: string): Policy =>
  (beat, random) => {
    const named = beat.choices.findIndex((c) => c.protagonist === protagonist);
    return named >= 0 ? named : randomPolicy(beat, random);
  };

export interface Route {
  link: string;
  /** The run's seed and choices (the link replays them). */
  seed: number;
  choices: number[];
  /** The ending's POSTER roles, as the story tagged them in this run. */
  roles: PosterRole[];
}

/** A share link (its fragment) that replays these choices of a run with this seed. */
export const shareLink = (seed: number, choices: readonly number[]): string =>
  encodeShareFragment({ seed, choiceLog: [...choices], story: storyHash });

/** A share link to a run of each ending a protagonist reaches: the first seed that gets there. */
export function endingRoutes(protagonist: string): Map<string, Route> {
  const wanted = new Set(ENDINGS_BY_PROTAGONIST[protagonist]);
  const found = new Map<string, Route>();
  // inkjs's skipLookahead mode plays the same runs, tags and all, about twice as fast (the exactness test,
  // test/story/skipLookahead.*): the rarest ending is hundreds of runs away, in every file that asks.
  const runner = new InkRunner(storyJson, undefined, { skipLookahead: true });
  for (let seed = 1; seed <= 5000 && found.size < wanted.size; seed++) {
    let roles: PosterRole[] = [];
    const run = playthrough(storyJson, {
      seed,
      policy: playAs(protagonist),
      runner,
      onBeat: (beat) => {
        for (const line of beat.lines) if (line.poster) roles = line.poster;
      },
    });
    if (run.ending && wanted.has(run.ending) && !found.has(run.ending))
      found.set(run.ending, {
        link: shareLink(seed, run.choices),
        seed,
        choices: run.choices,
        roles,
      });
  }
  return found;
}

export interface VoteEnding {
  ending: string;
  seed: number;
  choices: number[];
  /** The last choice's place among the buttons (0 for the first): the one that brings the vote and the end. */
  lastButton: number;
}

/** The first run of a protagonist whose last choice brings a forum's vote and the ending in one beat. */
export function endingAfterVote(protagonist: string): VoteEnding | null {
  const policy = playAs(protagonist);
  for (let seed = 1; seed <= 2000; seed++) {
    // Written by the callbacks as the run plays.
    const last = { button: 0, voted: false };
    const run = playthrough(storyJson, {
      seed,
      policy: (beat, random) => (last.button = policy(beat, random)),
      onBeat: (beat) => {
        last.voted = beat.lines.some((line) => line.vote !== undefined);
      },
    });
    if (run.ending && last.voted)
      return { ending: run.ending, seed, choices: run.choices, lastButton: last.button };
  }
  return null;
}

export interface Fall {
  /** The member who leaves the Politburo, not at an ending (Lenin's death is not a fall). */
  member: string;
  seed: number;
  choices: number[];
  /** The last choice's place among the buttons: the one whose beat tells of the fall. */
  lastButton: number;
}

/** The first run of a protagonist in which a full member leaves the Politburo at a beat that is not its end. */
export function fallMidRun(protagonist: string): Fall | null {
  const policy = playAs(protagonist);
  for (let seed = 1; seed <= 500; seed++) {
    const choices: number[] = [];
    // Written by the callbacks as the run plays.
    const seen: { members: string[]; fall: Fall | null } = { members: [], fall: null };
    playthrough(storyJson, {
      seed,
      maxChoices: 60,
      policy: (beat, random) => {
        const button = policy(beat, random);
        choices.push(button);
        return button;
      },
      onBeat: (beat) => {
        for (const line of beat.lines) {
          if (!line.members) continue;
          const gone = seen.members.find((m) => m !== 'Lenin' && !line.members?.includes(m));
          if (gone && !beat.ended && !seen.fall && choices.length > 1)
            seen.fall = {
              member: gone,
              seed,
              choices: [...choices],
              lastButton: choices[choices.length - 1] ?? 0,
            };
          seen.members = line.members;
        }
      },
    });
    if (seen.fall) return seen.fall;
  }
  return null;
}
