/**
 * The seams between screens, at 1280×800 and 390×844: Continue and rewind land on the current choices,
 * focused; the debrief opens at its top; a share link of a finished run opens its ending with the table
 * drawn; Back and Forward move between the game's screens without losing the run or the Lab; Phaser
 * runs only when a run is on screen (the side-picking screen fetches it, unrun). Runs come from share links made here from the same story.
 */
import storyJson, { storyHash } from '../../story/main.ink';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';

import { encodeShareFragment } from '../../src/core/shareLink.ts';
import { recordHistory } from '../../src/sim/record.ts';
import { openBrowser, type Session, waitForBoot, waitForChoices } from './browser.ts';

const base = `${inject('baseUrl')}?renderer=canvas`;
const SHOTS = 'test-results/screenshots';

// Stalin's run as history went (seed 3 reaches his historical ending), and its first eight choices.
const finished = recordHistory(storyJson, 'Stalin', 3);
const link = (log: readonly number[]): string =>
  encodeShareFragment({ seed: 3, choiceLog: [...log], story: storyHash });

// Each seam is played at one size as a player's first visit plays it (full motion, the offline worker
// installed) and at the other with reduced motion and no worker: the page scrolls smoothly to the new
// text in one, at once in the other, and lands in the same place.
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800, motion: 'full', serviceWorkers: 'allow' },
  { name: 'phone', width: 390, height: 844, motion: 'reduce', serviceWorkers: 'block' },
] as const;

/** Whether the element's box lies within the viewport (its top at least, for a tall one). */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const box = el.getBoundingClientRect();
      // A pixel's leeway: scrolled to its start, a box can sit a fraction of a pixel above the top.
      return box.top > -1 && box.top < window.innerHeight && box.bottom > 0;
    });
}

const firstChoiceFocused = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.activeElement === document.querySelector('[data-choices] button'));

/** The run on screen lands where it stands: the first choice visible and focused. */
async function expectLandedOnChoices(page: Page): Promise<void> {
  await waitForChoices(page);
  expect(await inView(page, '[data-choices] button')).toBe(true);
  expect(await firstChoiceFocused(page)).toBe(true);
}

/** Opens a share link of the finished run's first eight decisions, at its choices. */
async function openSharedRun(page: Page): Promise<void> {
  await page.goto(`${base}#${link(finished.choiceLog.slice(0, 8)).slice(1)}`);
  await waitForChoices(page);
}

/**
 * Plays on from a shared run (which makes it the player's own and autosaves it), reloads, and presses
 * Continue: the page lands on the current choices, far below the top of a page `height` tall.
 */
async function continueOwnRun(page: Page, height: number): Promise<void> {
  await openSharedRun(page);
  const picked = await page.locator('[data-transcript] .picked').count();
  await page.locator('[data-choices] button').first().click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-transcript] .picked').length > n,
    picked,
  );
  await page.reload();
  await waitForBoot(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectLandedOnChoices(page);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(height);
}

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

expect(finished.ending).toBe('stalin_supreme');

for (const viewport of VIEWPORTS) {
  describe(`seams at ${String(viewport.width)}×${String(viewport.height)}`, () => {
    it('Continue and rewind land on the current choices, focused', async () => {
      session = await openBrowser(viewport, viewport);
      const { page, errors } = session;
      await continueOwnRun(page, viewport.height);
      await page.screenshot({ path: `${SHOTS}/seam-continue-${viewport.name}.png` });

      await page.getByRole('button', { name: 'Timeline' }).click();
      await page.locator('[data-timeline] .timeline-step').first().waitFor();
      await page
        .getByRole('button', { name: /Go back to this decision/ })
        .nth(2)
        .click();
      await expectLandedOnChoices(page);
      await page.screenshot({ path: `${SHOTS}/seam-rewind-${viewport.name}.png` });
      expect(errors).toEqual([]);
    });

    it('Back from a run opens the title screen at its top', async () => {
      session = await openBrowser(viewport, viewport);
      const { page, errors } = session;
      // The reloaded page's history entry was the run's, far down the page: the title must not inherit it.
      await continueOwnRun(page, viewport.height);
      await page.goBack();
      await page.getByRole('button', { name: 'New game' }).waitFor();
      // Wait for the browser's own restoring (it comes after the screen is drawn), then look.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await inView(page, '.title-screen h1')).toBe(true);
      await page.screenshot({ path: `${SHOTS}/seam-back-to-title-${viewport.name}.png` });
      expect(errors).toEqual([]);
    });

    it('a text-size change mid-run keeps the reader’s place', async () => {
      session = await openBrowser(viewport, viewport);
      const { page, errors } = session;
      await openSharedRun(page);
      await page.evaluate(() => {
        window.scrollBy(0, -Math.round(window.innerHeight / 2));
      });
      // The passage at the top of what the reader sees, below the sticky masthead and table.
      const markTop = (): Promise<void> =>
        page.evaluate(() => {
          const top = Math.max(
            ...[...document.querySelectorAll('.masthead, .table-panel')].map((el) => {
              const box = el.getBoundingClientRect();
              return box.top <= 1 && box.height > 0 ? box.bottom : 0;
            }),
          );
          const entry = [...document.querySelectorAll('[data-transcript] > :not([hidden])')].find(
            (el) => el.getBoundingClientRect().bottom > top,
          );
          entry?.setAttribute('data-reading', '');
        });
      await markTop();
      // A tap on the button (a driver's click would first scroll the sticky masthead "into view").
      await page
        .getByRole('button', { name: /Settings/ })
        .first()
        .evaluate((button: HTMLElement) => {
          button.click();
        });
      await page.locator('dialog[open] input[name="text-size"][value="larger"]').check({ force: true });
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'));
      expect(await inView(page, '[data-reading]')).toBe(true);
      expect(await page.locator('[data-recovery]').count()).toBe(0);
      await page.screenshot({ path: `${SHOTS}/seam-text-size-${viewport.name}.png` });
      expect(errors).toEqual([]);
    });

    it('a share link of a finished run opens its ending with the table, the debrief one click away and at its top', async () => {
      session = await openBrowser(viewport, viewport);
      const { page, errors } = session;
      await page.goto(`${base}#${link(finished.choiceLog).slice(1)}`);
      const ending = page.locator('[data-ending]');
      await ending.waitFor();
      expect(await ending.getAttribute('data-ending')).toBe('stalin_supreme');
      expect(await inView(page, '[data-ending]')).toBe(true);
      const debrief = page.getByRole('button', { name: 'Debrief' });
      expect(await debrief.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.locator('[data-table][data-table-ready]').waitFor();
      expect(await page.locator('.notice').innerText()).not.toMatch(/make a choice/);
      await page.screenshot({ path: `${SHOTS}/seam-share-ending-${viewport.name}.png` });

      await debrief.click();
      await page.locator('[data-debrief]').waitFor();
      expect(await inView(page, '[data-debrief] h1')).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await inView(page, 'button:has-text("Print the handout")')).toBe(true);
      await page.screenshot({ path: `${SHOTS}/seam-debrief-${viewport.name}.png` });
      expect(errors).toEqual([]);
    });

    it('Back and Forward move between the game’s screens, keeping the run and the Lab', async () => {
      session = await openBrowser(viewport, viewport);
      const { page, errors } = session;
      const phaser: string[] = [];
      page.on('request', (request) => {
        if (/phaser/i.test(request.url())) phaser.push(request.url());
      });
      await page.goto(base);
      await waitForBoot(page);
      await page.getByRole('button', { name: 'What-if Lab' }).first().click();
      await page.locator('.lab-screen').waitFor();
      await page.waitForFunction(() => !document.querySelector('.tool-loading'));
      // The Lab's view, with whatever results it shows, is kept: the same element comes back.
      await page.locator('.lab-screen').evaluate((el) => {
        el.setAttribute('data-kept', 'yes');
      });
      await page.goBack();
      await page.getByRole('button', { name: 'New game' }).waitFor();
      await page.goForward();
      await page.locator('.lab-screen').waitFor();
      expect(await page.locator('.lab-screen').getAttribute('data-kept')).toBe('yes');
      await page.goBack();
      await page.getByRole('button', { name: 'Endings' }).first().click();
      await page.locator('.gallery-screen').waitFor();
      await page.goBack();
      await page.getByRole('button', { name: 'New game' }).waitFor();
      await page.goForward();
      await page.locator('.gallery-screen').waitFor();
      expect(phaser).toEqual([]); // no run on screen yet: no Phaser
      // A run: the story, its timeline, and Back to the story with the run where it was.
      await page.goBack();
      await page.getByRole('button', { name: 'New game' }).click();
      await waitForChoices(page);
      // The side-picking screen leads only to a run: it fetches the table's code, and runs none of it.
      await page.waitForFunction(() =>
        performance.getEntriesByType('resource').some((r) => /\/phaser-[^/]+\.js$/.test(r.name)),
      );
      expect(await page.locator('[data-table] canvas').count()).toBe(0);
      await page.locator('[data-choices] button').first().click();
      await waitForChoices(page);
      await page.locator('[data-table][data-table-ready]').waitFor();
      // The run's import found it fetched: one request for Phaser in all.
      expect(phaser).toHaveLength(1);
      const transcript = await page.locator('[data-transcript]').innerText();
      await page.getByRole('button', { name: 'Timeline' }).click();
      await page.locator('[data-timeline]').waitFor();
      await page.goBack();
      await waitForChoices(page);
      expect(await page.locator('[data-transcript]').innerText()).toBe(transcript);
      await page.goForward();
      await page.locator('[data-timeline]').waitFor();
      expect(errors).toEqual([]);
    });
  });
}
