/**
 * Node only: What-if scenarios on worker threads (one per core by default), for `npm run whatif` and the
 * bench; the Lab does the same with Web Workers (src/ui/labRunner.ts). The workers load a prebuilt
 * plain-JavaScript bundle (no TypeScript compiler at start), parse the story once, and stay alive
 * between runs until close(). spawn() and load() apart let the workers load their code while the
 * caller reads the story.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

import { mergeRanges, toDistribution } from '../sim/labResult.ts';
import { chunksOf } from '../sim/parallel.ts';
import type { Distribution, RangeResult, Scenario } from '../sim/whatIf.ts';
import { nodeBundle, root } from './nodeBundle.mjs';
import type { ChunkReply, ChunkRequest, StoryReply, StoryRequest } from './simWorker.ts';

export interface PoolOptions {
  threads?: number;
  /** Play in the fast simulation mode (default), falling back per chunk where the story needs it. */
  fast?: boolean;
  /** Another worker bundle, e.g. the bench's build against stock inkjs. */
  workerFile?: string;
}

export class SimPool {
  private constructor(
    private readonly workers: Worker[],
    private readonly fast: boolean,
  ) {}

  static async start(storyJson: string, options: PoolOptions = {}): Promise<SimPool> {
    const pool = await SimPool.spawn(options);
    await pool.load(storyJson);
    return pool;
  }

  /** Starts the workers, which begin loading their code at once: load() then gives them the story. */
  static async spawn(options: PoolOptions = {}): Promise<SimPool> {
    const file =
      options.workerFile ??
      (await nodeBundle(path.relative(root, path.join(import.meta.dirname, 'simWorker.ts'))));
    const threads = Math.max(1, options.threads ?? availableParallelism());
    const workers = Array.from({ length: threads }, () => new Worker(file));
    return new SimPool(workers, options.fast ?? true);
  }

  /**
   * Sends the story to every worker and waits until each has parsed it, so that a broken bundle or
   * story fails here and not mid-run.
   */
  async load(storyJson: string): Promise<void> {
    const request: StoryRequest = { story: storyJson };
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const onReply = (reply: StoryReply): void => {
              worker.off('error', reject);
              if (reply.ok) resolve();
              else reject(new Error(reply.error));
            };
            worker.once('message', onReply);
            worker.once('error', reject);
            worker.postMessage(request);
          }),
      ),
    );
  }

  /** Plays the scenario's runs in chunks shared by the workers; onProgress gets the histories done. */
  async run(scenario: Scenario, onProgress?: (done: number, total: number) => void): Promise<Distribution> {
    const chunks = chunksOf([scenario]);
    const parts: RangeResult[] = [];
    let done = 0;
    const work = (worker: Worker): Promise<void> =>
      new Promise<void>((resolve, reject) => {
        const next = (): void => {
          const chunk = chunks.shift();
          if (!chunk) {
            worker.off('message', onReply);
            worker.off('error', reject);
            resolve();
            return;
          }
          const request: ChunkRequest = { scenario, from: chunk.from, to: chunk.to, fast: this.fast };
          worker.postMessage(request);
        };
        const onReply = (reply: ChunkReply): void => {
          if (!reply.ok) {
            worker.off('message', onReply);
            reject(new Error(reply.error));
            return;
          }
          parts.push(reply.result);
          done += reply.result.to - reply.result.from;
          onProgress?.(done, scenario.runs);
          next();
        };
        worker.on('message', onReply);
        worker.once('error', reject);
        next();
      });
    await Promise.all(this.workers.map(work));
    return toDistribution(mergeRanges(scenario, parts));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** Starts a pool, runs one scenario and closes the pool. */
export async function simulateInParallel(
  storyJson: string,
  scenario: Scenario,
  options: PoolOptions = {},
): Promise<Distribution> {
  const pool = await SimPool.start(storyJson, options);
  try {
    return await pool.run(scenario);
  } finally {
    await pool.close();
  }
}
