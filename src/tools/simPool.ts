/**
 * Node only: What-if scenarios played in parallel (one worker per core by default), for `npm run whatif`
 * and the bench; the Lab does the same with Web Workers (src/ui/labRunner.ts). The workers stay alive
 * between runs until close(). They are either worker threads, which load a prebuilt plain-JavaScript
 * bundle (no TypeScript compiler at start) and are then sent the story to parse (spawn() and load() apart
 * let them load their code while the caller reads the story), or, for the What-if command, processes
 * started from a V8 startup snapshot with the engine loaded and the story parsed (fromSnapshot()).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';

import { mergeRanges, toDistribution } from '../sim/labResult.ts';
import { chunksOf } from '../sim/parallel.ts';
import type { Distribution, RangeResult, Scenario } from '../sim/whatIf.ts';
import { CACHE, nodeBundle, root } from './nodeBundle.mjs';
import type { ChunkReply, ChunkRequest, StoryReply, StoryRequest } from './simServer.ts';

/** A worker thread, or a simulation process seen through the same few calls (ProcessPort). */
type SimPort = EventEmitter & { postMessage(message: unknown): void; terminate(): Promise<unknown> };

export interface PoolOptions {
  threads?: number;
  /** Play in the fast simulation mode (default), falling back per chunk where the story needs it. */
  fast?: boolean;
  /** Another worker bundle, e.g. the bench's build against stock inkjs. */
  workerFile?: string;
}

export class SimPool {
  private constructor(
    private readonly workers: SimPort[],
    private readonly fast: boolean,
  ) {}

  /**
   * Starts one process per core from a startup snapshot of the engine with `storyJson` parsed (built
   * the first time, and again when the story, the engine or Node changes: storySnapshot()), and waits
   * until each has said it is ready. A worker thread must load its code and parse the story first, and
   * two threads in one process play more slowly than two processes: measured on this project's 2-core
   * machine, the command's 1,000 histories take about a tenth less time this way (BENCHMARKS.md).
   */
  static async fromSnapshot(
    storyJson: string,
    options: Omit<PoolOptions, 'workerFile'> = {},
  ): Promise<SimPool> {
    const threads = Math.max(1, options.threads ?? availableParallelism());
    for (let attempt = 1; ; attempt++) {
      const blob = await storySnapshot(storyJson);
      const pool = new SimPool(
        Array.from({ length: threads }, () => new ProcessPort(blob)),
        options.fast ?? true,
      );
      try {
        await pool.replies();
        return pool;
      } catch (error) {
        await pool.close();
        // A snapshot its processes cannot start from (damaged on disk, say) is no use: it is built
        // afresh, once.
        rmSync(blob, { force: true });
        if (attempt === 2) throw error;
      }
    }
  }

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
    await this.replies({ story: storyJson });
  }

  /** Each worker's next reply (to `request`, if given: a process started from a snapshot says it is ready unasked). */
  private async replies(request?: StoryRequest): Promise<void> {
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
            if (request) worker.postMessage(request);
          }),
      ),
    );
  }

  /** Plays the scenario's runs in chunks shared by the workers; onProgress gets the histories done. */
  async run(scenario: Scenario, onProgress?: (done: number, total: number) => void): Promise<Distribution> {
    const chunks = chunksOf([scenario]);
    const parts: RangeResult[] = [];
    let done = 0;
    const work = (worker: SimPort): Promise<void> =>
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

/**
 * The simulation processes' V8 flags: V8's optimizing compiler and garbage collector on the thread they
 * serve, as `npm run whatif` runs its own (package.json): one process per core already fills the machine.
 * A snapshot is built with the flags its processes run with (V8 refuses one built otherwise).
 */
const PROCESS_FLAGS = ['--no-concurrent-recompilation', '--single-threaded-gc'];

const SNAPSHOT = /^simSnapshot-[0-9a-f]+\.blob$/;

/**
 * The path of a V8 startup snapshot of simSnapshot.ts with `storyJson` parsed, built if there is none
 * for this story, this engine (its bundle) and this Node. Older snapshots (7 MB each) are removed.
 */
export async function storySnapshot(storyJson: string): Promise<string> {
  const bundle = await nodeBundle(path.relative(root, path.join(import.meta.dirname, 'simSnapshot.ts')), {
    format: 'cjs',
  });
  const key = createHash('sha256')
    .update(readFileSync(bundle))
    .update(storyJson)
    .update([process.version, process.arch, ...PROCESS_FLAGS].join(' '))
    .digest('hex')
    .slice(0, 16);
  const blob = path.join(CACHE, `simSnapshot-${key}.blob`);
  if (existsSync(blob)) return blob;
  // Built under a name of its own and renamed when whole, so that a command started meanwhile never
  // reads half a snapshot.
  const building = `${blob}.${String(process.pid)}`;
  const storyFile = `${building}.json`;
  writeFileSync(storyFile, storyJson);
  try {
    await promisify(execFile)(
      process.execPath,
      [...PROCESS_FLAGS, '--snapshot-blob', building, '--build-snapshot', bundle],
      { env: { ...process.env, SIM_SNAPSHOT_STORY: storyFile } },
    );
    renameSync(building, blob);
  } finally {
    rmSync(storyFile, { force: true });
    rmSync(building, { force: true });
  }
  for (const file of readdirSync(CACHE))
    if (SNAPSHOT.test(file) && file !== path.basename(blob)) rmSync(path.join(CACHE, file), { force: true });
  return blob;
}

/** A simulation process started from a snapshot, seen as a worker thread is (messages, errors, terminate()). */
class ProcessPort extends EventEmitter {
  private readonly child: ChildProcess;
  private readonly exited: Promise<void>;
  private closing = false;

  constructor(blob: string) {
    super();
    this.child = spawn(process.execPath, [...PROCESS_FLAGS, '--snapshot-blob', blob], {
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    // What it says on stderr (V8 refusing the snapshot, say) is kept for the error that follows.
    let said = '';
    this.child.stderr?.on('data', (chunk: Buffer) => (said += chunk.toString()));
    this.child.on('message', (message) => {
      this.emit('message', message);
    });
    this.child.on('error', (error) => {
      this.fail(error);
    });
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        if (!this.closing)
          this.fail(new Error(`a simulation process ended (${String(code ?? signal)}): ${said.trim()}`));
        resolve();
      });
    });
  }

  postMessage(message: unknown): void {
    this.child.send(message as object);
  }

  async terminate(): Promise<void> {
    this.closing = true;
    this.child.kill();
    await this.exited;
  }

  /**
   * An 'error' for whoever waits on this process. With nobody waiting (between runs), the next run's
   * message to the ended process fails, and that run with it.
   */
  private fail(error: Error): void {
    if (this.listenerCount('error') > 0) this.emit('error', error);
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
