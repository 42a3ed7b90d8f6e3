// npm run bench (last part): the seams between screens, the game as it is against a baseline build of an
// earlier commit (by default main just before issue 10's run record landed), both measured in this run in
// Debian's Chromium with the canvas renderer, each figure the median of several cold runs (a fresh
// browser profile each):
//   - reload → Continue → the first choice takes input (and whether it is in view);
//   - Timeline → "Go back to this decision" → the choices take input (and whether they are in view);
//   - a finished run's ending → Debrief → the debrief on screen (and whether its title is in view);
//   - the longest main-thread task from New game until a side is picked and the table has drawn its first
//     frame (the old build loads the table on the protagonist screen, this one once the run is on screen).
// Run alone: npx tsx bench/seams.mjs   (BENCH_SEAMS_BASE=<git rev> for another baseline,
// BENCH_SEAMS_RUNS=<n> for more runs). Results: bench/results/seams.json.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

import { encodeShareFragment } from '../src/core/shareLink.ts';
import { recordHistory } from '../src/sim/record.ts';
import { compileInk } from '../src/tools/inkCompile.ts';
import { root } from './targets.mjs';

/** main as it was just before the record architecture (issue 10) landed. */
const DEFAULT_BASE = process.env.BENCH_SEAMS_DEFAULT_BASE ?? '3b10149';
const BASE = process.env.BENCH_SEAMS_BASE ?? DEFAULT_BASE;
const RUNS = Number(process.env.BENCH_SEAMS_RUNS ?? 5);
const VIEWPORTS = [
  { name: '1280×800', width: 1280, height: 800 },
  { name: '390×844', width: 390, height: 844 },
];
const chromiumConfig = JSON.parse(readFileSync(path.join(root, 'test/browser/chromium.json'), 'utf8'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? chromiumConfig.executablePath;

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** A checkout of the baseline commit in a temporary folder, sharing this tree's node_modules. */
function checkout(rev) {
  const dir = mkdtempSync(path.join(tmpdir(), 'seams-base-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, rev], { cwd: root, stdio: 'ignore' });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return {
    dir,
    remove: () => {
      execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function buildAndServe(dir, outDir) {
  const configFile = path.join(dir, 'vite.config.ts');
  await build({ root: dir, configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root: dir,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  return { server, url: server.resolvedUrls.local[0] };
}

// ─── In the page ──────────────────────────────────────────────────────────────────────────────────

const CHOICE = '[data-choices]:not([aria-disabled="true"]) button';

/** Long tasks from the start, kept for the bench to read. */
const WATCH_LONG_TASKS = () => {
  window.benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.benchLongTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
};

/**
 * Arms a stopwatch: it starts at the next click (the event's own time) and stops at the first animation
 * frame where `selector` matches a visible element that was not there before; it notes whether that
 * element's top is in view.
 */
function arm(page, selector) {
  return page.evaluate((sel) => {
    for (const el of document.querySelectorAll(sel)) el.setAttribute('data-bench-old', '');
    const watch = { start: 0, end: 0, inView: false };
    window.benchWatch = watch;
    document.addEventListener(
      'click',
      (event) => {
        watch.start = event.timeStamp;
      },
      { capture: true, once: true },
    );
    const check = () => {
      const el = [...document.querySelectorAll(sel)].find(
        (e) => !e.hasAttribute('data-bench-old') && e.getClientRects().length > 0,
      );
      if (watch.start > 0 && el) {
        watch.end = performance.now();
        const box = el.getBoundingClientRect();
        watch.inView = box.top >= 0 && box.top < window.innerHeight;
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, selector);
}

async function stopwatch(page) {
  await page.waitForFunction(() => window.benchWatch.end > 0, null, { timeout: 60_000 });
  return page.evaluate(() => ({
    ms: window.benchWatch.end - window.benchWatch.start,
    inView: window.benchWatch.inView,
  }));
}

async function takeChoices(page, count) {
  for (let i = 0; i < count; i++) {
    await page.locator(CHOICE).first().waitFor({ timeout: 60_000 });
    const picked = await page.locator('[data-transcript] .picked').count();
    await page.locator(CHOICE).first().click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-transcript] .picked').length > n,
      picked,
      { timeout: 60_000 },
    );
  }
}

const uiReady = (page) =>
  page.waitForFunction(() => performance.getEntriesByName('ui-ready').length > 0, null, { timeout: 60_000 });

/** One cold run of every seam on one build. */
async function seamsOnce(url, viewport, fragment) {
  const profile = mkdtempSync(path.join(tmpdir(), 'seams-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumConfig.args,
    viewport: { width: viewport.width, height: viewport.height },
  });
  const game = `${url}?renderer=canvas&seed=3`;
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(WATCH_LONG_TASKS);
    page.setDefaultTimeout(60_000);

    // New game → a side → the table's first frame: the longest main-thread task on the way.
    await page.goto(game);
    await uiReady(page);
    const newGameAt = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /Stalin/ }).click();
    const sideAt = await page.evaluate(() => performance.now());
    await page.waitForFunction(() => performance.getEntriesByName('table-first-frame').length > 0);
    const longestTask = await page.evaluate(
      ([from, side]) => {
        const frame = performance.getEntriesByName('table-first-frame')[0].startTime;
        const to = Math.max(frame, side);
        return Math.max(
          0,
          ...window.benchLongTasks.filter(([s, d]) => s + d > from && s < to).map(([, d]) => d),
        );
      },
      [newGameAt, sideAt],
    );

    // Eight decisions, a reload, Continue.
    await takeChoices(page, 8);
    await page.reload();
    await uiReady(page);
    await arm(page, CHOICE);
    await page.getByRole('button', { name: 'Continue' }).click();
    const cont = await stopwatch(page);

    // Timeline → go back to the third decision.
    await page.getByRole('button', { name: 'Timeline' }).click();
    await page.locator('[data-timeline] .timeline-step').first().waitFor();
    await arm(page, CHOICE);
    await page
      .getByRole('button', { name: /Go back to this decision/ })
      .nth(2)
      .click();
    const rewind = await stopwatch(page);

    // A finished run's share link, then its debrief.
    await page.goto('about:blank');
    await page.goto(`${game}${fragment}`);
    await page.locator('[data-ending]').waitFor();
    const debriefButton = page.getByRole('button', { name: 'Debrief' });
    await debriefButton.waitFor();
    await arm(page, '[data-debrief]');
    await debriefButton.click();
    const debrief = await stopwatch(page);
    const titleInView = await page
      .locator('[data-debrief] h1')
      .evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < innerHeight);
    return { longestTask, cont, rewind, debrief: { ms: debrief.ms, inView: titleInView } };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

// ─── The bench ────────────────────────────────────────────────────────────────────────────────────

const story = compileInk(path.join(root, 'story/main.ink'));
if (!story.json || !story.hash) throw new Error('the story does not compile');
const finished = recordHistory(story.json, 'Stalin', 3);
const fragment = encodeShareFragment({ seed: 3, choiceLog: finished.choiceLog, story: story.hash });

const base = checkout(BASE);
const builds = [
  { name: 'this build', dir: root, outDir: path.join(root, 'dist-seams') },
  { name: `baseline ${BASE}`, dir: base.dir, outDir: path.join(base.dir, 'dist-seams') },
];
const results = [];
try {
  for (const target of builds) {
    target.served = await buildAndServe(target.dir, target.outDir);
  }
  for (const viewport of VIEWPORTS) {
    const runs = new Map(builds.map((b) => [b.name, []]));
    // Alternate the builds, so a change in the machine's load hits both alike.
    for (let i = 0; i < RUNS; i++) {
      for (const target of builds) {
        const run = await seamsOnce(target.served.url, viewport, fragment);
        // The machine's 1-minute load average as the run ended (a shared machine inflates every figure).
        run.load = loadavg()[0];
        runs.get(target.name).push(run);
        process.stdout.write('.');
      }
    }
    process.stdout.write('\n');
    for (const target of builds) {
      const r = runs.get(target.name);
      const inView = (pick) => `${String(r.filter((x) => pick(x).inView).length)}/${String(r.length)}`;
      results.push({
        build: target.name,
        viewport: viewport.name,
        runs: r.length,
        continueMs: median(r.map((x) => x.cont.ms)),
        continueInView: inView((x) => x.cont),
        goBackMs: median(r.map((x) => x.rewind.ms)),
        goBackInView: inView((x) => x.rewind),
        debriefMs: median(r.map((x) => x.debrief.ms)),
        debriefTitleInView: inView((x) => x.debrief),
        longestTaskMs: median(r.map((x) => x.longestTask)),
        load: median(r.map((x) => x.load)),
      });
    }
  }
} finally {
  for (const target of builds) await target.served?.server.close();
  rmSync(path.join(root, 'dist-seams'), { recursive: true, force: true });
  base.remove();
}

const ms = (x) => (Number.isFinite(x) ? `${String(Math.round(x))} ms` : '—');
console.log(
  `\nSeams, median of ${String(RUNS)} cold runs each (headless Chromium, canvas renderer; "in view": runs where it was)`,
);
console.log(
  '| build | viewport | reload → Continue → choice | in view | Go back → choices | in view | ending → debrief | title in view | longest task, New game → table | load average |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results)
  console.log(
    `| ${r.build} | ${r.viewport} | ${ms(r.continueMs)} | ${r.continueInView} | ${ms(r.goBackMs)} | ${r.goBackInView} | ${ms(r.debriefMs)} | ${r.debriefTitleInView} | ${ms(r.longestTaskMs)} | ${r.load.toFixed(1)} |`,
  );
const out = path.join(root, 'bench/results');
if (!existsSync(out)) mkdirSync(out, { recursive: true });
writeFileSync(
  path.join(out, 'seams.json'),
  `${JSON.stringify({ base: BASE, runs: RUNS, results }, null, 2)}\n`,
);
