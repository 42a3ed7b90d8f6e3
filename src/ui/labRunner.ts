/**
 * Runs the What-if Lab's simulations in Web Workers (src/sim/lab.worker.ts), so that the page's main
 * thread only draws. Up to two workers stay alive between runs with the story parsed; a scenario's runs
 * are cut into chunks that they take in turn (src/sim/parallel.ts), and each finished chunk is merged at
 * once, so the page can show the answer as it comes. Every run keeps its seed, so the result is the same
 * however the runs are shared. Cancelling terminates the workers at once.
 */
import type { Catalogue } from '../model/catalogue.ts';
import type { LabReply, LabRequest, RunReply } from '../sim/labProtocol.ts';
import { type LabResult, mergeParts, mergeRanges } from '../sim/labResult.ts';
import { type Chunk, chunksOf } from '../sim/parallel.ts';
import type { RangeResult, Scenario } from '../sim/whatIf.ts';

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** Two workers where the machine has the cores for them; never more (the page must stay responsive). */
export function workerCount(): number {
  const cores = Number.isInteger(navigator.hardwareConcurrency) ? navigator.hardwareConcurrency : 1;
  return Math.max(1, Math.min(2, cores));
}

/** Idle workers go after this long: warm for the next run, not holding memory all session. */
const IDLE_MS = 120_000;

const send = (worker: Worker, request: LabRequest): void => {
  worker.postMessage(request);
};

const failure = (event: ErrorEvent): Error =>
  new Error(event.message || 'the simulation worker could not start in this browser');

/**
 * The performance mark set when every worker of the Lab has parsed the story and warmed its engine up
 * (lab.worker.ts), so a Run from then on plays at full speed at once: what the bench waits for.
 */
export const LAB_READY_MARK = 'what-if-lab-ready';

let pool: { storyJson: string; workers: Worker[]; ready: number; idle: number | undefined } | null = null;

/** Stops the Lab's workers, if any run (the next run starts them again). */
export function stopWorkers(): void {
  if (!pool) return;
  window.clearTimeout(pool.idle);
  for (const worker of pool.workers) worker.terminate();
  pool = null;
}

/** `count` workers holding the story, started if need be; the idle timer stops while they are in use. */
function workersFor(storyJson: string, count: number): Worker[] {
  if (pool?.storyJson !== storyJson) stopWorkers();
  const current = (pool ??= { storyJson, workers: [], ready: 0, idle: undefined });
  window.clearTimeout(current.idle);
  while (current.workers.length < count) {
    const worker = new Worker(new URL('../sim/lab.worker.ts', import.meta.url), {
      type: 'module',
      name: 'what-if-lab',
    });
    worker.addEventListener('message', (event: MessageEvent<LabReply>) => {
      if (event.data.type !== 'ready') return;
      current.ready += 1;
      if (current.ready === current.workers.length) performance.mark(LAB_READY_MARK);
    });
    send(worker, { type: 'story', storyJson });
    current.workers.push(worker);
  }
  return current.workers.slice(0, count);
}

function idleLater(): void {
  if (!pool) return;
  window.clearTimeout(pool.idle);
  pool.idle = window.setTimeout(stopWorkers, IDLE_MS);
}

/** One request to one worker, answered by one reply. */
function ask(worker: Worker, request: LabRequest): Promise<RunReply> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<LabReply>): void => {
      if (event.data.type === 'ready') return; // unasked (see LabReply)
      cleanup();
      resolve(event.data);
    };
    const onError = (event: ErrorEvent): void => {
      cleanup();
      reject(failure(event));
    };
    const cleanup = (): void => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    send(worker, request);
  });
}

let catalogue: Promise<Catalogue> | null = null;

/** The story's decisions and endings, written by the ink compiler at build time (a module of their own). */
export function loadCatalogue(): Promise<Catalogue> {
  catalogue ??= import('../../story/main.ink?catalogue').then(
    (module) => module.default,
    (error: unknown) => {
      catalogue = null; // try again next time
      throw error;
    },
  );
  return catalogue;
}

/**
 * Starts the Lab's workers, which parse the story and warm their engines up while the player sets up a
 * scenario, so that Run plays at full speed from its first history.
 */
export function prepareWorkers(storyJson: string): void {
  workersFor(storyJson, workerCount());
  idleLater();
}

export interface LabJob {
  /** The results, one per scenario, in order; rejects with CancelledError when cancelled. */
  readonly done: Promise<LabResult[]>;
  cancel(): void;
}

/** A's and B's chunks taken in turn, so that both scenarios' partial results grow together. */
function interleaved(scenarios: readonly Scenario[]): Chunk[] {
  const chunks = chunksOf(scenarios);
  const each = scenarios.map((_, i) => chunks.filter((c) => c.scenario === i));
  const longest = Math.max(0, ...each.map((list) => list.length));
  return Array.from({ length: longest }, (_, k) => each.flatMap((list) => list[k] ?? [])).flat();
}

/** What the page is told while a run goes on. */
export interface LabWatcher {
  /** After every chunk (and once at the start): the histories done so far, and the total. */
  progress(done: number, total: number): void;
  /**
   * Draws the results so far (each counting the histories of its finished chunks); the run goes on once
   * the promise settles. Asked for at most every `drawEvery` ms, and only while every worker is between
   * chunks: on a 2-core machine the page's main thread then draws with both cores free, where beside two
   * busy workers the same drawing could be held off the CPU for tens of milliseconds.
   */
  draw(partial: LabResult[]): Promise<void>;
  /** The least time from one drawing to the next, in milliseconds. */
  drawEvery: number;
}

/**
 * Plays the scenarios, telling `watcher` how far they are and, a few times a second, what they have
 * found so far. The first worker to finish a chunk once a drawing is due waits for the others (a chunk
 * is a few hundred milliseconds of work: about half of one chunk of one worker is lost per drawing).
 */
export function runLab(
  storyJson: string,
  scenarios: readonly Scenario[],
  watcher: LabWatcher,
  workers = workerCount(),
): LabJob {
  const chunks = interleaved(scenarios);
  const total = scenarios.reduce((sum, s) => sum + s.runs, 0);
  const parts: RangeResult[][] = scenarios.map(() => []);
  let finished = 0;
  let settled = false;
  let resolveDone: (results: LabResult[]) => void = () => undefined;
  let rejectDone: (error: Error) => void = () => undefined;
  const done = new Promise<LabResult[]>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });
  const fail = (error: Error): void => {
    if (settled) return;
    settled = true;
    stopWorkers();
    rejectDone(error);
  };

  /** Workers still taking chunks. */
  let playing = 0;
  let drawn = performance.now();
  /** Set while a drawing is due: the workers that have finished their chunks, waiting for it. */
  let pause: { waiting: number; resume: () => void; resumed: Promise<void> } | null = null;
  /** Draws once every worker still playing waits (or the run is over), then lets them all go on. */
  const drawWhenAllWait = (): void => {
    if (!pause || pause.waiting < playing) return;
    const { resume } = pause;
    const go = (): void => {
      drawn = performance.now();
      pause = null;
      resume();
    };
    if (settled) go();
    else
      watcher.draw(scenarios.map((s, i) => mergeParts(s, parts[i] ?? []))).then(go, (error: unknown) => {
        fail(error instanceof Error ? error : new Error(String(error)));
        go();
      });
  };

  const isSettled = (): boolean => settled;
  const work = async (worker: Worker): Promise<void> => {
    playing += 1;
    try {
      for (let chunk = chunks.shift(); chunk && !settled; chunk = chunks.shift()) {
        const scenario = scenarios[chunk.scenario];
        if (!scenario) continue;
        const reply = await ask(worker, { type: 'run', scenario, from: chunk.from, to: chunk.to });
        // Cancelled (or failed elsewhere) while this chunk ran: drop its result.
        if (isSettled()) return;
        if (reply.type === 'error') throw new Error(reply.message);
        parts[chunk.scenario]?.push(reply.result);
        finished += chunk.to - chunk.from;
        watcher.progress(finished, total);
        if (!pause && chunks.length > 0 && performance.now() - drawn >= watcher.drawEvery) {
          let resume: () => void = () => undefined;
          const resumed = new Promise<void>((resolve) => {
            resume = resolve;
          });
          pause = { waiting: 0, resume, resumed };
        }
        if (pause) {
          const { resumed } = pause;
          pause.waiting += 1;
          drawWhenAllWait();
          await resumed;
        }
      }
    } finally {
      playing -= 1;
      drawWhenAllWait();
    }
  };

  watcher.progress(0, total);
  let started: Worker[];
  try {
    started = workersFor(storyJson, Math.max(1, Math.min(workers, chunks.length)));
  } catch (error) {
    fail(error instanceof Error ? error : new Error(String(error)));
    return { done, cancel: () => undefined };
  }
  Promise.all(started.map(work)).then(
    () => {
      if (settled) return;
      settled = true;
      idleLater();
      try {
        resolveDone(scenarios.map((scenario, i) => mergeRanges(scenario, parts[i] ?? [])));
      } catch (error) {
        rejectDone(error instanceof Error ? error : new Error(String(error)));
      }
    },
    (error: unknown) => {
      fail(error instanceof Error ? error : new Error(String(error)));
    },
  );
  return {
    done,
    cancel() {
      if (settled) return;
      settled = true;
      stopWorkers();
      rejectDone(new CancelledError());
    },
  };
}
