/**
 * Updates that cannot strand a player, across real deploys. Two builds of the game (dist/ and a second
 * one, labelled differently, so its main script has another name) are served by a host of this test's
 * own that sends `Cache-Control: public, max-age=3600` on every file, as many hosts do by default, and
 * that can switch deploys, drop sw.js, or lose files.
 *
 * - Deploy A, play; deploy B: the page says a new version is ready (without moving focus from the
 *   choices) and, on "Reload now", runs B, with the run intact; with the HTTP cache emptied it still
 *   starts. The worker fetched B's index.html past the HTTP cache, which still held A's.
 * - Deploy A again, without sw.js: the old worker is retired, the page says a new version is ready, and
 *   a reload runs A from the host.
 * - A lazily loaded part gone from the host: the table says a reload fixes it (no recovery screen); if
 *   it fails again after the reload, the game's caches are emptied first, and the saves stay.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { openBrowser, type Session, waitForBoot, waitForChoices } from './browser.ts';
import { type StaticHost, staticHost } from './staticHost.ts';

const A = path.resolve('dist');
const B = path.resolve('dist-update-test');

/** The main script a deploy's index.html names. */
const entryOf = (root: string): string =>
  /<script\b[^>]*type="module"[^>]*src="([^"]+)"/.exec(
    readFileSync(path.join(root, 'index.html'), 'utf8'),
  )?.[1] ?? '';
const pageEntry = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.querySelector('script[type="module"][src]')?.getAttribute('src') ?? null);
const controlled = (page: Page): Promise<void> =>
  page
    .waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, {
      timeout: 30_000,
    })
    .then(() => undefined);

beforeAll(async () => {
  // The second deploy: the same game, labelled otherwise (VITE_BUILD_LABEL is in its main script).
  // Vitest sets NODE_ENV=test, which would make a development build (no service worker at all).
  const nodeEnv = process.env.NODE_ENV;
  process.env.VITE_BUILD_LABEL = 'update-test';
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', build: { outDir: B, emptyOutDir: true } });
  } finally {
    delete process.env.VITE_BUILD_LABEL;
    process.env.NODE_ENV = nodeEnv;
  }
  expect(entryOf(B)).not.toBe(entryOf(A));
}, 300_000);

let session: Session;
let site: StaticHost;
let base: string;
afterEach(async () => {
  await session.close();
  await new Promise((resolve) => site.server.close(resolve));
});

describe('with the service worker', () => {
  beforeEach(async () => {
    session = await openBrowser({ width: 1280, height: 800 }, { serviceWorkers: 'allow' });
    site = staticHost(A);
    base = await site.start();
  });

  it('two deploys under long cache headers: a new version is offered, never forced, and runs after a reload', async () => {
    const { page, context, errors } = session;
    const url = `${base}?renderer=canvas&seed=3`;
    await page.goto(url);
    await controlled(page);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Trotsky/ }).click();
    await page.locator('[data-choices] button').first().waitFor();
    // The HTTP cache now holds A's index.html for an hour.
    expect(await pageEntry(page)).toBe(entryOf(A));

    site.state.root = B;
    await page.reload();
    await waitForBoot(page);
    // Still A (nothing is swapped under the player), and told that B is ready.
    expect(await pageEntry(page)).toBe(entryOf(A));
    const bar = page.locator('[data-update="ready"]');
    await bar.waitFor();
    expect(await bar.innerText()).toContain('A new version of the game is ready');
    // B's worker stored B's index.html, fetched past the HTTP cache that still held A's.
    const cachedEntries = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.startsWith('workbox-precache')) ?? '');
      const pages = (await cache.keys()).filter((r) => new URL(r.url).pathname === '/index.html');
      return Promise.all(
        pages.map(
          async (r) =>
            /type="module"[^>]*src="([^"]+)"/.exec((await (await cache.match(r))?.text()) ?? '')?.[1],
        ),
      );
    });
    expect(cachedEntries).toContain(entryOf(B));

    // The bar never takes a key meant for a choice: "1" still chooses.
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForChoices(page);
    const before = await page.locator('[data-transcript] > *').count();
    await page.keyboard.press('1');
    await page.waitForFunction((n) => document.querySelectorAll('[data-transcript] > *').length > n, before);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-update]') ?? null)).toBeNull();
    const choices = await page.evaluate(
      () => JSON.parse(localStorage.getItem('the-empty-chair/autosave') ?? '{}') as { choiceLog?: number[] },
    );

    await bar.getByRole('button', { name: 'Reload now' }).click();
    await page.waitForFunction(
      (entry) => document.querySelector('script[type="module"][src]')?.getAttribute('src') === entry,
      entryOf(B),
    );
    await waitForBoot(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('[data-choices] button').first().waitFor();
    expect(
      await page.evaluate(
        () =>
          JSON.parse(localStorage.getItem('the-empty-chair/autosave') ?? '{}') as { choiceLog?: number[] },
      ),
    ).toMatchObject({ choiceLog: choices.choiceLog });

    // The HTTP cache emptied: the game still starts (B's index.html and scripts come from one cache).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await page.reload();
    await waitForBoot(page);
    expect(await pageEntry(page)).toBe(entryOf(B));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('[data-table][data-table-ready]').waitFor({ timeout: 30_000 });

    // Deploy A again, without a service worker: the worker is retired and the player told to reload.
    site.state.root = A;
    site.state.worker = false;
    await page.reload();
    await waitForBoot(page);
    await page.locator('[data-update="ready"]').waitFor();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(
      0,
    );
    await page.getByRole('button', { name: 'Reload now' }).click();
    await page.waitForFunction(
      (entry) => document.querySelector('script[type="module"][src]')?.getAttribute('src') === entry,
      entryOf(A),
    );
    await waitForBoot(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    expect(
      await page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('workbox'))),
    ).toEqual([]);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('[data-choices] button').first().waitFor();
    expect(await page.locator('[data-recovery]').count()).toBe(0);
    expect(errors.filter((e) => !/404|Failed to update a ServiceWorker|bad HTTP response/i.test(e))).toEqual(
      [],
    );
  });

  it('a part that fails again after a reload: the game’s caches are emptied, and the saves stay', async () => {
    const { page } = session;
    await page.goto(`${base}?renderer=canvas&seed=3`);
    await controlled(page);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Trotsky/ }).click();
    await page.locator('[data-table][data-table-ready]').waitFor({ timeout: 30_000 });
    const save = await page.evaluate(() => localStorage.getItem('the-empty-chair/autosave'));
    expect(save).not.toBeNull();
    // The table's files are lost from the cache (evicted, or damaged) and gone from the host.
    await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.startsWith('workbox-precache')) ?? '');
      for (const r of await cache.keys()) if (/mountTable-|phaser-/.test(r.url)) await cache.delete(r);
    });
    site.state.missing = /mountTable-|phaser-/;
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await page.reload();
    const failsAgain = async (): Promise<void> => {
      await waitForBoot(page);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.locator('[data-update="stale"]').waitFor();
      expect(await page.locator('[data-table]').innerText()).toContain('reload to get the new version');
      expect(await page.locator('[data-recovery]').count()).toBe(0);
    };
    await failsAgain();
    site.state.pages = 0;
    await page.getByRole('button', { name: 'Reload now' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-update]'));
    // The first reload is still the worker's: the page came from its cache, not from the host.
    await failsAgain();
    expect(site.state.pages).toBe(0);
    // The second retires the worker and empties its caches first: the page comes from the host.
    site.state.missing = null;
    await page.getByRole('button', { name: 'Reload now' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-update]'));
    await expect.poll(() => site.state.pages).toBeGreaterThan(0);
    await waitForBoot(page);
    expect(await page.evaluate(() => localStorage.getItem('the-empty-chair/autosave'))).toBe(save);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('[data-table][data-table-ready]').waitFor({ timeout: 30_000 });
  });
});

describe('without a service worker (a first visit, or a browser that forbids them)', () => {
  beforeEach(async () => {
    session = await openBrowser({ width: 390, height: 844 }, { serviceWorkers: 'block' });
    site = staticHost(A);
    base = await site.start();
  });

  it('an old page whose table a deploy removed says a reload fixes it, and the reload does', async () => {
    const { page, errors } = session;
    await page.goto(`${base}?renderer=canvas&seed=3`);
    await waitForBoot(page);
    site.state.root = B;
    site.state.missing = /mountTable-|phaser-/;
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Trotsky/ }).click();
    const bar = page.locator('[data-update="stale"]');
    await bar.waitFor();
    expect(await bar.innerText()).toContain('The game has been updated since this page was opened');
    expect(await page.locator('[data-recovery]').count()).toBe(0);
    // The Lab, opened from the same old page, says the same instead of the browser's message.
    site.state.missing = /mountTable-|phaser-|Lab-/;
    await page.getByRole('button', { name: 'What-if Lab' }).click();
    await page.locator('.tool-body').getByText('reload to get the new version').waitFor();
    site.state.missing = null;
    await bar.getByRole('button', { name: 'Reload now' }).click();
    await page.waitForFunction(
      (entry) => document.querySelector('script[type="module"][src]')?.getAttribute('src') === entry,
      entryOf(B),
    );
    await waitForBoot(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('[data-table][data-table-ready]').waitFor({ timeout: 30_000 });
    expect(errors.filter((e) => !/404|dynamically imported module/i.test(e))).toEqual([]);
  });
});

afterAll(() => {
  rmSync(B, { recursive: true, force: true });
});
