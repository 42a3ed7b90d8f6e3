/**
 * The lesson-length run in Chromium: chosen on the protagonist screen (which says how long each length
 * takes), or set by a teacher's class link; either way the short run is played (its bridges are read,
 * its minor decisions not offered) to an ending, and its result code says it was a short run.
 */
import { mkdirSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';

import { axe, openBrowser, pressChoiceKey, type Session, waitForBoot } from './browser.ts';

const base = inject('baseUrl');
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** A line only the short run reads (story/short_run.ink, Stalin's prologue bridge). */
const STALIN_BRIDGE = 'The plenum makes you answer personally for keeping Lenin isolated';
/** A line of the full prologue that the bridge replaces. */
const STALIN_FULL = 'Who better? You visited him more than any of us all summer.';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

async function pressChoice(page: Page, key: string): Promise<void> {
  const before = await page.locator('[data-transcript] > *').count();
  await pressChoiceKey(page, key);
  await page.waitForFunction((n) => document.querySelectorAll('[data-transcript] > *').length > n, before, {
    timeout: 10_000,
  });
}

/** Plays on with the first choice each time; returns the ending and how many decisions were met. */
async function playToEnd(page: Page): Promise<{ ending: string | null; decisions: number }> {
  let decisions = 0;
  for (let turn = 0; turn < 60; turn++) {
    if ((await page.locator('[data-ending]').count()) > 0) break;
    await pressChoice(page, '1');
    decisions++;
  }
  await page.locator('[data-ending]').waitFor({ timeout: 10_000 });
  return { ending: await page.locator('[data-ending]').getAttribute('data-ending'), decisions };
}

const transcript = (page: Page): Promise<string> => page.locator('[data-transcript]').innerText();

describe('the lesson-length run', () => {
  it('is chosen on the protagonist screen, which says how long each takes, and played to an ending', async () => {
    session = await openBrowser({ width: 390, height: 844 });
    const { page, errors } = session;
    await page.goto(base);
    await waitForBoot(page);
    await page.getByRole('button', { name: 'New game' }).click();
    const group = page.getByRole('group', { name: 'How long?' });
    await group.waitFor();
    const full = group.getByRole('radio', { name: /^Full story · about \d+(–\d+)? minutes/ });
    const short = group.getByRole('radio', { name: /^Lesson length · about \d+(–\d+)? minutes/ });
    expect(await full.isChecked()).toBe(true);
    await short.check();
    await page.locator('.run-length[data-run-length="short"]').waitFor();
    expect(await short.isChecked()).toBe(true);
    expect(await axe(page), 'protagonist screen').toEqual([]);
    await page.screenshot({ path: `${SHOTS}/short-run-protagonist-phone.png`, fullPage: true });

    // The length chosen, the keyboard still chooses the side: 2 is Stalin, with the radio focused.
    expect(await short.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('2');
    await page.getByText(STALIN_BRIDGE).waitFor();
    expect(await transcript(page)).not.toContain(STALIN_FULL);
    await page.screenshot({ path: `${SHOTS}/short-run-bridge-phone.png` });
    const { ending, decisions } = await playToEnd(page);
    expect(ending).toBeTruthy();
    expect(decisions).toBeGreaterThanOrEqual(3);
    // The debrief's share link replays the run as a short one.
    await page.locator('[data-open-debrief]').click();
    const link = page.getByRole('textbox', { name: 'Link to this run' });
    await link.waitFor();
    // The debrief fits the phone's width: nothing to scroll sideways, the causes ledger included.
    await page.locator('.ledger tbody tr').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await link.inputValue()).toMatch(/#run=1\.[0-9a-z]+\.[0-9a-z]+\.[0-9a-f]{8}\.s$/);
    expect(errors).toEqual([]);
  });

  it('a new game plays the full story unless asked', async () => {
    session = await openBrowser();
    const { page, errors } = session;
    await page.goto(base);
    await waitForBoot(page);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('group', { name: 'How long?' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/short-run-protagonist-desktop.png` });
    await page.getByRole('button', { name: /Joseph Stalin/ }).click();
    await page.getByText(STALIN_FULL).waitFor();
    expect(await transcript(page)).not.toContain(STALIN_BRIDGE);
    expect(errors).toEqual([]);
  });

  it('is set by a class link: the pupil starts the short run and its result code says so', async () => {
    session = await openBrowser();
    const { page, errors } = session;
    await page.goto(`${base}?class=1&side=stalin&seed=31&run=short`);
    await waitForBoot(page);
    expect(await page.locator('[data-class-settings]').innerText()).toMatch(/lesson-length run/);
    await page.getByRole('button', { name: 'New game' }).click();
    const told = page.locator('.class-length');
    await told.waitFor();
    expect(await told.innerText()).toMatch(/Your teacher has chosen the length: Lesson length · about/);
    expect(await page.getByRole('group', { name: 'How long?' }).count()).toBe(0);
    await page.getByRole('button', { name: /Joseph Stalin/ }).click();
    await page.getByText(STALIN_BRIDGE).waitFor();
    await page.screenshot({ path: `${SHOTS}/short-run-bridge-desktop.png` });
    const { ending } = await playToEnd(page);
    expect(ending).toBeTruthy();
    const code = await page.locator('[data-result-code]').getAttribute('data-result-code');
    // ec1-<tag>-<side><length><ending>-…: Stalin (s), short (s).
    expect(code).toMatch(/^ec1-[0-9a-z]+-ss/);
    // Nothing of the ending's poster is drawn over the code or its QR code: a teacher must read and scan them.
    const qr = page.locator('.result-box svg.qr');
    await qr.scrollIntoViewIfNeeded();
    for (const target of [qr, page.getByRole('textbox', { name: 'Your result code' })]) {
      const box = await target.boundingBox();
      if (box === null) throw new Error('the result code is not on screen');
      for (const [fx, fy] of [
        [0.1, 0.1],
        [0.5, 0.5],
        [0.1, 0.9],
        [0.9, 0.9],
      ] as const) {
        const hit = await page.evaluate(
          ({ x, y }) => document.elementFromPoint(x, y)?.closest('.result-box') != null,
          { x: box.x + box.width * fx, y: box.y + box.height * fy },
        );
        expect(hit, `${String(fx)}, ${String(fy)}`).toBe(true);
      }
    }
    await page.screenshot({ path: `${SHOTS}/short-run-result-code-desktop.png` });
    expect(errors).toEqual([]);
  });
});
