/**
 * Never lose a run, in the browser: two tabs of one browser playing at once, a storage filled by
 * something else, a rewind after opening a shared link, and a story that fails while a good save (of
 * an earlier version) is replayed. Each ends with every run still there (the autosave, or "Kept aside" in the Saves dialog).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { encodeShareFragment } from '../../src/core/shareLink.ts';
import { pressChoiceKey, sessionPerTest, waitForBoot, waitForChoices } from './browser.ts';

const base = inject('baseUrl');
const url = `${base}?renderer=canvas&seed=3`;
const AUTOSAVE = 'the-empty-chair/autosave';
const STORY = /\/assets\/story-[0-9a-f]+\.json$/;

interface StoredSave {
  seed: number;
  choiceLog: number[];
  storyHash: string;
}

const session = sessionPerTest({ width: 1280, height: 800 }, { serviceWorkers: 'block' });

const decisions = (page: Page): Promise<number> => page.locator('[data-transcript] .picked').count();

async function decide(page: Page, key = '1'): Promise<void> {
  const before = await decisions(page);
  await pressChoiceKey(page, key);
  await expect.poll(() => decisions(page)).toBe(before + 1);
}

async function newRun(page: Page, side: RegExp, turns: number): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: side }).click();
  for (let i = 0; i < turns; i++) await decide(page);
}

const autosave = (page: Page): Promise<StoredSave | null> =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as StoredSave | null, AUTOSAVE);

/** Every kept save, read the way the game reads them: why it was kept, and the run inside. */
const kept = (page: Page): Promise<{ why: string; save: StoredSave | null }[]> =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => /^the-empty-chair\/kept\/\d{4}-/.test(k))
      .map((k) => {
        const entry = JSON.parse(localStorage.getItem(k) ?? '{}') as { why: string; save: string };
        try {
          return { why: entry.why, save: JSON.parse(entry.save) as StoredSave };
        } catch {
          return { why: entry.why, save: null };
        }
      }),
  );

const savesDialog = (page: Page) => page.getByRole('dialog', { name: 'Saves' });

describe('two tabs', () => {
  it('the second tab says another is playing; both play at once as separate runs, and one can take over', async () => {
    const { context, page: first, errors } = session();
    await newRun(first, /Stalin/, 1);

    const second = await context.newPage();
    await second.goto(url);
    await waitForBoot(second);
    await second.getByRole('button', { name: 'Continue' }).click();
    const question = second.getByRole('dialog', { name: 'Another tab is playing' });
    await question.waitFor();
    await question.getByRole('button', { name: 'Play on here as a separate run' }).click();
    await question.waitFor({ state: 'hidden' });

    // Both tabs decide at the same moment.
    await Promise.all([waitForChoices(first), waitForChoices(second)]);
    const [a, b] = [await decisions(first), await decisions(second)];
    await Promise.all([first.keyboard.press('1'), second.keyboard.press('2')]);
    await expect.poll(() => decisions(first)).toBe(a + 1);
    await expect.poll(() => decisions(second)).toBe(b + 1);

    const main = await autosave(first);
    const apart = (await kept(first)).filter((k) => k.why === 'separate-tab');
    expect(main?.choiceLog).toHaveLength(3);
    expect(apart).toHaveLength(1);
    expect(apart[0]?.save?.choiceLog).toHaveLength(3);
    expect(apart[0]?.save?.choiceLog.at(-1)).not.toBe(main?.choiceLog.at(-1));

    // The separate run is listed, with why, in the Saves dialog.
    await second.getByRole('button', { name: 'Saves' }).click();
    await savesDialog(second).getByText('It was played on in a second tab, as a separate run.').waitFor();
    await second.keyboard.press('Escape');

    // A third tab takes over: the first is told at once, and its run is the autosave the third goes on from.
    const third = await context.newPage();
    await third.goto(url);
    await waitForBoot(third);
    await third.getByRole('button', { name: 'Continue' }).click();
    await third
      .getByRole('dialog', { name: 'Another tab is playing' })
      .getByRole('button', { name: 'Take over here' })
      .click();
    await first.getByRole('dialog', { name: 'Another tab took over' }).waitFor();
    // The first tab's keys no longer choose while it asks.
    const before = await decisions(first);
    await first.keyboard.press('1');
    expect(await decisions(first)).toBe(before);
    await decide(third);
    expect((await autosave(third))?.choiceLog).toHaveLength(4);
    expect(errors).toEqual([]);
  });
});

describe('a storage filled by something else', () => {
  it('still shows every save, says what to do, and plays on', async () => {
    const { page, errors } = session();
    await newRun(page, /Trotsky/, 2);
    await page.getByRole('button', { name: 'Saves' }).click();
    await savesDialog(page).getByRole('button', { name: 'Save here in slot 1' }).click();
    await page.keyboard.press('Enter');
    await savesDialog(page).getByText('Saved in slot 1').waitFor();
    await page.keyboard.press('Escape');
    const saved = await autosave(page);

    // Another key fills the site's storage to the last byte: even the game's own probe is refused.
    await page.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20);
      for (let i = 0; chunk.length > 0; i++) {
        try {
          localStorage.setItem(`someone-else/${String(i)}`, chunk);
        } catch {
          chunk = chunk.slice(0, chunk.length >> 1);
        }
      }
    });
    expect(
      await page.evaluate(() => {
        try {
          localStorage.setItem('the-empty-chair/probe', '1');
          return 'stored';
        } catch {
          return 'refused';
        }
      }),
    ).toBe('refused');

    await page.reload();
    await waitForBoot(page);
    await expect
      .poll(() => page.locator('.notice').innerText())
      .toMatch(/New progress cannot be saved: .*full/);
    expect(await page.locator('.notice').innerText()).toContain('Export your run to a file');
    await page.getByRole('button', { name: 'Saves' }).click();
    await savesDialog(page)
      .getByText(/New progress cannot be saved/)
      .waitFor();
    expect(await savesDialog(page).getByRole('button', { name: 'Load slot 1' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Continue' }).click();
    await decide(page);
    // The write may fit or not (a value can shrink); either way the run is the same one, never lost.
    const after = await autosave(page);
    expect(after?.choiceLog.slice(0, saved?.choiceLog.length)).toEqual(saved?.choiceLog);
    expect(errors.filter((e) => !/quota/i.test(e))).toEqual([]);
  });
});

describe('a shared link', () => {
  it('rewinding it keeps the player’s own run, listed with why, and restorable', async () => {
    const { page, errors } = session();
    await newRun(page, /Stalin/, 2);
    const own = await autosave(page);
    if (!own) throw new Error('no autosave');
    const link = encodeShareFragment({ seed: 5, choiceLog: [0, 0, 0], story: own.storyHash });
    await page.goto(`${url}&from=link${link}`);
    await page.getByText('You are watching a shared run').waitFor();
    await page.getByRole('button', { name: 'Timeline' }).click();
    await page
      .locator('[data-timeline] .timeline-step')
      .first()
      .getByRole('button', { name: 'Go back to this decision' })
      .click();
    await page.getByText('was kept aside, not overwritten').waitFor();
    expect((await autosave(page))?.seed).toBe(5);
    expect(await kept(page)).toEqual([
      { why: 'shared-run', save: expect.objectContaining(own) as StoredSave },
    ]);

    await page.reload();
    await waitForBoot(page);
    await page.getByRole('button', { name: 'Saves' }).click();
    const row = savesDialog(page).locator('.saves-kept .saves-row').first();
    await row.getByText('You played on from a shared run while it was the autosave.').waitFor();
    expect(await row.locator('h3').innerText()).toMatch(/Stalin, 2 decisions/i);
    await row.getByRole('button', { name: /^Restore/ }).click();
    await waitForChoices(page);
    expect((await autosave(page))?.choiceLog).toEqual(own.choiceLog);
    // The shared run it replaced is kept in its turn.
    expect((await kept(page)).map((k) => [k.why, k.save?.seed])).toEqual([['loaded', 5]]);
    expect(errors).toEqual([]);
  });
});

describe('a story that fails during Continue', () => {
  it('is the game’s fault: no ink text, the save stays where it is, and the game still starts', async () => {
    const { page, errors } = session();
    await newRun(page, /Trotsky/, 1);
    // A save of this version is resumed from its ink state without playing the story; one of another
    // version is replayed from its choices, and that is where a story can fail.
    await page.evaluate((key) => {
      const save = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
      localStorage.setItem(key, JSON.stringify({ ...save, storyHash: 'an-older-story' }));
    }, AUTOSAVE);
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    // The same story version with a fault on Trotsky's road (ink: "RUNTIME WARNING: … Variable not found").
    const response = await page.request.get(
      await page.evaluate(
        () => document.querySelector<HTMLLinkElement>('link[rel="preload"][href*="story-"]')?.href ?? '',
      ),
    );
    const story = await response.text();
    // Every divert into the prologue: the first in the JSON is the debug jump's, which no player takes.
    const broken = story.replaceAll(
      '{"->":"trotsky_prologue"}',
      '"ev",{"VAR?":"no_such_variable"},"pop","/ev",{"->":"trotsky_prologue"}',
    );
    expect(broken).not.toBe(story);
    await page.route(STORY, (route) =>
      route.fulfill({ status: 200, body: broken, contentType: 'application/json' }),
    );
    await page.reload();
    await waitForBoot(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    const notice = page.locator('.notice');
    await expect.poll(() => notice.innerText()).toContain('a fault in its story');
    const text = await notice.innerText();
    expect(text).toContain('Your save is kept as it is');
    expect(text).not.toMatch(/ink|runtime|warning|variable/i);
    expect(await page.locator('[data-recovery]').count()).toBe(0);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
    // Fixed story, same save: it plays.
    await page.unroute(STORY);
    await page.reload();
    await waitForBoot(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForChoices(page);
    expect(errors).toEqual([]);
  });
});
