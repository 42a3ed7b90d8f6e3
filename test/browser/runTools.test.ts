/**
 * The tools around a run, in Debian's Chromium: the timeline with rewind and compare, the debrief at an
 * ending (with the re-simulation in a Web Worker), its A4 print, and share links good and broken.
 */
import { mkdirSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { openBrowser, pressChoiceKey, sessionPerTest, waitForBoot } from './browser.ts';

const base = inject('baseUrl');
const url = `${base}?renderer=canvas&seed=3`;
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

const session = sessionPerTest();

/** Presses a choice's key and waits until the choice is in the transcript (one more picked entry). */
async function pressChoice(page: Page, key: string): Promise<void> {
  const before = await page.locator('[data-transcript] .picked').count();
  await pressChoiceKey(page, key);
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-transcript] .picked').length > n,
    before,
  );
}

/** New game as Trotsky, then the first option `turns` times (or until an ending). */
async function play(page: Page, turns: number): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'New game' }).click();
  await page.locator('[data-choices] button').first().waitFor();
  await pressChoice(page, '1');
  for (let turn = 0; turn < turns; turn++) {
    if ((await page.locator('[data-ending]').count()) > 0) return;
    await pressChoice(page, '1');
  }
}

const transcriptText = (page: Page): Promise<string> => page.locator('[data-transcript]').innerText();

describe('the timeline', () => {
  it('rewinds to an earlier decision, keeps the road left, and compares the two', async () => {
    const { page, errors } = session();
    // Four decisions, unless the run ends sooner (the first can end it: a seeded vote at the 12th Congress).
    await play(page, 4);
    const decisions = (await page.locator('[data-transcript] .picked').count()) - 1;
    expect(decisions).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Timeline' }).click();
    const steps = page.locator('[data-timeline] .timeline-step');
    await steps.first().waitFor();
    expect(await steps.count()).toBe(decisions);
    await page.screenshot({ path: `${SHOTS}/timeline-desktop.png`, fullPage: true });

    await page.getByRole('button', { name: 'Back to the story' }).click();
    const before = (await transcriptText(page)).length;
    await page.getByRole('button', { name: 'Timeline' }).click();
    await steps
      .nth(Math.min(1, decisions - 1))
      .getByRole('button', { name: 'Go back to this decision' })
      .click();
    await page.locator('[data-choices] button').first().waitFor();
    // Back at that decision: the text after it is gone from the page.
    expect((await transcriptText(page)).length).toBeLessThan(before);
    // Take another option this time.
    await pressChoice(page, '2');
    await page.getByRole('button', { name: 'Timeline' }).click();
    await page.locator('.branches .branch').first().waitFor();
    expect(await page.locator('.branches .branch').count()).toBe(1);
    await page.getByRole('button', { name: 'Compare' }).click();
    const table = page.locator('.compare-table');
    await table.waitFor();
    expect(await table.locator('tr.differs').count()).toBeGreaterThan(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/timeline-compare-phone.png`, fullPage: true });
    await page.getByRole('button', { name: 'Back to the story' }).click();
    await page.locator('[data-choices] button, [data-ending]').first().waitFor();
    expect(errors).toEqual([]);
  });
});

describe('the debrief', () => {
  it('sets the run beside history, finds what mattered in a worker, prints to A4 and shares', async () => {
    const { page, errors } = session();
    await play(page, 60);
    const ending = await page.locator('[data-ending]').getAttribute('data-ending');
    await page.getByRole('button', { name: 'Debrief' }).click();
    const debrief = page.locator('[data-debrief]');
    await debrief.waitFor();
    expect(await debrief.getAttribute('data-debrief')).toBe(ending);
    // The historical run behind the ledger comes from a worker.
    await page.locator('.ledger tbody tr').first().waitFor();
    expect(await page.locator('.ledger tbody tr').count()).toBeGreaterThan(3);
    expect(await page.locator('.questions li').count()).toBeGreaterThanOrEqual(0);
    await page.locator('[data-mattered="done"]').waitFor({ timeout: 60_000 });
    const decisions = await page.locator('.debrief-section').first().locator('tbody tr').count();
    expect(decisions).toBeGreaterThan(0);
    expect(await page.locator('.mattered li').count()).toBe(Math.min(3, decisions));
    await page.screenshot({ path: `${SHOTS}/debrief-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/debrief-phone.png`, fullPage: true });

    // Printed: an A4 handout with the debrief and nothing of the game's chrome.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.masthead').isVisible()).toBe(false);
    expect(await page.locator('.share').isVisible()).toBe(false);
    // A handout: name, class and date lines, and room to answer two questions; no codes, no "±0".
    for (const field of ['.handout-name', '.handout-class', '.handout-date'])
      expect(await page.locator(field).isVisible(), field).toBe(true);
    expect(await page.locator('.handout-answer').count()).toBe(2);
    const printed = await page.locator('[data-debrief]').innerText();
    expect(printed).not.toMatch(/\bF\d{3}\b|±/);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[0 0 59[45]\.?\d* 841\.?\d*\]/);
    await page.emulateMedia({ media: 'screen' });

    // The share link replays the run in another browser, with nothing of this one's storage.
    const link = await page.getByRole('textbox', { name: 'Link to this run' }).inputValue();
    const text = await page.evaluate(() => document.querySelector('[data-debrief] h1')?.textContent);
    const other = await openBrowser();
    try {
      await other.page.goto(link.replace(/^https?:\/\/[^/]+\//, `${base.replace(/\/$/, '')}/`));
      await other.page.locator('[data-ending]').waitFor();
      expect(await other.page.locator('[data-ending]').getAttribute('data-ending')).toBe(ending);
      await other.page.getByRole('button', { name: 'Debrief' }).click();
      expect(await other.page.locator('[data-debrief] h1').textContent()).toBe(text);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it('refuses a broken share link with a clear message and changes nothing', async () => {
    const { page, errors } = session();
    await play(page, 2);
    const saved = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
    await page.goto(`${base}#run=1.abc.09zz.0123abcd`);
    // The link is tried (in a worker) before the game reports it has booted.
    await waitForBoot(page);
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toMatch(/does not open a run|cannot be replayed/);
    expect(await page.locator('.notice').textContent()).toMatch(/Nothing has been changed/);
    expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage)))).toBe(saved);
    await page.getByRole('button', { name: 'Continue' }).waitFor();
    expect(errors).toEqual([]);
  });
});
