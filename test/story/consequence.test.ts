/**
 * Choices matter (issue 12, point 4): at every decision a run meets, each choice must lead to something
 * later that the other choices at the same moment do not: a line, a vote's tally, the ending's text.
 * "Later" starts after the choice's own reply (its "In history:" note, or the next scene), so a choice
 * whose only trace is its reply fails. Meters alone do not count here, since almost every choice moves
 * one. Each decision is forked from seeded random runs of both sides, and every branch then plays
 * history to the end, so two branches can differ only by what the choice left behind.
 */
import storyJson from '../../story/main.ink';
import { describe, expect, it } from 'vitest';

import { type Beat, InkRunner } from '../../src/narrative/InkRunner.ts';
import { historicalPolicy, randomPolicy } from '../../src/sim/playthrough.ts';
import { mulberry32 } from '../../src/sim/random.ts';

const SEEDS = Array.from({ length: 8 }, (_, i) => i + 1);

function decisionOf(beat: Beat): string | undefined {
  return beat.lines.find((l) => l.decision !== undefined)?.decision;
}

/** Plays history from the runner's current choice to the end: what the player reads after the reply. */
function later(runner: InkRunner, protagonist: string): string {
  const policy = historicalPolicy(protagonist);
  const random = mulberry32(1);
  const text: string[] = [];
  let started = false;
  for (let beat = runner.continue(); ; beat = runner.continue()) {
    for (const line of beat.lines) {
      if (line.question) continue;
      if (!started && (line.date !== undefined || line.decision !== undefined || line.ending !== undefined))
        started = true;
      if (!started && line.text.startsWith('In history:')) {
        started = true;
        continue;
      }
      if (started && line.text) text.push(line.text);
    }
    if (beat.ended) return text.join('\n');
    started = true;
    const choice = beat.choices[policy(beat, random)];
    if (!choice) throw new Error('the historical policy picked no choice');
    runner.choose(choice.index);
  }
}

describe('choices matter', () => {
  it('every choice at every decision leaves a trace the other choices do not', () => {
    const runner = new InkRunner(storyJson);
    const alike: string[] = [];
    const decisions = new Set<string>();
    for (const protagonist of ['Trotsky', 'Stalin']) {
      for (const seed of SEEDS) {
        runner.reset(seed);
        const random = mulberry32(seed * 7919);
        for (let beat = runner.continue(); !beat.ended; beat = runner.continue()) {
          const named = beat.choices.findIndex((c) => c.protagonist === protagonist);
          const decision = decisionOf(beat);
          if (decision !== undefined && named < 0) {
            decisions.add(decision);
            const saved = runner.saveState();
            const after = beat.choices.map((choice) => {
              runner.loadState(saved);
              runner.choose(choice.index);
              return later(runner, protagonist);
            });
            runner.loadState(saved);
            for (const [i, a] of after.entries())
              for (const [j, b] of after.entries())
                if (i < j && a === b)
                  alike.push(
                    `${protagonist} seed ${String(seed)} ${decision}: "${beat.choices[i]?.text}" = "${beat.choices[j]?.text}"`,
                  );
          }
          const pick = named >= 0 ? named : randomPolicy(beat, random);
          const choice = beat.choices[pick];
          if (!choice) throw new Error('no choice to take');
          runner.choose(choice.index);
        }
      }
    }
    expect(decisions.size).toBeGreaterThanOrEqual(24);
    expect(alike).toEqual([]);
  });
});
