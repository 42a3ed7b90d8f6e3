/**
 * One vocabulary of tags: story/TAGS.md documents every tag the ink sources write, and every documented
 * tag is written somewhere (or emitted by a function, as SHIFT is); src/narrative/tags.ts types every
 * documented tag and nothing else. The random walks also refuse, at run time, any line whose tags the
 * vocabulary cannot read.
 */
import { describe, expect, it } from 'vitest';

import { KNOWN_TAG_KEYS } from '../../src/narrative/tags.ts';
import { documentedTags, sourceTags } from './storySource.ts';

/** Tags built at run time by a function (`# {tag}`), so not visible in the sources as `# KEY`. */
const EMITTED_BY_FUNCTIONS = ['SHIFT'];

describe('the tag vocabulary', () => {
  it('documents every tag the story writes', () => {
    const documented = new Set([...documentedTags()].map((k) => k.toUpperCase()));
    const undocumented = [...sourceTags()]
      .filter(([key]) => !documented.has(key.toUpperCase()))
      .map(([key, where]) => `${key} (${where})`);
    expect(undocumented, 'add these to story/TAGS.md').toEqual([]);
  });

  it('documents no tag the story never writes', () => {
    const written = new Set([...sourceTags().keys()].map((k) => k.toUpperCase()));
    for (const key of EMITTED_BY_FUNCTIONS) written.add(key);
    const unused = [...documentedTags()].filter((key) => !written.has(key.toUpperCase()));
    expect(unused, 'remove these from story/TAGS.md, or use them').toEqual([]);
  });

  it('types every tag the story writes', () => {
    for (const [key, where] of sourceTags())
      expect(KNOWN_TAG_KEYS, `${key} (${where}) has no type in src/narrative/tags.ts`).toContain(key);
  });

  it('types every documented tag, and documents every typed one', () => {
    const documented = documentedTags();
    for (const key of KNOWN_TAG_KEYS) expect(documented, `${key} is not in story/TAGS.md`).toContain(key);
    for (const key of documented)
      expect(KNOWN_TAG_KEYS, `${key} is documented but has no type`).toContain(key);
  });
});
