/**
 * The save format, taken at choice points: the ink state plus the choice log and seed that can rebuild
 * it. Anything read from storage is validated here before the game touches it.
 */
export const SAVE_SCHEMA_VERSION = 1;

export interface SaveGame {
  schemaVersion: typeof SAVE_SCHEMA_VERSION;
  /** Hash of the compiled story that wrote the save. */
  storyHash: string;
  /** ink's own state JSON (story.state.ToJson()). */
  inkState: string;
  /** Every choice index picked since the start, in order. */
  choiceLog: number[];
  /** The seed of ink's RANDOM for this run. */
  seed: number;
  /** ISO 8601 time of the save. */
  savedAt: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const MAX_CHOICES = 10_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks an untrusted value against the save schema and says in plain words what is wrong. */
export function validateSave(data: unknown): Parsed<SaveGame> {
  if (!isRecord(data)) return { ok: false, reason: 'it is not a saved game' };
  const { schemaVersion, storyHash, inkState, choiceLog, seed, savedAt } = data;
  if (typeof schemaVersion !== 'number') return { ok: false, reason: 'it has no format version' };
  if (schemaVersion > SAVE_SCHEMA_VERSION) {
    return { ok: false, reason: 'it was written by a newer version of the game' };
  }
  if (schemaVersion !== SAVE_SCHEMA_VERSION)
    return { ok: false, reason: 'its format is no longer supported' };
  if (typeof storyHash !== 'string' || storyHash === '')
    return { ok: false, reason: 'it does not say which story wrote it' };
  if (typeof inkState !== 'string') return { ok: false, reason: 'its story state is missing' };
  try {
    if (!isRecord(JSON.parse(inkState))) return { ok: false, reason: 'its story state is damaged' };
  } catch {
    return { ok: false, reason: 'its story state is damaged' };
  }
  if (
    !Array.isArray(choiceLog) ||
    choiceLog.length > MAX_CHOICES ||
    !choiceLog.every((c) => Number.isInteger(c) && (c as number) >= 0 && (c as number) < 100)
  ) {
    return { ok: false, reason: 'its list of choices is damaged' };
  }
  if (!Number.isSafeInteger(seed)) return { ok: false, reason: 'its random seed is damaged' };
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) {
    return { ok: false, reason: 'its date is damaged' };
  }
  return {
    ok: true,
    value: {
      schemaVersion: SAVE_SCHEMA_VERSION,
      storyHash,
      inkState,
      choiceLog: choiceLog as number[],
      seed: seed as number,
      savedAt,
    },
  };
}

export function parseSave(raw: string): Parsed<SaveGame> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not readable (damaged or cut short)' };
  }
  return validateSave(data);
}
