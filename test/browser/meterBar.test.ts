/**
 * Meters on demand on phones and tablets: the meter bar at the foot of the window has a button that
 * opens the guide to the meters (the same guide as the story's "Meters explained", which scrolls away
 * with the text), at any moment of a run. It is reached by the keyboard, named for a screen reader, its
 * dialog is closed by Escape and by its Close button with focus given back, and nothing stays over the
 * choices; at the largest text size too. Screenshots in test-results/screenshots/meter-bar/.
 */
import { mkdirSync } from 'node:fs';

import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';

import { axe, openBrowser, pressChoiceKey, type Session, waitForBoot, waitForChoices } from './browser.ts';

const url = `${inject('baseUrl')}?renderer=canvas&seed=3`;
const SHOTS = 'test-results/screenshots/meter-bar';
mkdirSync(SHOTS, { recursive: true });
const SETTINGS_KEY = 'the-empty-chair/settings';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** Whether the element's centre is inside the window and the element itself is what is drawn there. */
function uncovered(element: Locator): Promise<boolean> {
  return element.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return false;
    return el.contains(document.elementFromPoint(x, y));
  });
}

const guide = (page: Page) => page.locator('dialog[data-popover="meters"][open]');

describe('the meters explained from the meter bar', () => {
  for (const { name, size, text } of [
    { name: 'phone-360x640', size: { width: 360, height: 640 }, text: 'normal' },
    { name: 'phone-390x844', size: { width: 390, height: 844 }, text: 'normal' },
    { name: 'tablet-768x1024', size: { width: 768, height: 1024 }, text: 'normal' },
    { name: 'phone-360x640-larger-text', size: { width: 360, height: 640 }, text: 'larger' },
  ] as const) {
    it(`${name}: a button on the bar opens the guide, by keyboard, and gives the choices back`, async () => {
      session = await openBrowser(size);
      const { page, errors } = session;
      await page.goto(url);
      await waitForBoot(page);
      if (text !== 'normal') {
        await page.evaluate(
          ({ key, value }) => {
            localStorage.setItem(key, JSON.stringify({ version: 1, textSize: value }));
          },
          { key: SETTINGS_KEY, value: text },
        );
        await page.reload();
      }
      await page.getByRole('button', { name: 'New game' }).click();
      await page.getByRole('button', { name: /Trotsky/ }).click();
      await page.locator('[data-table][data-table-ready]').waitFor();
      // Further into the run: the story's own "Meters explained" has scrolled away with the text.
      const picked = await page.locator('[data-transcript] .picked').count();
      await pressChoiceKey(page, '1');
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-transcript] .picked').length > n,
        picked,
      );
      await waitForChoices(page);
      await page.locator('[data-choices] button').last().scrollIntoViewIfNeeded();
      expect(await uncovered(page.locator('.story-tools [data-meter-guide]'))).toBe(false);

      // The bar's button: in view, uncovered, named, and reached with the Tab key.
      const button = page.locator('.meters').getByRole('button', { name: 'Meters explained' });
      expect(await uncovered(button)).toBe(true);
      await page.locator('.masthead button').last().focus();
      let tabs = 0;
      while (tabs < 10 && !(await button.evaluate((b) => b === document.activeElement))) {
        await page.keyboard.press('Tab');
        tabs += 1;
      }
      expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);

      // Enter opens the guide: every meter, what it is, who it votes with, high and low.
      const place = await page.evaluate(() => window.scrollY);
      await page.keyboard.press('Enter');
      await guide(page).waitFor();
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
      const terms = await guide(page).locator('dt').allTextContents();
      expect(terms.map((t) => t.replace(/ \d+\b.*$/, ''))).toEqual([
        'Apparatus',
        'Left',
        'Right',
        'Army',
        "Lenin's mantle",
        'Suspicion',
      ]);
      const barGuide = await guide(page).locator('.popover-body').innerText();
      await page.screenshot({ path: `${SHOTS}/${name}-open.png` });
      expect(await axe(page), 'the guide open').toEqual([]);
      // The Close button stays at hand at the end of the guide (it is long on a phone).
      await guide(page).evaluate((dialog) => {
        dialog.scrollTop = dialog.scrollHeight;
      });
      expect(await uncovered(guide(page).locator('.popover-close'))).toBe(true);
      await page.screenshot({ path: `${SHOTS}/${name}-end.png` });

      // Escape closes it and gives focus back to the bar's button; the choices are uncovered.
      await page.keyboard.press('Escape');
      await guide(page)
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      expect(await page.locator('dialog[open]').count()).toBe(0);
      // The dialog's close event, which gives focus back and resets the button, comes a task later.
      await expect.poll(() => button.evaluate((b) => b === document.activeElement)).toBe(true);
      await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => window.scrollY)).toBe(place);
      const lastChoice = page.locator('[data-choices] button').last();
      await lastChoice.scrollIntoViewIfNeeded();
      expect(await uncovered(lastChoice)).toBe(true);

      // Its Close button closes it too, focus given back; its content is the story's own guide.
      await button.click();
      await guide(page).locator('.popover-close').click();
      expect(await page.locator('dialog[open]').count()).toBe(0);
      expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
      await page.locator('.story-tools [data-meter-guide]').click();
      expect(await guide(page).locator('.popover-body').innerText()).toBe(barGuide);
      await page.keyboard.press('Escape');
      expect(await page.locator('dialog[open]').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  }
});

/**
 * The bar's names at every text size: the game's largest, and the browser's own font enlarged (to 150%
 * and 200%, as a reader's browser setting makes it), from a small phone to a tablet. Every name shows
 * whole (on a phone the bar folds into two rows rather than cut "Mantle" to "Man…"), no two overlap,
 * nothing spills sideways, and the last choice still scrolls clear of the bar. The masthead above keeps
 * its buttons inside it (the name gives way to its mark), not pushed out over the table. And the story
 * keeps room to be read: at least four of its lines between what stays in view above and below it (on
 * a small phone with large text the strip and the bar then scroll with the page: readingRoom.ts), and no
 * word of a choice is split over two lines.
 */
describe('the masthead and the meter bar at every text size', () => {
  it('shows every meter whole, the last choice clear of it and the masthead whole, from a small phone to a tablet', async () => {
    session = await openBrowser({ width: 360, height: 640 });
    const { page, errors } = session;
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Trotsky/ }).click();
    await page.locator('[data-table][data-table-ready]').waitFor();
    const TEXT = [
      { name: 'normal', setting: 'normal', root: '' },
      { name: 'the game’s largest', setting: 'larger', root: '' },
      { name: 'the browser’s at 150%', setting: 'normal', root: '150%' },
      { name: 'the browser’s at 200%', setting: 'normal', root: '200%' },
    ] as const;
    for (const size of [
      { width: 320, height: 568 },
      { width: 360, height: 640 },
      { width: 390, height: 844 },
      { width: 600, height: 960 },
      { width: 768, height: 1024 },
    ]) {
      await page.setViewportSize(size);
      for (const text of TEXT) {
        const where = `${String(size.width)}×${String(size.height)}, text ${text.name}`;
        await page.evaluate(({ setting, root }) => {
          document.documentElement.dataset.textSize = setting;
          document.documentElement.style.fontSize = root;
        }, text);
        // Polled: the page lays itself out again over a frame or two after the window or the text changes
        // (the table redraws on its next step); what is measured is the state it settles in.
        const measure = () =>
          page.evaluate(() => {
            const names = [
              ...document.querySelectorAll<HTMLElement>('.meters .meter-short, .meters .meter-label'),
            ].filter((el) => getComputedStyle(el).display !== 'none');
            const boxes = names.map((el) => {
              const range = document.createRange();
              range.selectNodeContents(el);
              return range.getBoundingClientRect();
            });
            const overlapping = boxes.some((a, i) =>
              boxes.some(
                (b, j) =>
                  i < j &&
                  a.left < b.right - 0.5 &&
                  b.left < a.right - 0.5 &&
                  a.top < b.bottom &&
                  b.top < a.bottom,
              ),
            );
            const masthead = document.querySelector('.masthead')?.getBoundingClientRect();
            // The window's room for the story between what stays in view above it and below it.
            const panel = document.querySelector('.table-panel');
            const meters = document.querySelector('.table-panel .meters');
            const story = document.querySelector('.story');
            const above =
              panel && getComputedStyle(panel).position === 'sticky'
                ? panel.getBoundingClientRect().bottom
                : (masthead?.bottom ?? 0);
            const below =
              meters && getComputedStyle(meters).position === 'fixed'
                ? meters.getBoundingClientRect().top
                : window.innerHeight;
            const line = story ? Number.parseFloat(getComputedStyle(story).lineHeight) : Number.NaN;
            // A word of a choice split over two lines (its key left the words too little room).
            const brokenWords = [...document.querySelectorAll('[data-choices] .choice-text')].flatMap(
              (el) => {
                const text = el.firstChild;
                if (!(text instanceof Text)) return [];
                return [...text.data.matchAll(/\S+/g)]
                  .filter((word) => {
                    const range = document.createRange();
                    range.setStart(text, word.index);
                    range.setEnd(text, word.index + word[0].length);
                    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
                  })
                  .map((word) => word[0]);
              },
            );
            return {
              brokenWords,
              readingRoom: (below - above) / line >= 4 ? 'four lines or more' : (below - above) / line,
              mastheadWhole: [...document.querySelectorAll('.masthead > *')].every(
                (el) => !masthead || el.getBoundingClientRect().bottom <= masthead.bottom + 0.5,
              ),
              shown: names.length,
              cut: names.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
              overlapping,
              pageSpills: document.documentElement.scrollWidth > window.innerWidth,
              spills: [...document.querySelectorAll('.meters *')].some(
                (el) => el.getBoundingClientRect().right > window.innerWidth + 0.5,
              ),
              // What reaches past the window's edge, if anything does: named in a failure's message.
              pastTheEdge: [...document.querySelectorAll('body *:not(.act-overlay *)')]
                .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
                .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)
                .slice(0, 5),
            };
          });
        await expect.poll(measure, { message: where }).toEqual({
          brokenWords: [],
          readingRoom: 'four lines or more',
          mastheadWhole: true,
          shown: 6,
          cut: [],
          overlapping: false,
          pageSpills: false,
          spills: false,
          pastTheEdge: [],
        });
        // Scrolled to the end, the last choice has risen above the bar.
        const clear = await page.evaluate(() => {
          window.scrollTo(0, document.documentElement.scrollHeight);
          const choice = [...document.querySelectorAll('[data-choices] button')].at(-1);
          const bar = document.querySelector('.table-panel .meters');
          if (!choice || !bar) return null;
          // Where the text had too little room, the bar scrolls with the page, under the table: never over it.
          if (getComputedStyle(bar).position !== 'fixed')
            return bar.getBoundingClientRect().bottom <= choice.getBoundingClientRect().top ? 0 : -1;
          return bar.getBoundingClientRect().top - choice.getBoundingClientRect().bottom;
        });
        expect(clear, `${where}: the last choice scrolls clear of the bar`).toBeGreaterThanOrEqual(0);
      }
    }
    await page.setViewportSize({ width: 360, height: 640 });
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '150%';
    });
    await page.screenshot({ path: `${SHOTS}/phone-360x640-browser-text-150.png` });
    expect(errors).toEqual([]);
  });

  it("leaves out the act's sweeping band where the text has the window to itself, and folds the vote ahead's weights", async () => {
    session = await openBrowser({ width: 320, height: 568 }, { motion: 'full' });
    const { page, errors } = session;
    await page.goto(url);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Trotsky/ }).click();
    const band = page.locator('[data-act-overlay]');
    await band.waitFor({ state: 'attached' });
    // The mark follows the layout (a resize observer, a frame after the story is drawn): wait for it.
    await expect.poll(() => page.locator('.app').getAttribute('data-cramped')).toBe('');
    expect(await band.evaluate((el) => getComputedStyle(el).display)).toBe('none');
    // The vote ahead's weights fold too (their rows ran 124 pixels past the window's edge).
    await pressChoiceKey(page, '1');
    await page.locator('.forum-weights').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });
});
