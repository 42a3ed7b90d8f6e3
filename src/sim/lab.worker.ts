/**
 * The What-if Lab's Web Worker: reads the story's catalogue or plays a range of a scenario's runs, off
 * the page's main thread. No DOM, no Phaser. The page stops a run by terminating the worker.
 */
import { storyCatalogue } from './catalogue.ts';
import type { LabReply, LabRequest } from './labProtocol.ts';
import { simulateRange } from './whatIf.ts';

/** The part of the worker's global scope used here (the project's types are the page's, not a worker's). */
interface WorkerScope {
  postMessage(message: LabReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LabRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

/** Progress messages at most this often: enough for a smooth bar, few enough to cost nothing. */
const PROGRESS_EVERY_MS = 50;

function handle(request: LabRequest): void {
  if (request.type === 'catalogue') {
    scope.postMessage({ type: 'catalogue', catalogue: storyCatalogue(request.storyJson) });
    return;
  }
  let reported = performance.now();
  const result = simulateRange(request.storyJson, request.scenario, request.from, request.to, {
    onRun: (done) => {
      const now = performance.now();
      if (now - reported < PROGRESS_EVERY_MS) return;
      reported = now;
      scope.postMessage({ type: 'progress', done });
    },
  });
  scope.postMessage({ type: 'done', result });
}

scope.addEventListener('message', (event) => {
  try {
    handle(event.data);
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
