import { describe, expect, it } from 'vitest';

import { mulberry32 } from '../sim/random.ts';
import { encodeShareFragment, parseShareFragment } from './shareLink.ts';

describe('share links', () => {
  it('round-trips a run', () => {
    const run = { seed: 2_000_000_000, choiceLog: [1, 0, 2, 3, 35, 0], story: '0123abcd' };
    const fragment = encodeShareFragment({ ...run, story: '0123abcdef99' });
    expect(fragment).toBe('#run=1.x2qxvk.1023z0.0123abcd');
    expect(parseShareFragment(fragment)).toEqual({ ok: true, value: { ...run, length: 'full' } });
  });

  it('marks a lesson-length run, and reads links without a mark as full runs', () => {
    const run = { seed: 12, choiceLog: [1, 0, 2], story: '0123abcd' };
    const fragment = encodeShareFragment({ ...run, length: 'short' });
    expect(fragment).toBe('#run=1.c.102.0123abcd.s');
    expect(parseShareFragment(fragment)).toEqual({ ok: true, value: { ...run, length: 'short' } });
    expect(encodeShareFragment({ ...run, length: 'full' })).toBe('#run=1.c.102.0123abcd');
    expect(parseShareFragment('#run=1.c.102.0123abcd.f').ok).toBe(false);
  });

  it('refuses choices that do not fit', () => {
    expect(() => encodeShareFragment({ seed: 1, choiceLog: [36], story: 'abcdef12' })).toThrow(RangeError);
  });

  it('refuses 2,000 random mutations of a good link with a reason, never a crash', () => {
    const good = encodeShareFragment({ seed: 77, choiceLog: [0, 1, 0, 2, 1, 0, 0, 1], story: 'deadbeef' });
    const random = mulberry32(1);
    const alphabet = '#=.%0123456789abcdefxyzXYZ-_/\\\u0000\u{1F600}é ';
    let accepted = 0;
    for (let i = 0; i < 2000; i++) {
      const chars = Array.from(good);
      const edits = 1 + Math.floor(random() * 4);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * (chars.length + 1));
        const c = alphabet.charAt(Math.floor(random() * alphabet.length));
        const kind = random();
        if (kind < 0.33) chars.splice(at, 1);
        else if (kind < 0.66) chars.splice(at, 0, c);
        else chars[at] = c;
      }
      const parsed = parseShareFragment(chars.join(''));
      if (parsed.ok) {
        accepted++;
        expect(parsed.value.choiceLog.every((c) => Number.isInteger(c) && c >= 0 && c < 36)).toBe(true);
        expect(Number.isSafeInteger(parsed.value.seed)).toBe(true);
      } else {
        expect(parsed.reason.length).toBeGreaterThan(5);
      }
    }
    // Some mutations are still well formed (a changed digit); most are not.
    expect(accepted).toBeLessThan(2000);
  });
});
