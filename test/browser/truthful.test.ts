/**
 * Errors told truthfully, and ways out that work: a story request that hangs is given up after 15 s with
 * a plain message and a reload; a network login page in place of the story is met the same way; every
 * recovery screen has a reload that works; a share link pasted into an open game is honoured, and one from
 * another version of the story says so.
 */
import { describe, expect, inject, it } from 'vitest';

import { encodeShareFragment } from '../../src/core/shareLink.ts';
import { sessionPerTest, waitForBoot } from './browser.ts';

const base = inject('baseUrl');
const url = `${base}?renderer=canvas&seed=3`;
const STORY = /\/assets\/story-[0-9a-f]+\.json$/;

const session = sessionPerTest({ width: 1280, height: 800 }, { serviceWorkers: 'block' });

describe('a story that does not come', () => {
  it('hangs: after 15 seconds the page says so and offers a reload', async () => {
    const { page } = session();
    await page.clock.install();
    // The request is never answered.
    await page.route(STORY, () => undefined);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.clock.runFor(14_000);
    expect(await page.locator('[data-recovery]').count()).toBe(0);
    await page.clock.runFor(2_000);
    await page.getByRole('heading', { name: 'Something went wrong' }).waitFor();
    expect(await page.locator('[data-recovery] .report').textContent()).toContain(
      'did not arrive within 15 seconds',
    );
    await page.unroute(STORY);
    await page.getByRole('button', { name: 'Reload the game' }).click();
    await page.getByRole('button', { name: 'New game' }).waitFor();
  });

  it('is a network login page: the page says the story did not load and offers a reload that works', async () => {
    const { page } = session();
    await page.route(STORY, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<html><body>Log in to the Wi-Fi</body></html>',
      }),
    );
    await page.goto(url);
    await page.getByText('its story did not load').waitFor();
    expect(await page.locator('[data-recovery] .report').textContent()).toContain('network login page');
    await page.unroute(STORY);
    await page.getByRole('button', { name: 'Reload the game' }).click();
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Stalin/ }).waitFor();
  });
});

it('every recovery screen has a reload that works', async () => {
  const { page } = session();
  await page.goto(url);
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: /Trotsky/ }).waitFor();
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('a real fault');
    });
  });
  await page.getByRole('heading', { name: 'Something went wrong' }).waitFor();
  await page.getByRole('button', { name: 'Reload the game' }).click();
  await page.getByRole('button', { name: 'New game' }).waitFor();
  expect(await page.locator('[data-recovery]').count()).toBe(0);
});

it('honours a share link pasted into an open game', async () => {
  const { page } = session();
  await page.goto(url);
  await waitForBoot(page);
  const storyHash = await page.evaluate(
    () =>
      /story-([0-9a-f]+)\.json/.exec(
        document.querySelector('link[href*="story-"]')?.getAttribute('href') ?? '',
      )?.[1] ?? '',
  );
  const link = encodeShareFragment({ seed: 5, choiceLog: [0, 0], story: storyHash });
  await page.evaluate((hash) => {
    location.hash = hash;
  }, link);
  await page.getByText('You are watching a shared run').waitFor();
  expect(await page.locator('[data-choices] button').count()).toBeGreaterThan(0);
  expect(await page.locator('.notice').innerText()).not.toContain('different version');
  // A link made by another version of the story says so as it opens.
  await page.evaluate(
    (hash) => {
      location.hash = hash;
    },
    encodeShareFragment({ seed: 6, choiceLog: [1, 0], story: 'abcdef12' }),
  );
  await page.getByText('This link was made with a different version of the story').waitFor();
});
