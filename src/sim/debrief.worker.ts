/**
 * The debrief's Web Worker: finds the decisions that mattered by re-simulating the run (seconds of inkjs),
 * off the main thread so the page never freezes. Receives the story and the run, posts the result.
 */
import { decisionsThatMattered } from './mattered.ts';
import type { RunRecord } from '../model/record.ts';

export interface DebriefRequest {
  storyJson: string;
  run: RunRecord;
}

self.addEventListener('message', (event: MessageEvent<DebriefRequest>) => {
  const { storyJson, run } = event.data;
  try {
    self.postMessage({ ok: true, result: decisionsThatMattered(storyJson, run) });
  } catch (error) {
    self.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
