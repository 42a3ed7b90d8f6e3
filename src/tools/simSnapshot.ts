/**
 * The What-if command's simulation process, as a V8 startup snapshot (simPool.ts builds it with
 * `node --build-snapshot` from a CommonJS bundle of this file, once per story, engine and Node). At
 * build time it parses the story named by SIM_SNAPSHOT_STORY and plays a few histories; a process
 * started from the snapshot begins with the story parsed and the engine warmed up, says so, and plays
 * the chunks of runs it is sent over its IPC channel until the channel closes.
 */
import { readFileSync } from 'node:fs';
import { startupSnapshot } from 'node:v8';

import { warmUp } from '../sim/whatIf.ts';
import { answer, type ChunkRequest, loadStory } from './simServer.ts';

const storyFile = process.env.SIM_SNAPSHOT_STORY;
if (!storyFile || !startupSnapshot.isBuildingSnapshot())
  throw new Error('simSnapshot.ts is built into a startup snapshot by simPool.ts, not run');
const storyJson = readFileSync(storyFile, 'utf8');
loadStory(storyJson);
// A few dozen histories of each side, played and thrown away (as the Lab's workers do before Run), so
// that the snapshot holds the engine as it is once it has run. Measured: the command's 1,000 histories
// then take about a tenth of a second less than from a snapshot taken before any (BENCHMARKS.md).
Array.from(warmUp(storyJson));

startupSnapshot.setDeserializeMainFunction(() => {
  process.on('message', (request: ChunkRequest) => {
    process.send?.(answer(request));
  });
  // The pool has gone (closed, or its process ended): so does this one.
  process.on('disconnect', () => process.exit(0));
  process.send?.({ ok: true });
});
