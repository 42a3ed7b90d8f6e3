/** The Vite plugin fails a build on an ink error and, in the test command, on a warning. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { build } from 'vite';
import { describe, expect, it } from 'vitest';

import { inkPlugin } from '../../src/tools/vitePluginInk.ts';

function project(ink: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ink-build-'));
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><script type="module" src="/main.js"></script>',
  );
  writeFileSync(path.join(root, 'main.js'), "import story from './main.ink';\nconsole.log(story.length);\n");
  writeFileSync(path.join(root, 'main.ink'), ink);
  return root;
}

const buildWith = (root: string, warningsAsErrors: boolean) =>
  build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [inkPlugin({ warningsAsErrors })],
    build: { outDir: path.join(root, 'dist'), write: false },
  });

describe('the ink Vite plugin', () => {
  it('builds a clean story', async () => {
    await expect(buildWith(project('Hello.\n-> END\n'), true)).resolves.toBeDefined();
  });

  it('fails the build on an error, naming file and line', async () => {
    await expect(buildWith(project('Hello.\n-> nowhere\n'), false)).rejects.toThrow(
      /main\.ink:2: error: Divert target not found/,
    );
  });

  it('fails on a warning when warnings are errors (as under Vitest)', async () => {
    const ink = 'Hello.\n* \n-> END\n';
    await expect(buildWith(project(ink), false)).resolves.toBeDefined();
    await expect(buildWith(project(ink), true)).rejects.toThrow(/main\.ink:2: warning/);
  });

  it('writes the story as its own hashed file for `?asset` imports, with a preload link', async () => {
    const root = project('Hello.\n-> END\n');
    writeFileSync(
      path.join(root, 'main.js'),
      "import url, { storyHash } from './main.ink?asset';\nconsole.log(url, storyHash);\n",
    );
    const output = await buildWith(root, true);
    const { output: files } = (Array.isArray(output) ? output[0] : output) as {
      output: { fileName: string; type: string; source?: unknown; code?: string }[];
    };
    const story = files.find((f) => /^assets\/story-[0-9a-f]{16}\.json$/.test(f.fileName));
    expect(story).toBeDefined();
    expect(String(story?.source)).toContain('Hello.');
    const code = files
      .filter((f) => f.type === 'chunk')
      .map((f) => f.code ?? '')
      .join('\n');
    expect(code).toContain(`/${story?.fileName ?? ''}`);
    expect(code).not.toContain('Hello.');
    const html = files.find((f) => f.fileName === 'index.html');
    expect(String(html?.source)).toContain(`<link rel="preload" href="/${story?.fileName ?? ''}" as="fetch"`);
  });
});
