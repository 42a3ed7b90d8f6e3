/**
 * Node only: simulates a What-if scenario on several worker threads (one per core by default). Used by
 * `npm run whatif` and the bench; the browser's Lab does the same with Web Workers.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

import { mergeDistributions, splitScenario } from '../sim/parallel.ts';
import type { Distribution, Scenario } from '../sim/whatIf.ts';

const WORKER = new URL('./simWorker.ts', import.meta.url).href;
// The worker is TypeScript like us: a small bootstrap registers tsx (a dev dependency; this is a Node
// tool, never shipped) in the worker thread before importing it.
const TSX = import.meta.resolve('tsx/esm/api');
const BOOTSTRAP = `import(${JSON.stringify(TSX)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); });`;

function runPiece(storyJson: string, scenario: Scenario): Promise<Distribution> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { storyJson, scenario } });
    worker.once('message', (result: Distribution) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`simulation worker stopped with exit code ${String(code)}`));
    });
  });
}

export async function simulateInParallel(
  storyJson: string,
  scenario: Scenario,
  threads = availableParallelism(),
): Promise<Distribution> {
  const pieces = splitScenario(scenario, threads);
  const results = await Promise.all(pieces.map((piece) => runPiece(storyJson, piece)));
  return mergeDistributions(scenario, results);
}
