/**
 * The DEBUG jump menu (story/debug.ink): with DEBUG set, the story opens on a menu that starts either
 * side at any act. From every entry the historical choices still reach the historical ending, random
 * choices reach some ending, and the meters it sets are those of the historical path at that act's
 * first decision, within a few points (so the menu stays plausible as the story is revised).
 */
import storyJson from '../../story/main.ink';
import { describe, expect, it } from 'vitest';

import { type Beat, InkRunner } from '../../src/narrative/InkRunner.ts';
import { historicalPolicy, playthrough, type Policy, randomPolicy } from '../../src/sim/playthrough.ts';
import { mulberry32 } from '../../src/sim/random.ts';
import { checkBeat } from './walkSuite.ts';

const METERS = ['apparatus', 'left', 'right', 'army', 'mantle', 'suspicion'] as const;
const TOLERANCE = 10;
const ENTRIES = ['Prologue', 'Act I', 'Act II', 'Act III'];
const HISTORICAL_ENDING: Record<string, string> = { Trotsky: 'trotsky_deported', Stalin: 'stalin_supreme' };

interface Run {
  ending: string | null;
  /** The meters at the first decision met. */
  first: Record<string, number> | null;
  firstDecision: string | null;
}

/** Starts a run with DEBUG set, picks the menu entry, then plays by the policy. */
function playFromMenu(entry: string, policy: Policy, seed: number): Run {
  const runner = new InkRunner(storyJson);
  runner.reset(seed);
  // Set the global as a writer would in Inky: through the saved state, before the first line.
  const state = JSON.parse(runner.saveState()) as { variablesState: Record<string, unknown> };
  state.variablesState.DEBUG = true;
  runner.loadState(JSON.stringify(state));
  let beat: Beat = runner.continue();
  const index = beat.choices.findIndex((c) => c.text === entry);
  if (index < 0)
    throw new Error(`no menu entry "${entry}" in ${beat.choices.map((c) => c.text).join(' | ')}`);
  runner.choose(beat.choices[index]?.index ?? 0);
  const random = mulberry32(seed);
  const run: Run = { ending: null, first: null, firstDecision: null };
  for (let step = 0; step < 500; step++) {
    beat = runner.continue();
    checkBeat(beat, seed, runner.snapshot());
    for (const line of beat.lines) {
      run.ending = line.ending ?? run.ending;
      const decision = line.decision;
      if (decision !== undefined && run.first === null) {
        run.firstDecision = decision;
        const snap = runner.snapshot();
        run.first = Object.fromEntries(METERS.map((m) => [m, snap[m] as number]));
      }
    }
    if (beat.ended) return run;
    runner.choose(beat.choices[policy(beat, random)]?.index ?? 0);
  }
  throw new Error(`${entry}: no ending after 500 choices`);
}

/** The meters of the historical path at a decision. */
function historicalMeters(protagonist: string, decision: string, seed: number): Record<string, number> {
  const found: { meters?: Record<string, number> } = {};
  playthrough(storyJson, {
    seed,
    policy: historicalPolicy(protagonist),
    onBeat: (beat, runner) => {
      if (found.meters) return;
      if (beat.lines.some((l) => l.decision === decision)) {
        const snap = runner.snapshot();
        found.meters = Object.fromEntries(METERS.map((m) => [m, snap[m] as number]));
      }
    },
  });
  if (!found.meters) throw new Error(`the historical path never reaches ${decision}`);
  return found.meters;
}

describe('the DEBUG jump menu', () => {
  for (const protagonist of ['Trotsky', 'Stalin']) {
    for (const act of ENTRIES) {
      const entry = (text: string) => text.startsWith(`${protagonist}: ${act},`);
      const label = `${protagonist}: ${act}`;
      const menuText = (seed: number): string => {
        const runner = new InkRunner(storyJson);
        runner.reset(seed);
        const state = JSON.parse(runner.saveState()) as { variablesState: Record<string, unknown> };
        state.variablesState.DEBUG = true;
        runner.loadState(JSON.stringify(state));
        const text = runner.continue().choices.find((c) => entry(c.text))?.text;
        if (text === undefined) throw new Error(`no menu entry for ${label}`);
        return text;
      };

      it(`${label}: history's choices reach history's ending, with the meters history had`, () => {
        const text = menuText(1);
        const run = playFromMenu(text, historicalPolicy(protagonist), 1922);
        expect(run.ending).toBe(HISTORICAL_ENDING[protagonist]);
        expect(run.first).not.toBeNull();
        const history = historicalMeters(protagonist, run.firstDecision ?? '', 1922);
        for (const m of METERS) {
          expect(
            Math.abs((run.first?.[m] ?? 0) - (history[m] ?? 0)),
            `${m} at ${run.firstDecision ?? ''}`,
          ).toBeLessThanOrEqual(TOLERANCE);
        }
      });

      it(`${label}: random choices reach an ending`, () => {
        const text = menuText(1);
        for (let seed = 1; seed <= 10; seed++) {
          expect(playFromMenu(text, randomPolicy, seed).ending, `seed ${String(seed)}`).not.toBeNull();
        }
      });
    }
  }

  it('stays out of the way when DEBUG is not set: the first choice is the protagonist', () => {
    const runner = new InkRunner(storyJson);
    runner.reset(1);
    const choices = runner.continue().choices;
    expect(choices.map((c) => c.protagonist)).toEqual(['Trotsky', 'Stalin']);
  });
});
