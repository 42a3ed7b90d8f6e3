/**
 * npm run bench, part 2: the What-if engine's speed in Node. The baseline, measured in the same run, is the
 * raw inkjs playthrough rate on the same compiled story: a bare Story, Continue() to each choice and a
 * uniformly random pick, nothing else. Then the engine one thread (simulate()) and on every core
 * (simulateInParallel(), the path of `npm run whatif` and the bench target: 1,000 histories ≤ 3 s).
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';

import { Story } from 'inkjs';

import { mulberry32 } from '../src/sim/random.ts';
import { type Protagonist, simulate } from '../src/sim/whatIf.ts';
import { compileInk } from '../src/tools/inkCompile.ts';
import { simulateInParallel } from '../src/tools/simPool.ts';

const SAMPLE = Number(process.env.BENCH_SIM_SAMPLE ?? 150);
const HISTORIES = 1000;

const compiled = compileInk(path.resolve(import.meta.dirname, '../story/main.ink'));
if (!compiled.json) throw new Error('the story did not compile');
const storyJson = compiled.json;

/** Raw inkjs: the protagonist's choice, then uniformly random choices to the end. */
function rawRuns(protagonist: Protagonist, runs: number): number {
  const story = new Story(storyJson);
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    story.ResetState();
    story.state.storySeed = i + 1;
    const random = mulberry32(i + 1);
    let first = true;
    for (;;) {
      while (story.canContinue) story.Continue();
      const count = story.currentChoices.length;
      if (count === 0) break;
      story.ChooseChoiceIndex(first ? (protagonist === 'Trotsky' ? 0 : 1) : Math.floor(random() * count));
      first = false;
    }
  }
  return (performance.now() - started) / runs;
}

function engineRuns(protagonist: Protagonist, runs: number): number {
  const started = performance.now();
  simulate(storyJson, { protagonist, pins: {}, others: 'random', runs, seed: 1 });
  return (performance.now() - started) / runs;
}

async function parallelSeconds(protagonist: Protagonist): Promise<number> {
  const started = performance.now();
  await simulateInParallel(storyJson, { protagonist, pins: {}, others: 'random', runs: HISTORIES, seed: 1 });
  return (performance.now() - started) / 1000;
}

const rows: string[] = [];
for (const protagonist of ['Trotsky', 'Stalin'] as const) {
  // Warm up both paths once so that neither pays for the JIT alone.
  rawRuns(protagonist, 10);
  engineRuns(protagonist, 10);
  const raw = rawRuns(protagonist, SAMPLE);
  const engine = engineRuns(protagonist, SAMPLE);
  const parallel = await parallelSeconds(protagonist);
  rows.push(
    `| ${protagonist}, random choices | ${raw.toFixed(1)} ms (${(1000 / raw).toFixed(0)}/s) | ${engine.toFixed(1)} ms (${(1000 / engine).toFixed(0)}/s) | ${parallel.toFixed(2)} s |`,
  );
}

console.log(
  `\nWhat-if engine — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${String(availableParallelism())} cores, ` +
    `${String(SAMPLE)} histories per single-thread figure, ${String(HISTORIES)} for the parallel one\n`,
);
console.log(
  '| histories | raw inkjs, one thread (baseline) | engine, one thread | engine, 1,000 histories on every core |',
);
console.log('|---|---|---|---|');
for (const row of rows) console.log(row);
