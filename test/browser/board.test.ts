/**
 * The class board in Chromium: a run's ending gives a result code and its QR code; the code's link,
 * opened in another browser, adds it to that browser's board; the board takes pasted codes and a text
 * file of them, refuses bad lines with a reason and changes nothing for them, keeps its results across a
 * reload, prints without its controls, and clears only when asked. The codes for the paste are made in
 * Node by the real headless playthrough, from the same story the build shipped.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { encodeResultCode } from '../../src/classroom/resultCode.ts';
import { playthrough } from '../../src/sim/playthrough.ts';
import { compileInk } from '../../src/tools/inkCompile.ts';
import { axe, openBrowser, sessionPerTest, waitForBoot } from './browser.ts';

const base = inject('baseUrl');
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

const storyJson = compileInk(path.resolve('story/main.ink')).json ?? '';
/** The hash the build gave the story it shipped (its file name), as the game's codes carry it. */
const storyHash =
  readdirSync('dist/assets')
    .find((f) => /^story-[0-9a-f]{16}\.json$/.test(f))
    ?.slice(6, 22) ?? '';

interface Made {
  code: string;
  ending: string;
}

function makeCodes(count: number, from: number): Made[] {
  return Array.from({ length: count }, (_, i) => {
    const seed = from + i * 13;
    const run = playthrough(storyJson, { seed });
    const side = run.runner.variable('protagonist') === 'Trotsky' ? 'Trotsky' : 'Stalin';
    const ending = run.ending ?? '';
    const tag = (seed % 46656).toString(36).padStart(3, '0');
    return {
      code: encodeResultCode({
        tag,
        side,
        length: 'full',
        ending,
        seed,
        choiceLog: run.choices,
        story: storyHash,
      }),
      ending,
    };
  });
}

const session = sessionPerTest();

async function openBoard(page: Page): Promise<void> {
  await page.goto(base);
  await waitForBoot(page);
  await page.getByRole('button', { name: 'Class board', exact: true }).click();
  await page.locator('.board').waitFor();
}

const runsOnBoard = async (page: Page): Promise<number> =>
  Number(await page.locator('[data-board-runs]').getAttribute('data-board-runs'));

/** The count shown for each ending id, summed over its titles. */
async function endingCounts(page: Page): Promise<Record<string, number>> {
  return page.locator('[data-board-ending]').evaluateAll((items) => {
    const counts: Record<string, number> = {};
    for (const item of items) {
      const id = item.getAttribute('data-board-ending') ?? '';
      counts[id] = (counts[id] ?? 0) + Number(item.getAttribute('data-count'));
    }
    return counts;
  });
}

function expectedCounts(made: Made[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of made) counts[m.ending] = (counts[m.ending] ?? 0) + 1;
  return counts;
}

async function waitForStatus(page: Page, pattern: RegExp): Promise<string> {
  const status = page.locator('.board-status');
  await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(pattern);
  return (await status.textContent()) ?? '';
}

describe('the result code at an ending', () => {
  it('shows a code and its QR code, and the code’s link adds the run to a board in another browser', async () => {
    const { page, errors } = session();
    await page.goto(`${base}?seed=7&renderer=canvas`);
    await waitForBoot(page);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Stalin/ }).click();
    const ending = page.locator('.ending[data-ending]');
    // Three decisions in, the timeline gives the code of the run so far.
    for (let turn = 0; turn < 3; turn++) {
      await page.waitForFunction(() => {
        const group = document.querySelector('[data-choices]');
        return Boolean(group?.querySelector('button')) && group?.getAttribute('aria-disabled') !== 'true';
      });
      await page.keyboard.press('1');
    }
    await page.locator('[data-open-timeline]').click();
    const soFar = page.locator('[data-timeline] [data-result-code]');
    const early = (await soFar.getAttribute('data-result-code')) ?? '';
    expect(early).toMatch(/^ec1-[0-9a-z]{3}-sfz-7-/);
    expect(await soFar.innerText()).toContain('Your run so far');
    await page.getByRole('button', { name: 'Back to the story' }).click();
    for (let turn = 0; turn < 60; turn++) {
      await page.waitForFunction(() => {
        if (document.querySelector('.ending[data-ending]')) return true;
        const group = document.querySelector('[data-choices]');
        return Boolean(group?.querySelector('button')) && group?.getAttribute('aria-disabled') !== 'true';
      });
      if ((await ending.count()) > 0) break;
      await page.keyboard.press('1');
    }
    const id = await ending.getAttribute('data-ending');
    const box = page.locator('[data-result-code]');
    const code = (await box.getAttribute('data-result-code')) ?? '';
    expect(code).toMatch(/^ec1-[0-9a-z]{3}-sf[0-9a-y]-7-1[0-9a-z]+-[0-9a-f]{4}-[0-9a-z]{4}$/);
    // The same run keeps its tag from the first choice to the end.
    expect(code.slice(4, 7)).toBe(early.slice(4, 7));
    expect(await box.locator('input').inputValue()).toBe(code);
    await box.locator('.result-qr svg[role="img"]').waitFor();
    expect(await box.innerText()).toContain('nothing about you');
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/board-ending-code.png` });
    // The same run shows the same code after a reload and Continue.
    await page.reload();
    await waitForBoot(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await page.locator('[data-result-code]').getAttribute('data-result-code')).toBe(code);
    expect(errors).toEqual([]);

    const teacher = await openBrowser();
    try {
      await teacher.page.goto(`${base}#result=${code}`);
      await teacher.page.locator('.board').waitFor();
      await waitForStatus(teacher.page, /Added 1 result from the link you opened/);
      expect(await runsOnBoard(teacher.page)).toBe(1);
      expect(await endingCounts(teacher.page)).toEqual({ [id ?? '']: 1 });
      // The code handed in earlier, pasted after the final one, changes nothing: the run counts once.
      await teacher.page.locator('#board-paste').fill(early);
      await teacher.page.locator('[data-board-add]').click();
      expect(await waitForStatus(teacher.page, /already on the board/)).toBe(
        'Added 0 results from what you pasted. 1 code was already on the board.',
      );
      expect(await runsOnBoard(teacher.page)).toBe(1);
      // The fragment is gone from the address: a reload does not add it again.
      expect(new URL(teacher.page.url()).hash).toBe('');
      expect(teacher.errors).toEqual([]);
    } finally {
      await teacher.close();
    }
  });
});

describe('the class board', () => {
  it('adds pasted codes and a file of them, refuses bad lines, keeps, prints and clears', async () => {
    const { page, errors } = session();
    const made = makeCodes(12, 300);
    await openBoard(page);
    expect(await runsOnBoard(page)).toBe(0);

    // Paste 8 codes, one beside a name, one as a link, with three bad lines.
    const pasted = made.slice(0, 8);
    const lines = pasted.map((m) => m.code);
    lines[1] = `Anna: ${lines[1] ?? ''}`;
    lines[2] = `${base}#result=${lines[2] ?? ''}`;
    const typo = (made[9]?.code ?? '').replace(/-(.)/, (_, c: string) => `-${c === 'a' ? 'b' : 'a'}`);
    await page
      .locator('#board-paste')
      .fill([...lines, 'hello class', typo, 'https://example.org/#run=1.7.100.deadbeef'].join('\n'));
    await page.locator('[data-board-add]').click();
    expect(await waitForStatus(page, /^Added/)).toBe(
      'Added 8 results from what you pasted. 3 lines were not added (see below).',
    );
    expect(await runsOnBoard(page)).toBe(8);
    const refused = await page.locator('[data-refused]').allInnerTexts();
    expect(refused).toHaveLength(3);
    expect(refused[0]).toContain('not a result code');
    expect(refused[1]).toContain('mistake');
    expect(refused[2]).toContain('replays a run');
    expect(await endingCounts(page)).toEqual(expectedCounts(pasted));

    // A file with the other four and two already on the board.
    const file = [...made.slice(8), ...made.slice(0, 2)].map((m) => m.code).join('\r\n');
    await page.locator('#board-file').setInputFiles({
      name: 'codes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(file),
    });
    expect(await waitForStatus(page, /codes\.txt/)).toBe(
      'Added 4 results from the file codes.txt. 2 codes were already on the board.',
    );
    expect(await runsOnBoard(page)).toBe(12);
    expect(await endingCounts(page)).toEqual(expectedCounts(made));
    expect(await page.locator('[data-refused]').count()).toBe(0);
    expect(await page.locator('[data-board-decision]').count()).toBeGreaterThan(10);
    expect(await page.locator('[data-board-cause]').count()).toBe(8);
    expect(await axe(page)).toEqual([]);

    // A reload keeps the board; nothing but the runs is stored.
    await page.reload();
    await waitForBoot(page);
    await page.getByRole('button', { name: 'Class board', exact: true }).click();
    await page.locator('[data-board-runs="12"]').waitFor();
    const stored = await page.evaluate(() => localStorage.getItem('the-empty-chair/class-board') ?? '');
    expect(stored).not.toContain('Anna');

    for (const [width, height, name] of [
      [390, 844, 'phone'],
      [768, 1024, 'tablet'],
      [1280, 800, 'laptop'],
      [1920, 1080, 'projector'],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.evaluate(() => {
        window.scrollTo(0, 0);
      });
      await page.screenshot({ path: `${SHOTS}/board-${name}.png` });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, name).toBeLessThanOrEqual(0);
    }

    // Printed: the results only, on A4.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.board-intro').isVisible()).toBe(false);
    expect(await page.locator('[data-board-ending]').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(6);
    await page.emulateMedia({ media: 'screen' });

    // Clearing asks first; keeping changes nothing; clearing empties the board and its storage.
    await page.locator('[data-board-clear]').click();
    await page.getByRole('button', { name: 'Keep the results' }).click();
    expect(await runsOnBoard(page)).toBe(12);
    await page.locator('[data-board-clear]').click();
    await page.locator('[data-board-clear-yes]').click();
    expect(await runsOnBoard(page)).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('the-empty-chair/class-board'))).toBeNull();
    expect(errors).toEqual([]);
  });
});

/**
 * A camera and a barcode detector for the page, from an init script: the camera is a canvas stream, and
 * the detector reads whatever the test puts in `window.__qrShown` (what a pupil holds up), as long as the
 * video is playing that stream.
 */
const FAKE_CAMERA = `(() => {
  window.__qrShown = [];
  window.__cameraTracks = [];
  navigator.mediaDevices.getUserMedia = async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 120;
    const g = canvas.getContext('2d');
    let frame = 0;
    setInterval(() => { g.fillStyle = frame++ % 2 ? '#222' : '#eee'; g.fillRect(0, 0, 160, 120); }, 50);
    const stream = canvas.captureStream(20);
    window.__cameraTracks.push(...stream.getTracks());
    return stream;
  };
  window.BarcodeDetector = class {
    constructor(options) { this.formats = options.formats; }
    static async getSupportedFormats() { return ['qr_code']; }
    async detect(video) {
      if (!(video instanceof HTMLVideoElement) || !video.srcObject || video.readyState < 2) return [];
      if (!this.formats.includes('qr_code')) return [];
      return window.__qrShown.map((rawValue) => ({ rawValue, format: 'qr_code' }));
    }
  };
})();`;

/** The board's stored runs, as text. */
const storedRuns = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('the-empty-chair/class-board') ?? '{}') as {
      runs?: unknown;
    };
    return JSON.stringify(stored.runs);
  });

describe('the board’s camera scan', () => {
  it('is offered only where the browser has a barcode detector and a camera', async () => {
    const { page, context, errors } = session();
    await context.addInitScript('delete window.BarcodeDetector;');
    await openBoard(page);
    await page.locator('#board-paste').waitFor();
    expect(await page.locator('[data-board-scan]').count()).toBe(0);
    // A detector but no camera API (as on a page served over plain http): still no scan.
    const other = await openBrowser();
    try {
      await other.context.addInitScript(
        `window.BarcodeDetector = class { async detect() { return []; } };
         Object.defineProperty(Navigator.prototype, 'mediaDevices', { get: () => undefined });`,
      );
      await openBoard(other.page);
      await other.page.locator('#board-paste').waitFor();
      expect(await other.page.locator('[data-board-scan]').count()).toBe(0);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
    expect(errors).toEqual([]);
  });

  it('adds a scanned code exactly as a pasted one, once, refuses a bad one, and stops the camera', async () => {
    const { page, context, errors } = session();
    const [first, second] = makeCodes(2, 700);
    if (!first || !second) throw new Error('no codes made');
    await context.addInitScript(FAKE_CAMERA);
    await openBoard(page);
    const scan = page.locator('[data-board-scan]');
    await scan.click();
    await page.getByRole('button', { name: 'Stop the camera' }).waitFor();
    await page.locator('.board-video:not([hidden])').waitFor();
    expect(await axe(page), 'board with the camera on').toEqual([]);

    // A pupil holds up the QR code of the result link; it stays in view for many frames.
    await page.evaluate((link) => {
      (window as unknown as { __qrShown: string[] }).__qrShown = [link];
    }, `${base}#result=${first.code}`);
    expect(await waitForStatus(page, /from the camera/)).toBe('Added 1 result from the camera.');
    expect(await runsOnBoard(page)).toBe(1);
    expect(await endingCounts(page)).toEqual(expectedCounts([first]));
    // Two codes at once, one of them still the first: the new one is added, the first not again.
    await page.evaluate(
      (codes) => {
        (window as unknown as { __qrShown: string[] }).__qrShown = codes;
      },
      [`${base}#result=${first.code}`, second.code],
    );
    await page.locator('[data-board-runs="2"]').waitFor();
    expect(await endingCounts(page)).toEqual(expectedCounts([first, second]));
    // Something that is not a result code is refused with a reason and changes nothing.
    await page.evaluate(() => {
      (window as unknown as { __qrShown: string[] }).__qrShown = ['https://example.org/menu'];
    });
    await page.locator('[data-refused]').waitFor();
    expect(await page.locator('[data-refused]').innerText()).toContain('not a result code');
    expect(await runsOnBoard(page)).toBe(2);
    const scanned = await storedRuns(page);

    await page.getByRole('button', { name: 'Stop the camera' }).click();
    await page.getByRole('button', { name: 'Scan QR codes with the camera' }).waitFor();
    expect(
      await page.evaluate(() =>
        (window as unknown as { __cameraTracks: MediaStreamTrack[] }).__cameraTracks.every(
          (t) => t.readyState === 'ended',
        ),
      ),
    ).toBe(true);
    expect(await page.locator('.board-video').isHidden()).toBe(true);

    // The same two codes pasted on a cleared board are stored exactly as the scanned ones were.
    await page.locator('[data-board-clear]').click();
    await page.locator('[data-board-clear-yes]').click();
    await page.locator('#board-paste').fill(`${base}#result=${first.code}\n${second.code}`);
    await page.locator('[data-board-add]').click();
    await waitForStatus(page, /^Added 2 results from what you pasted/);
    expect(await storedRuns(page)).toBe(scanned);

    // Leaving the board with the camera on turns it off.
    await scan.click();
    await page.getByRole('button', { name: 'Stop the camera' }).waitFor();
    await page.locator('.tool-back').click();
    await page.locator('.board').waitFor({ state: 'detached' });
    await page.waitForFunction(() =>
      (window as unknown as { __cameraTracks: MediaStreamTrack[] }).__cameraTracks.every(
        (t) => t.readyState === 'ended',
      ),
    );
    expect(errors).toEqual([]);
  });
});
