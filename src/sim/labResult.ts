/**
 * The What-if Lab's runs are split into ranges of run indices (so that two workers can share them) and
 * merged back; every run keeps its own seed, so the merged result does not depend on the split.
 */
import type { RangeResult, Scenario } from './whatIf.ts';

export interface LabResult {
  scenario: Scenario;
  endings: Record<string, number>;
  /** Ending id → title as shown → runs. */
  titles: Record<string, Record<string, number>>;
  unavailablePins: Record<string, number>;
  unreachedPins: string[];
}

/** Splits runs [0, runs) into at most `parts` contiguous, non-empty ranges. */
export function splitRuns(runs: number, parts: number): [number, number][] {
  const count = Math.max(1, Math.min(parts, runs));
  const ranges: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const from = Math.floor((runs * i) / count);
    const to = Math.floor((runs * (i + 1)) / count);
    if (to > from) ranges.push([from, to]);
  }
  return ranges;
}

function add(into: Record<string, number>, from: Record<string, number>): void {
  for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + n;
}

/** Merges the parts of one scenario; throws if they do not cover its runs exactly once. */
export function mergeRanges(scenario: Scenario, parts: readonly RangeResult[]): LabResult {
  const sorted = [...parts].sort((a, b) => a.from - b.from);
  let next = 0;
  for (const part of sorted) {
    if (part.from !== next) throw new Error(`runs ${String(next)}–${String(part.from)} are missing`);
    next = part.to;
  }
  if (next !== scenario.runs) throw new Error(`runs ${String(next)}–${String(scenario.runs)} are missing`);
  const result: LabResult = { scenario, endings: {}, titles: {}, unavailablePins: {}, unreachedPins: [] };
  const reached = new Set<string>();
  for (const part of sorted) {
    add(result.endings, part.endings);
    add(result.unavailablePins, part.unavailablePins);
    for (const [id, titles] of Object.entries(part.titles)) add((result.titles[id] ??= {}), titles);
    for (const id of part.reachedPins) reached.add(id);
  }
  result.unreachedPins = Object.keys(scenario.pins).filter((id) => !reached.has(id));
  return result;
}

/** Titles an ending was shown with in these runs, the most frequent first. */
export function titlesSeen(result: LabResult, id: string): string[] {
  return Object.entries(result.titles[id] ?? {})
    .sort((a, b) => b[1] - a[1])
    .map(([title]) => title)
    .filter((title) => title !== '');
}
