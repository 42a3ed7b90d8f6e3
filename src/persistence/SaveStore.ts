/**
 * Where saves live: the autosave, three named slots and the saves kept aside. Storage is a port
 * (localStorage in the browser, memory in tests) and may be missing, full or shared with another tab:
 * every write says why it failed instead of throwing, and reading never depends on writing, so a full
 * storage still shows every save.
 *
 * No run is ever overwritten without a copy. Before the autosave is replaced by a save that does not
 * contain the stored run (its choices are not a prefix of the new run's, nor of one of its kept
 * branches), the stored run is kept aside under a kept/ key with the reason; if that copy cannot be
 * written, the autosave is left as it is and the write fails. An unreadable autosave is kept aside the
 * same way, an unreadable slot stays put.
 */
import { parseSave, type SaveGame } from './SaveGame.ts';

/** The part of the Web Storage API we use (key enumeration lists the kept saves). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length?: number;
  key?(index: number): string | null;
}

export const AUTOSAVE_KEY = 'the-empty-chair/autosave';
export const KEPT_PREFIX = 'the-empty-chair/kept/';
/** What a kept save's stored value says it is (older kept saves are the bare save text). */
export const KEPT_FORMAT = 'the-empty-chair/kept';
export const SLOTS = [1, 2, 3] as const;
export type SlotNumber = (typeof SLOTS)[number];

export function slotKey(slot: SlotNumber): string {
  return `the-empty-chair/slot/${String(slot)}`;
}

export function isSlotNumber(value: unknown): value is SlotNumber {
  return (SLOTS as readonly unknown[]).includes(value);
}

/** Why a save was kept aside. */
export type KeptWhy =
  | 'unreadable'
  | 'new-game'
  | 'shared-run'
  | 'loaded'
  | 'other-tab'
  | 'story-changed'
  | 'separate-tab'
  | 'old-branch';

/** What replaced the autosave's run, as the controller knows it (anything else is "another run"). */
export type ReplacedBy = 'new-game' | 'shared-run' | 'loaded' | 'old-branch';

export const KEPT_WHY: Record<KeptWhy, string> = {
  unreadable: 'It could not be opened, so it was kept aside rather than deleted.',
  'new-game': 'A new game was started while it was the autosave.',
  'shared-run': 'You played on from a shared run while it was the autosave.',
  loaded: 'Another save was loaded while it was the autosave.',
  'other-tab': 'A run in another tab took its place as the autosave.',
  'story-changed': 'This version of the story could not replay it.',
  'separate-tab': 'It was played on in a second tab, as a separate run.',
  'old-branch':
    'You went back in the run more often than its timeline keeps: this is the run with its oldest branch.',
};

export type ReadResult =
  | { status: 'none' }
  | { status: 'ok'; save: SaveGame }
  /** keptAs: the key the unreadable save now lives under, or null if it could not be moved (it is left in place). */
  | { status: 'unreadable'; reason: string; keptAs: string | null };

export type WriteResult =
  { ok: true; kept?: { key: string; why: KeptWhy; save: SaveGame | null } } | { ok: false; reason: string };

export interface KeptView {
  key: string;
  why: KeptWhy;
  /** When it was kept (ISO 8601). */
  keptAt: string;
  /** The save, or why it cannot be read. */
  read: { ok: true; save: SaveGame } | { ok: false; reason: string };
}

export const NO_STORAGE = 'this browser does not allow the game to store data';
export const READ_REFUSED = 'the browser did not let the game read it just now';
const REFUSED = Symbol('read refused');
export const STORAGE_FULL =
  "the browser's storage for this site is full. Export your run to a file, or delete a slot or a kept " +
  'save (Saves), to make room';

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
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
  };
}

/** A refused write: a full storage (QuotaExceededError in Chromium, NS_ERROR_DOM_QUOTA_REACHED in Firefox) or a refusal. */
function isFull(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const text = error instanceof Error ? error.message : String(error);
  return /quota|full/i.test(`${name} ${text}`);
}

function writeFailure(error: unknown): string {
  return isFull(error) ? STORAGE_FULL : 'the browser refused to store the save';
}

const isPrefix = (a: readonly number[], b: readonly number[]): boolean =>
  a.length <= b.length && a.every((choice, i) => b[i] === choice);

/** A save's lines of play: the run itself and each branch the player rewound from. */
const linesOf = (save: SaveGame): { seed: number; choiceLog: readonly number[] }[] => [
  save,
  ...(save.branches ?? []),
];

/**
 * Whether `next` still holds everything `prev` holds: the run and each of its kept branches goes on in
 * next's run or in one of next's branches. (A shared copy of a run carries no branches: playing on from
 * it does not hold the branches of the autosave it would replace.)
 */
export function holdsRun(next: SaveGame, prev: SaveGame): boolean {
  const lines = linesOf(next);
  return linesOf(prev).every((old) =>
    lines.some((line) => line.seed === old.seed && isPrefix(old.choiceLog, line.choiceLog)),
  );
}

/** A kept entry's stored text: the envelope, or (older entries) the bare text of an unreadable autosave. */
function parseKept(key: string, raw: string): Omit<KeptView, 'read'> & { text: string } {
  const fallback = { key, why: 'unreadable' as const, keptAt: key.slice(KEPT_PREFIX.length), text: raw };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return fallback;
  }
  if (typeof data !== 'object' || data === null) return fallback;
  const { format, why, keptAt, save } = data as Record<string, unknown>;
  if (format !== KEPT_FORMAT || typeof save !== 'string') return fallback;
  return {
    key,
    why: typeof why === 'string' && why in KEPT_WHY ? (why as KeptWhy) : 'unreadable',
    keptAt: typeof keptAt === 'string' ? keptAt : fallback.keptAt,
    text: save,
  };
}

export class SaveStore {
  /** Set when an unreadable autosave could not be moved aside: writing would destroy it. */
  private protectedSave = false;
  /** What replaced the autosave's run, until the next write says so. */
  private replacedBy: ReplacedBy | null = null;
  /** The autosave text this page last read or wrote: any other text there was written by another tab. */
  private lastSeen: string | null = null;
  /** Set when this tab plays on as a separate run: its autosaves go to this kept entry instead. */
  private separateKey: string | null = null;

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

  /** Whether this page's run is saved apart from the autosave (a second tab playing on separately). */
  get separate(): boolean {
    return this.separateKey !== null;
  }

  /**
   * Why new progress cannot be saved right now (storage full or refused), found by a small write that is
   * removed at once; null when writing works. Reading never depends on it.
   */
  writeProblem(): string | null {
    if (this.storage === null) return NO_STORAGE;
    const probe = 'the-empty-chair/probe';
    try {
      this.storage.setItem(probe, '1');
      this.storage.removeItem(probe);
      return null;
    } catch (error) {
      return writeFailure(error);
    }
  }

  hasAutosave(): boolean {
    return this.raw(AUTOSAVE_KEY) !== null;
  }

  readAutosave(): ReadResult {
    const raw = this.read(AUTOSAVE_KEY);
    // A read the browser refuses is not an empty autosave: nothing may be written over it.
    if (raw === REFUSED) return { status: 'unreadable', reason: READ_REFUSED, keptAs: null };
    this.lastSeen = raw;
    if (raw === null) return { status: 'none' };
    const parsed = parseSave(raw);
    if (parsed.ok) return { status: 'ok', save: parsed.value };
    return { status: 'unreadable', reason: parsed.reason, keptAs: this.keepAutosave(raw, 'unreadable') };
  }

  /** Moves the current autosave aside, saying why (e.g. a save the story can no longer replay). */
  keepAutosaveAside(why: KeptWhy = 'story-changed'): string | null {
    const raw = this.raw(AUTOSAVE_KEY);
    return raw === null ? null : this.keepAutosave(raw, why);
  }

  /** The next autosave replaces the stored run on purpose (a new game, a shared run, a loaded save). */
  replacing(by: ReplacedBy): void {
    this.replacedBy = by;
  }

  /** From now on this page saves its run as a separate kept save, leaving the autosave to the other tab. */
  playSeparately(): void {
    this.separateKey ??= this.freeKeptKey();
  }

  /**
   * This page writes the autosave again (taking over from another tab, or a new run after a separate one).
   * The other tab's run there, unless this one holds it, is kept aside at the next write.
   */
  playHere(): void {
    this.separateKey = null;
  }

  writeAutosave(save: SaveGame): WriteResult {
    if (this.storage === null) return { ok: false, reason: NO_STORAGE };
    if (this.separateKey !== null) {
      // Another run played separately in this tab (a new game after the last) gets a kept save of its own.
      const previous = parseSave(this.keptText(this.separateKey) ?? '');
      if (previous.ok && !holdsRun(save, previous.value)) this.separateKey = this.freeKeptKey();
      const written = this.writeKept(this.separateKey, 'separate-tab', JSON.stringify(save));
      return written ? { ok: true } : { ok: false, reason: this.lastFailure };
    }
    if (this.protectedSave) return { ok: false, reason: 'an unreadable save could not be moved aside' };
    // What is there must be known before anything is written over it.
    let stored: string | null;
    try {
      stored = this.storage.getItem(AUTOSAVE_KEY);
    } catch {
      return { ok: false, reason: 'the browser did not let the game read its storage' };
    }
    let kept: { key: string; why: KeptWhy; save: SaveGame | null } | undefined;
    if (stored !== null) {
      const previous = parseSave(stored);
      const lost = !previous.ok || !holdsRun(save, previous.value);
      if (lost && !(previous.ok && this.storedElsewhere(previous.value))) {
        const why: KeptWhy = !previous.ok
          ? 'unreadable'
          : stored !== this.lastSeen
            ? 'other-tab'
            : (this.replacedBy ?? 'loaded');
        const key = this.freeKeptKey();
        if (!this.writeKept(key, why, stored)) {
          return {
            ok: false,
            reason: `${this.lastFailure}. Your other saved run could not be copied first, so it was not overwritten`,
          };
        }
        kept = { key, why, save: previous.ok ? previous.value : null };
      }
    }
    const text = JSON.stringify(save);
    try {
      this.storage.setItem(AUTOSAVE_KEY, text);
    } catch (error) {
      return { ok: false, reason: writeFailure(error) };
    }
    this.lastSeen = text;
    this.replacedBy = null;
    return kept ? { ok: true, kept } : { ok: true };
  }

  /** A slot's save; an unreadable one is left where it is (keptAs is the slot's own key). */
  readSlot(slot: SlotNumber): ReadResult {
    const key = slotKey(slot);
    const raw = this.read(key);
    // A slot the browser will not read now is not empty: listed as empty, it would be written over.
    if (raw === REFUSED) return { status: 'unreadable', reason: READ_REFUSED, keptAs: key };
    if (raw === null) return { status: 'none' };
    const parsed = parseSave(raw);
    return parsed.ok
      ? { status: 'ok', save: parsed.value }
      : { status: 'unreadable', reason: parsed.reason, keptAs: key };
  }

  writeSlot(slot: SlotNumber, save: SaveGame): WriteResult {
    if (this.storage === null) return { ok: false, reason: NO_STORAGE };
    try {
      this.storage.setItem(slotKey(slot), JSON.stringify(save));
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: writeFailure(error) };
    }
  }

  deleteSlot(slot: SlotNumber): WriteResult {
    return this.remove(slotKey(slot));
  }

  /** Every save kept aside, newest first (other kept records, such as damaged settings, are not saves). */
  listKept(): KeptView[] {
    return this.keptKeys()
      .map((key) => {
        const { text, ...entry } = parseKept(key, this.raw(key) ?? '');
        const parsed = parseSave(text);
        const read = parsed.ok
          ? { ok: true as const, save: parsed.value }
          : { ok: false as const, reason: parsed.reason };
        return { ...entry, read };
      })
      .sort((a, b) => (a.keptAt < b.keptAt ? 1 : a.keptAt > b.keptAt ? -1 : 0));
  }

  /** The exact text kept under a key (for export), or null. */
  keptText(key: string): string | null {
    if (!this.keptKeys().includes(key)) return null;
    const raw = this.raw(key);
    return raw === null ? null : parseKept(key, raw).text;
  }

  deleteKept(key: string): WriteResult {
    if (!this.keptKeys().includes(key)) return { ok: false, reason: 'that kept save is no longer there' };
    if (key === this.separateKey) this.separateKey = null;
    return this.remove(key);
  }

  private keptKeys(): string[] {
    const storage = this.storage;
    if (storage?.key === undefined || storage.length === undefined) return [];
    const keys: string[] = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(KEPT_PREFIX) && /^\d{4}-/.test(key.slice(KEPT_PREFIX.length))) keys.push(key);
      }
    } catch {
      return keys;
    }
    return keys;
  }

  /** Whether a slot or a kept save already holds the run and its branches: no second copy is needed. */
  private storedElsewhere(save: SaveGame): boolean {
    const slots = SLOTS.map((slot) => this.readSlot(slot)).flatMap((r) =>
      r.status === 'ok' ? [r.save] : [],
    );
    const kept = this.listKept().flatMap((k) => (k.read.ok ? [k.read.save] : []));
    return [...slots, ...kept].some((other) => holdsRun(other, save));
  }

  private lastFailure = STORAGE_FULL;

  private writeKept(key: string, why: KeptWhy, text: string): boolean {
    if (this.storage === null) return false;
    const keptAt = key.slice(KEPT_PREFIX.length).replace(/#\d+$/, '');
    try {
      this.storage.setItem(key, JSON.stringify({ format: KEPT_FORMAT, why, keptAt, save: text }));
      return true;
    } catch (error) {
      this.lastFailure = writeFailure(error);
      return false;
    }
  }

  /** A kept key nothing uses yet (a key that cannot be read counts as used: it is never written over). */
  private freeKeptKey(): string {
    const base = `${KEPT_PREFIX}${this.now().toISOString()}`;
    const used = (key: string): boolean => {
      try {
        return this.storage?.getItem(key) !== null;
      } catch {
        return true;
      }
    };
    let key = base;
    for (let n = 2; used(key) && n < 1000; n++) key = `${base}#${String(n)}`;
    return key;
  }

  private remove(key: string): WriteResult {
    if (this.storage === null) return { ok: false, reason: NO_STORAGE };
    try {
      this.storage.removeItem(key);
      return { ok: true };
    } catch {
      return { ok: false, reason: 'the browser refused to change its storage' };
    }
  }

  /** A key's text, null if there is none, or REFUSED if the browser would not read it (a read that throws). */
  private read(key: string): string | null | typeof REFUSED {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return REFUSED;
    }
  }

  private raw(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  /** Keeps the autosave's text aside, then removes it; null (and nothing written over it from now on) if it cannot. */
  private keepAutosave(raw: string, why: KeptWhy): string | null {
    if (this.storage === null) return null;
    const key = this.freeKeptKey();
    if (!this.writeKept(key, why, raw)) {
      if (why === 'unreadable') this.protectedSave = true;
      return null;
    }
    try {
      this.storage.removeItem(AUTOSAVE_KEY);
    } catch {
      // The copy is made; the original stays too.
    }
    this.lastSeen = null;
    return key;
  }
}
