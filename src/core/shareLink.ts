/**
 * Share links: a run as a URL fragment, `#run=1.<seed>.<choices>.<story>`, with no server. The seed and
 * each choice index are base 36 (one character per choice: a choice point never offers more than 36
 * options); <story> is the first 8 characters of the story hash, so a link from another version of the
 * story can be recognised and replayed with care. Parsing is strict: anything else is refused with a
 * reason, and nothing is changed.
 */
import type { Parsed } from '../persistence/SaveGame.ts';

export interface SharedRun {
  seed: number;
  choiceLog: number[];
  /** The first 8 characters of the hash of the story that made the run. */
  story: string;
}

export const SHARE_PREFIX = '#run=';
const FORMAT = /^1\.([0-9a-z]{1,7})\.([0-9a-z]{0,1000})\.([0-9a-f]{8})$/;
const MAX_SEED = 2 ** 31 - 1;

export function encodeShareFragment(run: SharedRun): string {
  if (run.choiceLog.some((c) => !Number.isInteger(c) || c < 0 || c >= 36)) {
    throw new RangeError('a choice index does not fit in a share link');
  }
  const choices = run.choiceLog.map((c) => c.toString(36)).join('');
  return `${SHARE_PREFIX}1.${run.seed.toString(36)}.${choices}.${run.story.slice(0, 8)}`;
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
    value: { seed, choiceLog: Array.from(m[2], (c) => parseInt(c, 36)), story: m[3] },
  };
}
