/**
 * Offline: after one visit the whole game works with no network. The built game is served by a server
 * of this test's own; once the service worker controls the page, the server is shut down and the
 * browser is put offline, and the game must still load, draw its table and play a choice.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { preview } from 'vite';
import { afterEach, beforeEach, expect, it } from 'vitest';

import { listFiles, SERVICE_WORKER_FILE } from '../../src/tools/vitePluginServiceWorker.ts';
import { openBrowser, type Session, waitForBoot } from './browser.ts';

let session: Session;
beforeEach(async () => {
  session = await openBrowser();
});
afterEach(async () => {
  await session.close();
});

it('precaches every file of the build', () => {
  const worker = readFileSync(path.resolve('dist', SERVICE_WORKER_FILE), 'utf8');
  const list = JSON.parse(/const PRECACHE = (\[[\s\S]*?\]);/.exec(worker)?.[1] ?? '[]') as string[];
  const built = listFiles(path.resolve('dist')).filter(
    (f) => f !== SERVICE_WORKER_FILE && !f.endsWith('.map'),
  );
  expect(list).toEqual(built);
  expect(list).toContain('index.html');
  expect(list.some((f) => /^assets\/phaser-.*\.js$/.test(f))).toBe(true);
  expect(worker).toMatch(/const CACHE_NAME = "the-empty-chair-[0-9a-f]{12}";/);
});

it('plays with the network cut after the first visit', async () => {
  const { context, page, errors } = session;
  const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  const url = `${server.resolvedUrls?.local[0] ?? ''}?renderer=canvas&seed=3`;
  try {
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    // The worker installs (storing every file), activates and takes control of this page.
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, {
      timeout: 30_000,
    });
  } finally {
    await server.close();
  }
  await context.setOffline(true);
  expect(
    await page.evaluate(() =>
      fetch('/favicon.svg', { cache: 'no-store' }).then(
        () => 'served',
        () => 'failed',
      ),
    ),
  ).toBe('served');

  await page.reload();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: /Trotsky/ }).click();
  const before = await page.locator('[data-transcript] > *').count();
  await page.locator('[data-choices] button').first().click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-transcript] > *').length > n, before);
  // Phaser, loaded lazily, comes from the cache too.
  await page.locator('[data-table][data-table-ready]').waitFor();
  // A page never visited with this query string is the same game.
  await page.goto(`${url}&again=1`);
  await waitForBoot(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  const resumed = await page
    .locator('[data-choices] button')
    .first()
    .waitFor()
    .then(() => true)
    .catch(() => false);
  // If it did not resume, say what the page shows instead (a notice, the recovery screen, an error).
  const shown = resumed
    ? ''
    : await page.evaluate(() => document.querySelector('[data-screen]')?.textContent.slice(0, 300) ?? '');
  expect(resumed, `${shown} ${errors.join(' | ')}`).toBe(true);
  expect(errors).toEqual([]);
});
