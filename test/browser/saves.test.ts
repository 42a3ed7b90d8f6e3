/**
 * The Saves dialog in Chromium: save a run in a named slot, load it back, export it to a file, delete
 * it, import the file again; a foreign file refused with nothing touched; a full storage and a
 * disabled one, where the game still plays and says saving is off.
 */
import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';

import { sessionPerTest } from './browser.ts';

const url = `${inject('baseUrl')}?renderer=canvas&seed=3`;
const SHOTS = 'test-results/screenshots';

const session = sessionPerTest();

const transcript = (page: Page): Promise<string> => page.locator('[data-transcript]').innerText();
const storage = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k) ?? ''])),
  );

async function startAsStalin(page: Page, choices = 2): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: /Stalin/ }).click();
  for (let i = 0; i < choices; i++) {
    const before = await page.locator('[data-transcript] > *').count();
    await page.locator('[data-choices] button').first().click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-transcript] > *').length > n, before);
  }
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Saves' });

it('saves in a named slot, loads it, exports, deletes and imports it again', async () => {
  const { page, errors } = session();
  await startAsStalin(page);
  const saved = await transcript(page);

  await page.getByRole('button', { name: 'Saves' }).click();
  await dialog(page).waitFor();
  await dialog(page).getByRole('button', { name: 'Save here in slot 2' }).click();
  const name = dialog(page).getByLabel('Name for the save in slot 2');
  expect(await name.inputValue()).toContain('Stalin');
  // Typing digits in the name must not pick choices behind the dialog.
  await name.fill('');
  await name.pressSequentially('Before 1925');
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog(page).getByRole('status').innerText()).toContain('Saved in slot 2');
  expect(await transcript(page)).toBe(saved);
  await page.screenshot({ path: `${SHOTS}/saves-desktop.png` });
  await page.keyboard.press('Escape');
  expect(await dialog(page).isVisible()).toBe(false);

  // Move on, then load slot 2 back (asked first, as the current run would be replaced).
  await page.locator('[data-choices] button').first().click();
  await expect.poll(() => transcript(page)).not.toBe(saved);
  await page.getByRole('button', { name: 'Saves' }).click();
  await dialog(page).getByRole('button', { name: 'Load slot 2' }).click();
  await dialog(page).getByText('will be replaced').waitFor();
  await dialog(page).getByRole('button', { name: 'Load', exact: true }).click();
  await expect.poll(() => transcript(page)).toBe(saved);
  expect(await page.evaluate(() => document.activeElement?.closest('[data-choices]') !== null)).toBe(true);

  // Export slot 2 to a file.
  await page.getByRole('button', { name: 'Saves' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog(page).getByRole('button', { name: 'Export slot 2 to a file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^the-empty-chair-before-1925-stalin-.*\.json$/);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; save: { name: string } };
  expect(exported.format).toBe('the-empty-chair/save');
  expect(exported.save.name).toBe('Before 1925');

  // Delete it (asked first), then import the file: it comes back in the first free slot.
  await dialog(page).getByRole('button', { name: 'Delete slot 2' }).click();
  await dialog(page).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect.poll(() => dialog(page).getByRole('status').innerText()).toContain('Slot 2 is now empty');
  expect(Object.keys(await storage(page)).filter((k) => k.includes('/slot/'))).toEqual([]);
  await page.locator('dialog input[type=file]').setInputFiles(file);
  await expect.poll(() => dialog(page).getByRole('status').innerText()).toContain('into slot 1');
  await dialog(page).getByRole('button', { name: 'Load slot 1' }).click();
  await dialog(page).getByRole('button', { name: 'Load', exact: true }).click();
  await expect.poll(() => transcript(page)).toBe(saved);
  expect(errors).toEqual([]);
});

it('refuses a foreign file and a damaged one, touching nothing', async () => {
  const { page, errors } = session();
  await startAsStalin(page, 1);
  await page.getByRole('button', { name: 'Saves' }).click();
  await dialog(page).getByRole('button', { name: 'Save here in slot 1' }).click();
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog(page).getByRole('status').innerText()).toContain('Saved in slot 1');
  const before = await storage(page);
  const text = await transcript(page);

  const input = page.locator('dialog input[type=file]');
  await input.setInputFiles({
    name: 'package.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"name":"something-else","version":"1.0.0"}'),
  });
  await expect
    .poll(() => dialog(page).getByRole('status').innerText())
    .toBe(
      'That file cannot be imported: the file is not a saved game of The Empty Chair. Nothing was changed.',
    );
  await input.setInputFiles({
    name: 'save.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"the-empty-chair/save","save":{"schemaVersion":1,"storyHash":"ab'),
  });
  await expect.poll(() => dialog(page).getByRole('status').innerText()).toContain('cut short');
  expect(await storage(page)).toEqual(before);
  expect(await transcript(page)).toBe(text);
  expect(errors).toEqual([]);
});

it('says so when storage is full, and keeps playing', async () => {
  const { page, errors } = session();
  // Storage that refuses every write of a save, as a full one does.
  await page.addInitScript(() => {
    const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')?.value as (
      this: Storage,
      key: string,
      value: string,
    ) => void;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('the-empty-chair/') && !key.endsWith('probe')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      setItem.call(this, key, value);
    };
  });
  await startAsStalin(page, 1);
  await expect.poll(() => page.locator('.notice').innerText()).toContain('full');
  await page.getByRole('button', { name: 'Saves' }).click();
  await dialog(page).getByRole('button', { name: 'Save here in slot 3' }).click();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => dialog(page).getByRole('status').innerText())
    .toContain("Could not save in slot 3: the browser's storage for this site is full");
  await page.keyboard.press('Escape');
  await page.locator('[data-choices] button').first().click();
  await page.locator('[data-choices] button').first().waitFor();
  expect(errors).toEqual([]);
});

it('plays with storage disabled: saving is off, export and import still work', async () => {
  const { page, errors } = session();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is disabled.', 'SecurityError');
      },
    });
  });
  await startAsStalin(page, 2);
  await expect.poll(() => page.locator('.notice').innerText()).toContain('saving is off');
  const text = await transcript(page);
  await page.getByRole('button', { name: 'Saves' }).click();
  await dialog(page).getByText('Saving is off in this browser').waitFor();
  expect(await dialog(page).getByRole('button', { name: 'Save here in slot 1' }).count()).toBe(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog(page).getByRole('button', { name: 'Export this run to a file' }).click(),
  ]);
  const file = await download.path();
  await page.keyboard.press('Escape');

  // A new run, then the file: it is played at once, since it cannot be kept.
  await page.reload();
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: /Trotsky/ }).click();
  await page.getByRole('button', { name: 'Saves' }).click();
  await page.locator('dialog input[type=file]').setInputFiles(file);
  await expect.poll(() => transcript(page)).toBe(text);
  expect(await dialog(page).isVisible()).toBe(false);
  expect(errors).toEqual([]);
});
