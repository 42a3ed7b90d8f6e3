import type { PreviewServer } from 'vite';

export const root: string;
export interface Target {
  name: string;
  kind: 'game' | 'baseline';
  root: string;
  outDir: string;
  start?: string;
}
export const targets: Target[];
/** Builds a target and serves it on a free loopback port; returns the server (close it) and its URL. */
export function buildAndServe(target: Target): Promise<{ server: PreviewServer; url: string }>;
