/**
 * Adds the Content-Security-Policy (src/csp.ts) to the built index.html as a <meta http-equiv>, so it
 * holds on any static host and under `vite preview`. Build only: the dev server injects inline styles
 * for hot reload.
 */
import type { Plugin } from 'vite';

import { CONTENT_SECURITY_POLICY } from '../csp.ts';

/** The policy's <meta>, placed right after <meta charset> so that it comes before every script. */
export function cspPlugin(): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
        if (!charset) throw new Error('index.html needs a <meta charset> for the CSP to follow');
        const at = charset.index + charset[0].length;
        return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
      },
    },
  };
}
