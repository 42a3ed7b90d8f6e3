/**
 * The classroom in Chromium: the teacher's guide on screen and printed (A4, at most four pages), the
 * privacy and accessibility statements reached from the title and the guide, the codex (a term linked
 * on its first use in the run, an accessible popover opened and closed by keyboard, its own screen),
 * and the story's Source popovers in place of fact codes. axe-core checks each.
 */
import { mkdirSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { axe, openBrowser, sessionPerTest, waitForBoot } from './browser.ts';

const base = inject('baseUrl');
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

const session = sessionPerTest();

/** The number of pages in a PDF, and whether they are A4. */
function pdfPages(pdf: Buffer): { pages: number; a4: boolean } {
  const text = pdf.toString('latin1');
  return {
    pages: (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length,
    a4: /\/MediaBox\s*\[0 0 59[45]\.?\d* 841\.?\d*\]/.test(text),
  };
}

async function openTool(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).first().click();
  await page.locator('.classroom-page').waitFor();
}

describe('the teacher’s guide', () => {
  it('opens from the title, links the statements, and prints on at most four A4 pages', async () => {
    const { page, errors } = session();
    await page.goto(base);
    await waitForBoot(page);
    await openTool(page, 'Teacher’s guide');
    for (const heading of [
      'A 45-minute lesson: “Why did Stalin win?”',
      'Learning goals',
      'The endings',
      'Why did Stalin win? The factors, and the debate',
      'Discussion questions, with notes',
      'Reading, across the schools',
      'The codex',
    ])
      expect(await page.getByRole('heading', { name: heading, exact: true }).count(), heading).toBe(1);
    const text = await page.locator('[data-guide]').innerText();
    for (const historian of ['Deutscher', 'Carr', 'Cohen', 'Fitzpatrick', 'Service', 'Kotkin'])
      expect(text).toContain(historian);
    expect(text).toContain('Homework variant');
    expect(text).toContain('Two-lesson variant');
    expect(text).toMatch(/partisan/);
    expect(text).not.toMatch(/\bF\d{3}\b/);
    expect(await axe(page), 'guide').toEqual([]);
    await page.screenshot({ path: `${SHOTS}/guide-desktop.png` });

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.masthead').isVisible()).toBe(false);
    const { pages, a4 } = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    expect(a4).toBe(true);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: 'Privacy and accessibility' }).first().click();
    await page.getByRole('heading', { name: 'Privacy', exact: true }).waitFor();
    const statements = await page.locator('.statements').innerText();
    expect(statements).toMatch(/sets no cookies/);
    expect(statements).toMatch(/WCAG\) 2\.1 at level AA/);
    expect(await axe(page), 'statements').toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);
});

describe('the codex', () => {
  it('links a term on first use, opens it in a popover by keyboard, and gives focus back on Escape', async () => {
    const { page, errors } = session();
    await page.goto(`${base}?renderer=canvas&seed=3`);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Leon Trotsky' }).click();
    const term = page.locator('[data-transcript] .codex-term').first();
    await term.waitFor();
    // Each entry is linked once in the run.
    const linked = await page.$$eval('[data-transcript] .codex-term', (els) =>
      els.map((el) => el.getAttribute('data-codex')),
    );
    expect(new Set(linked).size).toBe(linked.length);

    await term.focus();
    await page.keyboard.press('Enter');
    const popover = page.locator('dialog[data-popover="codex"][open]');
    await popover.waitFor();
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    expect((await popover.innerText()).length).toBeGreaterThan(60);
    expect(await axe(page), 'codex popover').toEqual([]);
    // The story's keys wait while the popover is open.
    const picked = await page.locator('[data-transcript] .picked').count();
    await page.keyboard.press('1');
    expect(await page.locator('[data-transcript] .picked').count()).toBe(picked);
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' }).catch(() => undefined);
    expect(await page.locator('dialog[data-popover][open]').count()).toBe(0);
    // The dialog's close event, which gives focus back and resets the term, comes a task after it closes.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('codex-term')))
      .toBe(true);
    await expect.poll(() => term.getAttribute('aria-expanded')).toBe('false');

    // No fact codes and no "±0" on screen; a Source opens the fact and its correction.
    const text = await page.locator('[data-transcript]').innerText();
    expect(text).not.toMatch(/\bF\d{3}\b/);
    expect(text).not.toMatch(/±/);
    const source = page.locator('[data-transcript] .source-link').first();
    if ((await source.count()) > 0) {
      await source.click();
      const sourcePopover = page.locator('dialog[data-popover="source"][open]');
      await sourcePopover.getByText('What the record shows').waitFor();
      expect(await sourcePopover.innerText()).not.toMatch(/\bF\d{3}\b/);
      await sourcePopover.getByRole('button', { name: 'Close' }).click();
      expect(await page.evaluate(() => document.activeElement?.classList.contains('source-link'))).toBe(true);
    }

    // "All terms" leads to the codex screen, which finds a term.
    await term.click();
    await page.getByRole('button', { name: 'All terms in the codex' }).click();
    await page.locator('.codex-page').waitFor();
    await page.getByRole('searchbox', { name: 'Find a term' }).fill('Orgburo');
    expect(await page.locator('.codex-list dt:not([hidden])').allInnerTexts()).toContain('Orgburo');
    expect(await axe(page), 'codex screen').toEqual([]);
    await page.screenshot({ path: `${SHOTS}/codex-desktop.png` });
    expect(errors).toEqual([]);
  }, 90_000);
});

describe('class set-up', () => {
  it('makes a class link with a QR code, and a pupil who opens it starts with its settings', async () => {
    const { page, errors } = session();
    await page.goto(base);
    await waitForBoot(page);
    await openTool(page, 'Class set-up');
    await page.getByLabel('Everyone plays Stalin').check();
    await page.getByLabel('The class’s seed').fill('4711');
    const link = await page.getByRole('textbox', { name: 'The class link' }).inputValue();
    expect(new URL(link).searchParams.get('side')).toBe('stalin');
    expect(new URL(link).searchParams.get('seed')).toBe('4711');
    expect(await page.locator('.setup-qr svg[role="img"] path').count()).toBe(1);
    await page.getByLabel('The class’s seed').fill('12x');
    expect(await page.getByRole('alert').innerText()).toMatch(/whole number/);
    expect(await page.getByRole('textbox', { name: 'The class link' }).inputValue()).toBe(link);
    await page.getByLabel('Each pupil their own chances').check();
    const each = await page.getByRole('textbox', { name: 'The class link' }).inputValue();
    expect(new URL(each).searchParams.has('seed')).toBe(false);
    // The complaint about the seed goes with the seed field.
    expect(await page.locator('.setup-error').isHidden()).toBe(true);
    expect(await axe(page), 'class set-up').toEqual([]);
    await page.screenshot({ path: `${SHOTS}/class-setup-desktop.png`, fullPage: true });

    // A pupil opens the link: the settings are shown, only Stalin is offered, and the seed is the class's.
    const pupil = await openBrowser({ width: 390, height: 844 });
    try {
      const url = new URL(link);
      await pupil.page.goto(`${base}${url.search}&renderer=canvas`);
      await waitForBoot(pupil.page);
      const banner = pupil.page.locator('[data-class-settings]');
      expect(await banner.innerText()).toContain('Everyone plays Stalin.');
      await pupil.page.getByRole('button', { name: 'New game' }).click();
      await pupil.page.getByRole('button', { name: 'Joseph Stalin' }).waitFor();
      expect(await pupil.page.getByRole('button', { name: 'Leon Trotsky' }).count()).toBe(0);
      await pupil.page.keyboard.press('1');
      await pupil.page.locator('[data-transcript] .line').first().waitFor();
      await pupil.page.locator('[data-choices] button').first().click();
      const saved = await pupil.page.evaluate(() => localStorage.getItem('the-empty-chair/autosave'));
      expect(JSON.parse(saved ?? '{}')).toMatchObject({ seed: 4711, protagonist: 'Stalin' });
      expect(pupil.errors).toEqual([]);
    } finally {
      await pupil.close();
    }
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('projector mode and reading settings', () => {
  it('enlarges the type, switches to the high-legibility font and wider spacing, and offers read-aloud', async () => {
    const { page, errors } = session();
    await page.goto(`${base}?renderer=canvas&seed=3`);
    await waitForBoot(page);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Leon Trotsky' }).click();
    const line = page.locator('[data-transcript] .line').first();
    await line.waitFor();
    const before = await line.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await page.locator('[data-settings-open]').click();
    await page.getByLabel('Projector: large type and table, for a class').check();
    await page.getByLabel('High legibility (Atkinson Hyperlegible)').check();
    await page.getByLabel('Wider').check();
    await page.keyboard.press('Escape');
    const root = await page.evaluate(() =>
      Object.fromEntries(Object.entries(document.documentElement.dataset)),
    );
    expect(root).toMatchObject({ display: 'projector', font: 'legible', spacing: 'relaxed' });
    const after = await line.evaluate((el) => ({
      size: parseFloat(getComputedStyle(el).fontSize),
      family: getComputedStyle(el).fontFamily,
    }));
    expect(after.size).toBeGreaterThan(before * 1.3);
    expect(after.family).toContain('Atkinson Hyperlegible');
    // Keyboard-driven: a number key still chooses.
    const picked = await page.locator('[data-transcript] .picked').count();
    await page.locator('[data-choices] button').first().waitFor();
    await page.keyboard.press('1');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-transcript] .picked').length > n,
      picked,
    );
    expect(await page.getByRole('button', { name: 'Read aloud' }).count()).toBe(1);
    // The act's poster band fades over the page for a moment (decorative, hidden from assistive
    // technology): check the page as it stays, as the a11y test does.
    await page.locator('.act-overlay').waitFor({ state: 'detached' });
    expect(await axe(page), 'projector mode').toEqual([]);
    await page.screenshot({ path: `${SHOTS}/projector-desktop.png` });
    expect(errors).toEqual([]);
  }, 90_000);
});
