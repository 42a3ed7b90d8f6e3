/**
 * One vocabulary of tags: every tag the story writes is documented in story/TAGS.md and typed in
 * src/narrative/tags.ts, and every typed tag is documented. (The random walks also refuse, at run time,
 * any line whose tags the vocabulary cannot read.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { KNOWN_TAG_KEYS } from '../../src/narrative/tags.ts';
import { inkFiles, STORY_DIR } from './storySource.ts';

/** The keys the story writes: `# KEY` or `# KEY: value`, outside comments, with the file they are in. */
function writtenKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of inkFiles()) {
    const source = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    for (const m of source.matchAll(/(?<!\\)#\s*([A-Za-z_]+)/g))
      if (!keys.has(m[1] ?? '')) keys.set(m[1] ?? '', path.basename(file));
  }
  return keys;
}

/** The keys TAGS.md documents: the first cell of each table row, `KEY` or `KEY: …`. */
function documentedKeys(): Set<string> {
  const doc = readFileSync(path.join(STORY_DIR, 'TAGS.md'), 'utf8');
  const keys = new Set<string>();
  for (const m of doc.matchAll(/^\|\s*`([A-Za-z_]+)(?::[^`]*)?`\s*\|/gm)) keys.add(m[1] ?? '');
  return keys;
}

describe('the tag vocabulary', () => {
  it('types every tag the story writes', () => {
    for (const [key, file] of writtenKeys())
      expect(KNOWN_TAG_KEYS, `${key} (in ${file}) has no type in src/narrative/tags.ts`).toContain(key);
  });

  it('documents every typed tag in story/TAGS.md, and types every documented one', () => {
    const documented = documentedKeys();
    for (const key of KNOWN_TAG_KEYS) expect(documented, `${key} is not in story/TAGS.md`).toContain(key);
    for (const key of documented)
      expect(KNOWN_TAG_KEYS, `${key} is documented but has no type`).toContain(key);
  });
});
