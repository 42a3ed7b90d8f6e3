/**
 * The Endings gallery in Debian's Chromium: every ending locked at first; reach one in play and it is
 * unlocked, with when and as whom; damaged records are kept aside and the player is told.
 */
import { mkdirSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { sessionPerTest, waitForBoot } from './browser.ts';

const url = `${inject('baseUrl')}?renderer=canvas&seed=3`;
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

const session = sessionPerTest();

const cards = (page: Page) =>
  page.$$eval('[data-ending-card]', (els) =>
    els.map((el) => ({
      id: el.getAttribute('data-ending-card'),
      reached: el.getAttribute('data-reached') === 'true',
      text: el.textContent,
    })),
  );

async function openGallery(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Endings' }).click();
  await page.getByRole('heading', { name: 'Endings', level: 1 }).waitFor();
  await page.locator('[data-ending-card]').first().waitFor();
}

/** New game as Stalin, taking the first choice each time, to the end of the run. */
async function playToAnEnding(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: /Stalin/ }).click();
  for (let turn = 0; turn < 80; turn++) {
    if ((await page.locator('[data-ending]').count()) > 0) break;
    const before = await page.locator('[data-transcript] > *').count();
    await page.locator('[data-choices] button').first().click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-transcript] > *').length > n, before);
  }
  return (await page.locator('[data-ending]').getAttribute('data-ending')) ?? '';
}

describe('the Endings gallery', () => {
  it('shows every ending locked at first, then the one reached in play', async () => {
    const { page, errors } = session();
    await page.goto(url);
    await openGallery(page);
    const before = await cards(page);
    expect(before.length).toBeGreaterThanOrEqual(10);
    expect(before.every((c) => !c.reached)).toBe(true);
    expect(await page.locator('.gallery-summary').innerText()).toContain(`0 of the ${String(before.length)}`);
    // Locked titles are hidden; each says who can reach it.
    expect(before.every((c) => /Reachable (only )?as /.test(c.text))).toBe(true);
    await page.getByRole('button', { name: 'Back' }).click();

    const ending = await playToAnEnding(page);
    // textContent, not innerText: the ending line is set in capitals by CSS, the card is not.
    const title = ((await page.locator('.ending-line').last().textContent()) ?? '').replace(/\.$/, '');
    await page.locator('[data-ending]').getByRole('button', { name: 'Endings' }).click();
    await page.locator('[data-ending-card]').first().waitFor();
    const after = await cards(page);
    const card = after.find((c) => c.id === ending);
    expect(card?.reached).toBe(true);
    expect(card?.text).toContain(title);
    expect(card?.text).toContain('Reached as Stalin');
    expect(after.filter((c) => c.reached)).toHaveLength(1);
    await page.screenshot({ path: `${SHOTS}/gallery-desktop.png`, fullPage: true });

    // Back to the ending it was opened from.
    await page.getByRole('button', { name: 'Back' }).click();
    expect(await page.locator('[data-ending]').getAttribute('data-ending')).toBe(ending);
    const stored = await page.evaluate(() => localStorage.getItem('the-empty-chair/endings'));
    expect(JSON.parse(stored ?? '{}')).toMatchObject({ schemaVersion: 1, reached: [{ id: ending }] });
    expect(errors).toEqual([]);
  });

  it('keeps damaged records aside and says so', async () => {
    const { page, errors } = session();
    await page.goto(url);
    await waitForBoot(page);
    await page.evaluate(() => {
      localStorage.setItem('the-empty-chair/endings', '{"schemaVersion":1,"reached":[{"id":');
    });
    await page.reload();
    await openGallery(page);
    expect(await page.locator('.gallery .notice').innerText()).toContain('could not be read');
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('the-empty-chair/kept/endings-'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual(['{"schemaVersion":1,"reached":[{"id":']);
    expect(errors).toEqual([]);
  });

  it('lays out on a phone', async () => {
    const { page, errors } = await session.reopen({ width: 390, height: 844 });
    await page.goto(url);
    await waitForBoot(page);
    await page.evaluate(() => {
      const at = '2026-11-26T10:00:00.000Z';
      localStorage.setItem(
        'the-empty-chair/endings',
        JSON.stringify({
          schemaVersion: 1,
          reached: [
            {
              id: 'trotsky_deported',
              protagonist: 'Trotsky',
              title: 'A Planet Without a Visa.',
              firstReached: at,
              lastReached: at,
              times: 1,
            },
            {
              id: 'stalin_supreme',
              protagonist: 'Stalin',
              title: 'The General Secretary.',
              firstReached: at,
              lastReached: '2026-11-27T10:00:00.000Z',
              times: 3,
            },
          ],
        }),
      );
    });
    await openGallery(page);
    expect((await cards(page)).filter((c) => c.reached)).toHaveLength(2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/gallery-phone.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
});
