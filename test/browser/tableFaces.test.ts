/**
 * No table of bare nameplates: until the portraits' files have arrived and been drawn, the table shows
 * its room, cloth and meters but no seat; then every seat comes with its face and nameplate. The art's
 * requests are held back here, as a slow network would. Screenshots in test-results/screenshots/table-faces/.
 */
import { mkdirSync } from 'node:fs';

import { afterEach, describe, expect, inject, it } from 'vitest';

import { openBrowser, type Session, tableStatus } from './browser.ts';

const url = `${inject('baseUrl')}?renderer=canvas&seed=3`;
const SHOTS = 'test-results/screenshots/table-faces';
mkdirSync(SHOTS, { recursive: true });

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('the table waits for its faces', () => {
  it('draws no seat before the portraits are ready, then every seat with its face', async () => {
    session = await openBrowser({ width: 1280, height: 800 });
    const { page, errors } = session;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let requests = 0;
    await page.route(/\/assets\/[^/]+\.svg$/, async (route) => {
      requests += 1;
      await held;
      await route.continue();
    });
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Trotsky/ }).click();
    // The table's first frame comes without waiting for the art, with no seat drawn.
    await page.locator('[data-table][data-table-ready]').waitFor();
    await expect.poll(() => requests).toBeGreaterThan(0);
    const waiting = await tableStatus(page);
    expect(waiting.tableFaces).toBe('loading');
    expect(JSON.parse(waiting.tableLabels ?? '')).toEqual([]);
    expect((waiting.tableSeated ?? '').split(' ').length).toBeGreaterThan(5);
    await page.locator('[data-table]').screenshot({ path: `${SHOTS}/waiting.png` });

    release();
    await expect.poll(async () => (await tableStatus(page)).tableFaces).toBe('shown');
    const shown = await tableStatus(page);
    const plates = (JSON.parse(shown.tableLabels ?? '') as { member: string }[]).map((l) => l.member);
    for (const member of (shown.tableSeated ?? '').split(' ')) expect(plates).toContain(member);
    await expect.poll(async () => (await tableStatus(page)).tableAnimating).toBe('');
    await page.locator('[data-table]').screenshot({ path: `${SHOTS}/shown.png` });
    expect(errors).toEqual([]);
  });
});
