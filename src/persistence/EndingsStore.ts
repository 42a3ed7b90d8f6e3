/**
 * The endings this browser has reached, for the Endings gallery: one record per ending and protagonist,
 * with when it was first and last reached. Stored as JSON under one localStorage key and validated on
 * read. Records that cannot be read are never dropped silently: the whole stored text is first copied
 * aside under its own key, and the gallery says so.
 */
import type { KeyValueStorage } from './SaveStore.ts';
import { KEPT_PREFIX } from './SaveStore.ts';

export const ENDINGS_KEY = 'the-empty-chair/endings';
export const ENDINGS_SCHEMA_VERSION = 1;

export interface EndingRecord {
  /** The ENDING tag's id, e.g. "stalin_supreme". */
  id: string;
  /** Who the player was (the story's protagonist variable). */
  protagonist: string;
  /** The ending's title line as the story showed it. */
  title: string;
  /** ISO 8601 times. */
  firstReached: string;
  lastReached: string;
  times: number;
}

export interface EndingsRead {
  records: EndingRecord[];
  /** Set when stored data could not be read: what was wrong, and where the original was kept (or null). */
  problem: { reason: string; keptAs: string | null } | null;
}

export type RecordResult = { ok: true } | { ok: false; reason: string };

const MAX_RECORDS = 500;
const MAX_TEXT = 300;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isText = (value: unknown, max = MAX_TEXT): value is string =>
  typeof value === 'string' && value.length <= max;
const isTime = (value: unknown): value is string => isText(value, 40) && !Number.isNaN(Date.parse(value));

function validRecord(value: unknown): EndingRecord | null {
  if (!isRecord(value)) return null;
  const { id, protagonist, title, firstReached, lastReached, times } = value;
  if (!isText(id, 80) || !/^[a-z][a-z0-9_]*$/.test(id)) return null;
  if (!isText(protagonist, 40) || protagonist === '' || !isText(title)) return null;
  if (!isTime(firstReached) || !isTime(lastReached)) return null;
  if (typeof times !== 'number' || !Number.isSafeInteger(times) || times < 1) return null;
  return { id, protagonist, title, firstReached, lastReached, times };
}

/** Reads the stored text: the records that are valid, and what was wrong with the rest. */
export function parseEndings(raw: string): { records: EndingRecord[]; reason: string | null } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { records: [], reason: 'it is not readable (damaged or cut short)' };
  }
  if (!isRecord(data) || !Array.isArray(data.reached))
    return { records: [], reason: 'it is not a list of endings' };
  if (data.schemaVersion !== ENDINGS_SCHEMA_VERSION) {
    const newer = typeof data.schemaVersion === 'number' && data.schemaVersion > ENDINGS_SCHEMA_VERSION;
    return {
      records: [],
      reason: newer ? 'it was written by a newer version of the game' : 'its format is not known',
    };
  }
  const records = data.reached.slice(0, MAX_RECORDS).map(validRecord);
  const valid = records.filter((r): r is EndingRecord => r !== null);
  const bad = data.reached.length - valid.length;
  return {
    records: valid,
    reason: bad > 0 ? `${String(bad)} of its ${String(data.reached.length)} records are damaged` : null,
  };
}

export class EndingsStore {
  private problem: EndingsRead['problem'] = null;
  /** Set when damaged data could not be copied aside: writing would destroy it. */
  private frozen = false;

  constructor(
    private readonly storage: KeyValueStorage | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get enabled(): boolean {
    return this.storage !== null && !this.frozen;
  }

  read(): EndingsRead {
    const raw = this.raw();
    if (raw === null) return { records: [], problem: this.problem };
    const parsed = parseEndings(raw);
    if (parsed.reason !== null) {
      this.problem = { reason: parsed.reason, keptAs: this.keepAside(raw) };
      // The valid records stay where they were; the original text is safe under its own key.
      if (this.problem.keptAs !== null) this.write(parsed.records);
    }
    return { records: parsed.records, problem: this.problem };
  }

  /** Records that the player reached an ending. */
  record(ending: { id: string; protagonist: string; title: string }): RecordResult {
    if (this.storage === null)
      return { ok: false, reason: 'this browser does not allow the game to store data' };
    const { records } = this.read();
    if (this.frozen) return { ok: false, reason: 'damaged records could not be kept aside' };
    const at = this.now().toISOString();
    const same = records.find((r) => r.id === ending.id && r.protagonist === ending.protagonist);
    if (same) {
      same.lastReached = at;
      same.times += 1;
      same.title = ending.title.slice(0, MAX_TEXT);
    } else {
      records.push({
        id: ending.id,
        protagonist: ending.protagonist,
        title: ending.title.slice(0, MAX_TEXT),
        firstReached: at,
        lastReached: at,
        times: 1,
      });
    }
    return this.write(records);
  }

  private write(records: EndingRecord[]): RecordResult {
    if (this.storage === null || this.frozen) return { ok: false, reason: 'the endings cannot be stored' };
    try {
      const data = { schemaVersion: ENDINGS_SCHEMA_VERSION, reached: records };
      this.storage.setItem(ENDINGS_KEY, JSON.stringify(data));
      return { ok: true };
    } catch {
      return { ok: false, reason: "the browser's storage for this site is full or refused it" };
    }
  }

  private raw(): string | null {
    try {
      return this.storage?.getItem(ENDINGS_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private keepAside(raw: string): string | null {
    if (this.storage === null) return null;
    const key = `${KEPT_PREFIX}endings-${this.now().toISOString()}`;
    try {
      this.storage.setItem(key, raw);
      return key;
    } catch {
      this.frozen = true;
      return null;
    }
  }
}
