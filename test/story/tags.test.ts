/**
 * story/TAGS.md is the tag vocabulary: every tag the ink sources write is documented there, and every
 * documented tag is written somewhere (or emitted by a function, as SHIFT and VOTE are). The random
 * walks check the tags the story emits at run time against the same list.
 */
import { expect, it } from 'vitest';

import { documentedTags, sourceTags } from './storySource.ts';

/** Tags built at run time by a function (`# {tag}`), so not visible in the sources as `# KEY`. */
const EMITTED_BY_FUNCTIONS = ['SHIFT'];

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
