/**
 * A worker thread of simPool.ts, loaded as a plain-JavaScript bundle (nodeBundle.mjs). It is sent the
 * story once, parses it, and then plays the chunks of runs it is sent, for as long as the pool lives.
 */
import { parentPort } from 'node:worker_threads';

import { answer, type ChunkRequest, type StoryRequest } from './simServer.ts';

parentPort?.on('message', (request: StoryRequest | ChunkRequest) => {
  parentPort?.postMessage(answer(request));
});
