// npm run lighthouse: Lighthouse (mobile: its default Moto G Power emulation, 4x CPU slowdown and
// simulated slow 4G) on the built game and on the empty Phaser 4 baseline (bench/baseline), both built
// with the project's Vite config and served by `vite preview`, in Debian's Chromium with the browser
// tests' flags. Writes the medians to BENCHMARKS.md between the lighthouse markers, and prints them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { format, resolveConfig } from 'prettier';

import { buildAndServe, root, targets } from './targets.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const chromiumConfig = JSON.parse(readFileSync(path.join(root, 'test/browser/chromium.json'), 'utf8'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? chromiumConfig.executablePath;
const FLAGS = [...new Set([...chromiumConfig.args, '--headless'])];
const BENCHMARKS = path.join(root, 'BENCHMARKS.md');
const START = '<!-- lighthouse:start -->';
const END = '<!-- lighthouse:end -->';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function audit(url) {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, userDataDir });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .filter((a) => ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
      .map((a) => a.id);
    return {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(categories[c].score * 100)])),
      metrics: Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, audits[id].numericValue])),
      failing,
    };
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

const rows = [];
for (const target of targets) {
  const served = await buildAndServe(target);
  const server = served.server;
  const url = served.url;
  const runs = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const run = await audit(url);
      console.log(
        `${target.name}, run ${i + 1}: ${JSON.stringify(run.scores)} ${JSON.stringify(run.metrics)}`,
      );
      runs.push(run);
    }
  } finally {
    await server.close();
  }
  rows.push({
    name: target.name,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])),
    metrics: Object.fromEntries(Object.keys(METRICS).map((k) => [k, median(runs.map((r) => r.metrics[k]))])),
    all: runs.map((r) => r.scores.performance),
    failing: [...new Set(runs.flatMap((r) => r.failing))],
  });
}
rmSync(path.join(root, 'dist-baseline'), { recursive: true, force: true });

const ms = (n) => `${Math.round(n)} ms`;
const date = new Date().toISOString().slice(0, 10);
const table = [
  `Latest run: ${date}, ${RUNS} runs each, median (\`npm run lighthouse\`; \`LIGHTHOUSE_RUNS\` sets the number).`,
  '',
  '| build | performance | accessibility | best practices | FCP | LCP | TBT | CLS | performance, every run |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ` +
      `${ms(r.metrics.fcp)} | ${ms(r.metrics.lcp)} | ${ms(r.metrics.tbt)} | ${r.metrics.cls.toFixed(3)} | ${r.all.join(', ')} |`,
  ),
  '',
  ...rows.map(
    (r) =>
      `- ${r.name}, audits not passed: ${r.failing.length > 0 ? r.failing.map((id) => `\`${id}\``).join(', ') : 'none'}`,
  ),
].join('\n');
console.log(`\n${table}\n`);

const current = readFileSync(BENCHMARKS, 'utf8');
const block = `${START}\n${table}\n${END}`;
const updated = current.includes(START)
  ? current.replace(new RegExp(`${START}[\\s\\S]*?${END}`), block)
  : `${current.trimEnd()}\n\n## Lighthouse (mobile)\n\n${block}\n`;
// Formatted as `npm run format` would, so that `npm test` (format:check) stays green.
const options = { ...(await resolveConfig(BENCHMARKS)), filepath: BENCHMARKS };
writeFileSync(BENCHMARKS, await format(updated, options));
console.log(`Written to ${path.relative(process.cwd(), BENCHMARKS)}.`);
