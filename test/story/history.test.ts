/**
 * The story against the record: playing every HISTORICAL choice brings the real milestones in the real
 * order and ends in the historical ending, with the table seated as it really was.
 */
import storyJson from '../../story/main.ink';
import { describe, expect, it } from 'vitest';

import { historicalPolicy, playthrough } from '../../src/sim/playthrough.ts';
import { declaredEndings } from './storySource.ts';
import { ENDINGS_BY_PROTAGONIST } from './walkSuite.ts';

/** The milestones in the order they happened (MILESTONE tags; story/TAGS.md). */
const MILESTONES = [
  'lenin_second_strokes',
  'lenin_third_stroke',
  'twelfth_congress',
  'thirteenth_conference',
  'lenin_dies',
  'thirteenth_congress',
  'lessons_of_october',
  'trotsky_loses_army',
  'fourteenth_congress',
  'united_opposition',
  'trotsky_out_of_politburo',
  'opposition_expelled',
  'fifteenth_congress',
  'grain_crisis',
  'trotsky_to_alma_ata',
  'trotsky_deported',
  'right_defeated',
  'great_break',
];

const EXPECTED: Record<string, { milestones: string[]; ending: string; politburo: string[] }> = {
  Trotsky: {
    milestones: MILESTONES.filter((m) => !['right_defeated', 'great_break'].includes(m)),
    ending: 'trotsky_deported',
    // February 1929: the Politburo that deported him.
    politburo: [
      'Stalin',
      'Rykov',
      'Tomsky',
      'Bukharin',
      'Kalinin',
      'Molotov',
      'Rudzutak',
      'Voroshilov',
      'Kuibyshev',
    ],
  },
  Stalin: {
    milestones: MILESTONES.filter((m) => !['trotsky_to_alma_ata', 'trotsky_deported'].includes(m)),
    ending: 'stalin_supreme',
    // After 17 November 1929: Bukharin out.
    politburo: ['Stalin', 'Rykov', 'Tomsky', 'Kalinin', 'Molotov', 'Rudzutak', 'Voroshilov', 'Kuibyshev'],
  },
};

function historicalRun(protagonist: string) {
  const milestones: string[] = [];
  const decisions: string[] = [];
  const run = playthrough(storyJson, {
    seed: 1922,
    policy: historicalPolicy(protagonist),
    onBeat: (beat) => {
      for (const line of beat.lines) {
        if (line.milestone !== undefined) milestones.push(line.milestone);
        if (line.decision !== undefined) decisions.push(line.decision);
      }
    },
  });
  return { run, milestones, decisions, politburo: run.runner.variable('politburo') };
}

describe('the historical path', () => {
  for (const protagonist of ['Trotsky', 'Stalin']) {
    const expected = EXPECTED[protagonist];
    if (!expected) continue;
    it(`as ${protagonist}: at least 12 decisions, the milestones in order, the historical ending`, () => {
      const { run, milestones, decisions, politburo } = historicalRun(protagonist);
      expect(decisions.length).toBeGreaterThanOrEqual(12);
      expect(new Set(decisions).size).toBe(decisions.length);
      expect(milestones).toEqual(expected.milestones);
      expect(run.ending).toBe(expected.ending);
      expect([...(politburo as string[])].sort()).toEqual([...expected.politburo].sort());
    });
  }

  it('reaches the historical ending on every one of 300 seeds, for each side', () => {
    for (const protagonist of ['Trotsky', 'Stalin']) {
      const endings = new Map<string, number>();
      for (let seed = 1; seed <= 300; seed++) {
        const { ending } = playthrough(storyJson, { seed, policy: historicalPolicy(protagonist) });
        endings.set(ending ?? 'none', (endings.get(ending ?? 'none') ?? 0) + 1);
      }
      expect(Object.fromEntries(endings)).toEqual({ [EXPECTED[protagonist]?.ending ?? '']: 300 });
    }
  });

  it('uses only the documented milestones', () => {
    for (const protagonist of ['Trotsky', 'Stalin']) {
      for (const m of historicalRun(protagonist).milestones) expect(MILESTONES).toContain(m);
    }
  });
});

describe('the endings', () => {
  it('are at least ten, and each is open to a protagonist', () => {
    const declared = declaredEndings();
    expect(declared.length).toBeGreaterThanOrEqual(10);
    const open = new Set(Object.values(ENDINGS_BY_PROTAGONIST).flat());
    expect([...open].sort()).toEqual(declared);
  });
});
