/**
 * The ending poster: a run played to its end (Stalin, the first choice at every decision) shows its title,
 * the table as the run left it (faces loaded from assets/, the fallen struck through over empty chairs),
 * its last line, and the debrief first; at phone, tablet and desktop sizes nothing spills sideways and axe
 * finds nothing. Screenshots of each size are kept in test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';

import { axe, openBrowser, type Session } from './browser.ts';

const url = `${inject('baseUrl')}?renderer=canvas&seed=5`;
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

const SIZES = [
  { name: 'phone-390x844', width: 390, height: 844 },
  { name: 'tablet-768x1024', width: 768, height: 1024 },
  { name: 'desktop-1280x800', width: 1280, height: 800 },
] as const;

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

async function playToTheEnd(page: Page): Promise<void> {
  const ending = page.locator('[data-ending]');
  for (let turn = 0; turn < 80; turn++) {
    await page.waitForFunction(() => {
      if (document.querySelector('[data-ending]')) return true;
      const group = document.querySelector('[data-choices]');
      return Boolean(group?.querySelector('button')) && group?.getAttribute('aria-disabled') !== 'true';
    });
    if ((await ending.count()) > 0) break;
    await page.keyboard.press('1');
  }
  await ending.waitFor();
}

describe('the ending poster', () => {
  it('shows the table as the run left it, then the debrief, at every size', async () => {
    session = await openBrowser({ width: 1280, height: 800 });
    const { page, errors } = session;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Stalin/ }).click();
    await playToTheEnd(page);

    const poster = page.locator('.ending-poster');
    expect(await poster.locator('.ending-title').textContent()).not.toBe('');
    const seats = poster.locator('.poster-seat');
    const fates = await seats.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.fate));
    expect(fates).toContain('you');
    expect(fates.filter((f) => f === 'you')).toHaveLength(1);
    // Every seat's art arrives from assets/, and the words say the same picture.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.poster-face')].every(
        (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
      ),
    );
    const caption = (await poster.locator('.poster-caption').textContent()) ?? '';
    expect(caption).toMatch(/^At the table at the end: /);
    for (const gone of await poster
      .locator('[data-fate="gone"]')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.member))) {
      expect(caption).toContain(gone);
    }
    // The debrief comes first among the poster's buttons.
    expect(await poster.locator('.menu button').first().textContent()).toBe('Debrief and share');

    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await poster.evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
      });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/ending-${size.name}.png` });
      expect(await axe(page), size.name).toEqual([]);
    }
    await page.evaluate(() => {
      document.documentElement.setAttribute('data-contrast', 'high');
    });
    await page.screenshot({ path: `${SHOTS}/ending-desktop-high-contrast.png` });

    await poster.getByRole('button', { name: 'Debrief and share' }).click();
    await page.locator('[data-debrief]').waitFor();
    expect(errors).toEqual([]);
  });
});
