/**
 * Where saves live: the autosave and three named slots. Storage is a port (localStorage in the
 * browser, memory in tests) and may be missing or full: the game then plays on with saving off, and
 * every write says why it failed instead of throwing. A save that cannot be read is never deleted
 * without asking: an unreadable autosave is moved aside under its own key, an unreadable slot stays put.
 */
import { parseSave, type SaveGame } from './SaveGame.ts';

/** The part of the Web Storage API we use. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const AUTOSAVE_KEY = 'the-empty-chair/autosave';
export const KEPT_PREFIX = 'the-empty-chair/kept/';
export const SLOTS = [1, 2, 3] as const;
export type SlotNumber = (typeof SLOTS)[number];

export function slotKey(slot: SlotNumber): string {
  return `the-empty-chair/slot/${String(slot)}`;
}

export function isSlotNumber(value: unknown): value is SlotNumber {
  return (SLOTS as readonly unknown[]).includes(value);
}

export type ReadResult =
  | { status: 'none' }
  | { status: 'ok'; save: SaveGame }
  /** keptAs: the key the unreadable save now lives under, or null if it could not be moved (it is left in place). */
  | { status: 'unreadable'; reason: string; keptAs: string | null };

export type WriteResult = { ok: true } | { ok: false; reason: string };

export const NO_STORAGE = 'this browser does not allow the game to store data';

export function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}

/** A plain reason for a refused write: a full storage (QuotaExceededError in Chromium, NS_ERROR_DOM_QUOTA_REACHED in Firefox) or a refusal. */
function writeFailure(error: unknown): string {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const text = error instanceof Error ? error.message : String(error);
  return /quota|full/i.test(`${name} ${text}`)
    ? "the browser's storage for this site is full"
    : 'the browser refused to store the save';
}

export class SaveStore {
  /** Set when an unreadable autosave could not be moved aside: writing would destroy it. */
  private protectedSave = false;

  constructor(
    private readonly storage: KeyValueStorage | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Whether autosave can work at all in this browser session. */
  get enabled(): boolean {
    return this.storage !== null && !this.protectedSave;
  }

  /** Whether the named slots can work (they never touch the autosave, so a protected one does not stop them). */
  get slotsEnabled(): boolean {
    return this.storage !== null;
  }

  hasAutosave(): boolean {
    return this.raw(AUTOSAVE_KEY) !== null;
  }

  readAutosave(): ReadResult {
    const raw = this.raw(AUTOSAVE_KEY);
    if (raw === null) return { status: 'none' };
    const parsed = parseSave(raw);
    if (parsed.ok) return { status: 'ok', save: parsed.value };
    return { status: 'unreadable', reason: parsed.reason, keptAs: this.keepAside(raw) };
  }

  /** Moves the current autosave aside (e.g. a save the story can no longer replay). */
  keepAutosaveAside(): string | null {
    const raw = this.raw(AUTOSAVE_KEY);
    return raw === null ? null : this.keepAside(raw);
  }

  writeAutosave(save: SaveGame): WriteResult {
    if (this.storage === null) return { ok: false, reason: NO_STORAGE };
    if (this.protectedSave) return { ok: false, reason: 'an unreadable save could not be moved aside' };
    return this.write(AUTOSAVE_KEY, save);
  }

  /** A slot's save; an unreadable one is left where it is (keptAs is the slot's own key). */
  readSlot(slot: SlotNumber): ReadResult {
    const key = slotKey(slot);
    const raw = this.raw(key);
    if (raw === null) return { status: 'none' };
    const parsed = parseSave(raw);
    return parsed.ok
      ? { status: 'ok', save: parsed.value }
      : { status: 'unreadable', reason: parsed.reason, keptAs: key };
  }

  writeSlot(slot: SlotNumber, save: SaveGame): WriteResult {
    if (this.storage === null) return { ok: false, reason: NO_STORAGE };
    return this.write(slotKey(slot), save);
  }

  deleteSlot(slot: SlotNumber): WriteResult {
    if (this.storage === null) return { ok: false, reason: NO_STORAGE };
    try {
      this.storage.removeItem(slotKey(slot));
      return { ok: true };
    } catch {
      return { ok: false, reason: 'the browser refused to change its storage' };
    }
  }

  private write(key: string, save: SaveGame): WriteResult {
    try {
      this.storage?.setItem(key, JSON.stringify(save));
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: writeFailure(error) };
    }
  }

  private raw(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  private keepAside(raw: string): string | null {
    if (this.storage === null) return null;
    const key = `${KEPT_PREFIX}${this.now().toISOString()}`;
    try {
      this.storage.setItem(key, raw);
      this.storage.removeItem(AUTOSAVE_KEY);
      return key;
    } catch {
      this.protectedSave = true;
      return null;
    }
  }
}
