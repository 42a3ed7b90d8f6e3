/**
 * The Content-Security-Policy of the built game: present, strict (no 'unsafe-eval', no inline script),
 * enforced by Chromium, and never violated by the game itself, Phaser (WebGL and canvas) and inkjs
 * included.
 */
import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { beforeEach, expect, inject, it } from 'vitest';

import { sessionPerTest } from './browser.ts';

const base = inject('baseUrl');

// Full motion and the offline worker: everything the game draws and installs runs under the policy.
const session = sessionPerTest(undefined, { motion: 'full', serviceWorkers: 'allow' });
beforeEach(async () => {
  // Every violation the page reports, from the first script on.
  await session().page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
});

const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

it('ships a strict policy and no inline script', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
  // The policy comes before any script, and every script is a file.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attrs, body] of scripts) {
    expect(attrs).toMatch(/\bsrc=/);
    expect(body?.trim()).toBe('');
  }
});

it.each([
  ['WebGL (or whatever Phaser picks)', ''],
  ['canvas', '?renderer=canvas'],
])('plays with %s without a single violation', async (_name, query) => {
  const { page, errors } = session();
  await page.goto(`${base}${query}`);
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: /Stalin/ }).click();
  await page.locator('[data-table][data-table-ready]').waitFor({ timeout: 30_000 });
  for (let i = 0; i < 3; i++) {
    const before = await page.locator('[data-transcript] > *').count();
    await page.locator('[data-choices] button').first().click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-transcript] > *').length > n, before);
  }
  await page.getByRole('button', { name: 'Saves' }).click();
  await page.getByRole('button', { name: 'Save here in slot 1' }).click();
  await page.keyboard.press('Enter');
  await page.getByText('Saved in slot 1').waitFor();
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

it('is enforced: injected inline script and inline handlers do not run', async () => {
  const { page } = session();
  await page.goto(`${base}?renderer=canvas&seed=3`);
  await page.getByRole('button', { name: 'New game' }).waitFor();
  // As markup would if text were ever rendered as HTML: an inline script and an inline handler.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = "script";';
    document.body.append(script);
    const button = document.createElement('button');
    button.setAttribute('onclick', 'window.__injected = "handler"');
    document.body.append(button);
    button.click();
  });
  expect(
    await page.evaluate(() => (window as unknown as { __injected?: string }).__injected),
  ).toBeUndefined();
  await expect
    // Each policy that holds reports it: the <meta> and, where the host or the worker sends it, the header.
    .poll(async () => [...new Set((await violations(page)).map((v) => v.split(' ')[0]))])
    .toEqual(['script-src-elem', 'script-src-attr']);
});
