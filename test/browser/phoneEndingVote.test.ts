/**
 * The vote that ends a run, seen on a phone. With motion, the table strip stays in view above the text
 * while it plays the vote (cards up, the tally), and only then does the poster take the window. With
 * reduced motion the poster comes at once, and states the vote's tally under its date, in the first
 * window. Screenshots in test-results/screenshots/phone-ending-vote/.
 */
import { mkdirSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';

import { openBrowser, pressChoiceKey, type Session, tableStatus } from './browser.ts';
import { endingAfterVote, shareLink } from './endingRoutes.ts';

const base = `${inject('baseUrl')}?renderer=canvas`;
const SHOTS = 'test-results/screenshots/phone-ending-vote';
mkdirSync(SHOTS, { recursive: true });

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** The box's vertical extent lies inside the window (under the masthead for the strip). */
const inWindow = (page: Page, selector: string): Promise<boolean> =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight + 1;
  });

const ended = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.querySelector('.app')?.hasAttribute('data-ended') ?? false);

describe('the vote that ends a run, on a phone', () => {
  const route = endingAfterVote('Trotsky');

  /** The run up to its last choice; then that choice, which brings a vote and the end. */
  async function playToTheVote(page: Page): Promise<void> {
    if (!route) throw new Error('no run whose last choice brings a vote and the end');
    await page.goto(`${base}${shareLink(route.seed, route.choices.slice(0, -1))}`);
    await page.locator('[data-table][data-table-ready]').waitFor();
    await expect.poll(async () => (await tableStatus(page)).tableAnimating).toBe('');
    await pressChoiceKey(page, String(route.lastButton + 1));
    await page.locator(`[data-ending="${route.ending}"]`).waitFor();
  }

  it('with motion: the strip plays the vote in view, then the poster takes the window', async () => {
    expect(route, 'a run whose last choice brings a vote and the end').not.toBeNull();
    session = await openBrowser({ width: 390, height: 844 }, { motion: 'full' });
    const { page, errors } = session;
    await playToTheVote(page);
    // The vote is up at the table, the strip in view over the new text, the poster waiting.
    await expect.poll(async () => (await tableStatus(page)).tableCards ?? '').not.toBe('');
    expect((await tableStatus(page)).tableEnding).toBe('');
    expect(await ended(page)).toBe(false);
    expect(await inWindow(page, '[data-table]')).toBe(true);
    await page.screenshot({ path: `${SHOTS}/motion-vote.png` });
    // Then the table shows the run's end, and the poster takes the window from its title.
    await expect
      .poll(async () => (await tableStatus(page)).tableEnding, { timeout: 20_000 })
      .toBe(route?.ending);
    await expect.poll(() => ended(page)).toBe(true);
    await expect
      .poll(() =>
        page.$eval('.ending-poster .ending-title', (el) => {
          const top = el.getBoundingClientRect().top;
          return top >= 0 && top < window.innerHeight / 3;
        }),
      )
      .toBe(true);
    await page.screenshot({ path: `${SHOTS}/motion-poster.png` });
    expect(errors).toEqual([]);
  });

  it('with reduced motion: the poster comes at once and states the tally in the first window', async () => {
    session = await openBrowser({ width: 360, height: 640 });
    const { page, errors } = session;
    await playToTheVote(page);
    expect(await ended(page)).toBe(true);
    const tally = page.locator('.ending-poster .ending-vote figcaption');
    const transcript = await page.locator('[data-transcript] .vote figcaption').last().textContent();
    expect(await tally.textContent()).toBe(transcript);
    await expect.poll(() => inWindow(page, '.ending-poster .ending-vote')).toBe(true);
    await page.screenshot({ path: `${SHOTS}/reduced-poster.png` });
    expect(errors).toEqual([]);
  });
});
