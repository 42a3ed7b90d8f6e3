/**
 * How the Lab's runner shares a run between its workers and when it asks the page to draw: with stand-in
 * workers that answer after a while (the real ones are tested in Chromium by test/browser/lab.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { LabRequest } from '../sim/labProtocol.ts';
import type { LabResult } from '../sim/labResult.ts';
import type { Scenario } from '../sim/whatIf.ts';
import { CancelledError, runLab, stopWorkers } from './labRunner.ts';

/** A worker that plays a chunk in `ms` milliseconds, every history ending in 'exile'. */
class StandInWorker extends EventTarget {
  static made: StandInWorker[] = [];
  static ms = [7, 13];
  busy = false;
  private readonly ms: number;

  constructor() {
    super();
    this.ms = StandInWorker.ms[StandInWorker.made.length % StandInWorker.ms.length] ?? 10;
    StandInWorker.made.push(this);
  }

  postMessage(request: LabRequest): void {
    if (request.type !== 'run') return;
    this.busy = true;
    setTimeout(() => {
      this.busy = false;
      const { from, to } = request;
      const result = {
        from,
        to,
        endings: { exile: to - from },
        titles: {},
        unavailablePins: {},
        reachedPins: [],
      };
      this.dispatchEvent(new MessageEvent('message', { data: { type: 'done', result } }));
    }, this.ms);
  }

  terminate(): void {
    this.busy = false;
  }
}

const scenario: Scenario = { protagonist: 'Trotsky', pins: {}, others: 'random', runs: 600, seed: 1 };

beforeEach(() => {
  StandInWorker.made = [];
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('Worker', StandInWorker);
});

afterEach(() => {
  // The runner keeps its workers, and a timer to stop them, between runs: none may outlive the test.
  stopWorkers();
  vi.unstubAllGlobals();
});

describe('runLab', () => {
  it('draws the results so far only while every worker is between chunks, and counts every history once', async () => {
    const drawn: { busy: boolean; done: number }[] = [];
    const progress: number[] = [];
    const job = runLab(
      '{"story":1}',
      [scenario],
      {
        progress: (done) => progress.push(done),
        draw: async (partial: LabResult[]) => {
          drawn.push({ busy: StandInWorker.made.some((w) => w.busy), done: partial[0]?.done ?? 0 });
          await new Promise((resolve) => setTimeout(resolve, 5));
        },
        drawEvery: 0,
      },
      2,
    );
    const [result] = await job.done;
    expect(result?.done).toBe(600);
    expect(result?.endings).toEqual({ exile: 600 });
    expect(StandInWorker.made).toHaveLength(2);
    expect(drawn.length).toBeGreaterThan(2);
    expect(drawn.filter((d) => d.busy)).toEqual([]);
    // Each drawing counts more histories than the one before, and fewer than all.
    expect(drawn.map((d) => d.done)).toEqual([...drawn.map((d) => d.done)].sort((a, b) => a - b));
    expect(new Set(drawn.map((d) => d.done)).size).toBe(drawn.length);
    expect(drawn.at(-1)?.done).toBeLessThan(600);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(600);
  });

  it('draws no more often than asked', async () => {
    let draws = 0;
    const job = runLab(
      '{"story":2}',
      [scenario],
      {
        progress: () => undefined,
        draw: () => {
          draws += 1;
          return Promise.resolve();
        },
        drawEvery: 60_000,
      },
      2,
    );
    await job.done;
    expect(draws).toBe(0);
  });

  it('can be cancelled while it waits for a drawing, and keeps nothing', async () => {
    let cancel: () => void = () => undefined;
    const job = runLab(
      '{"story":3}',
      [scenario],
      {
        progress: () => undefined,
        draw: () => {
          cancel();
          return new Promise((resolve) => setTimeout(resolve, 5));
        },
        drawEvery: 0,
      },
      2,
    );
    cancel = () => {
      job.cancel();
    };
    await expect(job.done).rejects.toBeInstanceOf(CancelledError);
  });
});
