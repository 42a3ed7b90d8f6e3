/**
 * The What-if Lab's runs are split into ranges of run indices (so that two workers can share them) and
 * merged back; every run keeps its own seed, so the merged result does not depend on the split.
 */
import type { Distribution, RangeResult, Scenario } from './whatIf.ts';

export interface LabResult {
  scenario: Scenario;
  /** Histories counted here: `scenario.runs` once complete, fewer while the runs go on. */
  done: number;
  endings: Record<string, number>;
  /** Ending id → title as shown → runs. */
  titles: Record<string, Record<string, number>>;
  unavailablePins: Record<string, number>;
  unreachedPins: string[];
  /** Why some runs left the fast simulation mode, if they did (the counts are exact either way). */
  fallback?: string;
}

function add(into: Record<string, number>, from: Record<string, number>): void {
  for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + n;
}

/**
 * Merges the parts of one scenario played so far (each range of runs at most once); while runs go on,
 * the result counts the `done` histories finished. A pin counts as unreached only once all runs are in.
 */
export function mergeParts(scenario: Scenario, parts: readonly RangeResult[]): LabResult {
  const sorted = [...parts].sort((a, b) => a.from - b.from);
  const result: LabResult = {
    scenario,
    done: 0,
    endings: {},
    titles: {},
    unavailablePins: {},
    unreachedPins: [],
  };
  const reached = new Set<string>();
  let end = 0;
  for (const part of sorted) {
    if (part.from < end) throw new Error(`runs ${String(part.from)}–${String(end)} were counted twice`);
    end = part.to;
    result.done += part.to - part.from;
    add(result.endings, part.endings);
    add(result.unavailablePins, part.unavailablePins);
    for (const [id, titles] of Object.entries(part.titles)) add((result.titles[id] ??= {}), titles);
    for (const id of part.reachedPins) reached.add(id);
    if (part.fallback !== undefined) result.fallback ??= part.fallback;
  }
  if (result.done === scenario.runs)
    result.unreachedPins = Object.keys(scenario.pins).filter((id) => !reached.has(id));
  return result;
}

/** Merges the parts of one scenario; throws if they do not cover its runs exactly once. */
export function mergeRanges(scenario: Scenario, parts: readonly RangeResult[]): LabResult {
  const result = mergeParts(scenario, parts);
  if (result.done !== scenario.runs || parts.some((p) => p.from < 0 || p.to > scenario.runs))
    throw new Error(`runs are missing: ${String(result.done)} of ${String(scenario.runs)} were played`);
  return result;
}

/** Titles an ending was shown with in these runs, the most frequent first. */
export function titlesSeen(result: LabResult, id: string): string[] {
  return Object.entries(result.titles[id] ?? {})
    .sort((a, b) => b[1] - a[1])
    .map(([title]) => title)
    .filter((title) => title !== '');
}

/** A scenario's answer from what its runs found, in one thread or merged from several. */
export function toDistribution(
  found: Pick<Distribution, 'scenario' | 'endings' | 'unavailablePins' | 'unreachedPins'> & {
    fallback?: string | undefined;
  },
): Distribution {
  const distribution: Distribution = {
    scenario: found.scenario,
    endings: found.endings,
    unavailablePins: found.unavailablePins,
    unreachedPins: found.unreachedPins,
  };
  if (found.fallback !== undefined) distribution.fallback = found.fallback;
  return distribution;
}
