/**
 * Runs the What-if Lab's simulations in Web Workers (src/sim/lab.worker.ts), so that the page's main
 * thread only draws. A scenario's runs are split by run index between up to two workers; each run keeps
 * its seed, so the result is the same however it is split. Cancelling terminates the workers at once.
 */
import type { Catalogue } from '../sim/catalogue.ts';
import type { LabReply, LabRequest } from '../sim/labProtocol.ts';
import { type LabResult, mergeRanges, splitRuns } from '../sim/labResult.ts';
import type { RangeResult, Scenario } from '../sim/whatIf.ts';

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

function startWorker(): Worker {
  return new Worker(new URL('../sim/lab.worker.ts', import.meta.url), {
    type: 'module',
    name: 'what-if-lab',
  });
}

/** Two workers where the machine has the cores for them; never more (the page must stay responsive). */
export function workerCount(): number {
  const cores = Number.isInteger(navigator.hardwareConcurrency) ? navigator.hardwareConcurrency : 1;
  return Math.max(1, Math.min(2, cores));
}

const send = (worker: Worker, request: LabRequest): void => {
  worker.postMessage(request);
};

const failure = (event: ErrorEvent): Error =>
  new Error(event.message || 'the simulation worker could not start in this browser');

let catalogue: Promise<Catalogue> | null = null;

/** The story's decisions and endings, read once in a worker (parsing the story is not main-thread work). */
export function loadCatalogue(storyJson: string): Promise<Catalogue> {
  catalogue ??= new Promise<Catalogue>((resolve, reject) => {
    const worker = startWorker();
    worker.addEventListener('message', (event: MessageEvent<LabReply>) => {
      worker.terminate();
      const reply = event.data;
      if (reply.type === 'catalogue') resolve(reply.catalogue);
      else reject(new Error(reply.type === 'error' ? reply.message : 'unexpected reply from the worker'));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(failure(event));
    });
    send(worker, { type: 'catalogue', storyJson });
  }).catch((error: unknown) => {
    catalogue = null; // try again next time
    throw error;
  });
  return catalogue;
}

export interface LabJob {
  /** The results, one per scenario, in order; rejects with CancelledError when cancelled. */
  readonly done: Promise<LabResult[]>;
  cancel(): void;
}

interface Task {
  scenario: number;
  from: number;
  to: number;
}

export function runLab(
  storyJson: string,
  scenarios: readonly Scenario[],
  onProgress: (done: number, total: number) => void,
  workers = workerCount(),
): LabJob {
  const tasks: Task[] = scenarios.flatMap((scenario, index) =>
    splitRuns(scenario.runs, workers).map(([from, to]) => ({ scenario: index, from, to })),
  );
  const total = scenarios.reduce((sum, s) => sum + s.runs, 0);
  const parts: RangeResult[][] = scenarios.map(() => []);
  const pool: Worker[] = [];
  let finished = 0; // runs in completed tasks
  const running = new Map<Worker, number>(); // runs done so far in each worker's current task
  let settled = false;
  let resolveDone: (results: LabResult[]) => void = () => undefined;
  let rejectDone: (error: Error) => void = () => undefined;
  const done = new Promise<LabResult[]>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });

  const stop = (): void => {
    settled = true;
    for (const worker of pool) worker.terminate();
  };
  const fail = (error: Error): void => {
    if (settled) return;
    stop();
    rejectDone(error);
  };
  const report = (): void => {
    let done = finished;
    for (const n of running.values()) done += n;
    onProgress(done, total);
  };
  const next = (worker: Worker): void => {
    const task = tasks.shift();
    if (!task) {
      running.delete(worker);
      if (running.size > 0 || settled) return;
      settled = true;
      for (const w of pool) w.terminate();
      try {
        resolveDone(scenarios.map((scenario, i) => mergeRanges(scenario, parts[i] ?? [])));
      } catch (error) {
        rejectDone(error instanceof Error ? error : new Error(String(error)));
      }
      return;
    }
    running.set(worker, 0);
    const scenario = scenarios[task.scenario];
    if (!scenario) return;
    send(worker, { type: 'run', storyJson, scenario, from: task.from, to: task.to });
    const onMessage = (event: MessageEvent<LabReply>): void => {
      const reply = event.data;
      if (settled) return;
      if (reply.type === 'progress') {
        running.set(worker, reply.done);
        report();
      } else if (reply.type === 'done') {
        worker.removeEventListener('message', onMessage);
        parts[task.scenario]?.push(reply.result);
        finished += task.to - task.from;
        running.set(worker, 0);
        report();
        next(worker);
      } else if (reply.type === 'error') {
        fail(new Error(reply.message));
      }
    };
    worker.addEventListener('message', onMessage);
  };

  onProgress(0, total);
  for (let i = 0; i < Math.min(workers, tasks.length); i++) {
    const worker = startWorker();
    pool.push(worker);
    worker.addEventListener('error', (event) => {
      fail(failure(event));
    });
    next(worker);
  }
  return {
    done,
    cancel() {
      if (settled) return;
      stop();
      rejectDone(new CancelledError());
    },
  };
}
