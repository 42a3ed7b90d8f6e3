/**
 * The ending posters: every ending each protagonist can reach, opened from a share link of a run that
 * reached it (found by seeded random playthroughs of the real story), shows its title, its composition
 * as the story's POSTER tags say (the victor at the head, the exile's chair apart…), the table as the
 * run left it (faces loaded from assets/, the fallen struck through over empty chairs), its epilogue, and
 * the debrief first; at phone, tablet and desktop sizes nothing spills sideways; axe finds nothing.
 * Screenshots of every poster at every size are kept in test-results/screenshots/endings/.
 */
import { mkdirSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';

import type { PosterRole } from '../../src/narrative/tags.ts';
import { ENDINGS_BY_PROTAGONIST } from '../story/walkSuite.ts';
import { axe, openBrowser, type Session } from './browser.ts';
import { endingRoutes } from './endingRoutes.ts';

const base = `${inject('baseUrl')}?renderer=canvas`;
const SHOTS = 'test-results/screenshots/endings';
mkdirSync(SHOTS, { recursive: true });

const SIZES = [
  { name: 'phone-390x844', width: 390, height: 844 },
  { name: 'tablet-768x1024', width: 768, height: 1024 },
  { name: 'desktop-1280x800', width: 1280, height: 800 },
] as const;

/**
 * axe scans each poster once, at one size, the sizes taken in turn (each size is scanned on five of the
 * fifteen endings, and each ending at one size): the posters are one markup laid out by width, and three
 * scans of each were a third of this file's CPU.
 */
const axeSize = (index: number): string => SIZES[index % SIZES.length]?.name ?? '';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** The poster is composed as the story's POSTER roles say, over the table as the run left it. */
async function checkComposition(page: Page, roles: readonly PosterRole[]): Promise<void> {
  const stage = page.locator('.ending-poster .poster-stage');
  expect(roles.length).toBeGreaterThan(0);
  const leader = roles.find((r) => r.role === 'head' || r.role === 'uniform');
  if (leader) {
    expect(await stage.getAttribute('data-composition')).toBe(leader.role);
    expect(await stage.locator(`.poster-head [data-member="${leader.member ?? ''}"]`).count()).toBe(1);
  } else if (roles.some((r) => r.role === 'equals')) {
    expect(await stage.getAttribute('data-composition')).toBe('equals');
    // Nobody at its head: at most Lenin's empty chair.
    expect(
      await stage.locator('.poster-head [data-fate="you"], .poster-head [data-fate="seated"]').count(),
    ).toBe(0);
  }
  for (const role of roles)
    if (role.role === 'away' || role.role === 'outside') {
      const facing = role.role === 'away' ? 'away' : 'table';
      expect(
        await stage.locator(`.poster-apart .facing-${facing}[data-member="${role.member}"]`).count(),
      ).toBe(1);
    }
}

async function checkPoster(
  page: Page,
  protagonist: string,
  ending: string,
  roles: PosterRole[],
  scanAt: string,
): Promise<void> {
  const poster = page.locator('.ending-poster');
  await poster.waitFor();
  await checkComposition(page, roles);
  expect(await page.locator('[data-ending]').getAttribute('data-ending')).toBe(ending);
  expect((await poster.locator('.ending-title').textContent())?.trim()).not.toBe('');
  const seats = poster.locator('.poster-seat');
  const fates = await seats.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.fate));
  expect(fates.filter((f) => f === 'you').length).toBeLessThanOrEqual(1);
  // The player sits at the table as himself, or, thrown off it, his chair stands empty with his name struck.
  const own = poster.locator(`[data-member="${protagonist}"]`);
  expect(await own.count()).toBe(1);
  expect(['you', 'gone']).toContain(await own.getAttribute('data-fate'));
  // Every seat's art arrives from assets/, and the words say the same picture.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.poster-face')].every(
      (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
    ),
  );
  const caption = (await poster.locator('.poster-caption').textContent()) ?? '';
  expect(caption).toMatch(/^(At the table|\w+ sits (alone|in uniform,) at the head)/);
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
    // The table's canvas follows the window in its own time (Phaser's resize): wait for the page to settle.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
        message: `${size.name}: wider than the window`,
        timeout: 10_000,
      })
      .toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/${protagonist.toLowerCase()}-${ending}-${size.name}.png` });
    // The whole poster too, as it composes at this width (the window shows only its top on a phone).
    await poster.locator('.poster-stage').screenshot({
      path: `${SHOTS}/${protagonist.toLowerCase()}-${ending}-${size.name}-stage.png`,
    });
    if (size.name === scanAt) expect(await axe(page), `${ending} at ${size.name}`).toEqual([]);
  }
}

for (const protagonist of ['Trotsky', 'Stalin'] as const) {
  describe(`the ending posters as ${protagonist}`, () => {
    const links = endingRoutes(protagonist);

    it('has a run for every ending he can reach', () => {
      expect([...links.keys()].sort()).toEqual(ENDINGS_BY_PROTAGONIST[protagonist]);
    });

    for (const [index, [ending, { link, roles }]] of [...links].entries()) {
      it(`${ending}: the table as the run left it, then the debrief, at every size`, async () => {
        session = await openBrowser({ width: 1280, height: 800 });
        const { page, errors } = session;
        await page.goto(`${base}${link}`);
        await checkPoster(page, protagonist, ending, roles, axeSize(index));
        if (protagonist === 'Stalin' && ending === 'stalin_supreme') {
          await page.evaluate(() => {
            document.documentElement.setAttribute('data-contrast', 'high');
          });
          await page.screenshot({ path: `${SHOTS}/stalin-${ending}-desktop-high-contrast.png` });
        }
        await page.locator('.ending-poster').getByRole('button', { name: 'Debrief and share' }).click();
        await page.locator('[data-debrief]').waitFor();
        expect(errors).toEqual([]);
      });
    }
  });
}
