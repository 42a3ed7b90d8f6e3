/**
 * Offline: after one visit the whole game works with no network. The built game is served by a server
 * of this test's own; once the service worker controls the page, the server is shut down and the
 * browser is put offline, and the game must still load, draw its table and play a choice.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

import { preview } from 'vite';
import { expect, inject, it } from 'vitest';

import { sessionPerTest, waitForBoot } from './browser.ts';

const session = sessionPerTest(undefined, { serviceWorkers: 'allow' });

/** Every file of the build but the worker itself and source maps, as paths from the site's root. */
function builtFiles(dir = path.resolve('dist')): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => file !== 'sw.js' && !file.endsWith('.map'))
    .sort();
}

it("precaches every file of the build, each with the game's policy as a header", async () => {
  const { page } = session();
  await page.goto(`${inject('baseUrl')}?renderer=canvas`);
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, {
    timeout: 30_000,
  });
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('workbox-precache')) ?? '');
    const requests = await cache.keys();
    return Promise.all(
      requests.map(async (r) => {
        const url = new URL(r.url);
        url.searchParams.delete('__WB_REVISION__');
        const response = await cache.match(r);
        return {
          file: url.pathname.slice(1),
          csp: response?.headers.get('Content-Security-Policy') ?? '',
          vary: response?.headers.get('Vary') ?? null,
        };
      }),
    );
  });
  expect(cached.map((c) => c.file).sort()).toEqual(builtFiles());
  expect(cached.map((c) => c.file)).toContain('index.html');
  expect(cached.some((c) => /^assets\/phaser-.*\.js$/.test(c.file))).toBe(true);
  for (const c of cached) {
    expect(c.csp, c.file).toContain("script-src 'self'");
    expect(c.vary, c.file).toBeNull();
  }
});

it('plays with the network cut after the first visit', async () => {
  const { context, page, errors } = session();
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
  // The reloaded page is offline too: what the worker has not stored cannot be fetched. (It read
  // navigator.onLine, which Chromium's offline emulation does not always carry over a reload.)
  expect(
    await page.evaluate(() =>
      fetch(`/never-stored-${String(Date.now())}.txt`, { cache: 'no-store' }).then(
        () => 'fetched',
        () => 'failed',
      ),
    ),
  ).toBe('failed');
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
  // Offline, a request the worker does not answer fails and Chromium logs it: the probe above, and the
  // game's look for a new version when Chromium still says navigator.onLine (the game ignores the
  // failure). Nothing else may show an error.
  expect(errors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
});
