/**
 * The ending posters: every ending each protagonist can reach, opened from a share link of a run that
 * reached it (found by seeded random playthroughs of the real story).
 *
 * First, the payoff seen at once on a phone: the run arrives at 360×640, then the window turns to
 * 390×844, and at each the page lands with the poster's title under the masthead and the whole
 * composition (the head of the table or Lenin's empty chair over the equals, the table, the chairs set
 * apart, the empty chairs) inside the first window, nothing over it; the debrief button is not hidden
 * under anything when scrolled to, and every name on it is whole. Screenshots in
 * test-results/screenshots/endings-fit/.
 *
 * Then, in the same session (one arrival per ending: a second session per ending only replayed the
 * same run), the poster: its title, its composition as the story's POSTER tags say (the victor at the
 * head, the exile's chair apart…), the table as the run left it (faces loaded from assets/, the fallen
 * struck through over empty chairs), its epilogue, and the debrief first; at phone, tablet and desktop
 * sizes nothing spills sideways; axe finds nothing. Screenshots of every poster at every size are kept
 * in test-results/screenshots/endings/.
 */
import { mkdirSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it, onTestFailed } from 'vitest';

import type { PosterRole } from '../../src/narrative/tags.ts';
import { ENDINGS_BY_PROTAGONIST } from '../story/walkSuite.ts';
import { axe, openBrowser, type Session } from './browser.ts';
import { endingRoutes } from './endingRoutes.ts';

const base = `${inject('baseUrl')}?renderer=canvas`;
const SHOTS = 'test-results/screenshots/endings';
const FIT_SHOTS = 'test-results/screenshots/endings-fit';
mkdirSync(SHOTS, { recursive: true });
mkdirSync(FIT_SHOTS, { recursive: true });

/** The phones the run arrives at (the first) and turns to. */
const PHONES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
] as const;

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

/**
 * What the test is doing, said if it fails. Once, in a clean-clone CI run (7 December, 22:06 UTC), one of
 * these tests waited on the page until its 120 s ran out, and nothing said where; four runs of the same
 * tests since, two of them beside a busy core, did not stall. A step that takes STALLED_MS (longer than
 * any of Playwright's own waits here) means the page no longer answers: the watchdog closes the session,
 * so that the test fails at once, naming the step, and is tried once more (see `retry` below).
 */
let step = '';
let watchdog: ReturnType<typeof setTimeout> | undefined;
const STALLED_MS = 45_000;
function at(what: string): void {
  step = what;
  clearTimeout(watchdog);
  watchdog = setTimeout(() => {
    process.stderr.write(`The page stopped answering for ${String(STALLED_MS / 1000)} s while ${step}.\n`);
    void session?.close();
  }, STALLED_MS);
}

afterEach(async () => {
  clearTimeout(watchdog);
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

/** The names on the poster's plates that do not fit their plate (drawn cut short, with an ellipsis). */
function cutNames(page: Page): Promise<string[]> {
  return page.$$eval('.ending-poster .poster-plate', (plates) =>
    plates.filter((p) => p.scrollWidth > p.clientWidth + 1).map((p) => p.textContent),
  );
}

/**
 * On each phone, the title and the whole composition in the first window, and the debrief uncovered:
 * the run arrives at the first size; the window is then turned to the next, the page placed again as a
 * run's arrival places it.
 */
async function checkPhoneFit(page: Page, protagonist: string, ending: string): Promise<void> {
  at('waiting for the poster');
  await page.locator('.ending-poster .poster-stage').waitFor();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.poster-face')].every(
      (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
    ),
  );
  for (const [index, size] of PHONES.entries()) {
    at(`fitting the poster at ${String(size.width)}×${String(size.height)}`);
    if (index > 0) {
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
    await page.screenshot({ path: `${FIT_SHOTS}/${name}.png` });
    const fit = await measure(page);
    expect(fit.title, `${name}: the title under the masthead`).toBeGreaterThanOrEqual(fit.masthead - 1);
    expect(fit.stage, `${name}: the composition inside the window`).toBeLessThanOrEqual(fit.window);
    expect(fit.covered, `${name}: nothing over the composition`).toEqual([]);
    // Every name on the poster whole: none cut short by its plate.
    expect(await cutNames(page), `${name}: names cut short`).toEqual([]);
    // The debrief follows, and nothing (the meter bar) lies over it when the player gets there.
    at(`checking the debrief button at ${String(size.width)}×${String(size.height)}`);
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
}

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
  at('checking the composition');
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
    at(`resizing to ${size.name}`);
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
    at(`taking screenshots at ${size.name}`);
    await page.screenshot({ path: `${SHOTS}/${protagonist.toLowerCase()}-${ending}-${size.name}.png` });
    // The whole poster too, as it composes at this width (the window shows only its top on a phone).
    await poster.locator('.poster-stage').screenshot({
      path: `${SHOTS}/${protagonist.toLowerCase()}-${ending}-${size.name}-stage.png`,
    });
    at(`scanning with axe at ${size.name}`);
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
      it(
        `${ending}: the title and the whole composition in the first window on a phone; the table as the run left it, then the debrief, at every size`,
        { retry: 1 },
        async () => {
          onTestFailed(({ task }) => {
            const error = task.result?.errors?.[0]?.message ?? '';
            process.stderr.write(`${protagonist}, ${ending}: failed while ${step}: ${error}\n`);
          });
          at('opening the share link');
          session = await openBrowser(PHONES[0]);
          const { page, errors } = session;
          await page.goto(`${base}${link}`);
          await checkPhoneFit(page, protagonist, ending);
          await checkPoster(page, protagonist, ending, roles, axeSize(index));
          if (protagonist === 'Stalin' && ending === 'stalin_supreme') {
            await page.evaluate(() => {
              document.documentElement.setAttribute('data-contrast', 'high');
            });
            await page.screenshot({ path: `${SHOTS}/stalin-${ending}-desktop-high-contrast.png` });
          }
          at('opening the debrief');
          await page.locator('.ending-poster').getByRole('button', { name: 'Debrief and share' }).click();
          await page.locator('[data-debrief]').waitFor();
          expect(errors).toEqual([]);
        },
      );
    }
  });
}
