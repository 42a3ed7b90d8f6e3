/**
 * Every custom property the stylesheets read is defined somewhere. A `var(--name)` without a fallback
 * whose name nothing defines makes its whole declaration invalid, silently: the Lab's progress bar drew
 * no fill at all, its stripes reading a `--red-dark` the palette no longer had (it has `--red-deep`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..');

function filesUnder(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ending))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

it('reads no custom property that nothing defines', () => {
  const css = filesUnder(SRC, '.css').map((file) => [file, readFileSync(file, 'utf8')] as const);
  expect(css.length).toBeGreaterThan(3);
  const defined = new Set<string>();
  for (const [, text] of css) for (const m of text.matchAll(/(--[\w-]+)\s*:/g)) defined.add(m[1] ?? '');
  // Properties the scripts set on elements (element.style.setProperty('--cols', …)).
  for (const file of filesUnder(SRC, '.ts'))
    for (const m of readFileSync(file, 'utf8').matchAll(/setProperty\(\s*['`](--[\w-]+)/g))
      defined.add(m[1] ?? '');
  const undefinedReads = css.flatMap(([file, text]) =>
    [...text.matchAll(/var\(\s*(--[\w-]+)\s*\)/g)]
      .map((m) => m[1] ?? '')
      .filter((name) => !defined.has(name))
      .map((name) => `${path.relative(SRC, file)}: ${name}`),
  );
  expect(defined.has('--red')).toBe(true);
  expect(undefinedReads).toEqual([]);
});
