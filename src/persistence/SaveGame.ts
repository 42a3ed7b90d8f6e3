/**
 * The save format, taken at choice points: the ink state plus the choice log and seed that rebuild it.
 * Everything read from storage or from a file is untrusted: it is checked here, field by field, and a
 * new object is built from the checked fields only, so unknown or hostile keys (such as `__proto__`)
 * never reach the game.
 */
import { type RunLength, type RunRecord, SHORT_RUN_FLAG } from '../model/record.ts';
import { checkRecord } from '../model/recordCheck.ts';

export const SAVE_SCHEMA_VERSION = 1;

/** What an exported file says it is, so a foreign JSON file is refused before anything else. */
export const SAVE_FILE_FORMAT = 'the-empty-chair/save';

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
  /** The player's name for a save in a slot. */
  name?: string;
  /** Who the player is (for the list of saves; absent before the protagonist is picked). */
  protagonist?: string;
  /** The story's date at the save (for the list of saves). */
  storyDate?: string;
  /**
   * The run as recorded while it was played (model/record.ts): with a story of the same hash, the game
   * resumes from it and the ink state without replaying the choices. Saves written before it existed
   * have none and are replayed.
   */
  record?: RunRecord;
}

/** An exported save file: the save inside an envelope that names the game. */
export interface SaveFile {
  format: typeof SAVE_FILE_FORMAT;
  save: SaveGame;
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

/** Limits far above any real run (about 40 choices, a 3 KB ink state), far below harm. */
export const LIMITS = {
  choices: 1_000,
  choiceIndex: 100,
  inkState: 256 * 1024,
  // A run's record holds its transcript and the ink state at each choice point (about 150 KB).
  file: 2 * 1024 * 1024,
  storyHash: 64,
  name: 60,
  label: 80,
} as const;

const REQUIRED = ['schemaVersion', 'storyHash', 'inkState', 'choiceLog', 'seed', 'savedAt'] as const;
const OPTIONAL = ['name', 'protagonist', 'storyDate', 'branches', 'record'] as const;
const KNOWN = new Set<string>([...REQUIRED, ...OPTIONAL]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const HASH = /^[0-9a-z_-]+$/i;
// Control characters (C0, DEL, C1) and the bidirectional overrides that can disguise text.
// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

function isChoiceLog(value: unknown): value is number[] {
  return (
    Array.isArray(value) &&
    value.length <= LIMITS.choices &&
    value.every((c) => Number.isInteger(c) && (c as number) >= 0 && (c as number) < LIMITS.choiceIndex)
  );
}

const isLabel = (value: unknown): value is string | null => value === null || isSafeText(value, LIMITS.label);

function validateBranches(value: unknown): SavedBranch[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_BRANCHES) return undefined;
  const branches: SavedBranch[] = [];
  for (const item of value) {
    if (!isRecord(item)) return undefined;
    const { seed, choiceLog, ending, lastDate } = item;
    if (typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed < 0 || !isChoiceLog(choiceLog))
      return undefined;
    if (!isLabel(ending) || !isLabel(lastDate)) return undefined;
    // Like the save itself: a fresh object from the checked fields only.
    branches.push({ seed, choiceLog: [...choiceLog], ending, lastDate });
  }
  return branches;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short label field: a string of at most `max` characters with no control characters. */
export function isSafeText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max && !UNSAFE_TEXT.test(value);
}

/** ink's state JSON: an object with the fields inkjs needs to load it. */
function isInkState(text: string): boolean {
  if (text.length > LIMITS.inkState) return false;
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch {
    return false;
  }
  return (
    isRecord(state) &&
    isRecord(state.flows) &&
    isRecord(state.variablesState) &&
    Number.isSafeInteger(state.inkSaveVersion) &&
    Number.isSafeInteger(state.storySeed)
  );
}

/** Checks an untrusted value against the save schema and says in plain words what is wrong. */
export function validateSave(data: unknown): Parsed<SaveGame> {
  if (!isRecord(data)) return fail('it is not a saved game');
  const keys = Object.keys(data);
  if (!keys.includes('schemaVersion')) return fail('it is not a saved game of The Empty Chair');
  const { schemaVersion } = data;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion))
    return fail('it has no format version');
  if (schemaVersion > SAVE_SCHEMA_VERSION) return fail('it was written by a newer version of the game');
  if (schemaVersion !== SAVE_SCHEMA_VERSION) return fail('its format is no longer supported');
  const unknown = keys.filter((k) => !KNOWN.has(k));
  if (unknown.length > 0) return fail('it has fields this game does not know');

  const { storyHash, inkState, choiceLog, seed, savedAt, name, protagonist, storyDate, branches, record } =
    data;
  if (typeof storyHash !== 'string' || storyHash.length > LIMITS.storyHash || !HASH.test(storyHash))
    return fail('it does not say which story wrote it');
  if (typeof inkState !== 'string') return fail('its story state is missing');
  if (!isInkState(inkState)) return fail('its story state is damaged');
  if (!isChoiceLog(choiceLog)) return fail('its list of choices is damaged');
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed < 0)
    return fail('its random seed is damaged');
  if (typeof savedAt !== 'string' || !ISO_DATE.test(savedAt) || Number.isNaN(Date.parse(savedAt)))
    return fail('its date is damaged');
  if (name !== undefined && !isSafeText(name, LIMITS.name)) return fail('its name is damaged');
  if (protagonist !== undefined && !isSafeText(protagonist, LIMITS.label))
    return fail('its protagonist is damaged');
  if (storyDate !== undefined && !isSafeText(storyDate, LIMITS.label))
    return fail('its story date is damaged');

  const save: SaveGame = {
    schemaVersion: SAVE_SCHEMA_VERSION,
    storyHash,
    inkState,
    choiceLog: [...choiceLog],
    seed,
    savedAt,
  };
  if (name !== undefined) save.name = name;
  if (protagonist !== undefined) save.protagonist = protagonist;
  if (storyDate !== undefined) save.storyDate = storyDate;
  if (branches !== undefined) {
    const valid = validateBranches(branches);
    if (!valid) return fail('its list of earlier branches is damaged');
    save.branches = valid;
  }
  if (record !== undefined) {
    const checked = checkRecord(record);
    if (!checked.ok) return checked;
    save.record = checked.value;
  }
  return { ok: true, value: save };
}

export function parseSave(raw: string): Parsed<SaveGame> {
  if (raw.length > LIMITS.file) return fail('it is too large to be a saved game');
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return fail('it is not readable (damaged or cut short)');
  }
  return validateSave(data);
}

/** Reads an exported save file. Anything that is not one of ours is refused with a plain reason. */
export function parseSaveFile(raw: string): Parsed<SaveGame> {
  if (raw.length > LIMITS.file) return fail('the file is too large to be a saved game');
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return fail('the file is not a saved game (it is not readable, or it is cut short)');
  }
  if (!isRecord(data) || data.format !== SAVE_FILE_FORMAT) {
    return fail('the file is not a saved game of The Empty Chair');
  }
  if (Object.keys(data).some((k) => k !== 'format' && k !== 'save')) {
    return fail('the file has fields this game does not know');
  }
  return validateSave(data.save);
}

export function saveFileText(save: SaveGame): string {
  const file: SaveFile = { format: SAVE_FILE_FORMAT, save };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Who the run is played as, read from its ink state (the story's protagonist variable) rather than from
 * the save's label, which nothing checks against the run. Null before the side is picked.
 */
export function saveProtagonist(save: SaveGame): string | null {
  try {
    const state = JSON.parse(save.inkState) as { variablesState?: Record<string, unknown> };
    const value = state.variablesState?.protagonist;
    // ink writes a string variable's value with a leading ^.
    const name = typeof value === 'string' ? value.replace(/^\^/, '') : '';
    return isSafeText(name, LIMITS.label) && name !== '' ? name : null;
  } catch {
    return null;
  }
}

/**
 * The length of the saved run, read from its ink state (the story's `short_run` flag, which the game sets
 * before the first line): what a replay of its choices must set again. Saves before the flag are full runs.
 */
export function saveLength(save: SaveGame): RunLength {
  try {
    const state = JSON.parse(save.inkState) as { variablesState?: Record<string, unknown> };
    const value = state.variablesState?.[SHORT_RUN_FLAG];
    return value === true || value === 1 ? 'short' : 'full';
  } catch {
    return 'full';
  }
}

/** How many decisions the run has taken: every choice after the first, which picks the side. */
export function decisionsTaken(save: SaveGame): number {
  return Math.max(0, save.choiceLog.length - 1);
}
