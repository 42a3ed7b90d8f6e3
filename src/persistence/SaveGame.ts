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
  /** Roads not taken: earlier versions of this run that the player rewound from (newest first). */
  branches?: SavedBranch[];
}

/** A run the player left by rewinding: enough to replay it and compare it with the current one. */
export interface SavedBranch {
  seed: number;
  choiceLog: number[];
  ending: string | null;
  /** Where it stopped: the date of its last scene. */
  lastDate: string | null;
}

export const MAX_BRANCHES = 12;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const MAX_CHOICES = 10_000;

function isChoiceLog(value: unknown): value is number[] {
  return (
    Array.isArray(value) &&
    value.length <= MAX_CHOICES &&
    value.every((c) => Number.isInteger(c) && (c as number) >= 0 && (c as number) < 100)
  );
}

const isShortText = (value: unknown): value is string | null =>
  value === null || (typeof value === 'string' && value.length <= 200);

function validateBranches(value: unknown): SavedBranch[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_BRANCHES) return undefined;
  const branches: SavedBranch[] = [];
  for (const item of value) {
    if (!isRecord(item)) return undefined;
    const { seed, choiceLog, ending, lastDate } = item;
    if (!Number.isSafeInteger(seed) || !isChoiceLog(choiceLog)) return undefined;
    if (!isShortText(ending) || !isShortText(lastDate)) return undefined;
    branches.push({ seed: seed as number, choiceLog: [...choiceLog], ending, lastDate });
  }
  return branches;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks an untrusted value against the save schema and says in plain words what is wrong. */
export function validateSave(data: unknown): Parsed<SaveGame> {
  if (!isRecord(data)) return { ok: false, reason: 'it is not a saved game' };
  const { schemaVersion, storyHash, inkState, choiceLog, seed, savedAt, branches } = data;
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
  if (!isChoiceLog(choiceLog)) return { ok: false, reason: 'its list of choices is damaged' };
  if (!Number.isSafeInteger(seed)) return { ok: false, reason: 'its random seed is damaged' };
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) {
    return { ok: false, reason: 'its date is damaged' };
  }
  const value: SaveGame = {
    schemaVersion: SAVE_SCHEMA_VERSION,
    storyHash,
    inkState,
    choiceLog,
    seed: seed as number,
    savedAt,
  };
  if (branches !== undefined) {
    const valid = validateBranches(branches);
    if (!valid) return { ok: false, reason: 'its list of earlier branches is damaged' };
    value.branches = valid;
  }
  return { ok: true, value };
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
