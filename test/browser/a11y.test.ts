/**
 * Accessibility in Chromium: axe-core finds no violations on any screen (title, protagonist, story with
 * choices and the table drawn, ending, the saves dialog, the recovery screen, a notice), at desktop
 * and phone sizes; and a screen-reader user gets the new text in a live region, focus on the new
 * choices and a spoken summary when the meters move.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { axe, pressChoiceKey, sessionPerTest, waitForBoot } from './browser.ts';

const url = `${inject('baseUrl')}?renderer=canvas&seed=3`;

const session = sessionPerTest();

async function choose(page: Page, key: string): Promise<void> {
  const before = await page.locator('[data-transcript] > *').count();
  await pressChoiceKey(page, key);
  await page.waitForFunction((n) => document.querySelectorAll('[data-transcript] > *').length > n, before);
}

const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const choice = el.closest('[data-choices]');
    return choice
      ? `choice ${String([...choice.querySelectorAll('button')].indexOf(el as HTMLButtonElement) + 1)}`
      : el.tagName;
  });

describe.each([
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
])('axe-core on every screen (%s)', (_size, viewport) => {
  it('finds no violations from the title to the ending', async () => {
    const { page, errors } = await session.reopen(viewport);
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    expect(await axe(page), 'title').toEqual([]);

    await page.getByRole('button', { name: 'Saves' }).click();
    await page.getByRole('dialog', { name: 'Saves' }).waitFor();
    expect(await axe(page), 'saves, empty').toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Trotsky/ }).waitFor();
    expect(await axe(page), 'protagonist').toEqual([]);

    await choose(page, '2');
    await page.locator('[data-table][data-table-ready]').waitFor();
    await choose(page, '1');
    // The act's title band fades in and out over the text (aria-hidden, 3 s): mid-fade its colours blend with
    // the page, so check the story once it has gone (its full-opacity colours pass: see the screens tests).
    await page.locator('.act-overlay').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await axe(page), 'story').toEqual([]);

    await page.getByRole('button', { name: 'Saves' }).click();
    await page.getByRole('button', { name: 'Save here in slot 1' }).click();
    expect(await axe(page), 'saves, naming a save').toEqual([]);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Delete slot 1' }).click();
    expect(await axe(page), 'saves, confirming a delete').toEqual([]);
    await page.keyboard.press('Escape');

    for (let turn = 0; turn < 80 && (await page.locator('[data-ending]').count()) === 0; turn++) {
      await choose(page, '1');
    }
    await page.locator('[data-ending]').waitFor();
    // A short last act may end while its title band is still fading (see above).
    await page.locator('.act-overlay').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await axe(page), 'ending').toEqual([]);

    await page.getByRole('button', { name: 'Debrief' }).click();
    await page.locator('[data-mattered="done"]').waitFor({ timeout: 60_000 });
    expect(await axe(page), 'debrief').toEqual([]);
    await page.getByRole('button', { name: 'Timeline' }).click();
    await page.locator('[data-timeline]').waitFor();
    expect(await axe(page), 'timeline').toEqual([]);
    await page
      .locator('.timeline-step')
      .nth(1)
      .getByRole('button', { name: 'Go back to this decision' })
      .click();
    await page.getByRole('button', { name: 'Timeline' }).click();
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.locator('.compare-table').waitFor();
    expect(await axe(page), 'timeline, comparing two roads').toEqual([]);
    await page.getByRole('button', { name: 'Back to the story' }).click();

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await axe(page), 'settings').toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'What-if Lab' }).click();
    await page.locator('select[data-decision]').first().waitFor();
    await page.getByLabel('Histories to simulate').fill('20');
    await page.getByRole('button', { name: 'Run' }).click();
    await page.locator('[data-ending-row]').first().waitFor({ timeout: 60_000 });
    expect(await axe(page), 'lab with results').toEqual([]);
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Endings' }).click();
    await page.locator('[data-ending-card]').first().waitFor();
    expect(await axe(page), 'endings gallery').toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);
});

describe('axe-core on the screens that appear when something is wrong', () => {
  it('finds no violations on a notice about a damaged save, or on the recovery screen', async () => {
    const { page } = session();
    await page.goto(url);
    await waitForBoot(page);
    await page.evaluate(() => {
      localStorage.setItem('the-empty-chair/autosave', '{"schemaVersion":1,');
      localStorage.setItem('the-empty-chair/slot/2', 'damaged');
    });
    await page.reload();
    await page.locator('.notice').getByText('could not be opened').waitFor();
    expect(await axe(page), 'title with a notice').toEqual([]);
    await page.getByRole('button', { name: 'Saves' }).click();
    await page.getByText('This save cannot be opened').waitFor();
    expect(await axe(page), 'saves with a damaged slot').toEqual([]);
    await page.keyboard.press('Escape');

    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('a test of the recovery screen');
      });
    });
    await page.getByRole('heading', { name: 'Something went wrong' }).waitFor();
    expect(await axe(page), 'recovery').toEqual([]);
  });
});

describe('a screen-reader and keyboard user', () => {
  it('hears the new text, lands on the new choices and hears the meters move', async () => {
    const { page, errors } = session();
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /Stalin/ }).waitFor();
    await choose(page, '2');
    expect(await focused(page)).toBe('choice 1');

    const transcript = page.locator('[data-transcript]');
    expect(await transcript.getAttribute('aria-live')).toBe('polite');
    expect(await transcript.getAttribute('aria-relevant')).toBe('additions');
    const news = page.locator('[data-meter-news]');
    expect(await news.getAttribute('role')).toBe('status');

    let heardMeters = false;
    for (let turn = 0; turn < 6; turn++) {
      // Earlier text stays in place (the same nodes), so only the new text is announced.
      await transcript
        .locator(':scope > *')
        .first()
        .evaluate((el) => {
          el.setAttribute('data-old', '');
        });
      const count = await transcript.locator(':scope > *').count();
      await choose(page, '1');
      expect(await transcript.locator(':scope > *').first().getAttribute('data-old')).toBe('');
      expect(await transcript.locator(':scope > [data-old]').count()).toBe(1);
      expect(await transcript.locator(':scope > *').count()).toBeGreaterThan(count);
      // Focus is on the first of the new choices.
      expect(await focused(page)).toBe('choice 1');

      const said = await news.textContent();
      if (said) {
        heardMeters = true;
        // "Apparatus +8, now 56 (patronage)." matches the meter's value.
        const match = /^(\S[^+−]*) ([+−])(\d+), now (\d+) \(/.exec(said);
        expect(match, said).not.toBeNull();
        const meter = page.getByRole('meter', { name: match?.[1] ?? '' });
        expect(await meter.getAttribute('aria-valuenow')).toBe(match?.[4]);
      }
    }
    expect(heardMeters).toBe(true);
    expect(errors).toEqual([]);
  });
});
