/**
 * A worker thread of simPool.ts, loaded as a plain-JavaScript bundle (nodeBundle.mjs). It is sent the
 * story once, parses it, and then plays the chunks of runs it is sent, for as long as the pool lives.
 */
import { parentPort } from 'node:worker_threads';

import { parseStory, type RangeResult, type Scenario, simulateRange } from '../sim/whatIf.ts';

/** The story to play, sent first: answered by `{ ok: true }` once parsed. */
export interface StoryRequest {
  story: string;
}

export interface ChunkRequest {
  scenario: Scenario;
  from: number;
  to: number;
  fast: boolean;
}

export type StoryReply = { ok: true } | { ok: false; error: string };
export type ChunkReply = { ok: true; result: RangeResult } | { ok: false; error: string };

let storyJson = '';

function handle(request: StoryRequest | ChunkRequest): StoryReply | ChunkReply {
  if ('story' in request) {
    storyJson = request.story;
    parseStory(storyJson);
    return { ok: true };
  }
  const { scenario, from, to, fast } = request;
  return { ok: true, result: simulateRange(storyJson, scenario, from, to, { fast }) };
}

parentPort?.on('message', (request: StoryRequest | ChunkRequest) => {
  let reply: StoryReply | ChunkReply;
  try {
    reply = handle(request);
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
