/**
 * The records' Web Worker: plays whole runs of the story off the page's main thread, for the screens
 * that need a run the player did not just play (the debrief's historical run, a share link, a kept
 * branch). It parses the story once and answers requests by id.
 */
import type { RunLength, RunRecord } from '../model/record.ts';
import { recordHistory, recordRun, sharedRunner } from './record.ts';

export type RecordRequest =
  | { id: number; type: 'history'; protagonist: string; seed: number; length: RunLength }
  | { id: number; type: 'replay'; seed: number; choiceLog: number[]; length: RunLength };

export type RecordReply =
  { id: number; ok: true; record: RunRecord; inkState: string } | { id: number; ok: false; error: string };

interface WorkerScope {
  postMessage(message: RecordReply): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<{ storyJson: string } | RecordRequest>) => void,
  ): void;
}
const scope = self as unknown as WorkerScope;
let storyJson = '';

function answer(request: RecordRequest): RecordReply {
  try {
    if (request.type === 'history') {
      const record = recordHistory(storyJson, request.protagonist, request.seed, request.length);
      return { id: request.id, ok: true, record, inkState: '' };
    }
    const record = recordRun(storyJson, request.seed, request.choiceLog, { length: request.length });
    return { id: request.id, ok: true, record, inkState: sharedRunner(storyJson).saveState() };
  } catch (error) {
    return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

scope.addEventListener('message', (event) => {
  const data = event.data;
  if ('storyJson' in data) {
    storyJson = data.storyJson;
    sharedRunner(storyJson);
    return;
  }
  scope.postMessage(answer(data));
});
