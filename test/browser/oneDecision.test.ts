/**
 * One decision per choice set: a double press 40 ms apart, a held number key, a held Enter on a focused
 * choice and a double click each take exactly one decision, on the protagonist screen and in the story.
 * The page records the real gap between the two key presses, so a machine too loaded to press twice
 * within the guard fails loudly instead of passing for the wrong reason.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';

import { sessionPerTest, waitForChoices } from './browser.ts';

const url = `${inject('baseUrl')}?renderer=canvas&seed=3`;
/** The game's guard (src/ui/decisionGate.ts): a second press this soon after a decision is ignored. */
const GUARD_MS = 250;

// Full motion: the presses land while the table and the act band animate, as they do for most players.
const session = sessionPerTest({ width: 1280, height: 800 }, { serviceWorkers: 'block', motion: 'full' });
beforeEach(async () => {
  // Every trusted key press the page sees, with its time, to check the gap the test meant to make.
  await session().context.addInitScript(() => {
    const log: number[] = [];
    (window as unknown as { keyTimes: number[] }).keyTimes = log;
    addEventListener(
      'keydown',
      (event) => {
        if (event.isTrusted && !event.repeat) log.push(event.timeStamp);
      },
      true,
    );
  });
});

/** Lines of the transcript that record a pick (the side, then each decision). */
const decisions = (page: Page): Promise<number> => page.locator('[data-transcript] .picked').count();
const keyTimes = (page: Page): Promise<number[]> =>
  page.evaluate(() => (window as unknown as { keyTimes: number[] }).keyTimes.slice());

async function startStory(page: Page): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: /Trotsky/ }).click();
  await waitForChoices(page);
}

/**
 * Two presses of a number key 40 ms apart, sent straight to the browser's input pipeline so that the
 * test's own round trips do not stretch the gap; returns the gap the page saw between them.
 */
async function doublePress(page: Page, key: string): Promise<number> {
  const before = (await keyTimes(page)).length;
  const cdp = await page.context().newCDPSession(page);
  const code = key.charCodeAt(0);
  const press = (): Promise<unknown>[] => [
    cdp.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key,
      code: `Digit${key}`,
      text: key,
      windowsVirtualKeyCode: code,
    }),
    cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key,
      code: `Digit${key}`,
      windowsVirtualKeyCode: code,
    }),
  ];
  const first = press();
  await new Promise((resolve) => setTimeout(resolve, 40)); // the player's own timing, not a wait for the page
  await Promise.all([...first, ...press()]);
  await cdp.detach();
  const times = (await keyTimes(page)).slice(before);
  expect(times).toHaveLength(2);
  const [a = 0, b = 0] = times;
  return b - a;
}

describe('one decision per choice set', () => {
  it('a 40 ms double press takes one decision, on the protagonist screen and in the story', async () => {
    const { page, errors } = session();
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).click();
    await waitForChoices(page);
    // The protagonist screen: the second press must not also take the story's first decision.
    const gap1 = await doublePress(page, '1');
    await waitForChoices(page);
    expect(gap1, 'the presses came too far apart to test anything').toBeLessThan(GUARD_MS);
    // The side is picked (it shows as the first line of the story) and no decision is taken yet.
    expect(await decisions(page)).toBe(1);

    const gap2 = await doublePress(page, '1');
    await waitForChoices(page);
    expect(gap2, 'the presses came too far apart to test anything').toBeLessThan(GUARD_MS);
    expect(await decisions(page)).toBe(2);

    // After the new choices are shown and the guard has passed, the next press is taken.
    await page.keyboard.press('1');
    await expect.poll(() => decisions(page)).toBe(3);
    expect(errors).toEqual([]);
  });

  it('a held number key takes one decision', async () => {
    const { page, errors } = session();
    await startStory(page);
    const before = await decisions(page);
    // Held for about a second: the browser sends a repeat every ~33 ms, each with repeat = true.
    await page.keyboard.down('1');
    for (let i = 0; i < 30; i++) {
      await page.waitForTimeout(33);
      await page.keyboard.down('1');
    }
    await page.keyboard.up('1');
    await waitForChoices(page);
    expect(await decisions(page)).toBe(before + 1);
    expect(errors).toEqual([]);
  });

  it('a held Enter on a focused choice, and a double click, each take one decision', async () => {
    const { page, errors } = session();
    await startStory(page);
    const before = await decisions(page);
    await page.locator('[data-choices] button').first().focus();
    await page.keyboard.down('Enter');
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(33);
      await page.keyboard.down('Enter');
    }
    await page.keyboard.up('Enter');
    await waitForChoices(page);
    expect(await decisions(page)).toBe(before + 1);

    await page.locator('[data-choices] button').first().dblclick();
    await waitForChoices(page);
    expect(await decisions(page)).toBe(before + 2);
    expect(errors).toEqual([]);
  });
});
