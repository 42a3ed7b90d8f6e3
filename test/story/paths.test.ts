/**
 * Every counterfactual ending is reachable by a path a historian would recognise (issue 12). Each path
 * below pins the decisions that make it (by choice position, from 1, as the What-if Lab pins them) and
 * takes history's choice everywhere else; chance does the rest, so each is played on many seeds and
 * must reach its ending at least `atLeast` times in 100, and never before the third decision. The same
 * paths are described where they happen, in the ink, and in story/COVERAGE.md.
 * Last, every knot and stitch of endings.ink must be reached by these paths or by random runs of
 * either side: endings may be written with stitches like any other file.
 */
import storyJson from '../../story/main.ink';
import { describe, expect, it } from 'vitest';

import { InkRunner } from '../../src/narrative/InkRunner.ts';
import { historicalPolicy, playthrough, type Policy, randomPolicy } from '../../src/sim/playthrough.ts';
import { declaredPaths } from './storySource.ts';
import { MIN_DECISIONS_BEFORE_AN_ENDING } from './walkSuite.ts';

interface Path {
  protagonist: 'Trotsky' | 'Stalin';
  ending: string;
  /** What historians argue, and who. */
  why: string;
  /** decision id → choice position from 1. */
  pins: Record<string, number>;
  /** Minimum number of the 100 seeded runs that must reach the ending. */
  atLeast: number;
}

export const PATHS: Path[] = [
  {
    protagonist: 'Trotsky',
    ending: 'stalin_out_of_secretariat',
    why: "Lenin's Georgian case pressed at the 12th Congress while Lenin could still be invoked (Lewin; FACTBASE C3a), against delegates the apparatus chose",
    pins: { t1_lenin_partnership: 1, t1_twelfth_congress: 3, t1_new_secretary: 1 },
    atLeast: 5,
  },
  {
    protagonist: 'Trotsky',
    ending: 'collective_leadership',
    why: "the testament acted on in May 1924: Lenin's literal remedy, Stalin out of the Secretariat and kept in the Politburo (Service, Kotkin; C2)",
    pins: { t4_testament: 2 },
    atLeast: 3,
  },
  {
    protagonist: 'Trotsky',
    ending: 'trotsky_led',
    why: 'an early deal with Zinoviev and Kamenev (unlikely, they feared him: C3c), the army kept out of politics, and the testament acted on',
    pins: { t1_lenin_partnership: 3, t2_new_course: 3, t5_army: 1, t4_testament: 2 },
    atLeast: 3,
  },
  {
    protagonist: 'Trotsky',
    ending: 'zinoviev_led',
    why: "an understanding with Kamenev in 1924 and Trotsky beside the New Opposition at the 14th Congress (Deutscher's lost chance, T9b), still mostly a minority of delegates",
    pins: { t2_new_course: 3, t6_lessons_of_october: 4, t8_eastman: 2, t9_fourteenth_congress: 2 },
    atLeast: 1,
  },
  {
    protagonist: 'Trotsky',
    ending: 'army_coup',
    why: 'the army cells mobilised in 1924 and a show of force in January 1925 (C3b): rare, and a military dictatorship when it works',
    pins: { t3_funeral: 1, t5_army: 3, t6_lessons_of_october: 2, t5_red_army: 3 },
    atLeast: 3,
  },
  {
    protagonist: 'Trotsky',
    ending: 'fallen_early',
    why: 'the same show of force failing, as the sources suggest it most likely would (C3b), then expulsion by a joint plenum',
    pins: { t3_funeral: 1, t5_army: 3, t6_lessons_of_october: 2, t5_red_army: 3 },
    atLeast: 50,
  },
  {
    protagonist: 'Trotsky',
    ending: 'capitulation',
    why: 'silence in 1923, the preface shelved, a truce in the war scare and a recantation from Alma-Ata: the road Radek and Preobrazhensky took (T11a)',
    pins: { t2_new_course: 2, t6_lessons_of_october: 2, t10_war_scare: 2, t11_alma_ata: 2 },
    atLeast: 20,
  },
  {
    protagonist: 'Trotsky',
    ending: 'bukharin_nep',
    why: 'a contact with the Right, which fights in the open in July 1928 (Cohen: perhaps a majority for a moment; T11b, C5)',
    pins: { t10_war_scare: 2, t12_platform: 3, t11_alma_ata: 3 },
    atLeast: 3,
  },
  {
    protagonist: 'Stalin',
    ending: 'stalin_out_of_secretariat',
    why: 'resigning as Lenin asked, standing by it at Kislovodsk, and a September 1923 plenum that takes him at his word (S2b, S1b; Service)',
    pins: { s2_lenins_anger: 3, s1_cave_meeting: 3, s1_handover: 1 },
    atLeast: 10,
  },
  {
    protagonist: 'Stalin',
    ending: 'collective_leadership',
    why: 'a genuine resignation after the testament, accepted in June 1924 (S5b, C2: Figes, Deutscher, Kotkin)',
    pins: { s5_testament: 2 },
    atLeast: 5,
  },
  {
    protagonist: 'Stalin',
    ending: 'zinoviev_led',
    why: "feeding Zinoviev's line and machine (the Comintern's doctrine kept, Trotsky expelled from the CC at his demand) and keeping the troika on his terms in 1925 (S8a); then his motion to make the Secretariat collective",
    pins: { s7_socialism_in_one_country: 2, s6_trotskys_fate: 2, s8_partners: 2 },
    atLeast: 30,
  },
  {
    protagonist: 'Stalin',
    ending: 'fallen_early',
    why: 'a stronger Zinoviev (as above) and balancing without a partner in 1925 (S8b), then losing the 14th Congress: conceivable, unlikely',
    pins: { s7_socialism_in_one_country: 2, s6_trotskys_fate: 2, s8_partners: 3 },
    atLeast: 5,
  },
  {
    protagonist: 'Stalin',
    ending: 'bukharin_nep',
    why: "higher grain prices in 1928 and a real peace with the Right (S10a, S11a; Cohen's alternative)",
    pins: { s10_grain_crisis: 2, s11_the_right: 2 },
    atLeast: 10,
  },
];

function pinned(path: Path): Policy {
  const history = historicalPolicy(path.protagonist);
  return (beat, random) => {
    const id = beat.lines.find((l) => l.decision !== undefined)?.decision;
    const pin = id === undefined ? undefined : path.pins[id];
    if (pin !== undefined && pin <= beat.choices.length) return pin - 1;
    return history(beat, random);
  };
}

const ENDING_PATHS = declaredPaths()
  .filter((p) => p.file === 'endings.ink')
  .map((p) => p.path);
const visitedEndings = new Set<string>();
/**
 * The runs play in inkjs's skipLookahead mode, about twice as fast: the same lines, tags, state and
 * endings as the standard mode (test/story/skipLookahead.*, against stock inkjs).
 */
const runner = new InkRunner(storyJson, undefined, { skipLookahead: true });

function noteEndings(run: ReturnType<typeof playthrough>): void {
  for (const p of ENDING_PATHS) if (run.runner.visits(p) > 0) visitedEndings.add(p);
}

describe('every counterfactual ending has a plausible path', () => {
  for (const path of PATHS) {
    it(`${path.protagonist} → ${path.ending}: ${path.why}`, () => {
      let reached = 0;
      for (let seed = 1; seed <= 100; seed++) {
        const run = playthrough(storyJson, { seed, policy: pinned(path), runner });
        noteEndings(run);
        expect(run.decisions.length).toBeGreaterThanOrEqual(MIN_DECISIONS_BEFORE_AN_ENDING);
        if (run.ending === path.ending) reached++;
      }
      process.stdout.write(`${path.protagonist} → ${path.ending}: ${String(reached)} in 100\n`);
      expect(reached).toBeGreaterThanOrEqual(path.atLeast);
    });
  }

  it('reaches every knot and stitch of endings.ink, on these paths or in random runs of either side', () => {
    for (const protagonist of ['Trotsky', 'Stalin']) {
      const history = historicalPolicy(protagonist);
      for (let seed = 1; seed <= 300; seed++) {
        const policy: Policy = (beat, random) =>
          beat.choices.some((c) => c.protagonist !== null)
            ? history(beat, random)
            : randomPolicy(beat, random);
        noteEndings(playthrough(storyJson, { seed, policy, runner }));
      }
    }
    expect(ENDING_PATHS.filter((p) => !visitedEndings.has(p))).toEqual([]);
  });
});
