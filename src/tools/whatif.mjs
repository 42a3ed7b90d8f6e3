// `npm run whatif`: starts the What-if command (whatif.ts) from a plain-JavaScript bundle, built by esbuild
// only when a source file has changed, so that no TypeScript compiler runs at start.
import { pathToFileURL } from 'node:url';

import { nodeBundle } from './nodeBundle.mjs';

const started = performance.now();
const cli = await import(pathToFileURL(await nodeBundle('src/tools/whatif.ts')).href);
await cli.main(process.argv.slice(2), started);
