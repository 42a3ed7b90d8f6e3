// Node tools as plain JavaScript: esbuild bundles a TypeScript entry (and everything it imports) into
// node_modules/.cache/the-empty-chair/, once, and again only when one of its input files has changed. So
// `npm run whatif` and the simulation workers start without compiling TypeScript (tsx costs about 2 s
// per process on this machine). Plain JavaScript itself, so that the launcher needs no compiler.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
/** Where the bundles (and what the tools build from them) are kept. */
export const CACHE = path.join(root, 'node_modules/.cache/the-empty-chair');

function fresh(outfile, metafile) {
  let meta;
  try {
    meta = JSON.parse(readFileSync(metafile, 'utf8'));
    const built = statSync(outfile).mtimeMs;
    return Object.keys(meta.inputs).every((input) => statSync(path.resolve(root, input)).mtimeMs <= built);
  } catch {
    return false; // no bundle yet, or an input has gone
  }
}

/**
 * The path of an up-to-date ES module bundle of `entry` (a path from the project root) for Node, with
 * every package it imports inside (inkjs as patched at install: patches/). `name` names the bundle;
 * `alias` maps import paths to others (the bench builds the engine against an unpatched inkjs); `format`
 * 'cjs' makes a CommonJS script instead (what `node --build-snapshot` runs).
 */
export async function nodeBundle(
  entry,
  { name = path.basename(entry).replace(/\.ts$/, ''), alias, format = 'esm' } = {},
) {
  const outfile = path.join(CACHE, `${name}.${format === 'cjs' ? 'cjs' : 'mjs'}`);
  // Named after the bundle, so that an ES module and a CommonJS bundle of one entry never share it.
  const metafile = `${outfile}.meta.json`;
  if (fresh(outfile, metafile)) return outfile;
  const { build } = await import('esbuild');
  mkdirSync(CACHE, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format,
    target: 'node20',
    metafile: true,
    // esbuild itself stays a package: it is loaded only to build.
    external: ['esbuild'],
    logLevel: 'warning',
    ...(alias ? { alias } : {}),
    // The ink compiler and node built-ins load as they are; a require() inside a module bundle needs this.
    ...(format === 'esm'
      ? {
          banner: {
            js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
          },
        }
      : {}),
    // Keep import.meta.dirname meaningful: bundles live in the cache, sources in src/.
    define: { 'import.meta.dirname': JSON.stringify(path.dirname(path.resolve(root, entry))) },
  });
  writeFileSync(metafile, JSON.stringify(result.metafile));
  return outfile;
}
