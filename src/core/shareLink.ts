/**
 * Share links: a run as a URL fragment, `#run=1.<seed>.<choices>.<story>` (and `.s` after it for a
 * lesson-length run, whose choices replay only with the story's `short_run` set), with no server. The seed and
 * each choice index are base 36 (one character per choice: a choice point never offers more than 36
 * options); <story> is the first 8 characters of the story hash, so a link from another version of the
 * story can be recognised and replayed with care. Parsing is strict: anything else is refused with a
 * reason, and nothing is changed.
 */
import type { RunLength } from '../model/record.ts';
import type { Parsed } from '../persistence/SaveGame.ts';

export interface SharedRun {
  seed: number;
  choiceLog: number[];
  /** The first 8 characters of the hash of the story that made the run. */
  story: string;
  /** The lesson-length run or the full one (links made before runs had a length are full). */
  length: RunLength;
}

export const SHARE_PREFIX = '#run=';
const FORMAT = /^1\.([0-9a-z]{1,7})\.([0-9a-z]{0,1000})\.([0-9a-f]{8})(\.s)?$/;
const MAX_SEED = 2 ** 31 - 1;

/** A choice log as one base-36 character per choice (shared with the class board's result codes). */
export function encodeChoiceLog(choiceLog: readonly number[]): string {
  if (choiceLog.some((c) => !Number.isInteger(c) || c < 0 || c >= 36)) {
    throw new RangeError('a choice index does not fit in a share link');
  }
  return choiceLog.map((c) => c.toString(36)).join('');
}

/** The inverse of encodeChoiceLog, for text already checked to be base-36 digits. */
export const decodeChoiceLog = (text: string): number[] => Array.from(text, (c) => parseInt(c, 36));

/** A run's link fragment (a run without a length is a full one). */
export function encodeShareFragment(run: Omit<SharedRun, 'length'> & { length?: RunLength }): string {
  const choices = encodeChoiceLog(run.choiceLog);
  const length = run.length === 'short' ? '.s' : '';
  return `${SHARE_PREFIX}1.${run.seed.toString(36)}.${choices}.${run.story.slice(0, 8)}${length}`;
}

export function isShareFragment(fragment: string): boolean {
  return fragment.startsWith(SHARE_PREFIX);
}

export function parseShareFragment(fragment: string): Parsed<SharedRun> {
  if (!isShareFragment(fragment)) return { ok: false, reason: 'it is not a link to a run' };
  let body: string;
  try {
    body = decodeURIComponent(fragment.slice(SHARE_PREFIX.length)).trim().toLowerCase();
  } catch {
    return { ok: false, reason: 'the link is damaged' };
  }
  const m = FORMAT.exec(body);
  if (!m?.[1] || m[2] === undefined || !m[3]) {
    return { ok: false, reason: 'the link is damaged or cut short (copy the whole link)' };
  }
  const seed = parseInt(m[1], 36);
  if (!Number.isSafeInteger(seed) || seed > MAX_SEED)
    return { ok: false, reason: 'the link’s seed is damaged' };
  return {
    ok: true,
    value: { seed, choiceLog: decodeChoiceLog(m[2]), story: m[3], length: m[4] ? 'short' : 'full' },
  };
}
