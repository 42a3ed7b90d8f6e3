/** The shipped bundle has the inkjs runtime and the story, and no ink compiler. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, it } from 'vitest';

const assets = path.resolve('dist/assets');
const js = readdirSync(assets)
  .filter((f) => f.endsWith('.js'))
  .map((f) => readFileSync(path.join(assets, f), 'utf8'))
  .join('\n');

it('ships the ink runtime and the compiled story', () => {
  expect(js).toContain('ChooseChoiceIndex');
  expect(js).toContain('inkVersion');
  expect(js).toContain('Whose struggle will you play?');
});

it.each(['Compilation failed', "Can't resolve filename", 'StatementLevel', 'weave point'])(
  'ships no ink compiler code (%s)',
  (marker) => {
    expect(js).not.toContain(marker);
  },
);

it('resolves every url() in the shipped CSS to a file that was built', () => {
  // Vite leaves a url() it cannot resolve (e.g. a font package missing from node_modules) as written.
  const css = readdirSync(assets)
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(path.join(assets, f), 'utf8'))
    .join('\n');
  const urls = [...css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1] ?? '');
  const files = urls.filter((u) => !u.startsWith('data:') && !u.startsWith('#'));
  expect(files.length).toBeGreaterThan(0);
  for (const url of files) {
    expect(url, url).toMatch(/^\/assets\//);
    expect(readdirSync(assets), url).toContain(path.basename(url));
  }
});
