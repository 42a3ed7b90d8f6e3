/**
 * The workers run under the game's Content-Security-Policy. A <meta> policy never reaches a worker: a
 * worker has the policy of the response that delivered its script. So the policy reaches the What-if
 * Lab's workers through the host's header (`vite preview` sends it, as README "Hosting" asks a host to)
 * or, on a host that sends none, through the service worker, which serves every file with it from the
 * second visit on. Each check runs code in the worker itself: under the policy, a string cannot become
 * code (no 'unsafe-eval') and a request to another origin is refused (connect-src 'self').
 */
import path from 'node:path';

import type { Page, Worker } from 'playwright-core';
import { afterEach, expect, inject, it } from 'vitest';

import { sessionPerTest, waitForBoot } from './browser.ts';
import { staticHost, type StaticHost } from './staticHost.ts';

const session = sessionPerTest(undefined, { serviceWorkers: 'allow' });
let site: StaticHost | null = null;
afterEach(async () => {
  if (site) await new Promise((resolve) => site?.server.close(resolve));
  site = null;
});

/** Opens the What-if Lab, which starts its workers at once; resolves to the first of them. */
async function labWorker(page: Page): Promise<Worker> {
  const started = page.waitForEvent('worker', { predicate: (w) => w.url().includes('lab.worker') });
  await page.getByRole('button', { name: 'What-if Lab' }).click();
  return started;
}

/**
 * What the worker's own code may do: run a string as code (a string timer: code run from outside, as
 * this probe is, may be exempt from the policy, so the string must run later, in a task of the worker's
 * own) and fetch from another origin (the policy refuses before any connection and reports it).
 */
function probe(worker: Worker): Promise<{ evaluates: boolean; fetchesElsewhere: boolean }> {
  return worker.evaluate(async () => {
    const scope = self as unknown as { __ran?: boolean; setTimeout(code: string, ms: number): number };
    const violations: string[] = [];
    self.addEventListener('securitypolicyviolation', (event) => {
      violations.push(event.violatedDirective);
    });
    scope.setTimeout('self.__ran = true', 0);
    await fetch('http://127.0.0.2:9/').catch(() => undefined);
    // Timers run in order: by this one, the string timer has run or been refused.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { evaluates: scope.__ran === true, fetchesElsewhere: !violations.includes('connect-src') };
  });
}

it('runs the Lab workers under the policy the host sends', async () => {
  const { page, errors } = session();
  await page.goto(inject('baseUrl'));
  await waitForBoot(page);
  expect(await probe(await labWorker(page))).toEqual({ evaluates: false, fetchesElsewhere: false });
  expect(errors).toEqual([]);
});

it('on a host that sends no policy, runs them under the service worker’s from the second visit', async () => {
  site = staticHost(path.resolve('dist'));
  const base = await site.start();
  const { page } = session();
  await page.goto(base);
  await waitForBoot(page);
  // The first visit: only the <meta> policy, which does not reach workers (README "Hosting" says so).
  expect(await probe(await labWorker(page))).toEqual({ evaluates: true, fetchesElsewhere: true });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await waitForBoot(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  expect(await probe(await labWorker(page))).toEqual({ evaluates: false, fetchesElsewhere: false });
});
