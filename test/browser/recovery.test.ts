/**
 * No error leaves a blank page. An error forced on every screen (title, saves dialog, protagonist,
 * story, ending) opens the calm recovery screen, whose report can be copied and whose "Restore last
 * autosave" puts the player back; a story that does not load, or that is broken, is met the same way
 * without touching the saves; and if no script can run at all, the page says so by itself.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { pressChoiceKey, sessionPerTest, waitForChoices } from './browser.ts';

const base = inject('baseUrl');
const url = `${base}?renderer=canvas&seed=3`;
const STORY = /\/assets\/story-[0-9a-f]+\.json$/;

const session = sessionPerTest({ width: 1280, height: 800 }, { serviceWorkers: 'block' });

const choiceTexts = (page: Page): Promise<string[]> =>
  page.$$eval('[data-choices] button', (els) => els.map((el) => el.textContent));

async function choose(page: Page, key: string): Promise<void> {
  const before = await page.locator('[data-transcript] > *').count();
  await pressChoiceKey(page, key);
  await page.waitForFunction((n) => document.querySelectorAll('[data-transcript] > *').length > n, before);
}

/** Throws from a task, as a bug in any handler would, and waits for the recovery screen. */
async function crash(page: Page, message: string): Promise<void> {
  await page.evaluate((text) => {
    setTimeout(() => {
      throw new Error(text);
    });
  }, message);
  await page.getByRole('heading', { name: 'Something went wrong' }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('recovery-title');
  expect(await page.locator('[data-recovery] .report').textContent()).toContain(message);
}

const restore = (page: Page) => page.getByRole('button', { name: 'Restore last autosave' }).click();

describe('an error on each screen', () => {
  it('title, saves dialog, protagonist, story and ending each recover', async () => {
    const { page, errors } = session();
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await crash(page, 'on the title screen');
    await restore(page);
    // No autosave yet: back to the title screen, which works.
    await page.getByRole('button', { name: 'New game' }).click();

    await page.getByRole('button', { name: /Trotsky/ }).waitFor();
    await crash(page, 'on the protagonist screen');
    await restore(page);
    await page.getByRole('button', { name: 'New game' }).click();
    await choose(page, '1');
    await choose(page, '1');
    const choices = await choiceTexts(page);
    // Wait until the choices take input (the one-decision gate), so an enabled button below means no choice.
    await waitForChoices(page);

    await crash(page, 'in the story');
    // The story behind the recovery screen is out of reach: a number key picks nothing.
    await page.keyboard.press('1');
    expect(await page.locator('[data-choices] button').first().isEnabled()).toBe(true);
    await restore(page);
    await expect.poll(() => choiceTexts(page)).toEqual(choices);

    // With the saves dialog open, the recovery screen must not be left inert behind it.
    await page.getByRole('button', { name: 'Saves' }).click();
    await page.getByRole('dialog', { name: 'Saves' }).waitFor();
    await crash(page, 'in the saves dialog');
    expect(await page.getByRole('dialog', { name: 'Saves' }).isVisible()).toBe(false);
    await restore(page);
    await expect.poll(() => choiceTexts(page)).toEqual(choices);

    for (let turn = 0; turn < 80 && (await page.locator('[data-ending]').count()) === 0; turn++) {
      await choose(page, '1');
    }
    const ending = await page.locator('[data-ending]').getAttribute('data-ending');
    await crash(page, 'at the ending');
    await restore(page);
    await expect.poll(() => page.locator('[data-ending]').getAttribute('data-ending')).toBe(ending);

    expect(
      errors.every((e) => /on the|in the|at the/.test(e)),
      errors.join('\n'),
    ).toBe(true);
  });

  it('copies the error report', async () => {
    const { context, page } = session();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await crash(page, 'a report to copy');
    await page.getByRole('button', { name: 'Copy error report' }).click();
    await page.getByText('The report is copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('The Empty Chair error report');
    expect(copied).toContain('a report to copy');
    expect(copied).toContain('screen: title');
  });
});

describe('a story that cannot be used', () => {
  it('does not load: the page says so and offers a reload that works', async () => {
    const { page } = session();
    await page.route(STORY, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(url);
    await page.getByRole('heading', { name: 'Something went wrong' }).waitFor();
    await page.getByText('its story did not load').waitFor();
    expect(await page.locator('[data-recovery] .report').textContent()).toContain('HTTP 404');
    expect(await page.getByRole('button', { name: 'Restore last autosave' }).count()).toBe(0);
    await page.unroute(STORY);
    await page.getByRole('button', { name: 'Reload the game' }).click();
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Stalin/ }).waitFor();
  });

  it('is broken: recovery, and the autosave is neither lost nor moved aside', async () => {
    const { page } = session();
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).click();
    await choose(page, '2');
    await choose(page, '1');
    const saved = await page.evaluate(() =>
      Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
    );

    await page.route(STORY, (route) => route.fulfill({ status: 200, body: '{"inkVersion":21,"root":[' }));
    await page.reload();
    // A cut-short story fails before the game starts (main.ts checks it), so there is no Continue to try.
    await page.getByRole('heading', { name: 'Something went wrong' }).waitFor();
    expect(await page.locator('[data-recovery]').innerText()).toContain('its story did not load');
    expect(
      await page.evaluate(() =>
        Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
      ),
    ).toEqual(saved);

    await page.unroute(STORY);
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('[data-choices] button').first().waitFor();
  });
});

it('says by itself that the game is still loading when no script can run', async () => {
  const { page } = session();
  await page.route(/\/assets\/inkjs-[^/]+\.js$/, (route) => route.abort());
  await page.goto(url);
  const hint = page.locator('[data-boot-hint]');
  expect(await hint.isVisible()).toBe(false);
  await hint.waitFor({ state: 'visible', timeout: 10_000 });
  expect(await hint.textContent()).toContain('reload the page');
  expect(await page.getByRole('heading', { name: 'The Empty Chair' }).count()).toBe(1);
});
