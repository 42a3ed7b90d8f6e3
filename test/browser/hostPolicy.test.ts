/**
 * A host whose own Content-Security-Policy header leaves out data: (which Phaser's built-in textures
 * need): the table cannot be drawn, and the game says so quietly and plays on in text, with no recovery
 * screen. The policy is added to the page's response here, as such a host would send it.
 */
import { expect, inject, it } from 'vitest';

import { sessionPerTest, waitForChoices } from './browser.ts';

const HOST_POLICY = "default-src 'self'; img-src 'self' blob:; style-src 'self'; script-src 'self'";

const session = sessionPerTest({ width: 1280, height: 800 }, { serviceWorkers: 'block' });

for (const renderer of ['canvas', 'auto']) {
  it(`without data: the table gives way quietly (${renderer})`, async () => {
    const { page } = session();
    await page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({
          response,
          headers: { ...response.headers(), 'content-security-policy': HOST_POLICY },
        });
      },
    );
    await page.goto(`${inject('baseUrl')}?renderer=${renderer}&seed=3`);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Trotsky/ }).click();
    await page.locator('[data-table][data-table-error]').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.locator('[data-table]').innerText()).toContain('The game plays on in text');
    expect(await page.locator('[data-recovery]').count()).toBe(0);
    // And it plays on.
    await waitForChoices(page);
    const before = await page.locator('[data-transcript] > *').count();
    await page.keyboard.press('1');
    await page.waitForFunction((n) => document.querySelectorAll('[data-transcript] > *').length > n, before);
    expect(await page.locator('[data-recovery]').count()).toBe(0);
  });
}
