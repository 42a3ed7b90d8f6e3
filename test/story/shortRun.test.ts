/**
 * The lesson-length run (story/short_run.ink): the game sets `short_run` before the first line. The
 * historical short run keeps the milestones, the table and the ending of the full one, within the
 * lesson's word budget; random short runs reach every ending the full run reaches, never before the
 * third decision; the minor decisions are never offered.
 */
import storyJson from '../../story/main.ink';
import { describe, expect, it } from 'vitest';

import type { RunLength } from '../../src/model/record.ts';
import { InkRunner } from '../../src/narrative/InkRunner.ts';
import { historicalPolicy, type Policy, playthrough, randomPolicy } from '../../src/sim/playthrough.ts';
import { countWords, historicalRunWords } from '../../src/tools/storyWords.ts';
import { checkBeat, ENDINGS_BY_PROTAGONIST, MIN_DECISIONS_BEFORE_AN_ENDING } from './walkSuite.ts';

/** 15–20 minutes of reading (src/classroom/readingTime.ts). */
const WORD_BUDGET = { min: 3000, max: 4000 };

/**
 * Each ending's scene and epilogue in the short run (story/short_run.ink): the full ones run to 600
 * words; the lesson's reach about a minute at its pace.
 */
const EPILOGUE_MAX_WORDS = 270;

/** The decisions the short run plays as history did (story/short_run.ink's header). */
const SKIPPED = {
  Trotsky: ['t11_deportation'],
  Stalin: ['s3_oath', 's4_enrolment', 's10_grain_crisis'],
} as const;

const SIDES = ['Trotsky', 'Stalin'] as const;

/** Enough seeded runs to meet the rarest ending (a Trotsky coup comes about 1 run in 200). */
const RUNS = 1500;
// The Lab's runner mode (no SHIFT tags, no ballots; lines ended at their newline, as exact as the standard
// mode: test/story/skipLookahead.*): endings and meters are the same, the runs several times faster.
const runner = new InkRunner(storyJson, undefined, { simulating: true, skipLookahead: true });

function played(protagonist: string, length: RunLength, policy: Policy = historicalPolicy(protagonist)) {
  const milestones: string[] = [];
  const run = playthrough(storyJson, {
    seed: 1922,
    length,
    policy,
    onBeat: (beat) => {
      for (const line of beat.lines) if (line.milestone !== undefined) milestones.push(line.milestone);
    },
  });
  return { ...run, milestones, politburo: [...(run.runner.variable('politburo') as string[])].sort() };
}

function playAs(protagonist: string): Policy {
  return (beat, random) => {
    const named = beat.choices.findIndex((c) => c.protagonist === protagonist);
    return named >= 0 ? named : randomPolicy(beat, random);
  };
}

/** Up to three seeds of random short runs that reach each ending, per side (filled by the walk below). */
const endingSeeds: Record<(typeof SIDES)[number], Map<string, number[]>> = {
  Trotsky: new Map(),
  Stalin: new Map(),
};

describe('the lesson-length run', () => {
  for (const side of SIDES) {
    it(`as ${side}: history's milestones, table and ending, without the minor decisions`, () => {
      const full = played(side, 'full');
      const short = played(side, 'short');
      expect(short.record.length).toBe('short');
      expect(full.record.length).toBe('full');
      expect(short.ending).toBe(full.ending);
      expect(short.milestones).toEqual(full.milestones);
      expect(short.politburo).toEqual(full.politburo);
      expect(short.decisions).toEqual(
        full.decisions.filter((d) => !(SKIPPED[side] as readonly string[]).includes(d)),
      );
      for (const id of SKIPPED[side]) expect(full.decisions).toContain(id);
    });
  }

  it('reads within the lesson budget for each side (npm run story:words)', () => {
    for (const side of SIDES) {
      const { words, ending } = historicalRunWords(storyJson, side, 'short');
      expect(ending, side).toBe(side === 'Trotsky' ? 'trotsky_deported' : 'stalin_supreme');
      expect(words, `${side}: ${String(words)} words`).toBeGreaterThanOrEqual(WORD_BUDGET.min);
      expect(words, `${side}: ${String(words)} words`).toBeLessThanOrEqual(WORD_BUDGET.max);
    }
  });

  for (const side of SIDES) {
    it(`reaches every ending open to ${side} in random short runs, never before the third decision`, () => {
      const endings = new Set<string>();
      for (let seed = 1; seed <= RUNS; seed++) {
        const run = playthrough(storyJson, {
          seed,
          length: 'short',
          runner,
          policy: playAs(side),
          onBeat: (beat, runner) => {
            checkBeat(beat, seed, runner.snapshot());
          },
        });
        expect(run.ending, `seed ${String(seed)}`).not.toBeNull();
        expect(run.decisions.length, `seed ${String(seed)}: ${run.ending ?? ''}`).toBeGreaterThanOrEqual(
          MIN_DECISIONS_BEFORE_AN_ENDING,
        );
        for (const id of SKIPPED[side]) expect(run.decisions).not.toContain(id);
        const seeds = endingSeeds[side].get(run.ending ?? '') ?? [];
        if (seeds.length < 3) endingSeeds[side].set(run.ending ?? '', [...seeds, seed]);
        endings.add(run.ending ?? '');
      }
      expect([...endings].sort()).toEqual(ENDINGS_BY_PROTAGONIST[side]);
    }, 600_000);
  }

  for (const side of SIDES) {
    it(`as ${side}, every ending the short run reaches is told in its short form`, () => {
      expect([...endingSeeds[side].keys()].sort()).toEqual(ENDINGS_BY_PROTAGONIST[side]);
      for (const [ending, seeds] of endingSeeds[side]) {
        for (const seed of seeds) {
          let words: number | null = null;
          const run = playthrough(storyJson, {
            seed,
            length: 'short',
            policy: playAs(side),
            onBeat: (beat) => {
              for (const line of beat.lines) {
                if (line.ending !== undefined) words = 0;
                if (words !== null && !line.question && line.portrait === undefined)
                  words += countWords(line.text);
              }
            },
          });
          expect(run.ending).toBe(ending);
          expect(words, `${ending}, seed ${String(seed)}`).toBeGreaterThan(100);
          expect(words, `${ending}, seed ${String(seed)}`).toBeLessThanOrEqual(EPILOGUE_MAX_WORDS);
        }
      }
    });
  }
});
