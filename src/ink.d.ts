// Story files are compiled at build time by src/tools/vitePluginInk.ts.
declare module '*.ink' {
  /** The compiled story in ink's JSON runtime format. */
  const storyJson: string;
  /** A content hash of the compiled story, stored in saves. */
  export const storyHash: string;
  export default storyJson;
}

declare module '*.ink?asset' {
  /** The URL of the compiled story (a JSON file of its own in the build). */
  const storyUrl: string;
  /** A content hash of the compiled story, stored in saves. */
  export const storyHash: string;
  export default storyUrl;
}

declare module '*.ink?catalogue' {
  /** The story's decisions and endings, read by the compiler at build time (src/tools/inkCatalogue.ts). */
  const catalogue: import('./model/catalogue.ts').Catalogue;
  /** A content hash of the compiled story. */
  export const storyHash: string;
  export default catalogue;
}

declare module '*.ink?reading' {
  /** Words and decisions of each side's historical run, full and short, measured at build time. */
  const reading: import('./classroom/readingTime.ts').Reading;
  export const storyHash: string;
  export default reading;
}
