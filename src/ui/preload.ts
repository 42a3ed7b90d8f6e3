/**
 * Asks the browser to fetch and compile modules now without running them (`<link rel="modulepreload">`),
 * so that a later `import()` of them only has to run them. The URLs come from a `?preload` import
 * (src/tools/vitePluginPreload.ts).
 */
export function preloadModules(urls: readonly string[]): void {
  for (const href of urls) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}
