/** An ink error in `vite` dev shows in Vite's error overlay, naming the file and the line. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { createServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { inkPlugin } from '../../src/tools/vitePluginInk.ts';
import { openBrowser, type Session } from './browser.ts';

let session: Session;
beforeAll(async () => {
  session = await openBrowser();
});
afterAll(async () => {
  await session.close();
});

it('shows an ink compile error in the dev overlay with file and line', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'ink-overlay-'));
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><title>t</title><script type="module" src="/main.js"></script>',
  );
  writeFileSync(path.join(root, 'main.js'), "import story from './story.ink';\ndocument.title = story;\n");
  writeFileSync(path.join(root, 'story.ink'), 'INCLUDE scene.ink\n-> scene\n');
  writeFileSync(path.join(root, 'scene.ink'), '=== scene\nThe plenum opens.\n-> the_vote\n');
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [inkPlugin({ warningsAsErrors: false })],
    server: { host: '127.0.0.1', port: 0 },
  });
  await server.listen();
  try {
    const url = server.resolvedUrls?.local[0] ?? '';
    await session.page.goto(url);
    const overlay = session.page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached' });
    const text = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
    expect(text).toContain('scene.ink:3');
    expect(text).toContain('Divert target not found');
  } finally {
    await server.close();
  }
});
