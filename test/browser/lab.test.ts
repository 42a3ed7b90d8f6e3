/**
 * The What-if Lab in Debian's Chromium: pin a decision, simulate in Web Workers with a progress bar and
 * results that grow while the histories run, read the results table, cancel a run, compare two
 * scenarios; the page draws its progress and partial results while the Lab runs (its longest main-thread
 * tasks are measured by `npm run bench`); the Lab opens as the side last played; "as history did" leaves out the endings no history reached.
 */
import { mkdirSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { LAB_READY_MARK } from '../../src/ui/labRunner.ts';
import { sessionPerTest } from './browser.ts';

const url = `${inject('baseUrl')}?renderer=canvas&seed=3`;
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

const session = sessionPerTest();

async function openLab(page: Page): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'What-if Lab' }).click();
  await page.getByRole('heading', { name: 'What-if Lab' }).waitFor();
  await page.locator('select[data-decision]').first().waitFor();
}

// The main thread's longest tasks while the Lab runs are a speed figure, measured by `npm run bench`
// against a baseline; these tests check states only (the page draws progress and partial results while
// the workers play), never wall-clock times, which a loaded machine stretches.
interface Watched {
  progressValues: number[];
  /** The histories counted by each partial table drawn while the runs went on. */
  partialCounts: number[];
  /** The endings' order in each of those tables. */
  partialOrders: string[][];
}

/** Starts watching the page: every value the progress bar takes, and each partial table drawn. */
async function watch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { watched: Watched };
    w.watched = { progressValues: [], partialCounts: [], partialOrders: [] };
    new MutationObserver(() => {
      const partial = document.querySelector('.lab-partial');
      if (!partial) return;
      const counts = [...partial.querySelectorAll<HTMLElement>('.lab-table tbody td[data-count]')];
      const sum = counts.reduce((n, td) => n + Number(td.dataset.count), 0);
      if (w.watched.partialCounts.at(-1) === sum) return;
      w.watched.partialCounts.push(sum);
      w.watched.partialOrders.push(
        [...partial.querySelectorAll<HTMLElement>('.lab-table tbody tr')].map(
          (tr) => tr.dataset.endingRow ?? '',
        ),
      );
      // The results are redrawn in place: counts change as attributes and text.
    }).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    const bar = document.querySelector('progress');
    if (!bar) throw new Error('no progress bar');
    new MutationObserver(() => w.watched.progressValues.push(bar.value)).observe(bar, { attributes: true });
  });
}

const watched = (page: Page): Promise<Watched> =>
  page.evaluate(() => (window as unknown as { watched: Watched }).watched);

/** The counts in one column of histories (0 = the first scenario, 1 = the second). */
const counts = (page: Page, column: number): Promise<number[]> =>
  page.$$eval(
    '.lab-table tbody tr',
    (rows, i) =>
      rows.map((row) => Number(row.querySelectorAll<HTMLElement>('td[data-count]')[i]?.dataset.count)),
    column,
  );

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * The colours a screenshot shows at a quarter, half and three quarters of its width, mid-height, as
 * 'red' (the fill's stripes, in either red) or the pixel's rgb: decoded by the page itself.
 */
function paintedColours(page: Page, png: Buffer): Promise<string[]> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0);
    return [0.25, 0.5, 0.75].map((x) => {
      const [r = 0, g = 0, b = 0] = context.getImageData(
        Math.round(image.width * x),
        image.height >> 1,
        1,
        1,
      ).data;
      return r > 140 && g < 70 && b < 80 ? 'red' : `rgb(${String(r)}, ${String(g)}, ${String(b)})`;
    });
  }, png.toString('base64'));
}

/**
 * Waits for an element without polling the page: the test's own probing must not be what blocks the
 * main thread while long tasks are being counted.
 */
const appears = (page: Page, selector: string): Promise<void> =>
  page.evaluate(
    (s) =>
      new Promise<void>((resolve) => {
        if (document.querySelector(s)) {
          resolve();
          return;
        }
        const observer = new MutationObserver(() => {
          if (!document.querySelector(s)) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(document.body, { childList: true, subtree: true });
      }),
    selector,
  );

/** The final results (partial ones are drawn while the histories run). */
const FINAL = '.lab-results:not(.lab-partial)';

async function run(page: Page, histories: number): Promise<void> {
  await page.getByLabel('Histories to simulate').fill(String(histories));
  await page.getByRole('button', { name: 'Run' }).click();
  await appears(page, FINAL);
}

describe('the What-if Lab', () => {
  it('pins a decision and simulates 200 histories in a worker, the page drawing its progress as they run', async () => {
    const { page, errors } = session();
    await openLab(page);
    const pin = page.getByRole('combobox', { name: /Lenin's letter at the plenum/ });
    await pin.selectOption('2');
    expect(await page.locator('.pin.pinned').count()).toBe(1);
    await watch(page);
    await run(page, 200);

    const progress = page.getByRole('progressbar', { name: 'Histories simulated' });
    expect(await progress.getAttribute('max')).toBe('200');
    expect(await progress.getAttribute('value')).toBe('200');
    const { progressValues } = await watched(page);
    // The bar moved in steps while the histories were played, not only at the end.
    expect(progressValues.some((v) => v > 0 && v < 200)).toBe(true);

    const column = await counts(page, 0);
    expect(column.length).toBeGreaterThan(1);
    expect(sum(column)).toBe(200);
    expect(await page.locator('.lab-table caption').innerText()).toContain('200 simulated histories');
    expect(await page.locator('.scenario-summaries').innerText()).toContain(
      'Lenin asked one thing. Resign the Secretariat, and mean it',
    );
    expect(await page.locator('.lab-explain').innerText()).toContain(
      'not what would certainly have happened',
    );
    // The chart has one row per table row.
    expect(await page.locator('.lab-chart .bar-row').count()).toBe(column.length);
    // The workers stay, with the story parsed, for the next run.
    expect(page.workers().length).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/lab-results-desktop.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('cancels a run promptly, keeps nothing from it, and runs again', async () => {
    const { page, errors } = session();
    await openLab(page);
    await page.getByLabel('Histories to simulate').fill('1000');
    await page.getByRole('button', { name: 'Run' }).click();
    await page.waitForFunction(() => (document.querySelector('progress')?.value ?? 0) > 0);
    expect(page.workers().length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    // Cancelled mid-run: the page says so before the 1,000 histories could have finished.
    const cancelled = await page.getByText(/^Cancelled after/).innerText();
    expect(Number(/after ([\d,]+)/.exec(cancelled)?.[1]?.replace(/,/g, '') ?? '1000')).toBeLessThan(1000);
    // The workers are gone, not left running in the background.
    await expect.poll(() => page.workers().length).toBe(0);
    expect(await page.locator('.lab-results').count()).toBe(0);
    // The preview is back, counting nothing.
    expect(await page.locator('.lab-preview .lab-table caption').innerText()).toMatch(/press Run/);

    await run(page, 20);
    expect(sum(await counts(page, 0))).toBe(20);
    expect(errors).toEqual([]);
  });

  it('compares two scenarios side by side, with the difference and whether it is noise', async () => {
    const { page, errors } = session();
    await openLab(page);
    await page.getByRole('radio', { name: 'as history did' }).check();
    // Scenario A alone first: the comparison must reproduce it exactly (same seed, same histories).
    await run(page, 100);
    const alone = await counts(page, 0);
    const titles = await page.$$eval('.lab-table tbody th', (ths) => ths.map((th) => th.textContent));

    await page.getByLabel('Compare with a second scenario (B)').check();
    const b = page.locator('.scenario-b');
    await b.getByRole('combobox', { name: /Lenin's letter at the plenum/ }).selectOption('2');
    await watch(page);
    await page.getByRole('button', { name: 'Run' }).click();
    await appears(page, `${FINAL} .lab-compare`);

    const a = await counts(page, 0);
    const bCounts = await counts(page, 1);
    expect(sum(a)).toBe(100);
    expect(sum(bCounts)).toBe(100);
    const rowTitles = await page.$$eval('.lab-table tbody th', (ths) => ths.map((th) => th.textContent));
    const aByTitle = Object.fromEntries(rowTitles.map((t, i) => [t, a[i]]));
    for (const [i, title] of titles.entries()) expect(aByTitle[title] ?? 0).toBe(alone[i]);

    const verdicts = await page.$$eval('.lab-compare tbody td:last-child strong', (els) =>
      els.map((el) => el.textContent),
    );
    expect(verdicts).toHaveLength(rowTitles.length);
    for (const [i, verdict] of verdicts.entries()) {
      expect(['within noise', 'more often in B', 'less often in B']).toContain(verdict);
      if (a[i] === bCounts[i]) expect(verdict).toBe('within noise');
    }
    const summary = await page.locator('.lab-verdict').innerText();
    if (verdicts.every((v) => v === 'within noise')) expect(summary).toContain('within noise');
    else expect(summary).toMatch(/^Beyond noise, B brings/);
    await page.screenshot({ path: `${SHOTS}/lab-compare-desktop.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('shows the answer as it comes: the bar fills and the chart and table grow while 1,000 histories run', async () => {
    const { page, errors } = session();
    await openLab(page);
    // Before a run, the results section previews it: the side's endings, nothing counted yet.
    const preview = page.locator('.lab-preview');
    expect(await preview.locator('.lab-table caption').innerText()).toBe(
      'How often each ending comes: press Run to simulate 1,000 histories',
    );
    expect(await preview.locator('.lab-table tbody tr').count()).toBeGreaterThan(3);
    expect(await preview.locator('td[data-count]').count()).toBe(0);
    expect(await page.locator('.lab-results').count()).toBe(0);
    const previewOrder = await preview.evaluate((section) => {
      // Marked in the page's memory, not in the markup: the run must fill this same section in place.
      (section as HTMLElement & { drawnBefore?: boolean }).drawnBefore = true;
      return [...section.querySelectorAll<HTMLElement>('tbody tr')].map((tr) => tr.dataset.endingRow ?? '');
    });
    // The preview follows the form.
    await page.getByRole('combobox', { name: /Lenin's letter at the plenum/ }).selectOption('2');
    expect(await preview.locator('.scenario-summaries').innerText()).toContain(
      "Lenin's letter at the plenum",
    );
    await page.getByRole('combobox', { name: /Lenin's letter at the plenum/ }).selectOption('');
    // Meanwhile both workers have parsed the story and warmed their engines up (lab.worker.ts).
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length === 1, LAB_READY_MARK);
    await watch(page);
    await run(page, 1000);
    const { progressValues, partialCounts, partialOrders } = await watched(page);
    expect(
      await page
        .locator(FINAL)
        .evaluate((section) => (section as HTMLElement & { drawnBefore?: boolean }).drawnBefore),
    ).toBe(true);
    // While the histories ran, the endings kept the preview's order (the bars grew in place)...
    for (const order of partialOrders) expect(order).toEqual(previewOrder);
    // ...and the whole answer lists them most frequent first.
    const final = await counts(page, 0);
    expect(final).toEqual([...final].sort((x, y) => y - x));
    expect(progressValues.filter((v) => v > 0 && v < 1000).length).toBeGreaterThan(3);
    expect(progressValues.at(-1)).toBe(1000);
    // Partial tables were drawn, each counting more histories, before the whole 1,000.
    expect(partialCounts.length).toBeGreaterThan(1);
    expect(partialCounts).toEqual([...partialCounts].sort((x, y) => x - y));
    expect(partialCounts.every((n) => n > 0 && n < 1000)).toBe(true);
    expect(sum(await counts(page, 0))).toBe(1000);
    expect(await page.locator('progress').evaluate((bar: HTMLProgressElement) => bar.position)).toBe(1);
    await page.locator('.lab-progress').screenshot({ path: `${SHOTS}/lab-progress-full.png` });
    // And the bar is drawn full, not only full in the DOM (its fill once read a colour nothing defined).
    expect(await paintedColours(page, await page.locator('progress').screenshot())).toEqual([
      'red',
      'red',
      'red',
    ]);
    expect(errors).toEqual([]);
  });

  it('opens as the side last played, and leaves out the endings no history reached as history did', async () => {
    const { page, errors } = session();
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Trotsky/ }).click();
    await page.locator('[data-choices] button').first().waitFor();
    await page.getByRole('button', { name: 'What-if Lab' }).click();
    await page.locator('select[data-decision]').first().waitFor();
    expect(await page.locator('.scenario-a').getByRole('radio', { name: 'Trotsky' }).isChecked()).toBe(true);

    await page.getByRole('radio', { name: 'as history did' }).check();
    await run(page, 100);
    const column = await counts(page, 0);
    expect(sum(column)).toBe(100);
    expect(column.every((k) => k > 0)).toBe(true);
    const hidden = page.locator('[data-hidden-endings]');
    expect(await hidden.innerText()).toMatch(/^Left out, as no history reached them: /);
    expect((await hidden.getAttribute('data-hidden-endings'))?.split(' ').length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('refuses a bad number of histories with a clear message, running nothing', async () => {
    const { page, errors } = session();
    await openLab(page);
    await page.getByLabel('Histories to simulate').fill('0');
    await page.getByRole('button', { name: 'Run' }).click();
    await page.getByText('The number of histories must be a whole number from 1 to 20,000.').waitFor();
    expect(await page.getByLabel('Histories to simulate').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.lab-results').count()).toBe(0);
    expect(await page.locator('progress').evaluate((bar: HTMLProgressElement) => bar.value)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('gives the table back, redrawn to size, when leaving the Lab after the window changed', async () => {
    const { page, errors } = session();
    // The table loads when a run starts; the Lab is also reachable from the story.
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Trotsky/ }).click();
    await page.locator('[data-table][data-table-ready]').waitFor();
    const before = await page.locator('[data-table] canvas').boundingBox();
    await page.getByRole('button', { name: 'What-if Lab' }).click();
    await page.locator('select[data-decision]').first().waitFor();
    expect(await page.locator('.table-panel').isVisible()).toBe(false);
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.getByRole('button', { name: 'Back' }).click();
    await page.locator('[data-choices] button').first().waitFor();
    await expect
      .poll(async () => (await page.locator('[data-table] canvas').boundingBox())?.width ?? 0)
      .toBeGreaterThan(300);
    const after = await page.locator('[data-table] canvas').boundingBox();
    expect(after?.width).toBeLessThan(before?.width ?? 0);
    expect(errors).toEqual([]);
  });

  it('lays out on a phone without sideways scrolling of the page', async () => {
    const { page, errors } = await session.reopen({ width: 390, height: 844 });
    await openLab(page);
    await page.getByLabel('Compare with a second scenario (B)').check();
    await page.locator('.scenario-b').getByRole('radio', { name: 'Trotsky' }).check();
    await page.screenshot({ path: `${SHOTS}/lab-form-phone.png` });
    await run(page, 60);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('.lab-results').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/lab-results-phone.png`, fullPage: true });

    // On a small phone with the browser's text at 200%, neither the Back button nor a scenario's name
    // runs off the edge (both did: the page scrolled sideways and Back was cut).
    await page.setViewportSize({ width: 320, height: 568 });
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
    const back = await page.getByRole('button', { name: 'Back' }).boundingBox();
    expect(back && back.x >= 0 && back.x + back.width <= 320).toBe(true);
    expect(errors).toEqual([]);
  });
});
