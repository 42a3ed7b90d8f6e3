/**
 * A small Vite plugin: `import story from '../story/main.ink'` compiles the story at build, serve and
 * test time. Errors fail the build (and show in the dev overlay) with file and line; under Vitest a
 * warning is an error too, so the test command cannot pass with a sloppy story.
 *
 * `import storyUrl, { storyHash } from '../story/main.ink?asset'` gives the compiled story's URL
 * instead of its text: the build writes it as its own file, `assets/story-<hash>.json`, so the entry
 * chunk stays small, the story downloads in parallel with it (a preload link in index.html) and is
 * cached on its own. The dev server hands out a blob: URL.
 *
 * `import catalogue from '../story/main.ink?catalogue'` gives the story's decisions and endings
 * (src/model/catalogue.ts), read from the same compilation by src/tools/inkCatalogue.ts.
 *
 * `import reading from '../story/main.ink?reading'` gives the words and decisions of each side's
 * historical run, full and short (src/classroom/readingTime.ts), measured on the same compilation.
 */
import type { Plugin, ResolvedConfig } from 'vite';

import { compileInk, formatInkMessage, type InkCompileResult, type InkMessage } from './inkCompile.ts';
import { storyReading } from './storyWords.ts';

export interface InkPluginOptions {
  /** Treat compiler warnings as errors (default: only when running under Vitest). */
  warningsAsErrors?: boolean;
}

const ASSET_QUERY = 'asset';
const CATALOGUE_QUERY = 'catalogue';
const READING_QUERY = 'reading';

export function inkPlugin(options: InkPluginOptions = {}): Plugin {
  const warningsAsErrors = options.warningsAsErrors ?? process.env.VITEST !== undefined;
  let config: ResolvedConfig | undefined;
  /** Story files written by this build, for the preload links. */
  const emitted = new Set<string>();
  /** One compilation per story file and build (the story, its URL and its catalogue share it). */
  const compiled = new Map<string, InkCompileResult>();
  return {
    name: 'ink-compiler',
    enforce: 'pre',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      emitted.clear();
      compiled.clear();
    },
    watchChange(id) {
      if (id.endsWith('.ink')) compiled.clear();
    },
    load: {
      // Only .ink files reach the handler: the bundler calls no JavaScript for the other modules.
      filter: { id: /\.ink(\?.*)?$/ },
      handler(id) {
        const [file = id, query = ''] = id.split('?');
        if (!file.endsWith('.ink')) return null;
        const result = compiled.get(file) ?? compileInk(file, { catalogue: true });
        compiled.set(file, result);
        for (const f of result.files) this.addWatchFile(f);

        const failing = (m: InkMessage): boolean =>
          m.severity === 'error' || (warningsAsErrors && m.severity === 'warning');
        for (const m of result.messages) {
          if (m.severity === 'todo') this.info(formatInkMessage(m));
          else if (!failing(m)) this.warn(formatInkMessage(m));
        }
        const failures = result.messages.filter(failing);
        const first = failures[0];
        if (first !== undefined || result.json === undefined || result.hash === undefined) {
          const text = failures.map((m) => formatInkMessage(m)).join('\n') || 'ink compilation failed';
          this.error({
            message: `ink compile failed:\n${text}`,
            id: first?.file ?? file,
            loc: { file: first?.file ?? file, line: first?.line ?? 1, column: 0 },
          });
        }
        const hashExport = `export const storyHash = ${JSON.stringify(result.hash)};\n`;
        const params = new URLSearchParams(query);
        if (params.has(CATALOGUE_QUERY)) {
          // Parsed as JSON, which engines do faster than the same object literal.
          const text = JSON.stringify(JSON.stringify(result.catalogue));
          return { code: `${hashExport}export default JSON.parse(${text});\n`, moduleType: 'js' };
        }
        if (params.has(READING_QUERY)) {
          const reading = storyReading(result.json);
          return { code: `${hashExport}export default ${JSON.stringify(reading)};\n`, moduleType: 'js' };
        }
        if (!params.has(ASSET_QUERY)) {
          return { code: `${hashExport}export default ${JSON.stringify(result.json)};\n`, moduleType: 'js' };
        }
        if (config?.command !== 'build') {
          const blob = `new Blob([${JSON.stringify(result.json)}], { type: 'application/json' })`;
          return { code: `${hashExport}export default URL.createObjectURL(${blob});\n`, moduleType: 'js' };
        }
        // The story hash is a hash of the JSON, so the name changes exactly when the story does.
        const fileName = `${config.build.assetsDir}/story-${result.hash}.json`;
        this.emitFile({ type: 'asset', fileName, source: result.json });
        emitted.add(fileName);
        return {
          code: `${hashExport}export default ${JSON.stringify(config.base + fileName)};\n`,
          moduleType: 'js',
        };
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler: () =>
        [...emitted].map((fileName) => ({
          tag: 'link',
          // Fetched by the entry script with fetch() (CORS mode, same origin): the preload must match.
          attrs: { rel: 'preload', href: (config?.base ?? '/') + fileName, as: 'fetch', crossorigin: '' },
          injectTo: 'head' as const,
        })),
    },
  };
}
