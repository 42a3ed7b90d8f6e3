/**
 * Node only: the compiled story for the command-line tools, compiled again only when an .ink file has
 * changed (compiling takes a second or more; the What-if command should start at once, so the compiler
 * is loaded only when it has to run).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { InkCompileResult } from './inkCompile.ts';
import { root } from './nodeBundle.mjs';

const CACHE = path.join(root, 'node_modules/.cache/the-empty-chair/story.json');

interface Cached {
  root: string;
  /** Every file the compiler read, with its modification time then. */
  files: Record<string, number>;
  json: string;
  hash: string;
}

const mtime = (file: string): number => statSync(file).mtimeMs;

export async function compiledStory(rootFile = path.join(root, 'story/main.ink')): Promise<InkCompileResult> {
  try {
    const cached = JSON.parse(readFileSync(CACHE, 'utf8')) as Cached;
    const unchanged = Object.entries(cached.files).every(([file, time]) => mtime(file) === time);
    if (cached.root === rootFile && unchanged)
      return { json: cached.json, hash: cached.hash, messages: [], files: Object.keys(cached.files) };
  } catch {
    // No cache yet, or a file has gone: compile.
  }
  const { compileInk } = await import('./inkCompile.ts');
  const result = compileInk(rootFile);
  if (result.json !== undefined && result.hash !== undefined) {
    const files = Object.fromEntries(result.files.map((file) => [file, mtime(file)]));
    const entry: Cached = { root: rootFile, files, json: result.json, hash: result.hash };
    mkdirSync(path.dirname(CACHE), { recursive: true });
    writeFileSync(CACHE, JSON.stringify(entry));
  }
  return result;
}
