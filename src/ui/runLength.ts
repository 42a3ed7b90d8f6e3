/**
 * The two lengths of run in the words a player sees, with the reading time measured on the story at
 * build time (src/classroom/readingTime.ts): the protagonist screen, the class banner and the teacher's
 * class set-up all say the same.
 */
import reading from '../../story/main.ink?reading';
import { readingTime } from '../classroom/readingTime.ts';
import type { RunLength } from '../model/record.ts';

/** "about 30 minutes" per length; null for the short run of a story that has none. */
export const RUN_TIMES: Record<RunLength, string | null> = {
  full: readingTime(reading, 'full'),
  short: readingTime(reading, 'short'),
};

export const RUN_NAMES: Record<RunLength, string> = { full: 'Full story', short: 'Lesson length' };

export const RUN_ABOUT: Record<RunLength, string> = {
  full: 'every decision, told in full',
  short: 'the key decisions; the years between told in brief',
};

/** "Lesson length · about 15–20 minutes". */
export function runLabel(length: RunLength): string {
  const time = RUN_TIMES[length];
  return time === null ? RUN_NAMES[length] : `${RUN_NAMES[length]} · ${time}`;
}
