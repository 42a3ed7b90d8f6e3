/**
 * Where saves live. Storage is a port (localStorage in the browser, memory in tests), and may be
 * missing or full: the game then plays on with saving off. A save that cannot be read is moved aside
 * under its own key, never deleted.
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

export type ReadResult =
  | { status: 'none' }
  | { status: 'ok'; save: SaveGame }
  /** keptAs: the key the unreadable save was moved to, or null if it could not be moved (it is left in place). */
  | { status: 'unreadable'; reason: string; keptAs: string | null };

export type WriteResult = { ok: true } | { ok: false; reason: string };

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

export class SaveStore {
  /** Set when an unreadable save could not be moved aside: writing would destroy it. */
  private protectedSave = false;

  constructor(
    private readonly storage: KeyValueStorage | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Whether autosave can work at all in this browser session. */
  get enabled(): boolean {
    return this.storage !== null && !this.protectedSave;
  }

  hasAutosave(): boolean {
    return this.raw() !== null;
  }

  readAutosave(): ReadResult {
    const raw = this.raw();
    if (raw === null) return { status: 'none' };
    const parsed = parseSave(raw);
    if (parsed.ok) return { status: 'ok', save: parsed.value };
    return { status: 'unreadable', reason: parsed.reason, keptAs: this.keepAside(raw) };
  }

  /** Moves the current autosave aside (e.g. a save the story can no longer replay). */
  keepAutosaveAside(): string | null {
    const raw = this.raw();
    return raw === null ? null : this.keepAside(raw);
  }

  writeAutosave(save: SaveGame): WriteResult {
    if (this.storage === null)
      return { ok: false, reason: 'this browser does not allow the game to store data' };
    if (this.protectedSave) return { ok: false, reason: 'an unreadable save could not be moved aside' };
    try {
      this.storage.setItem(AUTOSAVE_KEY, JSON.stringify(save));
      return { ok: true };
    } catch {
      return { ok: false, reason: "the browser's storage for this site is full or refused the save" };
    }
  }

  private raw(): string | null {
    try {
      return this.storage?.getItem(AUTOSAVE_KEY) ?? null;
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
