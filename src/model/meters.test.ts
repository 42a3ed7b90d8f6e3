import { describe, expect, it } from 'vitest';

import { causeLabel, isGoodShift } from './meters.ts';

describe('meters', () => {
  it('counts a rise in support as good news and a rise in suspicion as bad', () => {
    expect(isGoodShift('apparatus', 5)).toBe(true);
    expect(isGoodShift('army', -3)).toBe(false);
    expect(isGoodShift('suspicion', 4)).toBe(false);
    expect(isGoodShift('suspicion', -4)).toBe(true);
    expect(isGoodShift('left', 0)).toBe(false);
  });

  it('reads ink cause names as words', () => {
    expect(causeLabel('AtTheCentre')).toBe('Being at the centre');
    expect(causeLabel('Patronage')).toBe('Jobs for supporters');
    expect(causeLabel('SomethingNew')).toBe('something new');
  });
});
