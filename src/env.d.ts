interface ImportMetaEnv {
  /** A label for this build (a release name or commit), set as VITE_BUILD_LABEL when building; in error reports. */
  readonly VITE_BUILD_LABEL?: string;
}
