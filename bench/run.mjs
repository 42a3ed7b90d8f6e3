// npm run bench: sizes and start-up times of the built game against an empty Phaser 4 game built the
// same way, measured in the same run in Debian's Chromium (canvas renderer, cold cache each run).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { chromium } from 'playwright-core';

import { measureFrames, percentiles } from './frames.mjs';
import { buildAndServe, root, targets } from './targets.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const FRAME_RUNS = Number(process.env.BENCH_FRAME_RUNS ?? 3);
// The same browser and flags as the browser tests.
const chromiumConfig = JSON.parse(readFileSync(path.join(root, 'test/browser/chromium.json'), 'utf8'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? chromiumConfig.executablePath;
const FLAGS = chromiumConfig.args;

function jsFiles(outDir) {
  const dir = path.join(outDir, 'assets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join(dir, f));
}

/** Art files: images and sounds, wherever the build put them. */
const ART = /\.(svg|png|webp|jpe?g|wav|ogg|mp3)$/;

function sizes(files) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const data = readFileSync(f);
    raw += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
  }
  return { raw, gzip };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function measure(url, outDir, start) {
  const profile = mkdtempSync(path.join(tmpdir(), 'bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    let startedAt = 0;
    if (start) {
      await page.waitForFunction(() => performance.getEntriesByName('ui-ready').length > 0);
      startedAt = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: start }).click();
    }
    await page.waitForFunction(() => performance.getEntriesByName('table-first-frame').length > 0, null, {
      timeout: 30_000,
    });
    const result = await page.evaluate(() => {
      const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      const uiReady = mark('ui-ready');
      const loaded = performance
        .getEntriesByType('resource')
        .filter((r) => new URL(r.name).origin === location.origin)
        .map((r) => ({ path: new URL(r.name).pathname, end: r.responseEnd }));
      const scripts = loaded.filter((r) => r.path.endsWith('.js'));
      return { uiReady, firstFrame: mark('table-first-frame'), scripts, loaded };
    });
    // JS that had arrived by the time the first choice was clickable (the entry module is fetched before it runs).
    const before = result.scripts
      .filter((s) => s.end <= result.uiReady)
      .map((s) => path.join(outDir, s.path));
    // What had arrived by the table's first frame: the art files (portraits, chairs, sounds) and everything.
    const byFrame = result.loaded
      .filter((r) => r.end <= result.firstFrame)
      .map((r) => path.join(outDir, r.path));
    const art = byFrame.filter((f) => ART.test(f));
    return {
      ...result,
      firstFrame: result.firstFrame - startedAt,
      bytesBefore: sizes(before),
      artBeforeFrame: { files: art.length, ...sizes(art) },
      allBeforeFrame: sizes(byFrame.filter((f) => existsSync(f) && statSync(f).isFile())),
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const rows = [];
for (const target of targets) {
  const served = await buildAndServe(target);
  const server = served.server;
  const url = `${served.url}?renderer=canvas`;
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(url, target.outDir, target.start));
  const frameRuns = [];
  for (let i = 0; i < FRAME_RUNS; i++) {
    frameRuns.push(await measureFrames({ url, kind: target.kind, executablePath: CHROMIUM, args: FLAGS }));
  }
  await server.close();
  const total = sizes(jsFiles(target.outDir));
  rows.push({
    name: target.name,
    totalRaw: total.raw,
    totalGzip: total.gzip,
    beforeRaw: runs[0].bytesBefore.raw,
    beforeGzip: runs[0].bytesBefore.gzip,
    art: runs[0].artBeforeFrame,
    all: runs[0].allBeforeFrame,
    uiReady: median(runs.map((r) => r.uiReady)),
    firstFrame: median(runs.map((r) => r.firstFrame)),
    uiReadyAll: runs.map((r) => Math.round(r.uiReady)),
    firstFrameAll: runs.map((r) => Math.round(r.firstFrame)),
    frameRuns,
  });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `\nnpm run bench — ${new Date().toISOString().slice(0, 10)}, ${RUNS} cold runs each, Chromium headless, ?renderer=canvas\n`,
);
console.log(
  '| build | JS before first clickable choice (raw / gzip) | JS total (raw / gzip) | first clickable choice, median | first Phaser frame, median (the game: after New game) |',
);
console.log('|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${kb(r.beforeRaw)} / ${kb(r.beforeGzip)} | ${kb(r.totalRaw)} / ${kb(r.totalGzip)} | ${Math.round(r.uiReady)} ms | ${Math.round(r.firstFrame)} ms |`,
  );
}
console.log(
  '\nLoaded by the first table frame (the art: image and sound files; everything: every file of the page, JS, story, fonts, art):\n',
);
console.log('| build | art files | art (raw / gzip) | everything (raw / gzip) |');
console.log('|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.name} | ${r.art.files} | ${kb(r.art.raw)} / ${kb(r.art.gzip)} | ${kb(r.all.raw)} / ${kb(r.all.gzip)} |`,
  );
console.log("\nAll runs (ms from navigation start; the game's first frame from the New game click):");
for (const r of rows)
  console.log(
    `- ${r.name}: first clickable ${r.uiReadyAll.join(', ')}; first frame ${r.firstFrameAll.join(', ')}`,
  );

const ms = (x) => `${x.toFixed(1)} ms`;
const med = (xs) => percentiles(xs).median;
console.log(
  `\nFrames and idle CPU — ${FRAME_RUNS} cold runs each, 1280×800, ?renderer=canvas. The game: the first vote's animation ` +
    '(key press to rest); the baseline: 2.5 s of its always-running loop. Idle: CPU time of the page in the 10 s after.\n',
);
console.log(
  '| build | frame interval, median / 95th percentile | frames over 33 ms | main thread busy while animating | CPU in 10 idle seconds |',
);
console.log('|---|---|---|---|---|');
for (const r of rows) {
  const f = r.frameRuns;
  console.log(
    `| ${r.name} | ${ms(med(f.map((x) => x.median)))} / ${ms(med(f.map((x) => x.p95)))} | ${med(f.map((x) => x.slow))} of ${med(f.map((x) => x.frames))} | ${med(f.map((x) => x.busyPercent)).toFixed(0)} % | ${Math.round(med(f.map((x) => x.idleMs)))} ms (script ${Math.round(med(f.map((x) => x.idleScriptMs)))} ms) |`,
  );
}
console.log('\nAll frame runs:');
for (const r of rows)
  for (const f of r.frameRuns)
    console.log(
      `- ${r.name}: ${f.frames} frames, median ${ms(f.median)}, p95 ${ms(f.p95)}, over 33 ms ${f.slow}, busy ${f.busyPercent.toFixed(0)} %, idle ${Math.round(f.idleMs)} ms`,
    );
rmSync(path.join(root, 'dist-baseline'), { recursive: true, force: true });
rmSync(path.join(root, 'dist-art-baseline'), { recursive: true, force: true });
