/**
 * A new player in Debian's Chromium: title screen, protagonist, act I to its end with the keyboard
 * alone, meters moving, reload and Continue, a damaged save, text before Phaser, no console errors.
 */
import { mkdirSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { ENDINGS_BY_PROTAGONIST } from '../story/walkSuite.ts';
import { pressChoiceKey, sessionPerTest, waitForBoot, waitForChoices } from './browser.ts';

const url = `${inject('baseUrl')}?renderer=canvas&seed=3`;
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

// Full motion and the offline worker: the runs here are played as a player's first visit plays them.
const session = sessionPerTest(undefined, { motion: 'full', serviceWorkers: 'allow' });

const meters = (page: Page): Promise<Record<string, string>> =>
  page.$$eval('[role="meter"]', (els) =>
    Object.fromEntries(
      els.map((el) => [el.getAttribute('aria-label') ?? '', el.getAttribute('aria-valuenow') ?? '']),
    ),
  );

/** Waits until the table has drawn its last animation (mountTable.ts lists the running ones). */
const tableAtRest = (page: Page): Promise<unknown> =>
  page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-table]')?.dataset.tableAnimating === '',
  );

const choiceTexts = (page: Page): Promise<string[]> =>
  page.$$eval('[data-choices] button', (els) => els.map((el) => el.textContent));

/** Presses a number key and waits until the story has moved on (new choices or an ending). */
async function pressChoice(page: Page, key: string): Promise<void> {
  const before = await page.locator('[data-transcript] > *').count();
  await pressChoiceKey(page, key);
  await page.waitForFunction((n) => document.querySelectorAll('[data-transcript] > *').length > n, before, {
    timeout: 10_000,
  });
}

/** From the title screen, with the keyboard only: New game, pick a protagonist, play to the end. */
async function playWithKeyboard(
  page: Page,
  protagonistKey: string,
  pick: (turn: number, count: number) => number,
) {
  await page.goto(url);
  await page.getByRole('button', { name: 'New game' }).waitFor();
  await page.keyboard.press('Tab');
  // Focus lands on the first button of the title screen (New game, as there is no save yet).
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New game');
  await page.keyboard.press('Enter');
  await page.locator('[data-choices] button').first().waitFor();
  await pressChoice(page, protagonistKey);
  for (let turn = 0; turn < 60; turn++) {
    if ((await page.locator('[data-ending]').count()) > 0) break;
    const count = await page.locator('[data-choices] button').count();
    expect(count).toBeGreaterThan(0);
    await pressChoice(page, String(pick(turn, count) + 1));
  }
  await page.locator('[data-ending]').waitFor({ timeout: 10_000 });
  return page.locator('[data-ending]').getAttribute('data-ending');
}

describe('a new player', () => {
  it('plays act I to its end as Trotsky with the keyboard alone', async () => {
    const { page, errors } = session();
    const ending = await playWithKeyboard(page, '1', () => 0);
    expect(ENDINGS_BY_PROTAGONIST.Trotsky).toContain(ending);
    // A whole run is a long page: on a loaded machine its full-page screenshot takes more than 15 s.
    await page.screenshot({ path: `${SHOTS}/trotsky-ending-desktop.png`, fullPage: true, timeout: 60_000 });
    expect(errors).toEqual([]);
  });

  it('plays act I to its end as Stalin with the keyboard alone, taking other options', async () => {
    const { page, errors } = session();
    const ending = await playWithKeyboard(page, '2', (turn, count) => (turn + 1) % count);
    expect(ENDINGS_BY_PROTAGONIST.Stalin).toContain(ending);
    expect(errors).toEqual([]);
  });

  it('sees the meters and the table change after a choice', async () => {
    const { page, errors } = session();
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Stalin/ }).click();
    await page.locator('[data-table][data-table-ready]').waitFor();
    await tableAtRest(page); // the opening meter animation has finished
    const table = page.locator('[data-table] canvas');
    const tableBefore = await table.screenshot();
    let metersBefore = await meters(page);
    expect(Object.keys(metersBefore)).toHaveLength(6);
    // Play until a choice moves a meter (every decision in act I has consequences).
    let changed = false;
    for (let turn = 0; turn < 10 && !changed; turn++) {
      await page.locator('[data-choices] button').first().click();
      await waitForChoices(page);
      const after = await meters(page);
      changed = JSON.stringify(after) !== JSON.stringify(metersBefore);
      metersBefore = after;
    }
    expect(changed).toBe(true);
    await tableAtRest(page);
    expect(Buffer.compare(tableBefore, await table.screenshot())).not.toBe(0);
    await page.screenshot({ path: `${SHOTS}/story-desktop.png` });
    expect(errors).toEqual([]);
  });

  it('reloads and continues exactly where they were', async () => {
    const { page, errors } = session();
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Trotsky/ }).click();
    await page.locator('[data-choices] button').nth(1).click();
    await waitForChoices(page);
    const transcript = await page.locator('[data-transcript]').innerText();
    const choices = await choiceTexts(page);
    const values = await meters(page);

    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('[data-choices] button').first().waitFor();
    expect(await page.locator('[data-transcript]').innerText()).toBe(transcript);
    expect(await choiceTexts(page)).toEqual(choices);
    expect(await meters(page)).toEqual(values);
    expect(errors).toEqual([]);
  });

  it('is told plainly when the save is damaged, and can start a new game', async () => {
    const { page, errors } = session();
    await page.goto(url);
    await waitForBoot(page);
    await page.evaluate(() => {
      localStorage.setItem('the-empty-chair/autosave', '{"schemaVersion":1,"story');
    });
    await page.reload();
    await expect.poll(() => page.locator('.notice').innerText()).toContain('could not be opened');
    expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(0);
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('the-empty-chair/kept/'))
        .map((k) => JSON.parse(localStorage.getItem(k) ?? '{}') as { why: string; save: string }),
    );
    // Kept byte for byte, with why (the Saves dialog lists it under Kept aside).
    expect(kept).toEqual([expect.objectContaining({ why: 'unreadable', save: '{"schemaVersion":1,"story' })]);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Stalin/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it('meets an unexpected error with a calm recovery screen, and restores the last autosave', async () => {
    const { page, errors } = session();
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Stalin/ }).click();
    const choices = await choiceTexts(page);
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('a test of the recovery screen');
      });
    });
    await page.getByRole('heading', { name: 'Something went wrong' }).waitFor();
    expect(await page.getByRole('button', { name: 'Copy error report' }).count()).toBe(1);
    expect(await page.locator('.report').textContent()).toContain('a test of the recovery screen');
    await page.getByRole('button', { name: 'Restore last autosave' }).click();
    await page.locator('[data-choices] button').first().waitFor();
    expect(await choiceTexts(page)).toEqual(choices);
    expect(errors).toEqual([expect.stringContaining('a test of the recovery screen')]);
  });

  it('can read and choose before Phaser has loaded', async () => {
    const { page, errors } = session();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/phaser-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Trotsky/ }).click();
    await page.locator('[data-choices] button').first().waitFor();
    expect(await page.locator('[data-table][data-table-ready]').count()).toBe(0);
    release();
    await page.locator('[data-table][data-table-ready]').waitFor();
    expect(errors).toEqual([]);
  });

  it('lays out on a phone with the table above the text', async () => {
    const { page, errors } = await session.reopen({ width: 390, height: 844 });
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Trotsky/ }).click();
    await page.locator('[data-table][data-table-ready]').waitFor();
    // Measured at the top of the page: the run lands on its choices, and the table strip is sticky.
    await page.evaluate(() => {
      window.scrollTo({ top: 0, behavior: 'instant' });
    });
    const table = await page.locator('[data-table]').boundingBox();
    const text = await page.locator('[data-transcript]').boundingBox();
    expect(table && text && table.y < text.y).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/story-phone.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
});
