/**
 * Every screen, on a laptop and on a phone, saved as screenshots for people to look at (CI keeps
 * test-results/ as artifacts), and the settings that change them: persisted, validated, applied.
 */
import { mkdirSync } from 'node:fs';

import storyJson from '../../story/main.ink';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';

import { playthrough } from '../../src/sim/playthrough.ts';
import { openBrowser, pressChoiceKey, type Session, waitForBoot, waitForChoices } from './browser.ts';
import { shareLink } from './endingRoutes.ts';

const url = `${inject('baseUrl')}?renderer=canvas&seed=3`;
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

const SETTINGS_KEY = 'the-empty-chair/settings';

/** A road to an ending: Stalin takes the first choice at every decision, with the seed `url` gives new games. */
const firstChoiceRoad = playthrough(storyJson, {
  seed: 3,
  policy: (beat) => {
    const named = beat.choices.findIndex((c) => c.protagonist === 'Stalin');
    return named >= 0 ? named : 0;
  },
});

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

async function open(viewport = { width: 1280, height: 800 }): Promise<Session> {
  // Full motion: these tests see the act band and follow the device's motion setting.
  session = await openBrowser(viewport, { motion: 'full' });
  return session;
}

const transcriptLength = (page: Page): Promise<number> => page.locator('[data-transcript] > *').count();

/** Waits until the page's finite CSS animations and transitions have finished (before a screenshot). */
const settled = (page: Page): Promise<unknown> =>
  page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );

/** New game, then the protagonist; waits for the story's first choices. */
async function start(page: Page, protagonist: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: protagonist }).click();
  await page.locator('[data-choices] button').first().waitFor();
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).waitFor();
}

/** A setting's radio button, found by its group (Text size, Motion, Contrast) and its label. */
const radio = (page: Page, group: string, label: string) =>
  page.getByRole('group', { name: group }).getByRole('radio', { name: label, exact: true });

const htmlAttributes = (page: Page): Promise<Record<string, string | null>> =>
  page.evaluate(() => {
    const html = document.documentElement;
    return Object.fromEntries(
      ['data-text-size', 'data-motion', 'data-contrast', 'data-sound'].map((n) => [n, html.getAttribute(n)]),
    );
  });

const rootFontSize = (page: Page): Promise<number> =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

describe.each([
  { width: 1280, height: 800, name: 'desktop' },
  { width: 390, height: 844, name: 'phone' },
])('every screen at $width×$height', ({ width, height, name }) => {
  const shot = (page: Page, screen: string, fullPage = false) =>
    page.screenshot({ path: `${SHOTS}/screens-${screen}-${name}.png`, fullPage });

  it('title, protagonist, act card, story, settings, high contrast and an ending', async () => {
    const { page, errors } = await open({ width, height });
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    expect(await page.locator('.app').getAttribute('data-view')).toBe('title');
    await shot(page, 'title');

    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Stalin/ }).waitFor();
    expect(await page.locator('.protagonist-card').count()).toBe(2);
    await shot(page, 'protagonist', true);

    // The act opens with a band across the screen that does not take focus, then a card in the text.
    await page.getByRole('button', { name: /Stalin/ }).click();
    const overlay = page.locator('[data-act-overlay]');
    // Read as soon as the band is up (on a loaded machine it may be gone by the next round trip).
    const band = await page.waitForFunction(() => {
      const el = document.querySelector('[data-act-overlay]');
      return el && { hidden: el.getAttribute('aria-hidden'), pointer: getComputedStyle(el).pointerEvents };
    });
    expect(await band.jsonValue()).toEqual({ hidden: 'true', pointer: 'none' });
    await settled(page); // the band's entrance
    await shot(page, 'act-overlay');
    await overlay.waitFor({ state: 'detached' });
    const card = page.locator('[data-transcript] .act-card').first();
    expect(await card.getAttribute('data-act')).toBe("Prologue — Lenin's Last Struggle");
    expect(await card.textContent()).toContain('18 December 1922');
    await page.locator('[data-table][data-table-ready]').waitFor();
    await settled(page); // the meters' opening animation
    await shot(page, 'act-card');

    // Mid-act: one decision taken, its consequences and the meters moved.
    const before = await transcriptLength(page);
    await pressChoiceKey(page, '1');
    await expect.poll(() => transcriptLength(page)).toBeGreaterThan(before);
    expect(await page.locator('[data-transcript] .shift').count()).toBeGreaterThan(0);
    expect(await page.locator('[role="meter"]').count()).toBe(6);
    await settled(page);
    await shot(page, 'story');

    await openSettings(page);
    await shot(page, 'settings');
    await radio(page, 'Contrast', 'High').check();
    await page.keyboard.press('Escape');
    expect(await htmlAttributes(page)).toMatchObject({ 'data-contrast': 'high' });
    await shot(page, 'story-high-contrast');
    await openSettings(page);
    await radio(page, 'Contrast', 'Normal').check();
    await page.keyboard.press('Escape');
    expect(await htmlAttributes(page)).toMatchObject({ 'data-contrast': 'normal' });

    // A road to an ending, in a new page: Stalin takes the first choice at every decision (no run ends before
    // its third decision, so there is no one-click road any more). The road up to its last decision arrives
    // from a share link (pressed through at full motion, it was most of this test's time; play.test plays
    // whole runs by key), and the last decision is taken here, which makes the run the player's own.
    expect(firstChoiceRoad.ending).not.toBeNull();
    await page.goto('about:blank');
    await page.goto(`${url}${shareLink(3, firstChoiceRoad.choices.slice(0, -1))}`);
    await pressChoiceKey(page, '1');
    const ending = page.locator('[data-ending]');
    await ending.waitFor();
    expect(await ending.getAttribute('data-ending')).toBe(firstChoiceRoad.ending);
    await ending.evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
    });
    await settled(page);
    await shot(page, 'ending');
    await page.evaluate(() => {
      document.documentElement.setAttribute('data-contrast', 'high');
    });
    await shot(page, 'ending-high-contrast');

    await page.getByRole('button', { name: 'Title screen' }).click();
    await page.getByRole('button', { name: 'Continue' }).waitFor();
    await shot(page, 'title-high-contrast');
    expect(errors).toEqual([]);
  });
});

describe('the screens', () => {
  it('never scroll sideways on a 360 px phone, even at the largest text size', async () => {
    const { page, errors } = await open({ width: 360, height: 740 });
    await page.goto(url);
    await waitForBoot(page);
    await page.evaluate((key) => {
      localStorage.setItem(key, JSON.stringify({ version: 1, textSize: 'larger' }));
    }, SETTINGS_KEY);
    await page.reload();
    await page.getByRole('button', { name: 'New game' }).waitFor();
    const scrollWidth = () => page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity);
    expect(await htmlAttributes(page)).toMatchObject({ 'data-text-size': 'larger' });
    expect(await scrollWidth()).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Trotsky/ }).waitFor();
    expect(await scrollWidth()).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: /Trotsky/ }).click();
    await page.locator('[data-table][data-table-ready]').waitFor();
    expect(await scrollWidth()).toBeLessThanOrEqual(360);
    await openSettings(page);
    expect(await scrollWidth()).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${SHOTS}/screens-settings-360-largest.png` });
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${SHOTS}/screens-story-360-largest.png` });
    expect(errors).toEqual([]);
  });

  it('keeps the settings across a reload, and the text size changes the type', async () => {
    const { page, errors } = await open();
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    expect(await htmlAttributes(page)).toEqual({
      'data-text-size': 'normal',
      'data-motion': 'full',
      'data-contrast': 'normal',
      'data-sound': 'off',
    });
    const normal = await rootFontSize(page);
    const title = await page.locator('.lede').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

    await openSettings(page);
    await radio(page, 'Text size', 'Largest').check();
    await radio(page, 'Motion', 'Reduced').check();
    await page.getByRole('switch', { name: /Sound effects/ }).check();
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await rootFontSize(page)).toBeCloseTo(normal * 1.32, 0);
    expect(
      await page.locator('.lede').evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    ).toBeGreaterThan(title * 1.25);

    await page.reload();
    await page.getByRole('button', { name: 'New game' }).waitFor();
    expect(await htmlAttributes(page)).toEqual({
      'data-text-size': 'larger',
      'data-motion': 'reduced',
      'data-contrast': 'normal',
      'data-sound': 'on',
    });
    expect(
      JSON.parse((await page.evaluate((k) => localStorage.getItem(k), SETTINGS_KEY)) ?? ''),
    ).toMatchObject({
      textSize: 'larger',
      motion: 'reduced',
      sound: true,
    });
    // Under reduced motion no band sweeps across when the act begins.
    await start(page, /Trotsky/);
    expect(await page.locator('[data-transcript] .act-card').count()).toBe(1);
    expect(await page.locator('[data-act-overlay]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('opens settings as a modal dialog: focus inside, keys 1–9 held back, Escape closes and returns focus', async () => {
    const { page, errors } = await open();
    await page.goto(url);
    await start(page, /Stalin/);
    const count = await transcriptLength(page);
    const scrollY = () => page.evaluate(() => window.scrollY);
    await page.evaluate(() => {
      window.scrollTo(0, 400);
    });
    await page.getByRole('button', { name: 'Settings' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.waitFor();
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('1');
    expect(await transcriptLength(page)).toBe(count);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Settings');
    // The reader's place in the story is where they left it.
    expect(await scrollY()).toBe(400);
    // Back in the story, the keys choose again.
    await pressChoiceKey(page, '1');
    await expect.poll(() => transcriptLength(page)).toBeGreaterThan(count);
    expect(errors).toEqual([]);
  });

  it('follows the device for motion until the player chooses, and the act band never blocks a choice', async () => {
    const { page, errors } = await open();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    expect(await htmlAttributes(page)).toMatchObject({ 'data-motion': 'reduced' });
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect.poll(() => htmlAttributes(page)).toMatchObject({ 'data-motion': 'full' });

    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Trotsky/ }).click();
    const overlay = page.locator('[data-act-overlay]');
    await overlay.waitFor();
    const count = await transcriptLength(page);
    // While the band is across the screen, a click at the first choice reaches the choice, not the band.
    // (The choices take input once they are painted and the one-decision guard has passed.)
    const choice = page.locator('[data-choices]:not([aria-disabled="true"]) button').first();
    await choice.waitFor();
    const hit = await choice.evaluate((button) => {
      const box = button.getBoundingClientRect();
      const band = document.querySelector('[data-act-overlay]');
      const target = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return { banded: band !== null, reaches: target !== null && button.contains(target) };
    });
    expect(hit.reaches, hit.banded ? 'the band is up' : 'the band has gone').toBe(true);
    await choice.click();
    await expect.poll(() => transcriptLength(page)).toBeGreaterThan(count);
    expect(errors).toEqual([]);
  });

  it('falls back to the defaults on a damaged settings value, says so, and keeps it aside', async () => {
    const { page, errors } = await open();
    await page.goto(url);
    await waitForBoot(page);
    await page.evaluate((key) => {
      localStorage.setItem(key, '{"textSize":"lar');
    }, SETTINGS_KEY);
    await page.reload();
    await page.getByRole('button', { name: 'New game' }).waitFor();
    expect(await htmlAttributes(page)).toMatchObject({ 'data-text-size': 'normal' });
    expect(await page.evaluate((k) => localStorage.getItem(k), SETTINGS_KEY)).toBe('{"textSize":"lar');
    await openSettings(page);
    expect(await page.locator('.settings-note').innerText()).toContain('could not be read');
    await radio(page, 'Text size', 'Large').check();
    const stored = await page.evaluate(() =>
      Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
    );
    expect(JSON.parse(stored[SETTINGS_KEY] ?? '')).toMatchObject({ textSize: 'large' });
    const kept = Object.entries(stored).filter(([k]) => k.startsWith('the-empty-chair/kept/settings-'));
    expect(kept.map(([, v]) => v)).toEqual(['{"textSize":"lar']);
    expect(errors).toEqual([]);
  });

  it('works for the visit when the browser refuses storage', async () => {
    const { page, errors } = await open();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    const normal = await rootFontSize(page);
    await openSettings(page);
    expect(await page.locator('.settings-note').innerText()).toContain('this visit only');
    await radio(page, 'Text size', 'Large').check();
    await page.keyboard.press('Escape');
    expect(await htmlAttributes(page)).toMatchObject({ 'data-text-size': 'large' });
    expect(await rootFontSize(page)).toBeGreaterThan(normal);
    expect(errors).toEqual([]);
  });

  it('makes no sound until sound is turned on, then plays its files from assets/', async () => {
    const { page, errors } = await open();
    await page.addInitScript(() => {
      const counts = { contexts: 0, played: 0, oscillators: 0 };
      (window as unknown as { audioCounts: typeof counts }).audioCounts = counts;
      const Original = window.AudioContext;
      window.AudioContext = class extends Original {
        constructor(options?: AudioContextOptions) {
          super(options);
          counts.contexts++;
        }
        override createBufferSource(): AudioBufferSourceNode {
          const source = super.createBufferSource();
          const start = source.start.bind(source);
          source.start = (...args: Parameters<AudioBufferSourceNode['start']>) => {
            // Only a decoded file is played.
            if (source.buffer && source.buffer.duration > 0) counts.played++;
            start(...args);
          };
          return source;
        }
        override createOscillator(): OscillatorNode {
          counts.oscillators++;
          return super.createOscillator();
        }
      };
    });
    const sounds: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/.*\.wav$/.test(request.url())) sounds.push(request.url());
    });
    const counts = () =>
      page.evaluate(
        () =>
          (window as unknown as { audioCounts: { contexts: number; played: number; oscillators: number } })
            .audioCounts,
      );
    await page.goto(url);
    await start(page, /Stalin/);
    const before = await transcriptLength(page);
    await pressChoiceKey(page, '1');
    await expect.poll(() => transcriptLength(page)).toBeGreaterThan(before);
    expect(await counts()).toEqual({ contexts: 0, played: 0, oscillators: 0 });
    expect(sounds).toEqual([]);

    await openSettings(page);
    await page.getByRole('switch', { name: /Sound effects/ }).check();
    await page.keyboard.press('Escape');
    expect((await counts()).contexts).toBe(1);
    // Turning sound on plays the click, from its file.
    await expect.poll(async () => (await counts()).played).toBe(1);
    await waitForChoices(page);
    await page.locator('[data-choices] button').first().click();
    await expect.poll(async () => (await counts()).played).toBeGreaterThanOrEqual(2);
    expect(sounds.some((s) => s.includes('choice-click'))).toBe(true);
    expect(sounds.some((s) => s.includes('vote-bell'))).toBe(true);
    // The game makes no sound in code.
    expect((await counts()).oscillators).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows the first text before the fonts have arrived', async () => {
    const { page, errors } = await open();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let fontRequests = 0;
    await page.route(/\.woff2$/, async (route) => {
      fontRequests++;
      await held;
      await route.continue();
    });
    // The load event waits for the fonts; the text and the first button do not.
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { name: /Empty Chair/ }).waitFor();
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Trotsky/ }).waitFor();
    expect(fontRequests).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.fonts.check('1rem "PT Serif"'))).toBe(false);
    release();
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('1rem "PT Serif"'))).toBe(true);
    expect(errors).toEqual([]);
  });
});
