/**
 * Result codes: a finished run as a short text a pupil hands to the teacher's class board, with no
 * server. Version 1 reads `ec1-<tag>-<side><length><ending>-<seed>-<choices>-<story>-<check>`:
 *   tag      3 random base-36 characters, so two pupils who made the same run with the class seed
 *            still hand in two codes, and one code pasted twice counts once;
 *   side     t (Trotsky) or s (Stalin); length f (full) or s (short); ending one base-36 digit, its
 *            place in ENDINGS_V1, or z for a run not finished yet (its decisions so far);
 *   seed     the run's seed in base 36; choices the run's choice log, one base-36 character each (the
 *            share link's encoding); story the first 4 characters of the story's hash;
 *   check    4 base-36 characters of an FNV-1a hash of everything before it, so a mistyped or cut code
 *            is refused instead of counted wrongly.
 * It holds nothing about the pupil. Parsing is strict and says plainly why a text is refused.
 */
import { decodeChoiceLog, encodeChoiceLog } from '../core/shareLink.ts';
import type { Parsed } from '../persistence/SaveGame.ts';
import type { RunLength, Side } from './classLink.ts';

/** Version 1's endings, by position: a new ending needs a new version of the code. */
export const ENDINGS_V1 = [
  'stalin_supreme',
  'trotsky_deported',
  'collective_leadership',
  'stalin_out_of_secretariat',
  'zinoviev_led',
  'bukharin_nep',
  'trotsky_led',
  'army_coup',
  'fallen_early',
  'capitulation',
] as const;

/** The ending digit of a run handed in before it ended. */
const UNFINISHED = 'z';

export interface ResultCode {
  tag: string;
  side: Side;
  length: RunLength;
  /** The ending's id, or null for a run not finished yet. */
  ending: string | null;
  seed: number;
  choiceLog: number[];
  /** The first 4 characters of the hash of the story that made the run. */
  story: string;
}

/** The fragment of a result link: opening it adds the code to the class board of that browser. */
export const RESULT_PREFIX = '#result=';

const VERSION = 'ec1';
const MAX_SEED = 2 ** 31 - 1;
const FORMAT =
  /^ec1-([0-9a-z]{3})-([ts])([fs])([0-9a-z])-([0-9a-z]{1,7})-([0-9a-z]{1,200})-([0-9a-f]{4})-([0-9a-z]{4})$/;

/** FNV-1a (32 bits) of the text, as 4 base-36 characters. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** 4).toString(36).padStart(4, '0');
}

/** A fresh tag (3 base-36 characters) for a run's code. */
export function newTag(random: () => number = Math.random): string {
  return Math.floor(random() * 36 ** 3)
    .toString(36)
    .padStart(3, '0');
}

export function encodeResultCode(run: ResultCode): string {
  const ending =
    run.ending === null
      ? UNFINISHED
      : ENDINGS_V1.indexOf(run.ending as (typeof ENDINGS_V1)[number]).toString(36);
  if (ending === '-1')
    throw new RangeError(`the ending ${run.ending ?? ''} has no place in a version 1 code`);
  if (!/^[0-9a-z]{3}$/.test(run.tag)) throw new RangeError('a tag is 3 base-36 characters');
  if (!/^[0-9a-f]{4}/.test(run.story)) throw new RangeError('the story hash is not hexadecimal');
  if (!Number.isSafeInteger(run.seed) || run.seed < 0 || run.seed > MAX_SEED)
    throw new RangeError('the seed does not fit in a code');
  const body = [
    VERSION,
    run.tag,
    `${run.side === 'Trotsky' ? 't' : 's'}${run.length === 'short' ? 's' : 'f'}${ending}`,
    run.seed.toString(36),
    encodeChoiceLog(run.choiceLog),
    run.story.slice(0, 4),
  ].join('-');
  return `${body}-${checksum(body)}`;
}

/** The link a QR code carries: the game's address with the code in its fragment. */
export function resultLink(pageUrl: string, code: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = `${RESULT_PREFIX.slice(1)}${code}`;
  return url.toString();
}

/**
 * The code inside a pasted text: a bare code, or a link carrying one (`#result=…`). Returns the code
 * in lower case, or the text itself when it holds none (parseResultCode then says why).
 */
export function codeInText(text: string): string {
  const trimmed = text.trim();
  const link = /[#?&]result=([^\s&#]+)/i.exec(trimmed);
  let code = link?.[1] ?? trimmed;
  try {
    code = decodeURIComponent(code);
  } catch {
    // A damaged escape stays as it is; the format check refuses it.
  }
  return code.toLowerCase();
}

export function parseResultCode(text: string): Parsed<ResultCode> {
  const code = codeInText(text);
  if (code === '') return { ok: false, reason: 'it is empty' };
  if (/[#?&]run=/.test(text))
    return {
      ok: false,
      reason: 'it is a link that replays a run, not a result code: use the code shown at the end of the run',
    };
  const version = /^ec(\d+)-/.exec(code);
  if (!version) return { ok: false, reason: 'it is not a result code of The Empty Chair' };
  if (version[1] !== '1')
    return {
      ok: false,
      reason: `it comes from a version of the game this one does not know (code version ${version[1] ?? ''}): reload the game and try again`,
    };
  const m = FORMAT.exec(code);
  if (!m) return { ok: false, reason: 'it is cut short or damaged (copy the whole code)' };
  const [, tag = '', side = '', length = '', ending = '', seed = '', choices = '', story = '', check = ''] =
    m;
  if (checksum(code.slice(0, code.length - 5)) !== check)
    return { ok: false, reason: 'it has a mistake in it (a character is wrong or missing)' };
  const endingId = ending === UNFINISHED ? null : ENDINGS_V1[parseInt(ending, 36)];
  if (endingId === undefined) return { ok: false, reason: 'its ending is not one the game has' };
  const seedValue = parseInt(seed, 36);
  if (seedValue > MAX_SEED) return { ok: false, reason: 'its seed is damaged' };
  return {
    ok: true,
    value: {
      tag,
      side: side === 't' ? 'Trotsky' : 'Stalin',
      length: length === 's' ? 'short' : 'full',
      ending: endingId,
      seed: seedValue,
      choiceLog: decodeChoiceLog(choices),
      story,
    },
  };
}
