/**
 * How long each length of run takes to read, for the protagonist screen and the teacher's class link.
 * The words are measured at build time on the historical run of each side (src/tools/storyWords.ts,
 * served as `story/main.ink?reading` by the ink plugin), so the minutes follow the story as it changes.
 */
import type { RunLength } from '../model/record.ts';

export interface RunReading {
  /** Words a player reads on the historical run (story lines, history notes, choice labels). */
  words: number;
  decisions: number;
}

/** Per length, per side. */
export type Reading = Record<RunLength, Record<string, RunReading>>;

/**
 * The pace assumed: a 16-year-old reading narrative prose silently on a screen, about 230 words a minute
 * (Brysbaert's 2019 review puts adults at about 260 for fiction; a pupil at sixteen reads a little
 * slower), and ten seconds to weigh each decision. The words counted include the choice labels.
 */
export const WORDS_PER_MINUTE = 230;
export const MINUTES_PER_DECISION = 1 / 6;

export function minutesToRead(run: RunReading): number {
  return run.words / WORDS_PER_MINUTE + run.decisions * MINUTES_PER_DECISION;
}

/** Minutes rounded to a multiple of five, at least five. */
const toFive = (minutes: number): number => Math.max(5, Math.round(minutes / 5) * 5);

/**
 * "about 30 minutes", or "about 15–20 minutes" when the two sides round differently; null when the
 * story has no run of that length.
 */
export function readingTime(reading: Reading, length: RunLength): string | null {
  const minutes = Object.values(reading[length]).map((run) => minutesToRead(run));
  if (minutes.length === 0) return null;
  const low = toFive(Math.min(...minutes));
  const high = toFive(Math.max(...minutes));
  return low === high ? `about ${String(low)} minutes` : `about ${String(low)}–${String(high)} minutes`;
}
