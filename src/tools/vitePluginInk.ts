/**
 * A small Vite plugin: `import story from '../story/main.ink'` compiles the story at build, serve and
 * test time. Errors fail the build (and show in the dev overlay) with file and line; under Vitest a
 * warning is an error too, so the test command cannot pass with a sloppy story.
 */
import type { Plugin } from 'vite';

import { compileInk, formatInkMessage, type InkMessage } from './inkCompile.ts';

export interface InkPluginOptions {
  /** Treat compiler warnings as errors (default: only when running under Vitest). */
  warningsAsErrors?: boolean;
}

export function inkPlugin(options: InkPluginOptions = {}): Plugin {
  const warningsAsErrors = options.warningsAsErrors ?? process.env.VITEST !== undefined;
  return {
    name: 'ink-compiler',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.ink')) return null;
      const result = compileInk(file);
      for (const f of result.files) this.addWatchFile(f);

      const failing = (m: InkMessage): boolean =>
        m.severity === 'error' || (warningsAsErrors && m.severity === 'warning');
      for (const m of result.messages) {
        if (m.severity === 'todo') this.info(formatInkMessage(m));
        else if (!failing(m)) this.warn(formatInkMessage(m));
      }
      const failures = result.messages.filter(failing);
      const first = failures[0];
      if (first !== undefined || result.json === undefined) {
        const text = failures.map((m) => formatInkMessage(m)).join('\n') || 'ink compilation failed';
        this.error({
          message: `ink compile failed:\n${text}`,
          id: first?.file ?? file,
          loc: { file: first?.file ?? file, line: first?.line ?? 1, column: 0 },
        });
      }
      return {
        code:
          `export const storyHash = ${JSON.stringify(result.hash)};\n` +
          `export default ${JSON.stringify(result.json)};\n`,
        moduleType: 'js',
      };
    },
  };
}
