/**
 * The payoff seen at once on a phone: a run's ending, arriving from a share link at 360×640 and 390×844,
 * lands with the poster's title under the masthead and the whole composition (the head of the table or
 * Lenin's empty chair over the equals, the table, the chairs set apart, the empty chairs) inside the first
 * window, nothing over it; the epilogue and the debrief follow, and the debrief button is not hidden under
 * anything when scrolled to. Every ending each protagonist reaches is checked; screenshots are kept in
 * test-results/screenshots/endings-fit/.
 */
import { mkdirSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';

import { openBrowser, type Session } from './browser.ts';
import { endingRoutes } from './endingRoutes.ts';

const base = `${inject('baseUrl')}?renderer=canvas`;
const SHOTS = 'test-results/screenshots/endings-fit';
mkdirSync(SHOTS, { recursive: true });

const PHONES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
] as const;

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

interface Fit {
  /** The masthead's bottom, the title's top, the composition's bottom, the window's height. */
  masthead: number;
  title: number;
  stage: number;
  window: number;
  /** Whatever is drawn on top of the composition's corners and centre, if it is not the poster. */
  covered: string[];
}

/** Where the poster's parts are in the window, and whether anything lies over the composition. */
function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const box = (selector: string): DOMRect => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`${selector} is missing`);
      return el.getBoundingClientRect();
    };
    const stage = box('.ending-poster .poster-stage');
    const ending = document.querySelector('.ending');
    const covered: string[] = [];
    for (const [x, y] of [
      [stage.left + 2, stage.top + 2],
      [stage.right - 2, stage.top + 2],
      [stage.left + stage.width / 2, stage.top + stage.height / 2],
      [stage.left + 2, stage.bottom - 2],
      [stage.right - 2, stage.bottom - 2],
    ] as const) {
      const top = document.elementFromPoint(x, y);
      if (!top || !ending?.contains(top)) covered.push(top?.className.toString() ?? 'outside the window');
    }
    return {
      masthead: box('.masthead').bottom,
      title: box('.ending-poster .ending-title').top,
      stage: stage.bottom,
      window: window.innerHeight,
      covered,
    };
  });
}

for (const protagonist of ['Trotsky', 'Stalin'] as const) {
  describe(`the ending seen at once on a phone, as ${protagonist}`, () => {
    for (const [ending, { link }] of endingRoutes(protagonist)) {
      it(`${ending}: the title and the whole composition in the first window`, async () => {
        // One session per ending: the run arrives at the first size, and the window is then turned to
        // the next, the page placed again as a run's arrival places it (a fresh session per size cost
        // this file half its time).
        const [first, ...others] = PHONES;
        session = await openBrowser(first);
        const { page, errors } = session;
        await page.goto(`${base}${link}`);
        await page.locator('.ending-poster .poster-stage').waitFor();
        await page.waitForFunction(() =>
          [...document.querySelectorAll('.poster-face')].every(
            (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
          ),
        );
        for (const size of [first, ...others]) {
          if (size !== first) {
            await page.setViewportSize(size);
            await page.locator('.ending').evaluate((el) => {
              el.scrollIntoView({ block: 'start' });
            });
          }
          // The page lands on the poster by itself (the run's arrival), once it is laid out.
          await page
            .waitForFunction(() => {
              const title = document.querySelector('.ending-poster .ending-title')?.getBoundingClientRect();
              return title !== undefined && title.top >= 0 && title.top < window.innerHeight / 3;
            })
            .catch(() => undefined);
          const name = `${protagonist.toLowerCase()}-${ending}-${String(size.width)}x${String(size.height)}`;
          await page.screenshot({ path: `${SHOTS}/${name}.png` });
          const fit = await measure(page);
          expect(fit.title, `${name}: the title under the masthead`).toBeGreaterThanOrEqual(fit.masthead - 1);
          expect(fit.stage, `${name}: the composition inside the window`).toBeLessThanOrEqual(fit.window);
          expect(fit.covered, `${name}: nothing over the composition`).toEqual([]);
          // The debrief follows, and nothing (the meter bar) lies over it when the player gets there.
          const debrief = page.locator('.ending-poster').getByRole('button', { name: 'Debrief and share' });
          await debrief.scrollIntoViewIfNeeded();
          expect(
            await debrief.evaluate((button) => {
              const r = button.getBoundingClientRect();
              return button.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
            }),
            `${name}: the debrief button uncovered`,
          ).toBe(true);
        }
        expect(errors).toEqual([]);
      });
    }
  });
}
