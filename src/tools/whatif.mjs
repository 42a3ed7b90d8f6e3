// `npm run whatif`: starts the What-if command (whatif.ts) from a plain-JavaScript bundle, built by esbuild
// only when a source file has changed, so that no TypeScript compiler runs at start.
// package.json starts it with V8's optimizing compiler and garbage collector working on the thread they
// serve (--no-concurrent-recompilation --single-threaded-gc), as its simulation processes run (simPool.ts):
// they already fill the machine, one per core, and V8's background threads only compete with them (on this
// project's 2-core machine, a quarter to a third less CPU for the same histories and 4–9% less time end to
// end: BENCHMARKS.md, session 13). Here the flags matter when the histories fall back to worker threads.
import { pathToFileURL } from 'node:url';

import { nodeBundle } from './nodeBundle.mjs';

const started = performance.now();
const cli = await import(pathToFileURL(await nodeBundle('src/tools/whatif.ts')).href);
await cli.main(process.argv.slice(2), started);
