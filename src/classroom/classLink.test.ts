import { describe, expect, it } from 'vitest';

import { classLink, describeClassSettings, parseClassSettings } from './classLink.ts';

describe('the class link', () => {
  it('round-trips every setting through the address', () => {
    for (const side of ['Trotsky', 'Stalin', null] as const)
      for (const seed of [0, 4711, 999_999_999, null])
        for (const length of ['short', 'full'] as const) {
          const link = classLink('https://school.example/game/?seed=9#run=1.a.b.c', { side, seed, length });
          expect(link.startsWith('https://school.example/game/?class=1')).toBe(true);
          expect(link).not.toContain('#');
          expect(parseClassSettings(new URL(link).search)).toEqual({ side, seed, length });
        }
  });

  it('is not a class link without class=1, and ignores what it does not recognise', () => {
    expect(parseClassSettings('?seed=3')).toBeNull();
    expect(parseClassSettings('')).toBeNull();
    expect(parseClassSettings('?class=1&side=lenin&seed=12x&run=medium')).toEqual({
      side: null,
      seed: null,
      length: 'full',
    });
    expect(parseClassSettings('?class=1&seed=1234567890')?.seed).toBeNull();
  });

  it('says the settings in words', () => {
    expect(describeClassSettings({ side: 'Stalin', seed: 12, length: 'short' })).toEqual([
      'Everyone plays Stalin.',
      'Everyone meets the same chances (seed 12), so runs can be compared.',
      'The lesson-length run: the key decisions, about 15–20 minutes.',
    ]);
    const times = { short: 'about 20 minutes', full: 'about 30 minutes' };
    expect(describeClassSettings({ side: null, seed: null, length: 'full' }, times)).toEqual([
      'Each pupil chooses a side.',
      'Each pupil meets chances of their own.',
      'The full run: every decision, about 30 minutes.',
    ]);
  });
});
