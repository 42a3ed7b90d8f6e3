/**
 * What a simulation worker does with the messages simPool.ts sends it, whichever way it runs: a worker
 * thread (simWorker.ts) is sent the story first; a process started from a startup snapshot
 * (simSnapshot.ts) has it parsed already. Then it plays the chunks of runs it is sent.
 */
import { parseStory, type RangeResult, type Scenario, simulateRange } from '../sim/whatIf.ts';

/** The story to play, sent first to a worker thread: answered by `{ ok: true }` once parsed. */
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

/** Parses the story that the chunks to come will play. */
export function loadStory(json: string): void {
  storyJson = json;
  parseStory(storyJson);
}

/** The reply to one request; an error is a reply too, so that the pool can say what went wrong. */
export function answer(request: StoryRequest | ChunkRequest): StoryReply | ChunkReply {
  try {
    if ('story' in request) {
      loadStory(request.story);
      return { ok: true };
    }
    const { scenario, from, to, fast } = request;
    return { ok: true, result: simulateRange(storyJson, scenario, from, to, { fast }) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
