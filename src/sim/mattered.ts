/**
 * "The three decisions that mattered most": re-simulate the run with each decision changed to each of its
 * other options, keeping every other decision as the player made it (and playing decisions the run never
 * met as history did), and see how often the ending changes compared with the run replayed unchanged.
 * Seeded like every simulation, so the answer is reproducible.
 */
import type { Alternative, Mattered, MatteredResult } from '../model/analysis.ts';
import type { RunRecord } from '../model/record.ts';
import { type Protagonist, type Scenario, simulate } from './whatIf.ts';

function mostCommon(endings: Record<string, number>): [string, number] {
  return Object.entries(endings).reduce<[string, number]>((best, e) => (e[1] > best[1] ? e : best), ['', 0]);
}

export function decisionsThatMattered(
  storyJson: string,
  run: RunRecord,
  {
    samples = 6,
    top = 3,
    onProgress,
  }: { samples?: number; top?: number; onProgress?: (done: number, total: number) => void } = {},
): MatteredResult {
  const protagonist: Protagonist = run.protagonist === 'Stalin' ? 'Stalin' : 'Trotsky';
  const ending = run.ending ?? 'no_ending';
  const pins = Object.fromEntries(run.steps.map((s) => [s.id, s.chosen + 1]));
  const scenario = (changed: Record<string, number>): Scenario => ({
    protagonist,
    pins: { ...pins, ...changed },
    others: 'history',
    runs: samples,
    seed: run.seed,
    length: run.length,
  });
  const total = 1 + run.steps.reduce((n, s) => n + s.options.length - 1, 0);
  let done = 0;
  const tick = (): void => {
    done++;
    onProgress?.(done, total);
  };
  const baseline = simulate(storyJson, scenario({})).endings[ending] ?? 0;
  tick();
  const ranked: Mattered[] = [];
  run.steps.forEach((step, stepIndex) => {
    const alternatives: Alternative[] = [];
    step.options.forEach((option, position) => {
      if (position === step.chosen) return;
      const endings = simulate(storyJson, scenario({ [step.id]: position + 1 })).endings;
      tick();
      const [commonEnding, commonCount] = mostCommon(endings);
      alternatives.push({ option: option.text, same: endings[ending] ?? 0, commonEnding, commonCount });
    });
    // The alternative that most often changed the ending.
    const best = alternatives.reduce<Alternative | null>((b, a) => (!b || a.same < b.same ? a : b), null);
    if (!best) return;
    const chosen = step.options[step.chosen]?.text ?? '';
    ranked.push({
      stepIndex,
      id: step.id,
      title: step.title,
      date: step.date,
      chosen,
      weight: (baseline - best.same) / samples,
      best,
    });
  });
  ranked.sort((a, b) => b.weight - a.weight || a.stepIndex - b.stepIndex);
  return { samples, baselineSame: baseline, top: ranked.slice(0, top) };
}
