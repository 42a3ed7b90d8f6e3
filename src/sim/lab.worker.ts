/**
 * The What-if Lab's Web Worker: plays chunks of a scenario's runs, off the page's main thread. No DOM,
 * no Phaser. It lives between runs (the story stays parsed); the page stops a run by terminating it.
 * Given the story, it parses it and warms the engine up a few histories at a time, giving way between
 * them: a run asked for meanwhile is played at once, and the warming stops (the run warms the engine too).
 */
import type { LabReply, LabRequest } from './labProtocol.ts';
import { simulateRange, warmUp } from './whatIf.ts';

/** The part of the worker's global scope used here (the project's types are the page's, not a worker's). */
interface WorkerScope {
  postMessage(message: LabReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LabRequest>) => void): void;
  setTimeout(handler: () => void, ms: number): number;
}
const scope = self as unknown as WorkerScope;

let storyJson = '';
let warming: Generator<void, void, void> | null = null;

/** One step of the warm-up; the next comes as a task of its own, after any request already waiting. */
function warmOn(): void {
  if (!warming) return;
  try {
    if (warming.next().done !== true) {
      scope.setTimeout(warmOn, 0);
      return;
    }
    scope.postMessage({ type: 'ready' });
  } catch {
    // The first run meets the same problem and reports it: warming up only stops.
  }
  warming = null;
}

function handle(request: LabRequest): void {
  if (request.type === 'story') {
    storyJson = request.storyJson;
    const warm = warmUp(storyJson);
    warm.next(); // parses the story now: a broken one fails here, as it always has
    warming = warm;
    scope.setTimeout(warmOn, 0);
  } else {
    warming = null;
    const result = simulateRange(storyJson, request.scenario, request.from, request.to);
    scope.postMessage({ type: 'done', result });
  }
}

scope.addEventListener('message', (event) => {
  try {
    handle(event.data);
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
