/**
 * A worker thread of simPool.ts, loaded as a plain-JavaScript bundle (nodeBundle.mjs). It parses the story
 * once and then plays the chunks of runs it is sent, for as long as the pool lives.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { type RangeResult, type Scenario, simulateRange } from '../sim/whatIf.ts';

export interface ChunkRequest {
  scenario: Scenario;
  from: number;
  to: number;
  fast: boolean;
}

export type ChunkReply = { ok: true; result: RangeResult } | { ok: false; error: string };

const { storyJson } = workerData as { storyJson: string };
parentPort?.on('message', ({ scenario, from, to, fast }: ChunkRequest) => {
  let reply: ChunkReply;
  try {
    reply = { ok: true, result: simulateRange(storyJson, scenario, from, to, { fast }) };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
