/**
 * The What-if Lab's Web Worker: plays chunks of a scenario's runs, off the page's main thread. No DOM,
 * no Phaser. It lives between runs (the story stays parsed); the page stops a
 * run by terminating it.
 */
import type { LabReply, LabRequest } from './labProtocol.ts';
import { prepare, simulateRange } from './whatIf.ts';

/** The part of the worker's global scope used here (the project's types are the page's, not a worker's). */
interface WorkerScope {
  postMessage(message: LabReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LabRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

let storyJson = '';

function handle(request: LabRequest): void {
  if (request.type === 'story') {
    storyJson = request.storyJson;
    prepare(storyJson);
  } else {
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
