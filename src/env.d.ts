interface ImportMetaEnv {
  /** A label for this build (a release name or commit), set as VITE_BUILD_LABEL when building; in error reports. */
  readonly VITE_BUILD_LABEL?: string;
}

// src/tools/vitePluginPreload.ts
declare module '*?preload' {
  /** The URLs of the built chunks the module needs, for `<link rel="modulepreload">` (none in dev). */
  const urls: readonly string[];
  export default urls;
}
