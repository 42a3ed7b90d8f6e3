import { describe, expect, it } from 'vitest';

import { isBenignNotice } from './benignNotice.ts';

describe('isBenignNotice', () => {
  it("lets through Chromium's and older browsers' ResizeObserver loop notices", () => {
    expect(isBenignNotice({ message: 'ResizeObserver loop completed with undelivered notifications.' })).toBe(
      true,
    );
    expect(isBenignNotice({ message: 'ResizeObserver loop limit exceeded', error: null })).toBe(true);
  });

  it('keeps every real error', () => {
    // The same words thrown as an error, or inside another message, are real errors.
    const thrown = new Error('ResizeObserver loop limit exceeded');
    expect(isBenignNotice({ message: thrown.message, error: thrown })).toBe(false);
    expect(isBenignNotice({ message: 'Uncaught TypeError: ResizeObserver loop limit exceeded' })).toBe(false);
    expect(isBenignNotice({ message: 'Script error.' })).toBe(false);
    expect(isBenignNotice({ message: '' })).toBe(false);
    expect(isBenignNotice({})).toBe(false);
  });
});
