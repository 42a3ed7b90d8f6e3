// Frame times while the table animates a vote, and the CPU the page burns while the player reads.
// Used by bench/run.mjs for the game and, in the same run, for the empty Phaser game (whose loop never
// sleeps and which has no vote: its frames are measured over the same length of time instead).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';

const IDLE_SECONDS = 10;
const BASELINE_WINDOW_MS = 2500;

/** Median and 95th percentile (nearest rank). */
export function percentiles(xs) {
  if (xs.length === 0) return { median: NaN, p95: NaN };
  const s = [...xs].sort((a, b) => a - b);
  const rank = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  const m = Math.floor(s.length / 2);
  return { median: s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2, p95: rank(0.95) };
}

/** Records requestAnimationFrame timestamps in the page until stopped. */
function startRecorder() {
  const frames = [];
  let on = true;
  const tick = (t) => {
    frames.push(t);
    if (on) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__benchFrames = {
    stop: () => {
      on = false;
      return frames;
    },
  };
}

/** Waits until the table's data-table-<key> attribute has this value. */
const tableIs = (page, key, value, timeout = 15_000) =>
  page.waitForFunction(([k, v]) => document.querySelector('[data-table]')?.dataset[k] === v, [key, value], {
    timeout,
  });

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

/**
 * One cold page: play as Trotsky, the first choice each time, to the first vote; record every frame of
 * the vote animation, then measure 10 idle seconds.
 */
export async function measureFrames({ url, kind, executablePath, args }) {
  const profile = mkdtempSync(path.join(tmpdir(), 'bench-frames-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args,
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    const firstFrame = () =>
      page.waitForFunction(() => performance.getEntriesByName('table-first-frame').length > 0, null, {
        timeout: 30_000,
      });
    let windowMs;
    let cpuBefore;
    if (kind === 'game') {
      // The game loads its table when a run starts.
      await page.getByRole('button', { name: 'New game' }).click();
      await page.getByRole('button', { name: /Trotsky/ }).click();
      await firstFrame();
      await tableIs(page, 'tableAnimating', '');
      await page.waitForTimeout(300);
      // The first choice at each decision until a forum votes: frames are kept for the choice that led
      // to the vote, from its key press until the table is at rest.
      for (let turn = 0; ; turn++) {
        if (turn === 30) throw new Error('no vote after 30 choices');
        await page.evaluate(startRecorder);
        cpuBefore = await taskSeconds(cdp);
        const t0 = Date.now();
        await page.keyboard.press('1');
        await page.waitForFunction(() => {
          const group = document.querySelector('[data-choices]');
          const ready = group?.querySelector('button') && group.getAttribute('aria-disabled') !== 'true';
          return Boolean(ready) || document.querySelector('[data-ending]') !== null;
        });
        const votes = await page.evaluate(() =>
          Number(document.querySelector('[data-table]')?.dataset.tableVotes),
        );
        if (votes >= 1) {
          await tableIs(page, 'tableAnimating', '');
          windowMs = Date.now() - t0;
          break;
        }
        await page.evaluate(() => window.__benchFrames.stop());
        await tableIs(page, 'tableAnimating', '');
      }
    } else {
      await firstFrame();
      await page.waitForTimeout(500);
      await page.evaluate(startRecorder);
      cpuBefore = await taskSeconds(cdp);
      await page.waitForTimeout(BASELINE_WINDOW_MS);
      windowMs = BASELINE_WINDOW_MS;
    }
    const cpuAfter = await taskSeconds(cdp);
    const stamps = await page.evaluate(() => window.__benchFrames.stop());
    const intervals = stamps.slice(1).map((t, i) => t - stamps[i]);
    // The first frames straddle the key press (the story's own work); the rest are the animation.
    const { median, p95 } = percentiles(intervals);

    await page.waitForTimeout(300);
    const idleBefore = await taskSeconds(cdp);
    await page.waitForTimeout(IDLE_SECONDS * 1000);
    const idleAfter = await taskSeconds(cdp);
    return {
      frames: intervals.length,
      median,
      p95,
      slow: intervals.filter((x) => x > 33.4).length,
      busyPercent: (100 * (cpuAfter.task - cpuBefore.task) * 1000) / windowMs,
      idleMs: (idleAfter.task - idleBefore.task) * 1000,
      idleScriptMs: (idleAfter.script - idleBefore.script) * 1000,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
