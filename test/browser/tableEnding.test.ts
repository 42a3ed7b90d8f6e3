/**
 * The table at an ending shows the run's final state. In a run whose last choice brings a forum's vote
 * and the ending in one beat, the table plays that vote (cards and tally, when it moves), then shows the
 * ending (no tally, no card left up), seats who the poster seats, gives the head of the table to the
 * poster's head, and keeps the names of everyone gone since the run began struck over their empty
 * chairs, the ending's line in its middle clear of every nameplate. Without motion it shows the end at
 * once. On a desktop and on a phone; screenshots in
 * test-results/screenshots/table-ending/.
 */
import { mkdirSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';

import { openBrowser, pressChoiceKey, type Session, tableOverlaps, tableStatus } from './browser.ts';
import { endingAfterVote, shareLink } from './endingRoutes.ts';

const base = `${inject('baseUrl')}?renderer=canvas`;
const SHOTS = 'test-results/screenshots/table-ending';
mkdirSync(SHOTS, { recursive: true });

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const status = tableStatus;

const members = (page: Page, selector: string): Promise<string[]> =>
  page
    .locator(selector)
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.member ?? '').sort());

describe('the table at an ending', () => {
  const route = endingAfterVote('Trotsky');

  for (const { name, size, motion } of [
    { name: 'desktop', size: { width: 1280, height: 800 }, motion: 'full' },
    { name: 'phone', size: { width: 390, height: 844 }, motion: 'reduce' },
  ] as const) {
    it(`shows the run's final state, not the last vote's tally (${name}, motion: ${motion})`, async () => {
      expect(route, 'a run whose last choice brings a vote and the end').not.toBeNull();
      if (!route) return;
      const { ending } = route;
      session = await openBrowser(size, { motion });
      const { page, errors } = session;
      // The run up to its last choice, then that choice, played.
      await page.goto(`${base}${shareLink(route.seed, route.choices.slice(0, -1))}`);
      await page.locator('[data-table][data-table-ready]').waitFor();
      await expect.poll(async () => (await status(page)).tableAnimating).toBe('');
      await expect.poll(async () => (await status(page)).tableFaces).toBe('shown');
      const before = await status(page);
      const votes = await page.locator('[data-transcript] .vote').count();
      await pressChoiceKey(page, String(route.lastButton + 1));
      await page.locator(`[data-ending="${ending}"]`).waitFor();
      // The beat that ends the run brings a vote.
      expect(await page.locator('[data-transcript] .vote').count()).toBe(votes + 1);

      await expect.poll(async () => (await status(page)).tableEnding, { timeout: 20_000 }).toBe(ending);
      const end = await status(page);
      // The vote was seen at the table when it moves; at the end nothing of it is left up.
      expect(Number(end.tableVotes)).toBe(Number(before.tableVotes) + (motion === 'reduce' ? 0 : 1));
      expect(end.tableCards).toBe('');
      expect(JSON.parse(end.tableCardBoxes ?? '[]')).toEqual([]);
      // Who sits there and who is gone, as the poster has it.
      const seated = await members(
        page,
        '.poster-stage .poster-seat:is([data-fate="you"], [data-fate="seated"], [data-fate="candidate"])',
      );
      expect((end.tableSeated ?? '').split(' ').sort()).toEqual(seated);
      const gone = await members(page, '.poster-stage [data-fate="gone"]');
      const plates = (JSON.parse(end.tableLabels ?? '[]') as { member: string }[]).map((l) => l.member);
      for (const member of gone) expect(plates, `${member}'s struck name`).toContain(member);
      const head = await members(page, '.poster-stage .poster-head:not(.poster-head-empty) .poster-seat');
      expect(end.tableSpeaker).toBe(head[0] ?? '');

      await expect.poll(async () => (await status(page)).tableAnimating).toBe('');
      // The ending's line in the table's middle ("THE END · … AT THE HEAD") clear of every nameplate.
      expect(await tableOverlaps(page)).toEqual([]);
      expect(JSON.parse(end.tableDetail ?? '[]')).toHaveLength(1);
      await page.locator('[data-table]').scrollIntoViewIfNeeded();
      await page.locator('[data-table]').screenshot({ path: `${SHOTS}/${ending}-${name}.png` });
      expect(errors).toEqual([]);
    });
  }
});
