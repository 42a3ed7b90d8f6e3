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

/** The tag keys story/TAGS.md documents: the first backticked word of each table row (`KEY: …` or `KEY`). */
export function documentedTags(): Set<string> {
  const text = readFileSync(path.join(STORY_DIR, 'TAGS.md'), 'utf8');
  const keys = new Set<string>();
  for (const m of text.matchAll(/^\|\s*`([A-Za-z_]+)\b[^`]*`\s*\|/gm)) keys.add(m[1] ?? '');
  return keys;
}

/**
 * Every tag key written in the ink sources, with where: `# KEY`, `# KEY: value` and `#KEY` on lines and
 * in choices. A tag built at run time (`# {tag}`) is not listed here; the random walks check those.
 */
export function sourceTags(): Map<string, string> {
  const tags = new Map<string, string>();
  for (const file of inkFiles()) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const code = line.replace(/^\s*\/\/.*$/, '');
        for (const m of code.matchAll(/#\s*([A-Za-z_]+)/g)) {
          const key = m[1] ?? '';
          if (!tags.has(key)) tags.set(key, `${path.basename(file)}:${String(i + 1)}`);
        }
      });
  }
  return tags;
}
