/**
 * A walk-out seen on a phone: when a member falls in the middle of a run, the table strip, which stays
 * in view above the text, plays him getting up and leaving (with motion), nothing over it (not the new
 * act's band), and afterwards his name is struck over his empty chair, still in view. Screenshots in test-results/screenshots/phone-walkout/.
 */
import { mkdirSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';

import { openBrowser, pressChoiceKey, type Session, tableStatus } from './browser.ts';
import { fallMidRun, shareLink } from './endingRoutes.ts';

const base = `${inject('baseUrl')}?renderer=canvas`;
const SHOTS = 'test-results/screenshots/phone-walkout';
mkdirSync(SHOTS, { recursive: true });

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** The table's box lies inside the window. */
const tableInView = (page: Page): Promise<boolean> =>
  page.$eval('[data-table]', (el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight + 1;
  });

/** Whether the member's nameplate, where the table draws it, is in the window with nothing over it. */
const plateSeen = (page: Page, member: string): Promise<boolean> =>
  page.$eval(
    '[data-table]',
    (el, who) => {
      const table = el as HTMLElement;
      const plate = (
        JSON.parse(table.dataset.tableLabels ?? '[]') as { member: string; x: number; y: number }[]
      ).find((l) => l.member === who);
      // The plates are placed in the table's design units; the table's aspect ratio is its design size.
      const [width] = table.style.aspectRatio.split('/').map(Number);
      if (!plate || !width) return false;
      const box = table.getBoundingClientRect();
      const scale = box.width / width;
      const x = box.left + plate.x * scale;
      const y = box.top + plate.y * scale;
      if (y < 0 || y > window.innerHeight) return false;
      return table.contains(document.elementFromPoint(x, y));
    },
    member,
  );

describe('a walk-out on a phone', () => {
  const fall = fallMidRun('Stalin');

  for (const size of [
    { width: 360, height: 640 },
    { width: 390, height: 844 },
  ]) {
    it(`${String(size.width)}x${String(size.height)}: the fallen walks out in the strip, in view, and his name stays struck`, async () => {
      expect(fall, 'a run in which a member falls before its end').not.toBeNull();
      if (!fall) return;
      session = await openBrowser(size, { motion: 'full' });
      const { page, errors } = session;
      await page.goto(`${base}${shareLink(fall.seed, fall.choices.slice(0, -1))}`);
      await page.locator('[data-table][data-table-ready]').waitFor();
      await expect.poll(async () => (await tableStatus(page)).tableFaces).toBe('shown');
      await expect.poll(async () => (await tableStatus(page)).tableAnimating).toBe('');
      expect((await tableStatus(page)).tableSeated?.split(' ')).toContain(fall.member);

      await pressChoiceKey(page, String(fall.lastButton + 1));
      // He gets up and goes while the strip is in view above the new text.
      await expect
        .poll(async () => (await tableStatus(page)).tableAnimating?.split(' ') ?? [])
        .toContain('walkout');
      expect(await tableInView(page)).toBe(true);
      // Every plate at the table is seen, his and the others' (the band of the act this beat opens
      // sweeps across the text below the strip, not over it).
      const during = await tableStatus(page);
      const shown = (JSON.parse(during.tableLabels ?? '[]') as { member: string }[]).map((l) => l.member);
      expect(shown).toContain(fall.member);
      for (const member of shown) expect(await plateSeen(page, member), member).toBe(true);
      // (The band lets clicks and hit tests through it: its box is measured against the strip's.)
      const band = await page.evaluate(() => {
        const overlay = document.querySelector('[data-act-overlay]')?.getBoundingClientRect();
        const table = document.querySelector('[data-table]')?.getBoundingClientRect();
        return overlay && table ? { top: overlay.top, strip: table.bottom } : null;
      });
      if (band) expect(band.top, 'the act band below the strip').toBeGreaterThanOrEqual(band.strip - 1);
      await page.screenshot({ path: `${SHOTS}/${String(size.width)}-walking-out.png` });

      // Afterwards: gone from the table, his name struck over his empty chair, still in view.
      await expect.poll(async () => (await tableStatus(page)).tableAnimating).toBe('');
      const after = await tableStatus(page);
      expect(after.tableSeated?.split(' ')).not.toContain(fall.member);
      const plates = (JSON.parse(after.tableLabels ?? '[]') as { member: string }[]).map((l) => l.member);
      expect(plates).toContain(fall.member);
      expect(await plateSeen(page, fall.member)).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      expect(await tableInView(page)).toBe(true);
      await page.screenshot({ path: `${SHOTS}/${String(size.width)}-struck.png` });
      expect(errors).toEqual([]);
    });
  }
});
