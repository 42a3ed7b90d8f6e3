/** The project root. */
export const root: string;
/** The path of an up-to-date ES module bundle of `entry` (a path from the project root) for Node. */
export function nodeBundle(
  entry: string,
  options?: { name?: string; alias?: Record<string, string> },
): Promise<string>;
