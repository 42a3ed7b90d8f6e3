/** The project root. */
export const root: string;
/** Where the bundles (and what the tools build from them) are kept. */
export const CACHE: string;
/** The path of an up-to-date bundle of `entry` (a path from the project root) for Node: an ES module, or CommonJS. */
export function nodeBundle(
  entry: string,
  options?: { name?: string; alias?: Record<string, string>; format?: 'esm' | 'cjs' },
): Promise<string>;
