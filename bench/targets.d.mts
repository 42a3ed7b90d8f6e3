import type { PreviewServer } from 'vite';

export const root: string;
export const ART_BASELINE: string;
export function artBaselineRoot(): string;
export interface Target {
  name: string;
  kind: 'game' | 'baseline';
  /** null: the art baseline, checked out when it is built (artBaselineRoot). */
  root: string | null;
  /** Built with its own vite.config.ts rather than this checkout's. */
  ownConfig?: boolean;
  outDir: string;
  start?: string;
}
export const targets: Target[];
/** Builds a target and serves it on a free loopback port; returns the server (close it) and its URL. */
export function buildAndServe(target: Target): Promise<{ server: PreviewServer; url: string }>;
