import { describe, expect, it } from 'vitest';

import { minutesToRead, type Reading, readingTime, WORDS_PER_MINUTE } from './readingTime.ts';

const run = (words: number, decisions: number) => ({ words, decisions });

describe('reading time', () => {
  it('reads at the assumed pace, with time to weigh each decision', () => {
    expect(minutesToRead(run(WORDS_PER_MINUTE * 10, 0))).toBe(10);
    expect(minutesToRead(run(WORDS_PER_MINUTE * 10, 6))).toBeCloseTo(11);
  });

  it('rounds to five minutes, and gives a range when the sides differ', () => {
    const reading: Reading = {
      full: { Trotsky: run(5500, 15), Stalin: run(5850, 14) },
      short: { Trotsky: run(3900, 14), Stalin: run(2600, 11) },
    };
    expect(readingTime(reading, 'full')).toBe('about 25–30 minutes');
    expect(readingTime(reading, 'short')).toBe('about 15–20 minutes');
    expect(readingTime({ ...reading, short: { Stalin: run(3900, 12) } }, 'short')).toBe('about 20 minutes');
  });

  it('has no time for a length the story does not have', () => {
    expect(readingTime({ full: { Stalin: run(100, 1) }, short: {} }, 'short')).toBeNull();
    expect(readingTime({ full: { Stalin: run(100, 1) }, short: {} }, 'full')).toBe('about 5 minutes');
  });
});
