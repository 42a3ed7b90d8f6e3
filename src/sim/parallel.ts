/**
 * Splitting a What-if scenario across workers and merging their results. Run i of a scenario always uses
 * seed `scenario.seed + i`, so a scenario split into contiguous seed ranges gives exactly the counts of a
 * single worker: parallel runs change the speed, never the answer.
 */
import type { Distribution, Scenario } from './whatIf.ts';

/** At most `parts` scenarios covering the runs of `scenario` in contiguous seed ranges. */
export function splitScenario(scenario: Scenario, parts: number): Scenario[] {
  const count = Math.max(1, Math.min(Math.floor(parts), scenario.runs));
  const pieces: Scenario[] = [];
  let start = 0;
  for (let k = 0; k < count; k++) {
    const runs = Math.floor(scenario.runs / count) + (k < scenario.runs % count ? 1 : 0);
    pieces.push({ ...scenario, pins: { ...scenario.pins }, runs, seed: scenario.seed + start });
    start += runs;
  }
  return pieces;
}

/** The distribution of the whole scenario from the distributions of its pieces. */
export function mergeDistributions(scenario: Scenario, pieces: Distribution[]): Distribution {
  const endings: Record<string, number> = {};
  const unavailablePins: Record<string, number> = {};
  for (const piece of pieces) {
    for (const [id, n] of Object.entries(piece.endings)) endings[id] = (endings[id] ?? 0) + n;
    for (const [id, n] of Object.entries(piece.unavailablePins))
      unavailablePins[id] = (unavailablePins[id] ?? 0) + n;
  }
  // A pin is unreached only if no piece reached it.
  const unreachedPins = Object.keys(scenario.pins).filter((id) =>
    pieces.every((piece) => piece.unreachedPins.includes(id)),
  );
  return { scenario, endings, unavailablePins, unreachedPins };
}
