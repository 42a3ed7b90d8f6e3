/**
 * The class board's results, kept only in the teacher's browser (localStorage, one key). Read back
 * field by field: stored text that cannot be read is copied aside before anything is written over it,
 * and the board says so. Clearing removes the key, and only when the teacher asks.
 */
import type { KeyValueStorage } from '../persistence/SaveStore.ts';
import { KEPT_PREFIX } from '../persistence/SaveStore.ts';
import type { BoardCause, BoardRun, BoardStep } from './board.ts';
import { parseResultCode } from './resultCode.ts';

export const BOARD_KEY = 'the-empty-chair/class-board';
const FORMAT = 'the-empty-chair/class-board';
const VERSION = 1;
/** Far above any class, far below what would fill the browser's storage. */
export const MAX_RUNS = 400;

export interface BoardRead {
  runs: BoardRun[];
  problem: { reason: string; keptAs: string | null } | null;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = 400): v is string => typeof v === 'string' && v.length <= max;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

function step(v: unknown): BoardStep | null {
  if (!isObject(v)) return null;
  const { id, title, date, options, chosen, historical } = v;
  if (!isText(id, 80) || !(title === null || isText(title)) || !(date === null || isText(date))) return null;
  if (!Array.isArray(options) || options.length > 36 || !options.every((o) => isText(o))) return null;
  if (!isCount(chosen) || chosen < 0 || chosen >= options.length) return null;
  if (!isCount(historical) || historical < -1 || historical >= options.length) return null;
  return { id, title, date, options: [...options], chosen, historical };
}

function cause(v: unknown): BoardCause | null {
  if (!isObject(v)) return null;
  const { cause: name, moved, net } = v;
  if (!isText(name, 80) || !isCount(moved) || !isCount(net)) return null;
  return { cause: name, moved, net };
}

/** A stored run, rebuilt from its checked fields only; null if any is wrong. */
export function validRun(v: unknown): BoardRun | null {
  if (!isObject(v)) return null;
  const { code, protagonist, length, ending, endingTitle, steps, causes, sameStory } = v;
  if (!isText(code, 300) || !code.startsWith('ec1-')) return null;
  if (protagonist !== 'Trotsky' && protagonist !== 'Stalin') return null;
  if (length !== 'short' && length !== 'full') return null;
  if (!(ending === null || isText(ending, 80)) || !isText(endingTitle, 200) || typeof sameStory !== 'boolean')
    return null;
  if (!Array.isArray(steps) || steps.length > 100 || !Array.isArray(causes) || causes.length > 100)
    return null;
  const goodSteps = steps.map(step);
  const goodCauses = causes.map(cause);
  if (goodSteps.includes(null) || goodCauses.includes(null)) return null;
  return {
    code,
    protagonist,
    length,
    ending,
    endingTitle,
    steps: goodSteps as BoardStep[],
    causes: goodCauses as BoardCause[],
    sameStory,
  };
}

export function parseBoard(raw: string): { runs: BoardRun[]; reason: string | null } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { runs: [], reason: 'the saved board is not readable' };
  }
  if (!isObject(data) || data.format !== FORMAT || !Array.isArray(data.runs))
    return { runs: [], reason: 'the saved board is not in a form this game knows' };
  if (data.version !== VERSION)
    return { runs: [], reason: 'the saved board comes from another version of the game' };
  const runs = data.runs.map(validRun);
  const good = runs.filter((r): r is BoardRun => r !== null);
  return {
    runs: good,
    reason:
      good.length < runs.length ? `${String(runs.length - good.length)} saved results are damaged` : null,
  };
}

export class BoardStore {
  private problem: BoardRead['problem'] = null;

  constructor(private readonly storage: KeyValueStorage | null) {}

  get enabled(): boolean {
    return this.storage !== null;
  }

  read(): BoardRead {
    const raw = this.safeGet(BOARD_KEY);
    if (raw === null) return { runs: [], problem: this.problem };
    const { runs, reason } = parseBoard(raw);
    if (reason === null) return { runs, problem: this.problem };
    // Keep the original before anything can write over it.
    const keptAs = `${KEPT_PREFIX}class-board`;
    let kept: string | null;
    try {
      if (this.storage?.getItem(keptAs) === null) this.storage.setItem(keptAs, raw);
      kept = keptAs;
    } catch {
      kept = null;
    }
    this.problem = { reason, keptAs: kept };
    return { runs, problem: this.problem };
  }

  /** Saves the runs; false (and nothing changed) if the browser refuses. */
  write(runs: readonly BoardRun[]): boolean {
    if (!this.storage) return false;
    try {
      this.storage.setItem(BOARD_KEY, JSON.stringify({ format: FORMAT, version: VERSION, runs }));
      return true;
    } catch {
      return false;
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(BOARD_KEY);
    } catch {
      // Nothing to do: the board was not stored.
    }
    this.problem = null;
  }

  private safeGet(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }
}

export interface AddResult {
  runs: BoardRun[];
  added: number;
  /** Runs already on the board, handed in again further on (the later code replaces the earlier). */
  updated: number;
  duplicates: number;
  refused: { text: string; reason: string }[];
}

/** The same run handed in twice: the same tag, seed, side and length, one choice log beginning the other. */
function laterOf(a: string, b: string): 'a' | 'b' | null {
  const x = parseResultCode(a);
  const y = parseResultCode(b);
  if (!x.ok || !y.ok) return null;
  const [p, q] = [x.value, y.value];
  if (p.tag !== q.tag || p.seed !== q.seed || p.side !== q.side || p.length !== q.length) return null;
  const prefix = (short: number[], long: number[]): boolean => short.every((c, i) => long[i] === c);
  if (p.choiceLog.length >= q.choiceLog.length) return prefix(q.choiceLog, p.choiceLog) ? 'a' : null;
  return prefix(p.choiceLog, q.choiceLog) ? 'b' : null;
}

/**
 * Adds checked runs to the board's runs. A code already there is not counted twice, and a run handed in
 * before its end and again later counts once, as far as it went.
 */
export function addRuns(
  existing: readonly BoardRun[],
  checked: readonly ({ text: string } & ({ ok: true; run: BoardRun } | { ok: false; reason: string }))[],
): AddResult {
  const runs = [...existing];
  let added = 0;
  let updated = 0;
  let duplicates = 0;
  const refused: AddResult['refused'] = [];
  for (const entry of checked) {
    if (!entry.ok) {
      refused.push({ text: entry.text, reason: entry.reason });
      continue;
    }
    const same = runs.findIndex((r) => laterOf(r.code, entry.run.code) !== null);
    const earlier = runs[same];
    if (earlier && earlier.code !== entry.run.code && laterOf(earlier.code, entry.run.code) === 'b') {
      runs[same] = entry.run;
      updated += 1;
    } else if (earlier) {
      duplicates += 1;
    } else if (runs.length >= MAX_RUNS) {
      refused.push({ text: entry.text, reason: `the board holds at most ${String(MAX_RUNS)} results` });
    } else {
      runs.push(entry.run);
      added += 1;
    }
  }
  return { runs, added, updated, duplicates, refused };
}
