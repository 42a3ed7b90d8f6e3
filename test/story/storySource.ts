/** Reads the ink sources to list what the story declares: knots, stitches and endings. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const STORY_DIR = path.resolve('story');

export function inkFiles(): string[] {
  return readdirSync(STORY_DIR)
    .filter((f) => f.endsWith('.ink'))
    .map((f) => path.join(STORY_DIR, f));
}

/** Every knot and stitch path ("knot" and "knot.stitch") with its file name, functions excluded. */
export function declaredPaths(): { path: string; file: string }[] {
  const paths: { path: string; file: string }[] = [];
  for (const file of inkFiles()) {
    const name = path.basename(file);
    let knot: string | null = null;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const k = /^\s*={2,}\s*(function\s+)?(\w+)/.exec(line);
      if (k) {
        knot = k[1] ? null : (k[2] ?? null);
        if (knot) paths.push({ path: knot, file: name });
        continue;
      }
      const s = /^\s*=\s*(\w+)\s*$/.exec(line);
      if (s && knot) paths.push({ path: `${knot}.${s[1] ?? ''}`, file: name });
    }
  }
  return paths;
}

/** Every ending id tagged in the sources (`# ENDING: id`). */
export function declaredEndings(): string[] {
  const endings = new Set<string>();
  for (const file of inkFiles()) {
    for (const m of readFileSync(file, 'utf8').matchAll(/#\s*ENDING:\s*([\w-]+)/g)) endings.add(m[1] ?? '');
  }
  return [...endings].sort();
}
