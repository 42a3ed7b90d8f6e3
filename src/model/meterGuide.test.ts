import { describe, expect, it } from 'vitest';

import storyJson from '../../story/main.ink';
import { InkRunner } from '../narrative/InkRunner.ts';
import { explainMeters, parseGuide, readingOf } from './meterGuide.ts';

const guide = parseGuide(new InkRunner(storyJson).guide());

describe('the guide to the meters', () => {
  it("reads the story's own numbers and men, not numbers of its own", () => {
    expect(guide).not.toBeNull();
    if (!guide) return;
    expect(guide.men.left).toEqual(['Zinoviev', 'Kamenev']);
    expect(guide.men.right).toEqual(['Rykov', 'Tomsky', 'Bukharin']);
    for (const name of [
      'allied_from',
      'hostile_below',
      'fear_from',
      'suspicion_neutral',
      'delegates_apparatus',
    ]) {
      expect(guide.numbers[name], name).toBeGreaterThan(0);
    }
    const left = explainMeters(guide).find((m) => m.id === 'left');
    expect(left?.weighs).toContain('Zinoviev and Kamenev stand with it');
    expect(left?.high).toContain(`At ${String(guide.numbers.allied_from)} or more`);
  });

  it('says what a reading means, with no codes', () => {
    if (!guide) throw new Error('no guide');
    const [suspicion] = explainMeters(guide).filter((m) => m.id === 'suspicion');
    if (!suspicion) throw new Error('no suspicion');
    const fear = guide.numbers.fear_from ?? 0;
    expect(readingOf(suspicion, fear + 20, guide)).toBe(
      `${String(fear + 20)}: your rivals fear you enough to unite against you.`,
    );
    expect(readingOf(suspicion, 0, guide)).toMatch(/^0: they do not yet see you as the danger/);
    for (const m of explainMeters(guide))
      expect(`${m.what} ${m.weighs} ${m.high} ${m.low}`).not.toMatch(/F\d{3}|_|undefined|NaN/);
  });

  it('is absent, not invented, for a story without it', () => {
    expect(parseGuide('')).toBeNull();
  });
});
