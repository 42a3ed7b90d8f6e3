/**
 * `import urls from './module.ts?preload'` gives the URLs of the built chunks that a lazily imported
 * module needs (its own and everything it imports), so that the page can ask for them with
 * `<link rel="modulepreload">` before it imports the module: the browser fetches and compiles them off
 * the main thread and runs nothing until the import. Vite adds such links itself, but only at the
 * moment of the `import()`, and names no chunk to the page before then.
 *
 * The URLs are only known once the bundle is written, so the virtual module holds a placeholder that
 * `generateBundle` replaces (as Vite does with its own preload lists). The importing chunk's hash
 * already follows the target's, since it imports it dynamically. In the dev server there are no chunks:
 * the list is empty.
 */
import path from 'node:path';

import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

const SUFFIX = '?preload';
const VIRTUAL = '\0preload:';

export function preloadPlugin(): Plugin {
  let building = false;
  /** Placeholder string → the id of the module whose chunks it stands for. */
  const targets = new Map<string, string>();
  return {
    name: 'preload-chunks',
    // Before Vite's resolver, which would take the path for the module itself with a query.
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const target = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
      if (!target) throw new Error(`preload: cannot resolve ${source} from ${importer ?? 'the entry'}`);
      return VIRTUAL + target.id;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      if (!building) return 'export default [];';
      const placeholder = `__preload_chunks_${String(targets.size)}__`;
      targets.set(placeholder, id.slice(VIRTUAL.length));
      // Relative to the chunk this code ends up in, so that the game works from any base path.
      return `export default ${JSON.stringify(placeholder)}.map((file) => new URL(file, import.meta.url).href);`;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
      for (const host of chunks) {
        for (const [placeholder, target] of targets) {
          if (!host.code.includes(placeholder)) continue;
          const entry = chunks.find((chunk) => chunk.facadeModuleId === target);
          if (!entry) {
            throw new Error(`preload: ${target} has no chunk of its own; import it lazily with import()`);
          }
          const loaded = staticClosure(bundle, host.fileName);
          const files = [...staticClosure(bundle, entry.fileName)].filter((file) => !loaded.has(file));
          const relative = files.map((file) => {
            const to = path.posix.relative(path.posix.dirname(host.fileName), file);
            return to.startsWith('.') ? to : `./${to}`;
          });
          host.code = host.code.replace(
            new RegExp(`(["'\`])${placeholder}\\1`, 'g'),
            JSON.stringify(relative),
          );
        }
      }
    },
  };
}

/** A chunk's file and the files of every chunk it imports statically, directly or not. */
function staticClosure(bundle: OutputBundle, fileName: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    const chunk = bundle[file];
    if (seen.has(file) || chunk?.type !== 'chunk') return;
    seen.add(file);
    chunk.imports.forEach(visit);
  };
  visit(fileName);
  return seen;
}
