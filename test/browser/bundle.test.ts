/**
 * The shipped build: the inkjs runtime and no ink compiler in the JavaScript; the compiled story as a
 * file of its own (not inside the entry chunk), named by its hash and preloaded by index.html.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, it } from 'vitest';

const assets = path.resolve('dist/assets');
const files = readdirSync(assets);
const js = files
  .filter((f) => f.endsWith('.js'))
  .map((f) => readFileSync(path.join(assets, f), 'utf8'))
  .join('\n');

it('ships the ink runtime, and the compiled story as its own preloaded file', () => {
  expect(js).toContain('ChooseChoiceIndex');
  const stories = files.filter((f) => /^story-[0-9a-f]{16}\.json$/.test(f));
  expect(stories).toHaveLength(1);
  const story = readFileSync(path.join(assets, stories[0] ?? ''), 'utf8');
  expect(story).toContain('inkVersion');
  expect(story).toContain('Whose struggle will you play?');
  expect(js).not.toContain('Whose struggle will you play?');
  const html = readFileSync('dist/index.html', 'utf8');
  expect(html).toContain(`<link rel="preload" href="/assets/${stories[0] ?? ''}" as="fetch" crossorigin="">`);
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
