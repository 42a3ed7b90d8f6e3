/**
 * npm run bench, part 2: the What-if engine (issue 11). In one run, on the story as compiled today:
 *
 * - one thread, histories per second: raw inkjs as published (the floor of the old engine), the engine as
 *   it was (the same code built against `inkjs-stock`, the registry's unpatched inkjs, standard mode),
 *   the patched runtime in the standard mode, and the patched runtime in the fast simulation mode (now);
 * - 1,000 histories on two worker threads, from a cold pool, for the old and new engine;
 * - `npm run whatif` end to end (a new process, as a user runs it), 1,000 histories, random and as history did;
 * - the browser Lab, from pressing Run to the full chart, 1,000 histories in two Web Workers (headless
 *   Chromium), measured in the same minute as the command line;
 * - the debrief's "decisions that mattered" (seconds of re-simulation in the game) before and after.
 *
 * The machine is shared and its speed drifts from minute to minute: every figure is the median of
 * BENCH_SIM_ROUNDS rounds (default 3), each round taking every row in turn, with the load average beside.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

import { chromium } from 'playwright-core';

import type { Protagonist } from '../src/sim/whatIf.ts';
import { nodeBundle, root } from '../src/tools/nodeBundle.mjs';
import { SimPool, storySnapshot } from '../src/tools/simPool.ts';
import { compiledStory } from '../src/tools/storyCache.ts';
import { LAB_READY_MARK } from '../src/ui/labRunner.ts';
import type { EngineTask } from './engineTasks.ts';
import { buildAndServe, targets } from './targets.mjs';

const SAMPLE = Number(process.env.BENCH_SIM_SAMPLE ?? 150);
const HISTORIES = 1000;
const ROUNDS = Number(process.env.BENCH_SIM_ROUNDS ?? 3);
const PROTAGONISTS = ['Trotsky', 'Stalin'] as const;

const compiled = await compiledStory();
if (!compiled.json) throw new Error('the story did not compile');
const storyJson = compiled.json;

const STOCK = {
  'inkjs/engine/Story': 'inkjs-stock/engine/Story',
  'inkjs/engine/InkList': 'inkjs-stock/engine/InkList',
};
const bundles = {
  now: await nodeBundle('bench/engineTasks.ts'),
  stock: await nodeBundle('bench/engineTasks.ts', { name: 'engineTasks-stock', alias: STOCK }),
  poolNow: await nodeBundle('src/tools/simWorker.ts'),
  poolStock: await nodeBundle('src/tools/simWorker.ts', { name: 'simWorker-stock', alias: STOCK }),
};
// What `npm run whatif` builds on its first run after a change to the story or the engine (its bundle and
// the snapshot its processes start from, a few seconds once), built now: the rounds time its later runs.
await nodeBundle('src/tools/whatif.ts');
await storySnapshot(storyJson);

const load = (): string => loadavg()[0]?.toFixed(1) ?? '?';
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/** Runs tasks one after the other in a fresh worker thread of one build; returns each task's ms. */
async function onThread(file: string, tasks: EngineTask[]): Promise<number[]> {
  const worker = new Worker(file, { workerData: { storyJson } });
  try {
    const times: number[] = [];
    for (const task of tasks) {
      times.push(
        await new Promise<number>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage(task);
        }),
      );
    }
    return times;
  } finally {
    await worker.terminate();
  }
}

/** ms per history on one thread, after a warm-up, median of the rounds. */
async function perHistory(
  file: string,
  task: EngineTask & { runs: number },
  samples: number[][],
): Promise<void> {
  const [, ms] = await onThread(file, [{ ...task, runs: 20 }, task]);
  samples.push([(ms ?? 0) / task.runs, Number(load())]);
}

const out = (line = ''): void => {
  console.log(line);
};

// 1. One thread.
const single: Record<string, number[][]> = {};
const cell = (key: string): number[][] => (single[key] ??= []);
for (let round = 0; round < ROUNDS; round++) {
  for (const protagonist of PROTAGONISTS) {
    const histories = (fast: boolean): EngineTask & { runs: number } => ({
      kind: 'histories',
      protagonist,
      others: 'random',
      runs: SAMPLE,
      fast,
    });
    await perHistory(bundles.stock, { kind: 'raw', protagonist, runs: SAMPLE }, cell(`${protagonist} raw`));
    await perHistory(bundles.stock, histories(false), cell(`${protagonist} before`));
    await perHistory(bundles.now, histories(false), cell(`${protagonist} standard`));
    await perHistory(bundles.now, histories(true), cell(`${protagonist} fast`));
  }
}
const fmt = (samples: number[][]): string => {
  const ms = median(samples.map(([v]) => v ?? 0));
  return `${ms.toFixed(1)} ms (${(1000 / ms).toFixed(0)}/s)`;
};
const loads = (keys: string[]): string =>
  keys.flatMap((k) => single[k]?.map(([, l]) => (l ?? 0).toFixed(1)) ?? []).join(', ');

out(
  `\nWhat-if engine — ${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}, ${String(availableParallelism())} cores, ` +
    `story ${compiled.hash ?? ''}; one thread: ${String(SAMPLE)} random histories, median of ${String(ROUNDS)} interleaved rounds\n`,
);
out(
  '| one thread, random choices | raw inkjs 2.4.0 (stock) | engine before (stock inkjs, standard mode) | engine, patched inkjs, standard mode | engine now (patched, fast mode) | now vs before |',
);
out('|---|---|---|---|---|---|');
for (const p of PROTAGONISTS) {
  const before = median(cell(`${p} before`).map(([v]) => v ?? 0));
  const now = median(cell(`${p} fast`).map(([v]) => v ?? 0));
  out(
    `| ${p} | ${fmt(cell(`${p} raw`))} | ${fmt(cell(`${p} before`))} | ${fmt(cell(`${p} standard`))} | ${fmt(cell(`${p} fast`))} | ${(before / now).toFixed(1)}× |`,
  );
}
out(`\nLoad average (1 min) at each single-thread figure: ${loads(Object.keys(single))}`);

// 2. 1,000 histories on two threads, from a cold pool, and 3. `npm run whatif`, and 4. the browser Lab.
async function pooled(
  file: string,
  fast: boolean,
  protagonist: Protagonist,
  others: 'random' | 'history',
): Promise<number> {
  const started = performance.now();
  const pool = await SimPool.start(storyJson, { threads: 2, fast, workerFile: file });
  await pool.run({ protagonist, pins: {}, others, runs: HISTORIES, seed: 1 });
  await pool.close();
  return (performance.now() - started) / 1000;
}

function whatif(protagonist: Protagonist, others: 'random' | 'history'): number {
  const started = performance.now();
  execFileSync(
    'npm',
    [
      'run',
      '-s',
      'whatif',
      '--',
      '--as',
      protagonist,
      '--others',
      others,
      '--runs',
      String(HISTORIES),
      '--json',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return (performance.now() - started) / 1000;
}

const game = targets.find((t) => t.kind === 'game');
if (!game) throw new Error('no game target');
const { server, url } = await buildAndServe(game);
const chromiumConfig = JSON.parse(readFileSync(path.join(root, 'test/browser/chromium.json'), 'utf8')) as {
  executablePath: string;
  args: string[];
};
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? chromiumConfig.executablePath,
  headless: true,
  args: chromiumConfig.args,
});

/**
 * Seconds from pressing Run to the full chart for 1,000 histories, in a fresh page (the Lab opened, its
 * story read), and the main thread's longest task meanwhile (Chromium reports tasks of 50 ms and more:
 * 0 means none reached 50 ms). Run is pressed when the Lab's workers have parsed the story and warmed
 * up and the first visit's offline copy is installed (`ready`: a player takes that long to set a
 * scenario up), or as soon as the form is filled.
 */
async function inBrowser(
  protagonist: Protagonist,
  others: 'random' | 'history',
  when: 'ready' | 'at once',
  { phone = false, compare = false } = {},
): Promise<{ seconds: number; longestTask: number }> {
  const page = await browser.newPage({
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
  });
  try {
    await page.goto(`${url}?renderer=canvas`);
    await page.getByRole('button', { name: 'What-if Lab' }).click();
    await page.locator('select[data-decision]').first().waitFor();
    const a = page.locator('.scenario-a');
    await a.getByRole('radio', { name: protagonist }).check();
    await a.getByRole('radio', { name: others === 'history' ? 'as history did' : 'at random' }).check();
    if (compare) {
      // B starts as a copy of A; one pin changed, as the Lab suggests.
      await page.getByLabel('Compare with a second scenario (B)').check();
      await page.locator('.scenario-b select[data-decision]').first().selectOption({ index: 1 });
    }
    await page.getByLabel('Histories to simulate').fill(String(HISTORIES));
    if (when === 'ready') {
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, LAB_READY_MARK);
      // A first visit also installs the offline copy (the service worker fetches every file of the
      // game, about a second of work); a player setting a scenario up gives it that time too.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
    }
    const started = await page.evaluate(() => {
      const tasks: number[] = [];
      (window as unknown as { benchTasks: number[] }).benchTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      }).observe({ type: 'longtask' });
      return performance.now();
    });
    // Waited for by the page itself: a locator polling the page forces layouts of its own, and those
    // were counted among the Lab's long tasks.
    await page.evaluate(() => {
      // Resolves with the moment the whole chart was drawn.
      (window as unknown as { benchDone: Promise<number> }).benchDone = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector('.lab-results:not(.lab-partial) .lab-chart')) return;
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      });
    });
    await page.getByRole('button', { name: 'Run' }).click();
    const ended = await page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone);
    const longestTask = await page.evaluate(() =>
      Math.max(0, ...(window as unknown as { benchTasks: number[] }).benchTasks),
    );
    return { seconds: (ended - started) / 1000, longestTask };
  } finally {
    await page.close();
  }
}

/** The figures of one row of the table below, one per round. */
interface RowFigures {
  before: number[];
  now: number[];
  cli: number[];
  lab: number[];
  atOnce: number[];
  longestTask: number[];
  load: number[];
}
const noFigures = (): RowFigures => ({
  before: [],
  now: [],
  cli: [],
  lab: [],
  atOnce: [],
  longestTask: [],
  load: [],
});
const rows = PROTAGONISTS.flatMap((protagonist) =>
  (['random', 'history'] as const).map((others) => ({
    protagonist,
    others,
    figures: noFigures(),
  })),
);
/** The heaviest page the Lab draws while it runs: A beside B on a phone's screen. */
const phoneCompare = { seconds: [] as number[], longestTask: [] as number[] };
// Round by round, every row in turn: the machine's speed drifts from minute to minute, and each row's
// median then comes from minutes spread over the whole bench.
for (let round = 0; round < ROUNDS; round++) {
  const phone = await inBrowser('Stalin', 'random', 'ready', { phone: true, compare: true });
  phoneCompare.seconds.push(phone.seconds);
  phoneCompare.longestTask.push(phone.longestTask);
  for (const { protagonist, others, figures: row } of rows) {
    row.load.push(loadavg()[0] ?? 0);
    row.before.push(await pooled(bundles.poolStock, false, protagonist, others));
    row.now.push(await pooled(bundles.poolNow, true, protagonist, others));
    row.cli.push(whatif(protagonist, others));
    const lab = await inBrowser(protagonist, others, 'ready');
    row.lab.push(lab.seconds);
    row.longestTask.push(lab.longestTask);
    row.atOnce.push((await inBrowser(protagonist, others, 'at once')).seconds);
  }
}
/** The worst round's longest task, in words (Chromium reports only tasks of 50 ms and more). */
const longest = (tasks: number[]): string => {
  const worst = Math.max(...tasks);
  return worst === 0 ? 'none of 50 ms' : `${String(Math.round(worst))} ms`;
};
const seconds = (xs: number[]): string =>
  `${median(xs).toFixed(2)} s (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
out(
  `\n1,000 histories, seed 1 (two threads): median of ${String(ROUNDS)} rounds, every row in turn each round (range in brackets)\n`,
);
out(
  '| histories | engine before, 2 worker threads (cold pool) | engine now, 2 worker threads (cold pool) | `npm run whatif` now, end to end | browser Lab now, Run to chart (2 Web Workers, warmed up) | browser Lab, Run pressed as the form is filled | browser (warmed up) / command line | browser: longest main-thread task while it ran (worst round) | load average |',
);
out('|---|---|---|---|---|---|---|---|---|');
for (const { protagonist, others, figures: row } of rows) {
  out(
    `| ${protagonist}, ${others === 'history' ? 'as history did' : 'random choices'} | ${[row.before, row.now, row.cli, row.lab, row.atOnce].map(seconds).join(' | ')} | ${(median(row.lab) / median(row.cli)).toFixed(2)}× | ${longest(row.longestTask)} | ${Math.min(...row.load).toFixed(1)}–${Math.max(...row.load).toFixed(1)} |`,
  );
}
out(
  `\nThe browser Lab on a phone's screen (390×844), Stalin at random beside the same with its first decision pinned, 2×${HISTORIES.toLocaleString('en-GB')} histories (warmed up): Run to chart ${seconds(phoneCompare.seconds)}; longest main-thread task (worst round): ${longest(phoneCompare.longestTask)}`,
);
await browser.close();
await new Promise<void>((resolve) => {
  server.httpServer.close(() => {
    resolve();
  });
});

// 5. Decisions that mattered.
out(
  `\nThe debrief's "decisions that mattered" (re-simulation of one run, one thread), seeds 1–3 per side, before → now\n`,
);
out('| run | before (stock inkjs, standard mode) | now (patched, fast mode) | speed-up |');
out('|---|---|---|---|');
for (const protagonist of PROTAGONISTS) {
  for (let seed = 1; seed <= 3; seed++) {
    const task: EngineTask = { kind: 'mattered', protagonist, seed };
    const [before] = await onThread(bundles.stock, [task]);
    const [now] = await onThread(bundles.now, [task]);
    out(
      `| ${protagonist}, seed ${String(seed)} | ${((before ?? 0) / 1000).toFixed(2)} s | ${((now ?? 0) / 1000).toFixed(2)} s | ${((before ?? 0) / (now ?? 1)).toFixed(1)}× (load ${load()}) |`,
    );
  }
}
